#if NET9_0_OR_GREATER
using System.Buffers;
#endif

namespace ContentExtract.Text;

/// <summary>
/// Phrases searched for anywhere in a text ("All rights reserved", "版权所有"): <c>SearchValues&lt;string&gt;</c> on .NET 9
/// and later, which finds them all in one pass; on .NET 8, which cannot build those, each phrase is searched for in
/// turn (<see cref="IsFoundInOneByOne"/>: still linear in the text, a fixed number of passes). Either way the same
/// answer. Build once, in a lexicon.
/// </summary>
internal sealed class PhraseSet
{
    private readonly string[] _phrases;
    private readonly StringComparison _comparison;
#if NET9_0_OR_GREATER
    private readonly SearchValues<string> _values;
#endif

    private PhraseSet(string[] phrases, StringComparison comparison)
    {
        _phrases = phrases;
        _comparison = comparison;
#if NET9_0_OR_GREATER
        _values = SearchValues.Create(phrases, comparison);
#endif
    }

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
    public bool IsFoundIn(ReadOnlySpan<char> text) => text.ContainsAny(_values);
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
}
