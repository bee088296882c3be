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
    private readonly AnchorIndex? _others;
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
        (_ascii is not null && text.ContainsAny(_ascii)) || (_others is not null && _others.IsFoundIn(text, wholeWords: false));

    /// <summary>Whether <paramref name="text"/> holds any of the phrases standing as words (see the class summary).</summary>
    public bool IsFoundAsWordsIn(ReadOnlySpan<char> text) =>
        (_ascii is not null && IsAsciiPhraseFoundAsWords(text)) || (_others is not null && _others.IsFoundIn(text, wholeWords: true));

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
            AnchorChars = [.. anchorChars.Distinct()];
        }

        /// <summary>Every character searched for.</summary>
        public IEnumerable<char> Searched => _byAnchor.Keys;

        /// <summary>The phrases' anchors as written in them.</summary>
        public IReadOnlyList<char> AnchorChars { get; }

        public bool IsFoundIn(ReadOnlySpan<char> text, bool wholeWords)
        {
            int at = text.IndexOfAny(_anchors);
            while (at >= 0)
            {
                foreach (var (phrase, offset) in _byAnchor[text[at]])
                {
                    int start = at - offset;
                    if (start >= 0 && text[start..].StartsWith(phrase, _comparison) && (!wholeWords || StandsAsWords(text, start, phrase)))
                    {
                        return true;
                    }
                }

                int next = text[(at + 1)..].IndexOfAny(_anchors);
                at = next < 0 ? -1 : at + 1 + next;
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
