namespace ContentExtract.Text;

/// <summary>
/// Language-neutral measures of a piece of text, computed in one pass. Sizes are in word units so
/// that thresholds mean the same for spaced and unspaced scripts: a Latin word is one unit, a Han
/// character two thirds of one.
/// </summary>
internal readonly record struct TextStats(
    int Chars,
    int CjkChars,
    int LatinWords,
    int SentenceEnds,
    int ClauseMarks,
    int Digits,
    bool EndsWithSentenceEnd)
{
    /// <summary>The text's size in word units.</summary>
    public double Words => LatinWords + (CjkChars * 2.0 / 3.0);

    /// <summary>True when most letters are CJK.</summary>
    public bool IsMostlyCjk => CjkChars * 2 > LatinWords + CjkChars;

    /// <summary>Sentence and clause marks per word unit: prose is punctuated, menus and titles are not.</summary>
    public double PunctuationDensity => Words <= 0 ? 0 : (SentenceEnds + ClauseMarks) / Words;

    public static TextStats Of(ReadOnlySpan<char> text)
    {
        int chars = 0, cjk = 0, words = 0, ends = 0, clauses = 0, digits = 0;
        bool inWord = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (CharClass.IsSpace(c))
            {
                inWord = false;
                continue;
            }

            chars++;
            if (CharClass.IsCjk(c))
            {
                cjk++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (char.IsDigit(c))
                {
                    digits++;
                }

                if (!inWord)
                {
                    words++;
                    inWord = true;
                }
            }
            else
            {
                // '.' inside a number or an abbreviation is not a sentence end.
                if (c == '.')
                {
                    bool next = i + 1 < text.Length && !CharClass.IsSpace(text[i + 1]) && !CharClass.IsCloser(text[i + 1]);
                    if (!next && inWord)
                    {
                        ends++;
                    }
                }
                else if (CharClass.IsSentenceEnd(c))
                {
                    ends++;
                }
                else if (CharClass.IsClauseMark(c))
                {
                    clauses++;
                }

                if (c is not '\'' and not '’' and not '-')
                {
                    inWord = false;
                }
            }
        }

        return new TextStats(chars, cjk, words, ends, clauses, digits, EndsWithSentence(text));
    }

    private static bool EndsWithSentence(ReadOnlySpan<char> text)
    {
        int i = text.Length - 1;
        while (i >= 0 && (CharClass.IsSpace(text[i]) || CharClass.IsCloser(text[i])))
        {
            i--;
        }

        if (i < 0)
        {
            return false;
        }

        char c = text[i];
        if (c == '.')
        {
            // An ellipsis of dots ("...") marks truncation, not a sentence end.
            return i == 0 || text[i - 1] != '.';
        }

        return c is '。' or '！' or '？' or '!' or '?' or '；';
    }
}
