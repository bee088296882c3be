namespace ContentExtract.Text;

/// <summary>Quotation marks and how they pair, across the conventions of Chinese, English, French and German text.</summary>
internal static class QuoteMarks
{
    /// <summary>The closing mark for an opening mark, or '\0' when the character opens no quotation.</summary>
    public static char CloserOf(char open) => open switch
    {
        '“' => '”',
        '‘' => '’',
        '「' => '」',
        '『' => '』',
        '«' => '»',
        '‹' => '›',
        '„' => '“',
        '〝' => '〞',
        '"' => '"',
        '＂' => '＂',
        _ => '\0',
    };

    public static bool IsMark(char c) => c is '“' or '”' or '‘' or '’' or '「' or '」' or '『' or '』' or '«' or '»' or '‹' or '›' or '„' or '〝' or '〞' or '"' or '＂';

    /// <summary>
    /// Finds the mark that closes the quotation opened at <paramref name="open"/>, allowing nested
    /// quotations of other marks. Returns -1 when the quotation is not closed.
    /// </summary>
    public static int FindClose(ReadOnlySpan<char> text, int open)
    {
        char opener = text[open];
        char closer = CloserOf(opener);
        if (closer == '\0')
        {
            return -1;
        }

        int depth = 0;
        for (int i = open + 1; i < text.Length; i++)
        {
            char c = text[i];
            if (c == closer && depth == 0)
            {
                return i;
            }

            if (c == opener && opener != closer)
            {
                depth++;
            }
            else if (c == closer)
            {
                depth--;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when the whole text is one quotation: it opens with a mark whose closing mark ends the
    /// text, save for sentence punctuation after it (“…”。).
    /// </summary>
    public static bool IsWhollyQuoted(ReadOnlySpan<char> text)
    {
        text = TextSpan.TrimAll(text);
        if (text.Length < 3 || CloserOf(text[0]) == '\0')
        {
            return false;
        }

        int close = FindClose(text, 0);
        if (close < 0)
        {
            return false;
        }

        for (int i = close + 1; i < text.Length; i++)
        {
            if (!CharClass.IsSentenceEnd(text[i]) && text[i] is not ',' and not '，')
            {
                return false;
            }
        }

        return close > 1;
    }
}
