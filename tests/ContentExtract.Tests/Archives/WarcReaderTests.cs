using System.Text;
using ContentExtract.Archives;

namespace ContentExtract.Tests.Archives;

public sealed class WarcReaderTests
{
    private const int Limit = 1024 * 1024;

    private static List<WarcEntry> ReadAll(byte[] archive, int limit = Limit) =>
        new WarcReader(new MemoryStream(archive), limit).ReadAll(CancellationToken.None).ToList();

    [Fact]
    public void Plain_and_gzip_archives_give_the_same_records()
    {
        var plain = ReadAll(WarcFixture.Sample(gzipPerRecord: false));
        var gzip = ReadAll(WarcFixture.Sample(gzipPerRecord: true));

        Assert.Equal(WarcFixture.SampleRecordTypes.Length, plain.Count);
        Assert.Equal(plain.Select(e => (e.Index, e.Problem, e.Field("WARC-Type"), e.Field("WARC-Record-ID"))), gzip.Select(e => (e.Index, e.Problem, e.Field("WARC-Type"), e.Field("WARC-Record-ID"))));
        Assert.Equal(WarcFixture.SampleRecordTypes, gzip.Select(e => e.Field("WARC-Type")));
        Assert.Equal(plain.Where(e => e.Block is not null).Select(e => e.Block!), gzip.Where(e => e.Block is not null).Select(e => e.Block!));
    }

    [Fact]
    public void Offsets_are_byte_offsets_in_plain_archives_and_member_offsets_in_gzip_ones()
    {
        var records = new[]
        {
            WarcFixture.Record("warcinfo", null, "a: b\r\n"u8.ToArray(), "application/warc-fields", 1),
            WarcFixture.Record("metadata", "https://example.org/", "c: d\r\n"u8.ToArray(), "application/warc-fields", 2),
            WarcFixture.Record("metadata", "https://example.org/x", "e: f\r\n"u8.ToArray(), "application/warc-fields", 3),
        };
        var members = records.Select(WarcFixture.Gzip).ToArray();

        Assert.Equal([0L, records[0].Length, records[0].Length + records[1].Length], ReadAll([.. records.SelectMany(r => r)]).Select(e => e.Offset));
        Assert.Equal([0L, members[0].Length, members[0].Length + members[1].Length], ReadAll([.. members.SelectMany(m => m)]).Select(e => e.Offset));
    }

    [Fact]
    public void A_content_length_that_runs_past_the_record_is_reported_and_the_records_it_swallowed_are_found_again()
    {
        var entries = ReadAll(WarcFixture.Sample(gzipPerRecord: false));

        var broken = entries[4];
        Assert.Equal(WarcProblem.Corrupt, broken.Problem);
        Assert.Contains("Content-Length 4000", broken.Reason, StringComparison.Ordinal);
        Assert.Equal("<urn:uuid:00000000-0000-4000-8000-000000000005>", broken.Field("WARC-Record-ID"));
        Assert.All(entries.Skip(5), e => Assert.Equal(WarcProblem.None, e.Problem));
        Assert.Equal(["response", "conversion", "revisit", "response", "metadata"], entries.Skip(5).Select(e => e.Field("WARC-Type")));
    }

    [Fact]
    public void A_content_length_that_stops_short_is_reported_and_the_next_record_is_read()
    {
        var first = WarcFixture.Record("resource", "https://example.org/a", "0123456789abcdef"u8.ToArray(), "text/plain", 1, contentLength: "6");
        var second = WarcFixture.Record("resource", "https://example.org/b", "second"u8.ToArray(), "text/plain", 2);

        var entries = ReadAll([.. first, .. second]);

        Assert.Equal([WarcProblem.Corrupt, WarcProblem.None], entries.Select(e => e.Problem));
        Assert.Equal("second"u8.ToArray(), entries[1].Block);
    }

    [Theory]
    [InlineData("Content-Length: lots")]
    [InlineData("no colon on this line")]
    public void A_malformed_header_is_reported_and_the_next_record_is_read(string badLine)
    {
        string broken = $"WARC/1.0\r\nWARC-Type: resource\r\n{badLine}\r\n\r\nbody\r\n\r\n";
        var good = WarcFixture.Record("resource", "https://example.org/b", "fine"u8.ToArray(), "text/plain", 2);

        var entries = ReadAll([.. Encoding.ASCII.GetBytes(broken), .. good]);

        Assert.Equal([WarcProblem.Corrupt, WarcProblem.None], entries.Select(e => e.Problem));
        Assert.Equal("fine"u8.ToArray(), entries[1].Block);
    }

