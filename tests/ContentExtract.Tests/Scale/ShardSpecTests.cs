using ContentExtract.Cli.Scale;

namespace ContentExtract.Tests.Scale;

public sealed class ShardSpecTests
{
    private static readonly string[] Lines = [.. Enumerable.Range(0, 2000).Select(i => $"crawl-data/CC-MAIN-2024-10/segments/1707947{i:D6}.80/warc/CC-MAIN-20240220-{i:D5}.warc.gz")];

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void Every_line_falls_in_exactly_one_shard_and_together_the_shards_are_the_whole_manifest(int count)
    {
        var entries = Lines.Select(l => new ManifestEntry(l, 0, l, null)).ToList();
        var shares = Enumerable.Range(0, count).Select(i => entries.Where(new ShardSpec(i, count, "test").Contains).ToList()).ToList();

        Assert.Equal(entries.Count, shares.Sum(s => s.Count));
        Assert.Equal(entries.Select(e => e.Key).Order(StringComparer.Ordinal), shares.SelectMany(s => s).Select(e => e.Key).Order(StringComparer.Ordinal));
        foreach (var entry in entries)
        {
            Assert.Single(shares, s => s.Contains(entry));
        }
    }

    [Fact]
    public void Shards_are_balanced_on_a_large_manifest()
    {
        var sizes = Enumerable.Range(0, 7).Select(i => Lines.Count(l => ShardSpec.ShardOf(l, 7) == i)).ToList();

        // 2,000 lines over 7 shards: 286 each on average; a hash spreads them within a few standard deviations (about 16).
        Assert.All(sizes, size => Assert.InRange(size, 220, 350));
    }

    [Fact]
    public void The_shard_of_a_line_is_the_same_in_every_process_and_on_every_machine()
    {
        // XXH64 of nothing with seed 0 is the published test vector: the standard algorithm, not a look-alike.
        Assert.Equal(0xef46db3751d8e999UL, System.IO.Hashing.XxHash64.HashToUInt64([]));

        // Pinned shards of 7: a change here would reshuffle every manifest already run.
        Assert.Equal(
            [3, 4, 3, 5, 5],
            new[] { "crawl/crawl-00.warc.gz", "a.warc.gz", "b.warc.gz", "https://data.example.org/c.warc.gz", "城市.html" }.Select(l => ShardSpec.ShardOf(l, 7)));
        Assert.Equal(15_420_950_581_507_972_392UL % 5, (ulong)ShardSpec.ShardOf("crawl/crawl-00.warc.gz", 5));
    }

    [Fact]
    public void A_line_keeps_its_shard_when_lines_are_added_around_it()
    {
        var before = Lines.Take(100).ToDictionary(l => l, l => ShardSpec.ShardOf(l, 7));
        var after = Lines.Take(100).Prepend("new-first.warc.gz").Append("new-last.warc.gz").ToDictionary(l => l, l => ShardSpec.ShardOf(l, 7));
        Assert.All(before, kv => Assert.Equal(kv.Value, after[kv.Key]));
    }

    [Theory]
    [InlineData("3/8", 3, 8)]
    [InlineData("0/1", 0, 1)]
    [InlineData(" 6 / 7 ", 6, 7)]
    public void Shard_option_is_read_as_index_of_count(string text, int index, int count)
    {
        Assert.True(ShardSpec.TryParse(text, "--shard", out var shard, out _));
        Assert.Equal((index, count), (shard.Index, shard.Count));
        Assert.Equal($"part-{index:D5}-of-{count:D5}", shard.Stem);
    }

    [Theory]
    [InlineData("8/8", "does not exist among 8")]
    [InlineData("-1/8", "takes I/N")]
    [InlineData("1/0", "between 1 and")]
    [InlineData("3", "takes I/N")]
    [InlineData("a/b", "takes I/N")]
    public void A_shard_that_cannot_be_is_refused_with_the_reason(string text, string reason)
    {
        Assert.False(ShardSpec.TryParse(text, "--shard", out _, out string error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
