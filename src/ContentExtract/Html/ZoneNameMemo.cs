using System.Runtime.InteropServices;
using ContentExtract.Segmentation;

namespace ContentExtract.Html;

/// <summary>
/// What <see cref="ZoneClassifier.FromNames(string?, bool)"/> read in each class or id value of one page. A page repeats its values
/// (every item of a menu, every card of a grid carries the same classes), and reading one lower-cases and looks up each
/// of its words; looking the whole value up again hashes it once. One memo a page, dropped with the page.
/// </summary>
internal sealed class ZoneNameMemo
{
    /// <summary>
    /// Distinct values remembered for each reading; past it, values are read afresh. Typical pages hold a few hundred
    /// distinct values; the bound only keeps a page of millions of distinct values from holding a table of them.
    /// </summary>
    private const int MaxRemembered = 4096;

    private readonly Dictionary<string, PageZone> _plain = new(StringComparer.Ordinal);

    /// <summary>Read with names of reviews as comments; made on a page that reads them.</summary>
    private Dictionary<string, PageZone>? _reviews;

    /// <summary>The zone a non-empty class or id value names, as <see cref="ZoneClassifier.FromNames(string?, bool)"/> reads it.</summary>
    public PageZone FromNames(string names, bool reviews)
    {
        var remembered = reviews ? _reviews ??= new(StringComparer.Ordinal) : _plain;
        if (remembered.Count >= MaxRemembered)
        {
            return remembered.TryGetValue(names, out var known) ? known : ZoneClassifier.FromNames(names, reviews);
        }

        ref var zone = ref CollectionsMarshal.GetValueRefOrAddDefault(remembered, names, out bool exists);
        if (!exists)
        {
            zone = ZoneClassifier.FromNames(names, reviews);
        }

        return zone;
    }
}