    [Fact]
    public void Garbage_between_records_is_reported_once_and_skipped()
    {
        var a = WarcFixture.Record("resource", "https://example.org/a", "first"u8.ToArray(), "text/plain", 1);
        var b = WarcFixture.Record("resource", "https://example.org/b", "second"u8.ToArray(), "text/plain", 2);
        byte[] garbage = [.. "not a record\r\n"u8, .. Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7 % 251 + 1)), .. "\r\n"u8];

        var entries = ReadAll([.. a, .. garbage, .. b]);

        Assert.Equal([WarcProblem.None, WarcProblem.Corrupt, WarcProblem.None], entries.Select(e => e.Problem));
        Assert.Equal([0, 1, 2], entries.Select(e => e.Index));
        Assert.Equal("second"u8.ToArray(), entries[2].Block);
    }

    [Fact]
    public void A_damaged_gzip_member_is_reported_and_reading_resumes_at_the_next_member()
    {
        var members = Enumerable.Range(1, 5)
            .Select(i => WarcFixture.Gzip(WarcFixture.Record("resource", $"https://example.org/{i}", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat($"record {i} says hello. ", 40))), "text/plain", i)))
            .ToArray();
        var damaged = (byte[])members[2].Clone();
        for (int i = 20; i < damaged.Length - 20; i += 3)
        {
            damaged[i] ^= 0x5A;
        }

        var entries = ReadAll([.. members[0], .. members[1], .. damaged, .. members[3], .. members[4]]);

        Assert.Equal(WarcProblem.Corrupt, entries.Single(e => e.Problem != WarcProblem.None).Problem);
        Assert.Equal(
            ["https://example.org/1", "https://example.org/2", "https://example.org/4", "https://example.org/5"],
            entries.Where(e => e.Problem == WarcProblem.None).Select(e => e.Field("WARC-Target-URI")));
        Assert.Equal(members[0].Length + members[1].Length, entries.Single(e => e.Problem != WarcProblem.None).Offset);
    }

    [Fact]
    public void A_truncated_gzip_archive_ends_with_a_report_of_the_cut_record()
    {
        var first = WarcFixture.Gzip(WarcFixture.Record("resource", "https://example.org/1", "one"u8.ToArray(), "text/plain", 1));
        var second = WarcFixture.Gzip(WarcFixture.Record("resource", "https://example.org/2", Encoding.UTF8.GetBytes(new string('x', 5000)), "text/plain", 2));

        var entries = ReadAll([.. first, .. second.AsSpan(0, second.Length / 2)]);

        Assert.Equal([WarcProblem.None, WarcProblem.Corrupt], entries.Select(e => e.Problem));
    }

    [Fact]
    public void A_record_over_the_limit_is_reported_too_large_without_being_read_and_the_next_is_read()
    {
        var big = WarcFixture.Record("resource", "https://example.org/big", new byte[50_000], "text/plain", 1);
        var small = WarcFixture.Record("resource", "https://example.org/small", "small"u8.ToArray(), "text/plain", 2);

        var entries = ReadAll([.. big, .. small], limit: 10_000);

        Assert.Equal([WarcProblem.TooLarge, WarcProblem.None], entries.Select(e => e.Problem));
        Assert.Null(entries[0].Block);
        Assert.Contains("50000", entries[0].Reason, StringComparison.Ordinal);
        Assert.Equal("https://example.org/big", entries[0].Field("WARC-Target-URI"));
    }

    [Fact]
    public void Records_are_read_one_at_a_time_as_they_are_asked_for()
    {
        using var archive = new GeneratedArchiveStream(2000, gzipPerRecord: true);
        var reader = new WarcReader(archive, Limit);

        for (int i = 0; i < 10; i++)
        {
            Assert.NotNull(reader.Next(CancellationToken.None));
        }

        // One record per member and one member per read of the generator: no read-ahead beyond a member or two.
        Assert.InRange(archive.RecordsProduced, 10, 12);
    }

    [Fact]
    public void Folded_header_lines_are_joined_and_blank_lines_between_records_are_tolerated()
    {
        string text = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://example.org/\r\nX-Note: first\r\n  second\r\nContent-Length: 2\r\n\r\nok\r\n\r\n\r\n\r\n"
            + "WARC/1.0\r\nWARC-Type: metadata\r\nContent-Length: 0\r\n\r\n\r\n\r\n";

        var entries = ReadAll(Encoding.ASCII.GetBytes(text));

        Assert.Equal([WarcProblem.None, WarcProblem.None], entries.Select(e => e.Problem));
        Assert.Equal("first second", entries[0].Field("x-note"));
    }
}
