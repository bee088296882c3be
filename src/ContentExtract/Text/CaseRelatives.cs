using System.Collections.Frozen;

namespace ContentExtract.Text;

/// <summary>
/// The characters a comparison without case (<see cref="StringComparison.OrdinalIgnoreCase"/>) may take for a given one:
/// itself, and every character with the same upper or lower case (the Kelvin sign beside "K", "ſ" beside "s"). Lexicons
/// index their phrases by first character with it; the groups are built once in a process, by one pass over the 65,536
/// UTF-16 units, and only where more than one character shares a case.
/// </summary>
internal static class CaseRelatives
{
    private static readonly FrozenDictionary<char, char[]> ByUpper = Group(char.ToUpperInvariant);

    private static readonly FrozenDictionary<char, char[]> ByLower = Group(char.ToLowerInvariant);

    /// <summary>Every character equal to <paramref name="c"/> without case, <paramref name="c"/> first.</summary>
    public static IEnumerable<char> Of(char c)
    {
        char upper = char.ToUpperInvariant(c), lower = char.ToLowerInvariant(c);
        return new[] { c, upper, lower }
            .Concat(ByUpper.GetValueOrDefault(upper, []))
            .Concat(ByLower.GetValueOrDefault(lower, []))
            .Distinct();
    }

    private static FrozenDictionary<char, char[]> Group(Func<char, char> caseOf)
    {
        var groups = new Dictionary<char, List<char>>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char key = caseOf((char)c);
            if (key == c)
            {
                continue;
            }

            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [key];
            }

            group.Add((char)c);
        }

        return groups.ToFrozenDictionary(entry => entry.Key, entry => entry.Value.ToArray());
    }
}
