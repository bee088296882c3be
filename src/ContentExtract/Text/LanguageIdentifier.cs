using System.Buffers;
using System.Collections.Frozen;
using System.Text;

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

    /// <summary>
    /// Every function word above, with the languages it is one of (bit <c>l</c> for <c>LatinStopwords[l]</c>): each word
    /// of a text is looked up once, not once a language.
    /// </summary>
    private static readonly SpanLookupMap<int> StopwordLanguages = new(LatinStopwords
        .SelectMany((language, index) => language.Words.Select(word => (Word: word, Bit: 1 << index)))
        .GroupBy(entry => entry.Word, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(group => group.Key, group => group.Aggregate(0, (mask, entry) => mask | entry.Bit), StringComparer.OrdinalIgnoreCase));

    /// <summary>No function word is longer: a longer word is not looked up.</summary>
    private static readonly int LongestStopword = LatinStopwords.Max(language => language.Words.Max(word => word.Length)) is var longest && longest <= MaxPackedLength
        ? longest : throw new InvalidOperationException("A function word is too long for PackAscii.");

    /// <summary>
    /// The function words written in ASCII, by <see cref="PackAscii"/> of their letters, with their languages as in
    /// <see cref="StopwordLanguages"/>. Nearly every word of Latin-script text is ASCII, and packing it into one number
    /// is cheaper than hashing it without case: the case-blind lookup was most of the cost of counting function words,
    /// which every block of a dump and the head of every page go through. A word with a character outside ASCII is looked
    /// up case-blind as before ("für", and "thiſ", which equals "this" without case).
    /// </summary>
    private static readonly FrozenDictionary<ulong, int> AsciiStopwordLanguages = LatinStopwords
        .SelectMany((language, index) => language.Words.Select(word => (Word: word, Bit: 1 << index)))
        .Where(entry => Ascii.IsValid(entry.Word))
        .GroupBy(entry => PackAscii(entry.Word))
        .ToFrozenDictionary(group => group.Key, group => group.Aggregate(0, (mask, entry) => mask | entry.Bit));

    /// <summary>Characters of a word <see cref="PackAscii"/> packs into 64 bits: seven bits each above four of length.</summary>
    private const int MaxPackedLength = 8;

    /// <summary>
    /// The languages <paramref name="word"/> is a function word of (bit <c>l</c> for <c>LatinStopwords[l]</c>), 0 for none:
    /// the same answer as <see cref="StopwordLanguages"/>, which compares without case.
    /// </summary>
    internal static int StopwordLanguagesOf(ReadOnlySpan<char> word)
    {
        if (word.Length > LongestStopword)
        {
            return 0;
        }

        if (!TryPackAscii(word, out ulong packed))
        {
            return StopwordLanguagesCaseBlind(word);
        }

        return AsciiStopwordLanguages.TryGetValue(packed, out int asciiLanguages) ? asciiLanguages : 0;
    }

    /// <summary>The languages of <paramref name="word"/> looked up without case in <see cref="StopwordLanguages"/>, 0 for none.</summary>
    internal static int StopwordLanguagesCaseBlind(ReadOnlySpan<char> word) =>
        word.Length <= LongestStopword && StopwordLanguages.TryGetValue(word, out int languages) ? languages : 0;

    /// <summary>Every function word of every language, as listed.</summary>
    internal static IEnumerable<string> FunctionWords => LatinStopwords.SelectMany(language => language.Words);

    /// <summary>
    /// An ASCII word of at most <see cref="MaxPackedLength"/> characters as one number: its length, then each character
    /// lower-cased in seven bits. Two such words pack alike exactly when they are equal without case.
    /// </summary>
    private static ulong PackAscii(string word) =>
        TryPackAscii(word, out ulong packed) ? packed : throw new ArgumentException("Only an ASCII word packs.", nameof(word));

    /// <summary><see cref="PackAscii"/> of a word that may hold a character outside ASCII (then false), in one pass.</summary>
    private static bool TryPackAscii(ReadOnlySpan<char> word, out ulong packed)
    {
        packed = (ulong)word.Length;
        foreach (char c in word)
        {
            if (!char.IsAscii(c))
            {
                return false;
            }

            packed = (packed << 7) | (uint)(char.IsAsciiLetterUpper(c) ? c | 0x20 : c);
        }

        return true;
    }

    /// <summary>
    /// Where <see cref="IdentifyLatin"/> cuts words. Words are a few letters long, so a test per character in one loop
    /// beats a vectorized search started again for every word (the marks outside ASCII sent that search down its slow path).
    /// </summary>
    private static bool IsIdentifySeparator(char c) => c < 64 && ((IdentifySeparators >> c) & 1) != 0;

    /// <summary>
    /// The characters <see cref="IsIdentifySeparator"/> cuts at (' ', '\n', '\t', '\r', ',', '.', ';', ':', '!', '?', '"',
    /// '(', ')'), all below 64, as bits: one shift and test a character, where a chain of comparisons ran to its end
    /// for every letter.
    /// </summary>
    private static readonly ulong IdentifySeparators = " \n\t\r,.;:!?\"()".Aggregate(0UL, (bits, c) => bits | (1UL << c));

    /// <summary>Where <see cref="CountStopwords"/> cuts words: those of <see cref="IsIdentifySeparator"/> and the quotation marks outside ASCII.</summary>
    private static bool IsCountSeparator(char c) => c < 64 ? IsIdentifySeparator(c) : c is '“' or '”' or '„' or '«' or '»';

    /// <summary>
    /// Counts the space-separated words of the text and those that are common function words of the
    /// Latin-script languages known here ("the", "der", "le", "el" …). Prose has them in every
    /// sentence; a menu row, a list of names or a string of headlines has next to none.
    /// </summary>
    public static (int Words, int Stopwords) CountStopwords(ReadOnlySpan<char> text)
    {
        int words = 0, stopwords = 0, start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsCountSeparator(text[i]))
            {
                continue;
            }

            int length = i - start;
            if (length > 0)
            {
                words++;
                stopwords += StopwordLanguagesOf(text.Slice(start, length)) != 0 ? 1 : 0;
            }

            start = i + 1;
        }

        return (words, stopwords);
    }

    /// <summary>
    /// The language of the first <see cref="MaxChars"/> characters of <paramref name="parts"/> joined by
    /// <paramref name="separator"/>: all the language is told from, copied into a pooled buffer, without joining the
    /// rest (a text dump of megabytes was joined whole for its first 20,000 characters) or making a string of the head.
    /// </summary>
    public static string? IdentifyHead(IEnumerable<string> parts, char separator) => ResolveHead(null, parts, separator);

    /// <summary><see cref="Resolve"/> over the head of <paramref name="parts"/>, as <see cref="IdentifyHead"/> reads it.</summary>
    public static string? ResolveHead(string? declared, IEnumerable<string> parts, char separator)
    {
        var buffer = ArrayPool<char>.Shared.Rent(MaxChars);
        try
        {
            int length = 0;
            bool first = true;
            foreach (var part in parts)
            {
                if (!first)
                {
                    if (length == MaxChars)
                    {
                        break;
                    }

                    buffer[length++] = separator;
                }

                first = false;
                int room = MaxChars - length;
                if (room <= 0)
                {
                    break;
                }

                int taken = Math.Min(part.Length, room);
                part.AsSpan(0, taken).CopyTo(buffer.AsSpan(length));
                length += taken;
            }

            return Resolve(declared, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    public static string? Identify(ReadOnlySpan<char> text)
    {
        var (script, language) = ReadScript(text);
        return script == Script.Latin ? IdentifyLatin(text[..Math.Min(text.Length, MaxChars)]) : language;
    }

    /// <summary>
    /// The language a page declares, unless its text is written in a script that language is not written in: an
    /// all-Chinese page declared <c>en</c> (a template's default) is <c>zh</c>, an English page declared <c>zh</c> is read
    /// from its function words. A declared language whose script is not known here, or text in no script weighed here,
    /// leaves the declaration standing. Without a declaration, the text decides.
    /// </summary>
    public static string? Resolve(string? declared, ReadOnlySpan<char> text)
    {
        if (declared is null)
        {
            return Identify(text);
        }

        var (script, language) = ReadScript(text);
        if (script == Script.None || !LanguageScripts.TryGetValue(declared, out var written) || written.Contains(script))
        {
            return declared;
        }

        return script == Script.Latin ? IdentifyLatin(text[..Math.Min(text.Length, MaxChars)]) : language;
    }

    /// <summary>Characters read to tell the script and the language.</summary>
    private const int MaxChars = 20_000;

    /// <summary>The scripts told apart here; Han and kana together are one (Chinese and Japanese are told apart by the kana).</summary>
    private enum Script
    {
        None,
        Latin,
        HanKana,
        Hangul,
        Cyrillic,
        Arabic,
        Greek,
        Thai,
        Hebrew,
    }

    /// <summary>The scripts the commoner languages are written in; a language not listed is taken at its word.</summary>
    private static readonly FrozenDictionary<string, Script[]> LanguageScripts = new Dictionary<string, Script[]>
    {
        ["zh"] = [Script.HanKana], ["yue"] = [Script.HanKana], ["ja"] = [Script.HanKana], ["ko"] = [Script.Hangul, Script.HanKana],
        ["ru"] = [Script.Cyrillic], ["uk"] = [Script.Cyrillic], ["be"] = [Script.Cyrillic], ["bg"] = [Script.Cyrillic],
        ["mk"] = [Script.Cyrillic], ["kk"] = [Script.Cyrillic], ["mn"] = [Script.Cyrillic], ["sr"] = [Script.Cyrillic, Script.Latin],
        ["ar"] = [Script.Arabic], ["fa"] = [Script.Arabic], ["ur"] = [Script.Arabic], ["ps"] = [Script.Arabic],
        ["el"] = [Script.Greek], ["th"] = [Script.Thai], ["he"] = [Script.Hebrew], ["iw"] = [Script.Hebrew], ["yi"] = [Script.Hebrew],
        ["en"] = [Script.Latin], ["de"] = [Script.Latin], ["fr"] = [Script.Latin], ["es"] = [Script.Latin], ["it"] = [Script.Latin],
        ["pt"] = [Script.Latin], ["nl"] = [Script.Latin], ["sv"] = [Script.Latin], ["da"] = [Script.Latin], ["no"] = [Script.Latin],
        ["nb"] = [Script.Latin], ["nn"] = [Script.Latin], ["fi"] = [Script.Latin], ["pl"] = [Script.Latin], ["cs"] = [Script.Latin],
        ["sk"] = [Script.Latin], ["sl"] = [Script.Latin], ["hr"] = [Script.Latin], ["hu"] = [Script.Latin], ["ro"] = [Script.Latin],
        ["tr"] = [Script.Latin], ["id"] = [Script.Latin], ["ms"] = [Script.Latin], ["vi"] = [Script.Latin], ["ca"] = [Script.Latin],
        ["et"] = [Script.Latin], ["lv"] = [Script.Latin], ["lt"] = [Script.Latin], ["is"] = [Script.Latin], ["ga"] = [Script.Latin],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The script most of the text is written in (none under 20 units), and the language it alone names (none for Latin).</summary>
    private static (Script Script, string? Language) ReadScript(ReadOnlySpan<char> text)
    {
        int han = 0, kana = 0, hangul = 0, cyrillic = 0, arabic = 0, greek = 0, latin = 0, thai = 0, hebrew = 0;
        int limit = Math.Min(text.Length, MaxChars);
        for (int i = 0; i < limit; i++)
        {
            char c = text[i];

            // Most characters of most pages are ASCII, and among them only letters count: one test instead of the ranges.
            if (char.IsAscii(c))
            {
                latin += char.IsAsciiLetter(c) ? 1 : 0;
                continue;
            }

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
                    if (c is >= '\u00C0' and <= '\u024F')
                    {
                        latin++;
                    }

                    break;
            }
        }

        // Characters are weighed by how much text they carry: one Han character against a Latin word's letters. The first
        // script of the heaviest weight wins, in this order; weighed in place, as this runs on every page more than once.
        var (script, language, weight) = (Script.HanKana, kana * 5 > han ? "ja" : "zh", (han + kana) * 3);
        Weigh(ref script, ref language, ref weight, Script.Hangul, "ko", hangul * 3);
        Weigh(ref script, ref language, ref weight, Script.Cyrillic, "ru", cyrillic);
        Weigh(ref script, ref language, ref weight, Script.Arabic, "ar", arabic);
        Weigh(ref script, ref language, ref weight, Script.Greek, "el", greek);
        Weigh(ref script, ref language, ref weight, Script.Thai, "th", thai);
        Weigh(ref script, ref language, ref weight, Script.Hebrew, "he", hebrew);
        Weigh(ref script, ref language, ref weight, Script.Latin, null, latin);
        return weight < 20 ? (Script.None, null) : (script, language);
    }

    /// <summary>Takes the candidate script when it outweighs the best so far (a tie keeps the earlier one).</summary>
    private static void Weigh(ref Script best, ref string? bestLanguage, ref int bestWeight, Script script, string? language, int weight)
    {
        if (weight > bestWeight)
        {
            (best, bestLanguage, bestWeight) = (script, language, weight);
        }
    }

    private static string? IdentifyLatin(ReadOnlySpan<char> text)
    {
        Span<int> hits = stackalloc int[LatinStopwords.Length];
        int words = 0, start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsIdentifySeparator(text[i]))
            {
                continue;
            }

            int length = i - start;
            start = i + 1;
            if (length == 0)
            {
                continue;
            }

            words++;
            int languages = StopwordLanguagesOf(text.Slice(i - length, length));
            if (languages != 0)
            {
                for (int l = 0; l < LatinStopwords.Length; l++)
                {
                    hits[l] += (languages >> l) & 1;
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
