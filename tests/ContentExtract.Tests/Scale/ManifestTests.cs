using System.Text;
using ContentExtract.Cli.Scale;
using ContentExtract.Tests.Archives;

namespace ContentExtract.Tests.Scale;

public sealed class ManifestTests
{
    private static Manifest Parse(string text, string? baseLocation = null) => Manifest.Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)), baseLocation);

    [Fact]
    public void Comments_blank_lines_and_surrounding_spaces_are_ignored()
    {
        var manifest = Parse("# Common Crawl style\r\n\r\n  crawl/a.warc.gz  \r\n\t\n# next\nb.html\n");
        Assert.Equal(["crawl/a.warc.gz", "b.html"], manifest.Entries.Select(e => e.Key));
        Assert.Equal([3, 6], manifest.Entries.Select(e => e.LineNumber));
    }

    [Fact]
    public void A_gzip_manifest_is_read_like_a_plain_one()
    {
        const string text = "\uFEFFcrawl/a.warc.gz\ncrawl/b.wet.gz\n";
        var plain = Parse(text);
        var gzip = Manifest.Parse(new MemoryStream(WarcFixture.Gzip(Encoding.UTF8.GetBytes(text))), null);
        Assert.Equal(plain.Entries, gzip.Entries);
        Assert.Equal(["crawl/a.warc.gz", "crawl/b.wet.gz"], gzip.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Relative_lines_join_a_base_address_and_absolute_ones_stay()
    {
        var manifest = Parse("crawl-data/x/a.warc.gz\nhttps://other.example.org/b.warc.gz?sig=1\n/data/c.warc.gz\n", "https://data.example.org/bucket");
        Assert.Equal(
            ["https://data.example.org/bucket/crawl-data/x/a.warc.gz", "https://other.example.org/b.warc.gz?sig=1", "/data/c.warc.gz"],
            manifest.Entries.Select(e => e.Location));
        Assert.All(manifest.Entries, e => Assert.True(e.IsArchive, e.Key));
        Assert.Null(manifest.Entries[2].Url);
    }

    [Fact]
    public void Relative_lines_join_a_base_folder_but_keep_their_line_as_key()
    {
        var manifest = Parse("pages/a.txt.gz\n", "/mnt/crawl");
        var entry = Assert.Single(manifest.Entries);
        Assert.Equal(Path.Combine("/mnt/crawl", "pages/a.txt.gz"), entry.Location);
        Assert.Equal("pages/a.txt.gz", entry.Key);
        Assert.False(entry.IsArchive);
        Assert.Equal(InputMode.Text, entry.ModeFor(InputMode.Auto));
    }

    [Fact]
    public void A_file_address_is_a_local_path()
    {
        var entry = Assert.Single(Parse("file:///data/a.warc\n").Entries);
        Assert.Equal("/data/a.warc", entry.Location);
        Assert.Null(entry.Url);
    }

    [Theory]
    [InlineData("s3://commoncrawl/crawl-data/a.warc.gz", "s3:// addresses are not read")]
    [InlineData("https://exa mple.org/a.warc.gz", "line 1 is not a valid address")]
    public void A_line_that_cannot_be_read_is_refused_with_its_number(string line, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => Parse(line + "\n"));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_longer_than_a_path_is_refused()
    {
        var ex = Assert.Throws<FormatException>(() => Parse("ok.warc\n" + new string('a', Manifest.MaxLineLength + 1) + "\n"));
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fingerprint_follows_the_lines_and_their_order()
    {
        var a = Parse("a\nb\n").Entries;
        Assert.Equal(Manifest.Fingerprint(a), Manifest.Fingerprint(Parse("# c\na\n\nb").Entries));
        Assert.NotEqual(Manifest.Fingerprint(a), Manifest.Fingerprint(Parse("b\na\n").Entries));
        Assert.NotEqual(Manifest.Fingerprint(a), Manifest.Fingerprint(Parse("a\nb\nc\n").Entries));
    }
}
