using ContentExtract.Text;

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

    /// <summary>Tokens after which a tokenization keeps the words it made for reuse (<see cref="Word"/>).</summary>
    private const int CachedFrom = 512;

    /// <summary>The tokens of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, at most <paramref name="maxTokens"/> of them.</summary>
    public static List<Token> Tokenize(string text, int start, int end, int maxTokens = int.MaxValue)
    {
        var tokens = new List<Token>();
        Tokenize(text, start, end, tokens, maxTokens);
        return tokens;
    }

    /// <summary>
    /// Adds the tokens of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> to <paramref name="tokens"/>,
    /// at most <paramref name="maxTokens"/> in all. Words already in <paramref name="words"/> (an article's word cache, see
    /// <see cref="TokenScratch"/>) are shared rather than made again; without one, a cache is made only for a long text.
    /// </summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens, int maxTokens = int.MaxValue, string?[]? words = null)
    {
        int i = start;
        while (i < end && tokens.Count < maxTokens)
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
                    if (initial || word.Contains('.') || Abbreviations.Contains(word))
                    {
                        i++;
                    }
                }

                if (tokens.Count >= CachedFrom)
                {
                    words ??= new string?[WordCacheSize];
                }

                tokens.Add(new Token(words is null ? text[from..i] : Word(words, text.AsSpan(from, i - from)), TokenKind.Word, from, i));
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
    }

    /// <summary>The abbreviations asked about the word before every period, without making a string of it.</summary>
    private static readonly SpanLookupSet Abbreviations = new(SpeechLexicon.Abbreviations);

    /// <summary>Entries of the word cache: enough for a text's commonest words, small enough to make for one long paragraph.</summary>
    internal const int WordCacheSize = 512;

    /// <summary>
    /// The word as a string, the one made before for the same word where the cache still holds it: a long paragraph repeats
    /// its words ("the", "said", a name), and a paragraph of megabytes made a string for every one of them. A cache slot
    /// per hash, the last word in it kept; only which strings are shared changes, never a token's text.
    /// </summary>
    private static string Word(string?[] cache, ReadOnlySpan<char> word)
    {
        int slot = (int)((uint)string.GetHashCode(word) % WordCacheSize);
        if (cache[slot] is { } known && word.SequenceEqual(known))
        {
            return known;
        }

        return cache[slot] = word.ToString();
    }

    private static bool IsWordJoiner(char c) => c is '\'' or '’' or '-' or '.' or '&' or '‑';
}

/// <summary>
/// What the tokenizer reuses across the paragraphs of one article: the token list it fills (cleared for each piece it
/// reads) and a cache of the words it has made, so that "the", "said" and a speaker's name are one string each for the
/// whole article rather than one per occurrence. Tokens never outlive the paragraph they were read for. One per document.
/// </summary>
internal sealed class TokenScratch
{
    /// <summary>The token list a paragraph is read into.</summary>
    public List<Token> Tokens { get; } = [];

    /// <summary>Word strings by hash slot (<see cref="EnglishTokenizer.WordCacheSize"/> of them).</summary>
    public string?[] Words { get; } = new string?[EnglishTokenizer.WordCacheSize];
}
