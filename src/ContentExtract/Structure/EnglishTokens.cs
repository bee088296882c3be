namespace ContentExtract.Structure;

/// <summary>What a token of Latin-script text is, as far as attribution cares.</summary>
internal enum TokenKind
{
    Word,
    Comma,
    Colon,
    Semicolon,
    Dash,
    Bracket,

    /// <summary>A quotation, masked out of the text it stands in.</summary>
    Quote,

    /// <summary>A period, question or exclamation mark that ends a sentence.</summary>
    End,
    Other,
}

/// <summary>One token of Latin-script text, with its place in the paragraph it came from.</summary>
internal readonly record struct Token(string Text, TokenKind Kind, int Start, int End)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool IsLower => Kind == TokenKind.Word && char.IsLower(Text[0]);

    /// <summary>"Disney’s", "NASA's": a name that owns the noun after it rather than being the subject.</summary>
    public bool IsPossessive => Kind == TokenKind.Word && Text.Length > 2 && (Text.EndsWith("’s", StringComparison.Ordinal) || Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("s’", StringComparison.Ordinal));

    public bool Is(string text) => Kind == TokenKind.Word && string.Equals(Text, text, StringComparison.Ordinal);
}

/// <summary>Cuts Latin-script text into words and punctuation, keeping abbreviations ("Mr.", "U.S.", "Jr.") whole.</summary>
internal static class EnglishTokenizer
{
    /// <summary>The character that stands for a masked-out quotation, at the place of its opening mark.</summary>
    public const char QuoteMask = '\uFFFC';

    /// <summary>The character that fills the rest of a masked-out quotation, so that positions stay those of the paragraph.</summary>
    public const char QuoteFill = '\u0001';

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                i++;
                continue;
            }

            if (c == QuoteMask)
            {
                int from = i;
                i++;
                while (i < end && text[i] == QuoteFill)
                {
                    i++;
                }

                tokens.Add(new Token("\uFFFC", TokenKind.Quote, from, i));
                continue;
            }

            if (char.IsLetterOrDigit(c) || c == '@' || c == '#')
            {
                int from = i;
                i++;
                while (i < end && (char.IsLetterOrDigit(text[i]) || (IsWordJoiner(text[i]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                // "Mr.", "U.S.", "Jr.", "S." keep their period; a sentence's last word does not.
                if (i < end && text[i] == '.')
                {
                    var word = text.AsSpan(from, i - from);
                    bool initial = word.Length == 1 && char.IsUpper(word[0]);
                    if (initial || word.Contains('.') || SpeechLexicon.Abbreviations.Contains(word.ToString()))
                    {
                        i++;
                    }
                }

                tokens.Add(new Token(text[from..i], TokenKind.Word, from, i));
                continue;
            }

            var kind = c switch
            {
                ',' or '，' => TokenKind.Comma,
                ':' or '：' or '︰' => TokenKind.Colon,
                ';' or '；' => TokenKind.Semicolon,
                '—' or '–' or '-' => TokenKind.Dash,
                '(' or ')' or '[' or ']' or '（' or '）' => TokenKind.Bracket,
                '.' or '!' or '?' or '…' or '。' or '！' or '？' => TokenKind.End,
                _ => TokenKind.Other,
            };
            tokens.Add(new Token(c.ToString(), kind, i, i + 1));
            i++;
        }

        return tokens;
    }

    private static bool IsWordJoiner(char c) => c is '\'' or '’' or '-' or '.' or '&' or '‑';
}
