#if NET9_0_OR_GREATER
using System.Buffers;
using System.Collections.Frozen;
using System.Text;
#endif

namespace ContentExtract.Text;

/// <summary>
/// Phrases searched for anywhere in a text ("All rights reserved", "版权所有"). On .NET 9 and later the phrases written in
/// ASCII are found by <c>SearchValues&lt;string&gt;</c> in one vectorized pass, and the others by an anchor character
/// each (their first character outside ASCII); on .NET 8, which cannot build those, each phrase is searched for in turn
/// (<see cref="IsFoundInOneByOne"/>: still linear in the text, a fixed number of passes). Either way the same answer.
/// Build once, in a lexicon. <see cref="IsFoundAsWordsIn"/> finds a phrase only where it stands as words: a phrase's
/// edge that is a letter or digit of a script written with spaces between words (Latin, Greek, Cyrillic) must not touch
/// another such letter or digit in the text, so "Subscribe" is not found in "subscribers", nor "Advert" in "advertising";
/// phrases of scripts written without spaces ("版权所有") are found anywhere.
/// </summary>
internal sealed class PhraseSet
{
    private readonly string[] _phrases;
    private readonly StringComparison _comparison;
#if NET9_0_OR_GREATER
    private readonly string[] _asciiPhrases;
    // SearchValues<string> searches a vectorized way only when every phrase is ASCII: one phrase in another script
    // ("版权所有" beside "All rights reserved") sent the whole set down its character-by-character path (a dictionary
    // lookup a character), measured at a fifth of the text path's time. So the set is split in two.
    private readonly SearchValues<string>? _ascii;
    private readonly TrigramIndex? _asciiByTrigram;
    private readonly AnchorIndex? _others;

    /// <summary>
    /// Characters up to which a text is read one character at a time through tables (the ASCII phrases' trigram index,
    /// the other phrases' anchor bits) rather than by <c>SearchValues</c>. Most texts asked are a dump's lines and
    /// blocks (a few dozen characters), on which the vectorized searches paid their setup and, with a hundred case-blind
    /// phrases in eight buckets or a hundred Chinese anchors behind a probabilistic filter, compared a candidate at most
    /// words: the phrase searches were an eighth of the text path's time. On the dumps, reading every text through the
    /// tables measured the same as this bound; past it the vectorized passes, which skip what cannot match, are kept.
    /// </summary>
    internal const int MaxTableScanLength = 256;
#endif

    private PhraseSet(string[] phrases, StringComparison comparison)
    {
        _phrases = phrases;
        _comparison = comparison;
#if NET9_0_OR_GREATER
        var ascii = Array.FindAll(phrases, phrase => Ascii.IsValid(phrase));
        var others = Array.FindAll(phrases, phrase => !Ascii.IsValid(phrase));
        _asciiPhrases = ascii;
        _ascii = ascii.Length > 0 ? SearchValues.Create(ascii, comparison) : null;
        _asciiByTrigram = ascii.Length > 0 && Array.TrueForAll(ascii, phrase => phrase.Length >= TrigramIndex.KeyLength) ? new TrigramIndex(ascii, comparison) : null;
        _others = others.Length > 0 ? new AnchorIndex(others, comparison) : null;
#endif
    }

    /// <summary>How the phrases are compared with the text.</summary>
    internal StringComparison Comparison => _comparison;

    /// <summary>Builds the set.</summary>
    /// <param name="phrases">The phrases; none empty.</param>
    /// <param name="comparison"><see cref="StringComparison.Ordinal"/> or <see cref="StringComparison.OrdinalIgnoreCase"/>.</param>
    public static PhraseSet Create(string[] phrases, StringComparison comparison)
    {
        CheckLexicon(phrases, comparison);
        return new PhraseSet(phrases, comparison);
    }

