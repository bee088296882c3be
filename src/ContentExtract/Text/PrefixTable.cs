using System.Collections.Frozen;

namespace ContentExtract.Text;

/// <summary>
/// Phrases a text may start with ("Related", "Photo:", "相关阅读"), indexed by first character: a text is compared only
/// with the phrases whose first character it may start with, in the lexicon's order, instead of with every phrase (a
/// hundred comparisons a block, a tenth of the text path's time).
/// </summary>
internal sealed class PrefixTable
{
    private readonly FrozenDictionary<char, string[]> _byFirst;

    private PrefixTable(FrozenDictionary<char, string[]> byFirst, StringComparison comparison)
    {
        _byFirst = byFirst;
        Comparison = comparison;
    }

    /// <summary>How the phrases are compared with a text's start.</summary>
    public StringComparison Comparison { get; }

    /// <summary>Builds the table.</summary>
    /// <param name="phrases">The phrases, in the order they are to be tried; none empty.</param>
    /// <param name="comparison"><see cref="StringComparison.Ordinal"/> or <see cref="StringComparison.OrdinalIgnoreCase"/>.</param>
    public static PrefixTable Create(string[] phrases, StringComparison comparison)
    {
        PhraseSet.CheckLexicon(phrases, comparison);
        var byFirst = new Dictionary<char, List<string>>();
        foreach (string phrase in phrases)
        {
            var firsts = comparison == StringComparison.OrdinalIgnoreCase ? CaseRelatives.Of(phrase[0]) : [phrase[0]];
            foreach (char first in firsts)
            {
                if (!byFirst.TryGetValue(first, out var list))
                {
                    byFirst[first] = list = [];
                }

                list.Add(phrase);
            }
        }

        return new PrefixTable(byFirst.ToFrozenDictionary(entry => entry.Key, entry => entry.Value.ToArray()), comparison);
    }

    /// <summary>The phrases <paramref name="text"/> may start with, in the lexicon's order: those whose first character its own may equal. Compare each with <see cref="Comparison"/>.</summary>
    public ReadOnlySpan<string> Candidates(ReadOnlySpan<char> text) =>
        !text.IsEmpty && _byFirst.TryGetValue(text[0], out var phrases) ? phrases : [];

    /// <summary>The first phrase <paramref name="text"/> starts with, or null.</summary>
    public string? StartOf(ReadOnlySpan<char> text)
    {
        foreach (string phrase in Candidates(text))
        {
            if (text.StartsWith(phrase, Comparison))
            {
                return phrase;
            }
        }

        return null;
    }
}
