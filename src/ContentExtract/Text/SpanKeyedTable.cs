namespace ContentExtract.Text;

/// <summary>
/// A hash table of strings looked up by a span of characters, so that a word cut out of a longer text is found
/// without making a string of it. .NET 9 and later do this with the alternate lookups of <c>FrozenSet</c> and
/// <c>Dictionary</c> (<see cref="SpanLookupSet"/>, <see cref="SpanLookupMap{TValue}"/>); .NET 8 has none, and uses
/// this table instead. It is compiled for every target, so that the tests on .NET 10 check it against the runtime's.
/// </summary>
/// <typeparam name="TValue">What each key maps to.</typeparam>
internal sealed class SpanKeyedTable<TValue>
{
    private readonly StringComparison _comparison;
    private int[] _buckets;
    private Entry[] _entries;

    /// <summary>Creates an empty table.</summary>
    /// <param name="comparer">Ordinal or ordinal ignoring case (<see cref="StringComparer.Ordinal"/>,
    /// <see cref="StringComparer.OrdinalIgnoreCase"/>, or the default string comparer, which is ordinal).</param>
    /// <param name="capacity">How many keys to make room for.</param>
    public SpanKeyedTable(IEqualityComparer<string> comparer, int capacity = 4)
    {
        _comparison = ComparisonOf(comparer);
        int size = BucketCount(Math.Max(capacity, 4));
        _buckets = new int[size];
        _entries = new Entry[size / 2];
    }

    /// <summary>How many keys the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>Finds the value of the key equal to <paramref name="key"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        int hash = string.GetHashCode(key, _comparison);
        for (int i = _buckets[hash & (_buckets.Length - 1)] - 1; i >= 0; i = _entries[i].Next)
        {
            ref readonly var entry = ref _entries[i];
            if (entry.Hash == hash && key.Equals(entry.Key, _comparison))
            {
                value = entry.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Whether the table holds a key equal to <paramref name="key"/>.</summary>
    public bool ContainsKey(ReadOnlySpan<char> key) => TryGetValue(key, out _);

    /// <summary>Adds a key that is not in the table yet.</summary>
    /// <exception cref="ArgumentException">The table already holds an equal key.</exception>
    public void Add(string key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (ContainsKey(key))
        {
            throw new ArgumentException($"The key \"{key}\" is already in the table.", nameof(key));
        }

        if (Count == _entries.Length)
        {
            Grow();
        }

        int hash = string.GetHashCode(key, _comparison);
        ref int bucket = ref _buckets[hash & (_buckets.Length - 1)];
        _entries[Count] = new Entry { Key = key, Value = value, Hash = hash, Next = bucket - 1 };
        bucket = ++Count;
    }

    private void Grow()
    {
        var entries = _entries;
        _buckets = new int[_buckets.Length * 2];
        _entries = new Entry[_buckets.Length / 2];
        Array.Copy(entries, _entries, Count);
        for (int i = 0; i < Count; i++)
        {
            ref int bucket = ref _buckets[_entries[i].Hash & (_buckets.Length - 1)];
            _entries[i].Next = bucket - 1;
            bucket = i + 1;
        }
    }

    // Twice as many buckets as keys, a power of two so that a mask picks the bucket.
    private static int BucketCount(int capacity) => (int)Math.Min(1 << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity * 2));

    private static StringComparison ComparisonOf(IEqualityComparer<string> comparer)
    {
        if (ReferenceEquals(comparer, StringComparer.Ordinal) || ReferenceEquals(comparer, EqualityComparer<string>.Default))
        {
            return StringComparison.Ordinal;
        }

        if (ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase))
        {
            return StringComparison.OrdinalIgnoreCase;
        }

        throw new ArgumentException("Only ordinal comparers, with or without case, can look up spans.", nameof(comparer));
    }

    private struct Entry
    {
        public string Key;
        public TValue Value;
        public int Hash;

        /// <summary>The next entry of the same bucket, or -1.</summary>
        public int Next;
    }
}