    /// <summary>
    /// One set of the phrases of both sets, found in one search: <c>Union(a, b).IsFoundIn(t)</c> is exactly
    /// <c>a.IsFoundIn(t) || b.IsFoundIn(t)</c>. A stage that asks both of most of its blocks asks the union first and
    /// the one set only of the few blocks that hold a phrase.
    /// </summary>
    public static PhraseSet Union(PhraseSet first, PhraseSet second)
    {
        if (first._comparison != second._comparison)
        {
            throw new ArgumentException("Both sets must compare their phrases the same way.", nameof(second));
        }

        return new PhraseSet([.. first._phrases, .. second._phrases], first._comparison);
    }

    /// <summary>The arguments every lexicon of phrases takes (<see cref="PhraseSet"/>, <see cref="PrefixTable"/>): phrases, none empty, compared ordinally.</summary>
    internal static void CheckLexicon(string[] phrases, StringComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        if (comparison is not (StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "Only ordinal comparisons, with or without case.");
        }

        if (Array.Exists(phrases, string.IsNullOrEmpty))
        {
            throw new ArgumentException("A phrase is null or empty.", nameof(phrases));
        }
    }

    /// <summary>Whether <paramref name="text"/> holds any of the phrases.</summary>
#if NET9_0_OR_GREATER
    public bool IsFoundIn(ReadOnlySpan<char> text) =>
        (_ascii is not null && (UsesTrigrams(text) ? _asciiByTrigram!.IsFoundIn(text, wholeWords: false) : text.ContainsAny(_ascii)))
        || (_others is not null && _others.IsFoundIn(text, wholeWords: false));

    /// <summary>Whether <paramref name="text"/> holds any of the phrases standing as words (see the class summary).</summary>
    public bool IsFoundAsWordsIn(ReadOnlySpan<char> text) =>
        (_ascii is not null && (UsesTrigrams(text) ? _asciiByTrigram!.IsFoundIn(text, wholeWords: true) : IsAsciiPhraseFoundAsWords(text)))
        || (_others is not null && _others.IsFoundIn(text, wholeWords: true));

    private bool UsesTrigrams(ReadOnlySpan<char> text) => _asciiByTrigram is not null && text.Length <= MaxTableScanLength;

    /// <summary>Whether an ASCII phrase is in the text, asked of <c>SearchValues</c> whatever its length (what the trigram index must agree with).</summary>
    internal bool IsAsciiPhraseFoundBySearchValues(ReadOnlySpan<char> text, bool wholeWords) =>
        _ascii is not null && (wholeWords ? IsAsciiPhraseFoundAsWords(text) : text.ContainsAny(_ascii));

    /// <summary>Whether an ASCII phrase is in the text, asked of the trigram index whatever its length; null when the set has none.</summary>
    internal bool? IsAsciiPhraseFoundByTrigrams(ReadOnlySpan<char> text, bool wholeWords) => _asciiByTrigram?.IsFoundIn(text, wholeWords);

    /// <summary>Whether a phrase not written in ASCII is in the text, asked both ways the anchors are looked for (SearchValues, bit table); null when the set has none.</summary>
    internal (bool BySearchValues, bool ByBits)? IsOtherPhraseFound(ReadOnlySpan<char> text, bool wholeWords) =>
        _others is null ? null : (_others.IsFoundBySearchValues(text, wholeWords), _others.IsFoundByBits(text, wholeWords));

    /// <summary>The code the trigram index reads a character as (what a test checks against the comparison).</summary>
    internal static int TrigramCodeOf(char c) => TrigramIndex.CodeOf(c);

