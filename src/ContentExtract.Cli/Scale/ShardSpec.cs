using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace ContentExtract.Cli.Scale;

/// <summary>
/// Which share of a manifest a run processes: shard <see cref="Index"/> of <see cref="Count"/>, from 0. An entry
/// belongs to shard <c>XxHash64(UTF-8 of its line) mod Count</c>: the shares are disjoint, together they are the whole
/// manifest, and an entry's shard depends only on its own line and the count, the same on every machine, in every run
/// and whatever the lines around it (a line added to the manifest moves no other line).
/// </summary>
/// <param name="Index">The shard, from 0 to <see cref="Count"/> − 1.</param>
/// <param name="Count">How many shards the manifest is divided into.</param>
/// <param name="Origin">Where the shard came from: <c>--shard</c>, an environment variable, or the default (the whole manifest).</param>
internal readonly record struct ShardSpec(int Index, int Count, string Origin)
{
    /// <summary>The most shards: Kubernetes Indexed Jobs allow 100,000 completions; ten times that leaves room.</summary>
    public const int MaxCount = 1_000_000;

    /// <summary>One run over the whole manifest.</summary>
    public static ShardSpec Whole { get; } = new(0, 1, "default");

    /// <summary>The name the shard's output and marker share: <c>part-00003-of-00007</c>.</summary>
    public string Stem => string.Create(CultureInfo.InvariantCulture, $"part-{Index:D5}-of-{Count:D5}");

    /// <summary>The shard an entry belongs to among <paramref name="count"/>.</summary>
    public static int ShardOf(string key, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        // XxHash64 is a published algorithm with fixed output (seed 0), unlike string.GetHashCode, which is randomised per process.
        ulong hash = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(key));
        return (int)(hash % (ulong)count);
    }

    /// <summary>True when the entry is in this shard.</summary>
    public bool Contains(ManifestEntry entry) => ShardOf(entry.Key, Count) == Index;

    /// <summary>Parses <c>I/N</c>.</summary>
    public static bool TryParse(string text, string origin, out ShardSpec shard, out string error)
    {
        shard = default;
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0
            || !int.TryParse(text.AsSpan(0, slash).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(text.AsSpan(slash + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            error = $"{origin} takes I/N, the shard I (from 0) of N, such as 3/8; got '{text}'";
            return false;
        }

        return TryCreate(index, count, origin, out shard, out error);
    }

    /// <summary>Checks that <paramref name="index"/> lies in 0 … <paramref name="count"/> − 1.</summary>
    public static bool TryCreate(int index, int count, string origin, out ShardSpec shard, out string error)
    {
        shard = default;
        if (count < 1 || count > MaxCount)
        {
            error = $"{origin}: the shard count must be between 1 and {MaxCount:N0}; got {count}";
            return false;
        }

        if (index < 0 || index >= count)
        {
            error = $"{origin}: shard {index} does not exist among {count} (shards are numbered from 0 to {count - 1})";
            return false;
        }

        shard = new ShardSpec(index, count, origin);
        error = string.Empty;
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
