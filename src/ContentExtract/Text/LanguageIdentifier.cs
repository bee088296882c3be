using System.Collections.Frozen;

namespace ContentExtract.Text;

/// <summary>
/// Names the language of the content from its script and, for Latin script, from its commonest
/// function words. Coarse on purpose: it serves the language field and language-aware thresholds.
/// </summary>
internal static class LanguageIdentifier
{
    private static readonly (string Language, FrozenSet<string> Words)[] LatinStopwords =
    [
        ("en", Set("the of and to in is that for it with as was on be by are this at from have has not but")),
        ("de", Set("der die und das ist nicht ein eine zu den von mit sich des auf für im dem auch es")),
        ("fr", Set("le la les et des est un une du en que qui dans pour pas sur au avec il sont ce")),
        ("es", Set("el la los las de que y en un una por con para es del se no al lo como")),
        ("it", Set("il di che la e è per un una non sono del della con si le gli nel alla")),
        ("pt", Set("o a os as de que e do da em um uma para com não por se na no mais")),
        ("nl", Set("de het een en van is dat op te in zijn voor met niet die er aan ook")),
    ];

    private static FrozenSet<string> Set(string words) => words.Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The function words of every language above together, for stopword density.</summary>
    private static readonly FrozenSet<string> AnyStopword = LatinStopwords.SelectMany(l => l.Words).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Taken once: every word of every block is looked up in these.
    private static readonly SpanLookupSet AnyStopwordLookup = new(AnyStopword);
    private static readonly SpanLookupSet[] LatinStopwordLookups = [.. LatinStopwords.Select(l => new SpanLookupSet(l.Words))];

    /// <summary>
    /// Counts the space-separated words of the text and those that are common function words of the
    /// Latin-script languages known here ("the", "der", "le", "el" …). Prose has them in every
    /// sentence; a menu row, a list of names or a string of headlines has next to none.
    /// </summary>
    public static (int Words, int Stopwords) CountStopwords(ReadOnlySpan<char> text)
    {
        var lookup = AnyStopwordLookup;
        int words = 0, stopwords = 0;
        foreach (var range in text.SplitAny(" \n\t\r,.;:!?\"()“”„«»"))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            stopwords += lookup.Contains(word) ? 1 : 0;
        }

        return (words, stopwords);
    }

    /// <summary>How much of the text is read: the language of its first 20,000 characters is its language.</summary>
    private const int ReadLength = 20_000;

    /// <summary>
    /// The language of <paramref name="parts"/> joined by <paramref name="separator"/>, as <see cref="Identify(string)"/>
    /// names it, without joining more of them than it reads (a text dump of megabytes was joined whole for its first
    /// 20,000 characters).
    /// </summary>
    public static string? Identify(IEnumerable<string> parts, char separator)
    {
        var text = new System.Text.StringBuilder();
        bool first = true;
        foreach (var part in parts)
        {
            if (!first)
            {
                text.Append(separator);
            }

            first = false;
            int room = ReadLength - text.Length;
            if (room <= 0)
            {
                break;
            }

            text.Append(part.AsSpan(0, Math.Min(part.Length, room)));
        }

        return Identify(text.ToString());
    }

    public static string? Identify(string text)
    {
        int han = 0, kana = 0, hangul = 0, cyrillic = 0, arabic = 0, greek = 0, latin = 0, thai = 0, hebrew = 0;
        int limit = Math.Min(text.Length, ReadLength);
        for (int i = 0; i < limit; i++)
        {
            char c = text[i];
            switch (c)
            {
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\uAC00' and <= '\uD7AF': hangul++; break;
                case >= '\u4E00' and <= '\u9FFF': han++; break;
                case >= '\u0400' and <= '\u04FF': cyrillic++; break;
                case >= '\u0600' and <= '\u06FF': arabic++; break;
                case >= '\u0370' and <= '\u03FF': greek++; break;
                case >= '\u0E00' and <= '\u0E7F': thai++; break;
                case >= '\u0590' and <= '\u05FF': hebrew++; break;
                default:
                    if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F')
                    {
                        latin++;
                    }

                    break;
            }
        }

        // Characters are weighed by how much text they carry: one Han character against a Latin word's letters.
        var scripts = new (string? Language, int Weight)[]
        {
            (kana * 5 > han ? "ja" : "zh", (han + kana) * 3),
            ("ko", hangul * 3),
            ("ru", cyrillic),
            ("ar", arabic),
            ("el", greek),
            ("th", thai),
            ("he", hebrew),
            (null, latin),
        };
        var (language, weight) = scripts.MaxBy(s => s.Weight);
        if (weight < 20)
        {
            return null;
        }

        return language ?? IdentifyLatin(text.AsSpan(0, limit));
    }

    private static string? IdentifyLatin(ReadOnlySpan<char> text)
    {
        Span<int> hits = stackalloc int[LatinStopwords.Length];
        int words = 0;
        foreach (var range in text.SplitAny(" \n\t\r,.;:!?\"()"))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            for (int l = 0; l < LatinStopwords.Length; l++)
            {
                if (LatinStopwordLookups[l].Contains(word))
                {
                    hits[l]++;
                }
            }
        }

        int best = -1;
        for (int l = 0; l < hits.Length; l++)
        {
            if (best < 0 || hits[l] > hits[best])
            {
                best = l;
            }
        }

        return best >= 0 && hits[best] * 20 >= words && hits[best] >= 3 ? LatinStopwords[best].Language : null;
    }
}
