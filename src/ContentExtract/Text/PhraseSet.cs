#if NET9_0_OR_GREATER
using System.Buffers;
using System.Collections.Frozen;
using System.Text;
#endif

namespace ContentExtract.Text;

/// <summary>
/// Phrases searched for anywhere in a text ("All rights reserved", "版权所有"). On .NET 9 and later the phrases written in
/// ASCII are found by <c>SearchValues&lt;string&gt;</c> in one vectorized pass, and the others by their first characters
/// (a first-character index); on .NET 8, which cannot build those, each phrase is searched for in turn
/// (<see cref="IsFoundInOneByOne"/>: still linear in the text, a fixed number of passes). Either way the same answer.
/// Build once, in a lexicon.
/// </summary>
internal sealed class PhraseSet
{
    private readonly string[] _phrases;
    private readonly StringComparison _comparison;
#if NET9_0_OR_GREATER
    // SearchValues<string> searches a vectorized way only when every phrase is ASCII: one phrase in another script
    // ("版权所有" beside "All rights reserved") sent the whole set down its character-by-character path (a dictionary
    // lookup a character), measured at a fifth of the text path's time. So the set is split in two.
    private readonly SearchValues<string>? _ascii;
    private readonly FirstCharIndex? _others;
#endif

    private PhraseSet(string[] phrases, StringComparison comparison)
    {
        _phrases = phrases;
        _comparison = comparison;
#if NET9_0_OR_GREATER
        var ascii = Array.FindAll(phrases, phrase => Ascii.IsValid(phrase));
        var others = Array.FindAll(phrases, phrase => !Ascii.IsValid(phrase));
        _ascii = ascii.Length > 0 ? SearchValues.Create(ascii, comparison) : null;
        _others = others.Length > 0 ? new FirstCharIndex(others, comparison) : null;
#endif
    }

    /// <summary>How the phrases are compared with the text.</summary>
    internal StringComparison Comparison => _comparison;

    /// <summary>Builds the set.</summary>
    /// <param name="phrases">The phrases; none empty.</param>
    /// <param name="comparison"><see cref="StringComparison.Ordinal"/> or <see cref="StringComparison.OrdinalIgnoreCase"/>.</param>
    public static PhraseSet Create(string[] phrases, StringComparison comparison)
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

        return new PhraseSet(phrases, comparison);
    }

    /// <summary>Whether <paramref name="text"/> holds any of the phrases.</summary>
#if NET9_0_OR_GREATER
    public bool IsFoundIn(ReadOnlySpan<char> text) =>
        (_ascii is not null && text.ContainsAny(_ascii)) || (_others is not null && _others.IsFoundIn(text));

    /// <summary>Every character a phrase not written in ASCII may start with in a text (a test checks it is complete).</summary>
    internal IEnumerable<char> OtherStarts => _others?.Starts ?? [];

    /// <summary>The first characters of the phrases not written in ASCII.</summary>
    internal IEnumerable<char> OtherFirstChars => _others?.FirstChars ?? [];
#else
    public bool IsFoundIn(ReadOnlySpan<char> text) => IsFoundInOneByOne(text);
#endif

    /// <summary>Whether <paramref name="text"/> holds any of the phrases, looked for one after another (the .NET 8 way).</summary>
    internal bool IsFoundInOneByOne(ReadOnlySpan<char> text)
    {
        foreach (string phrase in _phrases)
        {
            if (text.Contains(phrase, _comparison))
            {
                return true;
            }
        }

        return false;
    }

#if NET9_0_OR_GREATER
    /// <summary>
    /// Phrases found by their first characters: a vectorized search for any character a phrase may start with, then the
    /// phrases that start with it compared in place. Linear in the text: at each position, a fixed number of phrases of
    /// bounded length.
    /// </summary>
    private sealed class FirstCharIndex
    {
        private readonly StringComparison _comparison;
        private readonly SearchValues<char> _starts;
        private readonly FrozenDictionary<char, string[]> _byStart;

        public FirstCharIndex(string[] phrases, StringComparison comparison)
        {
            _comparison = comparison;
            var byStart = new Dictionary<char, List<string>>();
            foreach (string phrase in phrases)
            {
                foreach (char start in StartsOf(phrase[0], comparison))
                {
                    if (!byStart.TryGetValue(start, out var list))
                    {
                        byStart[start] = list = [];
                    }

                    list.Add(phrase);
                }
            }

            _byStart = byStart.ToFrozenDictionary(entry => entry.Key, entry => entry.Value.ToArray());
            _starts = SearchValues.Create([.. byStart.Keys]);
            FirstChars = [.. phrases.Select(phrase => phrase[0]).Distinct()];
        }

        public IEnumerable<char> Starts => _byStart.Keys;

        public IReadOnlyList<char> FirstChars { get; }

        public bool IsFoundIn(ReadOnlySpan<char> text)
        {
            int at = text.IndexOfAny(_starts);
            while (at >= 0)
            {
                var rest = text[at..];
                foreach (string phrase in _byStart[rest[0]])
                {
                    if (rest.StartsWith(phrase, _comparison))
                    {
                        return true;
                    }
                }

                int next = rest[1..].IndexOfAny(_starts);
                at = next < 0 ? -1 : at + 1 + next;
            }

            return false;
        }

        /// <summary>The characters a text may show where a phrase starts with <paramref name="first"/> (<see cref="CaseRelatives"/>).</summary>
        private static IEnumerable<char> StartsOf(char first, StringComparison comparison)
        {
            if (comparison != StringComparison.OrdinalIgnoreCase)
            {
                return [first];
            }

            return CaseRelatives.Of(first);
        }
    }

#endif
}
