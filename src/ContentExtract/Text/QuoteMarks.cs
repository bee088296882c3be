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
    /// quotations of other marks. A right single mark between two letters is an apostrophe
    /// ("don’t"), not a closing mark. Returns -1 when the quotation is not closed.
    /// </summary>
    public static int FindClose(ReadOnlySpan<char> text, int open)
    {
        char opener = text[open];
        char closer = CloserOf(opener);
        if (closer == '\0')
        {
            return -1;
        }

        if (opener == closer)
        {
            return FindSameMarkClose(text, open);
        }

        int depth = 0;
        for (int i = open + 1; i < text.Length; i++)
        {
            char c = text[i];
            if (c == closer && IsApostrophe(text, i))
            {
                continue;
            }

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
    /// Quotations a quotation of straight marks may hold before its marks stop reading as nested ones. Real text nests
    /// one or two; the cap keeps the search linear in the paragraph when every mark looks like an opener.
    /// </summary>
    private const int MaxNestedQuotations = 8;

    /// <summary>
    /// The close of a quotation whose marks open and close alike ("…"): a mark set where a quotation opens (after a
    /// space, before a word) opens one nested inside it, as in "the shift from "consumption" to service," and the
    /// next mark set where one closes ends it. When such a nested quotation is never closed, or more open than
    /// <see cref="MaxNestedQuotations"/>, the marks are read as they come, the first one after <paramref name="open"/>
    /// closing it.
    /// </summary>
    private static int FindSameMarkClose(ReadOnlySpan<char> text, int open)
    {
        char mark = text[open];
        int first = -1;
        int depth = 0, nested = 0;
        for (int i = open + 1; i < text.Length; i++)
        {
            if (text[i] != mark)
            {
                continue;
            }

            first = first < 0 ? i : first;
            if (OpensNested(text, i))
            {
                if (++nested > MaxNestedQuotations)
                {
                    return first;
                }

                depth++;
            }
            else if (depth == 0)
            {
                return i;
            }
            else
            {
                depth--;
            }
        }

        return depth > 0 ? first : -1;
    }

    /// <summary>A straight mark after a space or an opening bracket and before a letter or digit opens a quotation.</summary>
    private static bool OpensNested(ReadOnlySpan<char> text, int at) =>
        at > 0 && at + 1 < text.Length && (char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '(' or '[' or '—' or '–') && char.IsLetterOrDigit(text[at + 1]);

    /// <summary>
    /// Finds the end of the quotation opened at <paramref name="open"/> the way a reader does: at its
    /// own closing mark; else at a mismatched one (“…" or "…”, which pages mix); else, for a mark that
    /// clearly opens speech, at the end of the paragraph, which is how English runs one quotation over
    /// several paragraphs. Returns false when the mark opens nothing.
    /// </summary>
    public static bool TryFindQuotation(ReadOnlySpan<char> text, int open, out QuotedSpan quoted)
    {
        quoted = default;
        char opener = text[open];
        if (CloserOf(opener) == '\0' || !OpensHere(text, open))
        {
            return false;
        }

        int close = FindClose(text, open);
        if (close < 0)
        {
            char mismatched = MismatchedCloserOf(opener);
            if (mismatched != '\0')
            {
                int at = text[(open + 1)..].IndexOf(mismatched);
                close = at >= 0 ? open + 1 + at : -1;
            }
        }

        if (close >= 0)
        {
            quoted = new QuotedSpan(open, close, Closed: true);
            return true;
        }

        // A left double mark with no end runs to the end of its paragraph; a straight or single mark is too
        // often an inch sign or an apostrophe to be read that way.
        if (opener is '“' or '「' or '«' or '„' || (opener == '"' && (open == 0 || text[open - 1] is ' ' or ':' or '：' or ',' or '，')))
        {
            quoted = new QuotedSpan(open, text.Length, Closed: false);
            return true;
        }

        return false;
    }

    /// <summary>The mark that pages use by mistake to close a quotation opened with <paramref name="open"/>.</summary>
    private static char MismatchedCloserOf(char open) => open switch
    {
        '“' => '"',
        '"' => '”',
        '„' => '”',
        _ => '\0',
    };

    /// <summary>A mark opens a quotation at the start of a word, not after a letter or digit (5'10", the 90"s).</summary>
    private static bool OpensHere(ReadOnlySpan<char> text, int open) =>
        open == 0 || !(text[open] is '"' or '‘' && char.IsLetterOrDigit(text[open - 1]));

    /// <summary>A right single mark between two letters is an apostrophe ("don’t", "Disney’s").</summary>
    private static bool IsApostrophe(ReadOnlySpan<char> text, int at) =>
        text[at] == '’' && at > 0 && at + 1 < text.Length && char.IsLetter(text[at - 1]) && char.IsLetter(text[at + 1]);

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

/// <summary>A quotation inside a piece of text: the index of its opening mark and of its closing mark, or the text's length when it runs to the end.</summary>
internal readonly record struct QuotedSpan(int Open, int Close, bool Closed)
{
    public int InnerStart => Open + 1;

    public int InnerLength => Close - Open - 1;

    /// <summary>The index just past the quotation.</summary>
    public int End => Closed ? Close + 1 : Close;
}