    /// <summary>
    /// Whether an ASCII phrase stands as words in the text: at each place the vectorized search finds one, the phrases
    /// that start there are asked for their edges, and the search goes on past it where none stands alone. Linear in
    /// the text: each place is passed once, and at each a fixed number of phrases is compared.
    /// </summary>
    private bool IsAsciiPhraseFoundAsWords(ReadOnlySpan<char> text)
    {
        int from = 0;
        while (from < text.Length)
        {
            int found = text[from..].IndexOfAny(_ascii!);
            if (found < 0)
            {
                return false;
            }

            int at = from + found;
            foreach (string phrase in _asciiPhrases)
            {
                if (text[at..].StartsWith(phrase, _comparison) && StandsAsWords(text, at, phrase))
                {
                    return true;
                }
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>Every character searched for as the anchor of a phrase not written in ASCII (a test checks it is complete).</summary>
    internal IEnumerable<char> OtherAnchorsSearched => _others?.Searched ?? [];

    /// <summary>The anchors of the phrases not written in ASCII, as written in them.</summary>
    internal IEnumerable<char> OtherAnchors => _others?.AnchorChars ?? [];
#else
    public bool IsFoundIn(ReadOnlySpan<char> text) => IsFoundInOneByOne(text);

    /// <summary>Whether <paramref name="text"/> holds any of the phrases standing as words (see the class summary).</summary>
    public bool IsFoundAsWordsIn(ReadOnlySpan<char> text) => IsFoundInOneByOne(text, wholeWords: true);
#endif

    /// <summary>Whether <paramref name="text"/> holds any of the phrases, looked for one after another (the .NET 8 way).</summary>
    internal bool IsFoundInOneByOne(ReadOnlySpan<char> text, bool wholeWords = false)
    {
        foreach (string phrase in _phrases)
        {
            int from = 0;
            while (from < text.Length)
            {
                int found = text[from..].IndexOf(phrase, _comparison);
                if (found < 0)
                {
                    break;
                }

                if (!wholeWords || StandsAsWords(text, from + found, phrase))
                {
                    return true;
                }

                from += found + 1;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the phrase found at <paramref name="start"/> stands as words: neither of its edges that is a letter or digit
    /// of a spaced script touches another one in the text.
    /// </summary>
    private static bool StandsAsWords(ReadOnlySpan<char> text, int start, string phrase)
    {
        int end = start + phrase.Length;
        return (!IsSpacedWordChar(phrase[0]) || start == 0 || !IsSpacedWordChar(text[start - 1]))
            && (!IsSpacedWordChar(phrase[^1]) || end >= text.Length || !IsSpacedWordChar(text[end]));
    }

    /// <summary>A letter or digit of a script that spaces its words (below Hebrew: Latin, Greek, Cyrillic and their marks).</summary>
    private static bool IsSpacedWordChar(char c) => c < '\u0590' && char.IsLetterOrDigit(c);

#if NET9_0_OR_GREATER
    /// <summary>
    /// ASCII phrases of at least three characters found by their first three: the text is read once, its characters
    /// coded so that every character the comparison takes for an ASCII one ("ſ" for "s", the Kelvin sign for "k") has
    /// that character's code, and where the three characters from a place have the codes a phrase starts with (a bit
    /// in a table of 32,768), the phrases starting so are compared there. A phrase that begins with a letter or digit
    /// and must stand as words is looked for only where no such character is before it. Linear in the text: one
    /// table lookup a character and, at a place, a fixed number of phrases compared. Where the text holds a phrase,
    /// the three characters it starts at have its code, so every place <c>SearchValues</c> finds is compared.
    /// </summary>
    private sealed class TrigramIndex
    {
        /// <summary>Characters a key is made of.</summary>
        public const int KeyLength = 3;

        private const int BitsPerCode = 5;
        private const int KeyMask = (1 << (KeyLength * BitsPerCode)) - 1;

        /// <summary>Each character's code: 1-26 for the letters (either case), 27-31 for the other ASCII characters, 0 for what equals no ASCII character.</summary>
        private static readonly byte[] Codes = BuildCodes();

        private readonly StringComparison _comparison;

        /// <summary>Keys a phrase starts with that may stand anywhere (its first character is no letter or digit).</summary>
        private readonly ulong[] _anywhere = new ulong[(KeyMask + 1) / 64];

        /// <summary>Keys a phrase starts with whose first character is a letter or digit: as words, only at a word's start.</summary>
        private readonly ulong[] _atWordStart = new ulong[(KeyMask + 1) / 64];
        private readonly FrozenDictionary<int, string[]> _byKey;

        public TrigramIndex(string[] asciiPhrases, StringComparison comparison)
        {
            _comparison = comparison;
            var byKey = new Dictionary<int, List<string>>();
            foreach (string phrase in asciiPhrases)
            {
                int key = KeyOf(phrase);
                var bits = IsSpacedWordChar(phrase[0]) ? _atWordStart : _anywhere;
                bits[key >> 6] |= 1UL << (key & 63);
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add(phrase);
            }

            _byKey = byKey.ToFrozenDictionary(entry => entry.Key, entry => entry.Value.ToArray());
        }

        /// <summary>A character's code (see <see cref="Codes"/>).</summary>
        internal static int CodeOf(char c) => Codes[c];

        public bool IsFoundIn(ReadOnlySpan<char> text, bool wholeWords)
        {
            if (text.Length < KeyLength)
            {
                return false;
            }

            var codes = Codes;
            int key = (codes[text[0]] << BitsPerCode) | codes[text[1]];
            for (int at = 0; at + KeyLength <= text.Length; at++)
            {
                key = ((key << BitsPerCode) | codes[text[at + KeyLength - 1]]) & KeyMask;
                ulong bit = 1UL << (key & 63);
                bool anywhere = (_anywhere[key >> 6] & bit) != 0;
                bool atWordStart = (_atWordStart[key >> 6] & bit) != 0;
                if ((anywhere || (atWordStart && (!wholeWords || at == 0 || !IsSpacedWordChar(text[at - 1])))) && PhraseStartsAt(text, at, key, wholeWords))
                {
                    return true;
                }
            }

            return false;
        }

        private bool PhraseStartsAt(ReadOnlySpan<char> text, int at, int key, bool wholeWords)
        {
            foreach (string phrase in _byKey[key])
            {
                if (text[at..].StartsWith(phrase, _comparison) && (!wholeWords || StandsAsWords(text, at, phrase)))
                {
                    return true;
                }
            }

            return false;
        }

        private static int KeyOf(string phrase)
        {
            int key = 0;
            for (int i = 0; i < KeyLength; i++)
            {
                key = (key << BitsPerCode) | Codes[phrase[i]];
            }

            return key;
        }

        /// <summary>
        /// The codes: a character outside ASCII whose case relative is an ASCII letter ("ſ", "ı", the Kelvin sign) gets that
        /// letter's code, so that a place the comparison may match is never passed over (a test checks every character
        /// against every ASCII one); a code shared by two characters only costs a comparison.
        /// </summary>
        private static byte[] BuildCodes()
        {
            var codes = new byte[char.MaxValue + 1];
            for (char c = '\0'; c <= '\u007F'; c++)
            {
                codes[c] = (byte)(char.IsAsciiLetter(c) ? (c | 0x20) - 'a' + 1 : 27 + (c % 5));
            }

            for (char c = 'a'; c <= 'z'; c++)
            {
                foreach (char relative in CaseRelatives.Of(c))
                {
                    codes[relative] = codes[c];
                }
            }

            return codes;
        }
    }

    /// <summary>
    /// Phrases found by an anchor character each: the first character of the phrase outside ASCII ("á" in "Página no
    /// encontrada", "版" in "版权所有"), found by a vectorized search for any character an anchor may be in a text, and the
    /// phrases anchored on it then compared in place, where they would start. An anchor outside ASCII is rare in English
    /// text, where a phrase's first letter ("P") is everywhere. Linear in the text: at each anchor, a fixed number of
    /// phrases of bounded length.
    /// </summary>
    private sealed class AnchorIndex
    {
        private readonly StringComparison _comparison;
        private readonly SearchValues<char> _anchors;

        /// <summary>A bit for every character in <see cref="_anchors"/>.</summary>
        private readonly ulong[] _anchorBits = new ulong[(char.MaxValue + 1) / 64];
        private readonly FrozenDictionary<char, (string Phrase, int Offset)[]> _byAnchor;

        public AnchorIndex(string[] phrases, StringComparison comparison)
        {
            _comparison = comparison;
            var byAnchor = new Dictionary<char, List<(string Phrase, int Offset)>>();
            var anchorChars = new List<char>();
            foreach (string phrase in phrases)
            {
                int offset = AnchorOf(phrase);
                anchorChars.Add(phrase[offset]);
                var seen = comparison == StringComparison.OrdinalIgnoreCase ? CaseRelatives.Of(phrase[offset]) : [phrase[offset]];
                foreach (char anchor in seen)
                {
                    if (!byAnchor.TryGetValue(anchor, out var list))
                    {
                        byAnchor[anchor] = list = [];
                    }

                    list.Add((phrase, offset));
                }
            }

            _byAnchor = byAnchor.ToFrozenDictionary(entry => entry.Key, entry => entry.Value.ToArray());
            _anchors = SearchValues.Create([.. byAnchor.Keys]);
            foreach (char anchor in byAnchor.Keys)
            {
                _anchorBits[anchor >> 6] |= 1UL << (anchor & 63);
            }

            AnchorChars = [.. anchorChars.Distinct()];
        }

        /// <summary>Every character searched for.</summary>
        public IEnumerable<char> Searched => _byAnchor.Keys;

        /// <summary>The phrases' anchors as written in them.</summary>
        public IReadOnlyList<char> AnchorChars { get; }

        public bool IsFoundIn(ReadOnlySpan<char> text, bool wholeWords) =>
            text.Length <= MaxTableScanLength ? IsFoundByBits(text, wholeWords) : IsFoundBySearchValues(text, wholeWords);

        /// <summary>
        /// The anchors looked for with <c>SearchValues</c>. For anchors in Chinese (most sets) that is its probabilistic
        /// map, which compares every character its filter lets through with the whole list of anchors: on Chinese text,
        /// most characters.
        /// </summary>
        internal bool IsFoundBySearchValues(ReadOnlySpan<char> text, bool wholeWords)
        {
            int at = text.IndexOfAny(_anchors);
            while (at >= 0)
            {
                if (PhraseAnchoredAt(text, at, wholeWords))
                {
                    return true;
                }

                int next = text[(at + 1)..].IndexOfAny(_anchors);
                at = next < 0 ? -1 : at + 1 + next;
            }

            return false;
        }

        /// <summary>The anchors looked for one character at a time in a bit table: the same places, in the same order, as <see cref="IsFoundBySearchValues"/>.</summary>
        internal bool IsFoundByBits(ReadOnlySpan<char> text, bool wholeWords)
        {
            var bits = _anchorBits;
            for (int at = 0; at < text.Length; at++)
            {
                char c = text[at];
                if ((bits[c >> 6] & (1UL << (c & 63))) != 0 && PhraseAnchoredAt(text, at, wholeWords))
                {
                    return true;
                }
            }

            return false;
        }

        private bool PhraseAnchoredAt(ReadOnlySpan<char> text, int at, bool wholeWords)
        {
            foreach (var (phrase, offset) in _byAnchor[text[at]])
            {
                int start = at - offset;
                if (start >= 0 && text[start..].StartsWith(phrase, _comparison) && (!wholeWords || StandsAsWords(text, start, phrase)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Where the phrase's anchor is: its first character outside ASCII that is not half of a surrogate pair (a pair is
        /// compared without case as one character, so its halves are no anchor); the phrase's start if it has none.
        /// </summary>
        private static int AnchorOf(string phrase)
        {
            for (int i = 0; i < phrase.Length; i++)
            {
                if (!char.IsAscii(phrase[i]) && !char.IsSurrogate(phrase[i]))
                {
                    return i;
                }
            }

            return 0;
        }
    }
#endif
}
