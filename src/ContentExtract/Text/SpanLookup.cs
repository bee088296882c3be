using System.Collections.Frozen;

namespace ContentExtract.Text;

/// <summary>
/// A frozen set of words asked about spans of text without making strings of them: the set's alternate lookup on
/// .NET 9 and later, a <see cref="SpanKeyedTable{TValue}"/> built once from it on .NET 8. Take one per set, once.
/// </summary>
internal sealed class SpanLookupSet
{
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SpanLookupSet(FrozenSet<string> set) => _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> key) => _lookup.Contains(key);
#else
    private readonly SpanKeyedTable<bool> _table;

    public SpanLookupSet(FrozenSet<string> set)
    {
        _table = new SpanKeyedTable<bool>(set.Comparer, set.Count);
        foreach (string key in set)
        {
            _table.Add(key, true);
        }
    }

    public bool Contains(ReadOnlySpan<char> key) => _table.ContainsKey(key);
#endif
}

/// <summary>A frozen dictionary asked about spans of text without making strings of them (see <see cref="SpanLookupSet"/>).</summary>
/// <typeparam name="TValue">What each key maps to.</typeparam>
internal sealed class SpanLookupMap<TValue>
{
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SpanLookupMap(FrozenDictionary<string, TValue> map) => _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value) => _lookup.TryGetValue(key, out value!);
#else
    private readonly SpanKeyedTable<TValue> _table;

    public SpanLookupMap(FrozenDictionary<string, TValue> map)
    {
        _table = new SpanKeyedTable<TValue>(map.Comparer, map.Count);
        foreach (var (key, value) in map)
        {
            _table.Add(key, value);
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value) => _table.TryGetValue(key, out value);
#endif
}
