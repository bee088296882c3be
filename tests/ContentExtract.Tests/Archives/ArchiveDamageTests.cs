using System.Text;
using ContentExtract.Archives;

namespace ContentExtract.Tests.Archives;

/// <summary>
/// Damaged archives (issue 11): every damaged record or gzip member loses only itself, reading resumes at the
/// next <c>WARC/1.</c> or gzip member wherever it begins, and every truncation is reported.
/// </summary>
public sealed class ArchiveDamageTests
{
    private const int Limit = 1024 * 1024;

    private static List<WarcEntry> ReadAll(byte[] archive, int limit = Limit) =>
        new WarcReader(new MemoryStream(archive), limit).ReadAll(CancellationToken.None).ToList();

    private static byte[] Good(int id) =>
        WarcFixture.Record("resource", $"https://example.org/{id}", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat($"record {id} says hello. ", 30))), "text/plain", id);

    private static List<string> GoodTargets(List<WarcEntry> entries) =>
        [.. entries.Where(e => e.Problem == WarcProblem.None).Select(e => e.Field("WARC-Target-URI") ?? "(none)")];

    [Theory]
    [InlineData("2147483648")]
    [InlineData("9000000000000")]
    public void A_content_length_past_the_limit_in_the_middle_of_the_file_loses_only_its_own_record(string claimed)
    {
        var liar = WarcFixture.Record("resource", "https://example.org/liar", "a short body"u8.ToArray(), "text/plain", 9, contentLength: claimed);

        var entries = ReadAll([.. Good(1), .. liar, .. Good(2), .. Good(3)]);

        Assert.Equal<string>(["https://example.org/1", "https://example.org/2", "https://example.org/3"], GoodTargets(entries));
        var bad = Assert.Single(entries, e => e.Problem != WarcProblem.None);
        Assert.Equal("https://example.org/liar", bad.Field("WARC-Target-URI"));
        Assert.Contains("another record begins", bad.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_length_past_the_limit_in_a_gzip_archive_loses_only_its_own_record()
    {
        var liar = WarcFixture.Record("resource", "https://example.org/liar", "a short body"u8.ToArray(), "text/plain", 9, contentLength: "2147483648");
        byte[][] records = [Good(1), liar, Good(2), Good(3)];

        var entries = ReadAll([.. records.SelectMany(WarcFixture.Gzip)]);

        Assert.Equal<string>(["https://example.org/1", "https://example.org/2", "https://example.org/3"], GoodTargets(entries));
    }

    [Fact]
    public void An_honest_record_over_the_limit_is_passed_over_whole()
    {
        var big = WarcFixture.Record("resource", "https://example.org/big", Encoding.ASCII.GetBytes(new string('x', 60_000) + " WARC/1.1 named in the text, not a version line " + new string('y', 60_000)), "text/plain", 5);

        var entries = ReadAll([.. Good(1), .. big, .. Good(2)], limit: 10_000);

        Assert.Equal([WarcProblem.None, WarcProblem.TooLarge, WarcProblem.None], entries.Select(e => e.Problem));
        Assert.DoesNotContain("another record", entries[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_cut_mid_body_without_a_line_end_does_not_swallow_the_next_record()
    {
        var full = Good(5);
        var cut = full.AsSpan(0, full.Length - 200).ToArray();

        var entries = ReadAll([.. Good(1), .. cut, .. Good(2), .. Good(3)]);

        Assert.Equal<string>(["https://example.org/1", "https://example.org/2", "https://example.org/3"], GoodTargets(entries));
        Assert.Equal(WarcProblem.Corrupt, entries[1].Problem);
        Assert.Equal("https://example.org/5", entries[1].Field("WARC-Target-URI"));
    }

    [Fact]
    public void A_record_cut_in_its_header_does_not_swallow_the_next_record()
    {
        var full = Encoding.ASCII.GetString(Good(5));
        var cut = Encoding.ASCII.GetBytes(full[..full.IndexOf("Content-Length", StringComparison.Ordinal)] + "Content-Le");

        var entries = ReadAll([.. cut, .. Good(2), .. Good(3)]);

        Assert.Equal<string>(["https://example.org/2", "https://example.org/3"], GoodTargets(entries));
        Assert.Equal(3, entries.Count);
    }

    [Fact]
    public void A_record_after_garbage_on_the_same_line_is_found()
    {
        var entries = ReadAll([.. Good(1), .. "some garbage with no line end"u8, .. Good(2)]);

        Assert.Equal<string>(["https://example.org/1", "https://example.org/2"], GoodTargets(entries));
        Assert.Equal([WarcProblem.None, WarcProblem.Corrupt, WarcProblem.None], entries.Select(e => e.Problem));
    }

    [Fact]
    public void A_version_line_longer_than_a_header_line_may_be_is_reported_once_and_the_next_record_is_read()
    {
        // The search for the next record began in front of the long line's own WARC/1. and found it forever.
        byte[] longLine = [.. "WARC/1.1"u8, .. Enumerable.Repeat((byte)'x', 70_000), .. "\r\n"u8];

        var entries = new WarcReader(new MemoryStream([.. longLine, .. Good(2)]), Limit).ReadAll(CancellationToken.None).Take(10).ToList();

        Assert.Equal([WarcProblem.Corrupt, WarcProblem.None], entries.Select(e => e.Problem));
        Assert.Equal<string>(["https://example.org/2"], GoodTargets(entries));
    }

    [Fact]
    public void A_garbage_gzip_member_does_not_swallow_the_next_good_record()
    {
        var random = new Random(11);
        var garbage = new byte[3000];
        random.NextBytes(garbage);
        byte[] garbageMember = [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF, .. garbage];

        var entries = ReadAll([.. WarcFixture.Gzip(Good(1)), .. garbageMember, .. WarcFixture.Gzip(Good(2)), .. WarcFixture.Gzip(Good(3))]);

        Assert.Equal<string>(["https://example.org/1", "https://example.org/2", "https://example.org/3"], GoodTargets(entries));
        Assert.Contains(entries, e => e.Problem == WarcProblem.Corrupt);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.6)]
    [InlineData(0.95)]
    public void A_gzip_member_cut_short_does_not_swallow_the_members_after_it(double kept)
    {
        // Incompressible text, so that the cut member is long and its inflater reads on into the next ones.
        var random = new Random(3);
        var noise = string.Concat(Enumerable.Range(0, 40_000).Select(_ => (char)random.Next('a', 'z' + 1)));
        var member = WarcFixture.Gzip(WarcFixture.Record("resource", "https://example.org/cut", Encoding.ASCII.GetBytes(noise), "text/plain", 7));
        var cut = member.AsSpan(0, (int)(member.Length * kept)).ToArray();
        var small = Enumerable.Range(2, 6).Select(i => WarcFixture.Gzip(Good(i))).ToArray();

        var entries = ReadAll([.. WarcFixture.Gzip(Good(1)), .. cut, .. small.SelectMany(m => m)]);

        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"https://example.org/{i}"), GoodTargets(entries));
        Assert.Contains(entries, e => e.Problem == WarcProblem.Corrupt);
    }

    [Fact]
    public void Garbage_between_and_after_gzip_members_is_reported()
    {
        var entries = ReadAll([.. WarcFixture.Gzip(Good(1)), .. "garbage between members"u8, .. WarcFixture.Gzip(Good(2)), .. "trailing garbage"u8]);

        Assert.Equal<string>(["https://example.org/1", "https://example.org/2"], GoodTargets(entries));
        Assert.Equal(2, entries.Count(e => e.Problem == WarcProblem.Corrupt));
    }

    [Fact]
    public void A_gzip_member_that_inflates_far_past_the_limit_is_passed_over_in_bounded_memory()
    {
        // 64 MiB of one byte, compressed to about 64 KiB: read with a 1 MiB limit, it is never held.
        var bomb = WarcFixture.Record("resource", "https://example.org/bomb", new byte[64 * 1024 * 1024], "text/plain", 4);
        byte[] archive = [.. WarcFixture.Gzip(Good(1)), .. WarcFixture.Gzip(bomb), .. WarcFixture.Gzip(Good(2))];
        bomb = [];

        long before = GC.GetAllocatedBytesForCurrentThread();
        var entries = ReadAll(archive);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal([WarcProblem.None, WarcProblem.TooLarge, WarcProblem.None], entries.Select(e => e.Problem));
        Assert.True(allocated < 16 * 1024 * 1024, $"{allocated / 1024 / 1024} MiB allocated to read past a 64 MiB record");
    }

    [Fact]
    public async Task A_truncated_gzip_body_in_a_record_is_extracted_with_its_damage_reported()
    {
        var page = WarcFixture.Gzip(WarcFixture.EnglishArticleHtml());
        var cutBody = page.AsSpan(0, page.Length * 2 / 3).ToArray();
        var record = WarcFixture.Record("response", "https://gazette.example.com/cut", WarcFixture.Http("HTTP/1.1 200 OK", cutBody, "Content-Type: text/html; charset=utf-8", "Content-Encoding: gzip"), "application/http; msgtype=response", 1);
        var whole = WarcFixture.Record("response", "https://gazette.example.com/whole", WarcFixture.Http("HTTP/1.1 200 OK", page, "Content-Type: text/html; charset=utf-8", "Content-Encoding: gzip"), "application/http; msgtype=response", 2);

        var results = new List<ArchiveRecordResult>();
        await foreach (var result in ContentExtractor.Default.ExtractArchiveAsync(new MemoryStream([.. record, .. whole])))
        {
            results.Add(result);
        }

        Assert.Equal([ArchiveRecordOutcome.Extracted, ArchiveRecordOutcome.Extracted], results.Select(r => r.Outcome));
        Assert.Contains("damaged body", results[0].Reason, StringComparison.Ordinal);
        Assert.Contains("truncated", results[0].Reason, StringComparison.Ordinal);
        Assert.Null(results[1].Reason);

        // The JSON contract carries the damage with the record, so that a reader of the output can tell a half page.
        using var cut = System.Text.Json.JsonDocument.Parse(ContentExtract.Rendering.JsonRenderer.Render(results[0], indented: false));
        Assert.Contains("truncated", cut.RootElement.GetProperty("record").GetProperty("damage").GetString(), StringComparison.Ordinal);
        using var intact = System.Text.Json.JsonDocument.Parse(ContentExtract.Rendering.JsonRenderer.Render(results[1], indented: false));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, intact.RootElement.GetProperty("record").GetProperty("damage").ValueKind);
    }

    [Fact]
    public async Task A_record_the_crawler_truncated_says_so_in_its_record()
    {
        var html = WarcFixture.EnglishArticleHtml();
        var truncated = WarcFixture.Record("response", "https://gazette.example.com/long", WarcFixture.Http("HTTP/1.1 200 OK", html, "Content-Type: text/html; charset=utf-8"), "application/http; msgtype=response", 1, null, "WARC-Truncated: length");
        var whole = WarcFixture.Record("response", "https://gazette.example.com/whole", WarcFixture.Http("HTTP/1.1 200 OK", html, "Content-Type: text/html; charset=utf-8"), "application/http; msgtype=response", 2);

        var results = new List<ArchiveRecordResult>();
        await foreach (var result in ContentExtractor.Default.ExtractArchiveAsync(new MemoryStream([.. truncated, .. whole])))
        {
            results.Add(result);
        }

        Assert.Equal([ArchiveRecordOutcome.Extracted, ArchiveRecordOutcome.Extracted], results.Select(r => r.Outcome));
        Assert.Equal(["length", null], results.Select(r => r.Record.Truncated));
        using var json = System.Text.Json.JsonDocument.Parse(ContentExtract.Rendering.JsonRenderer.Render(results[0], indented: false));
        Assert.Equal("length", json.RootElement.GetProperty("record").GetProperty("truncated").GetString());
    }

    [Fact]
    public async Task Damaged_records_are_failures_with_their_reason_in_the_library_result()
    {
        var liar = WarcFixture.Record("resource", "https://example.org/liar", "<p>short</p>"u8.ToArray(), "text/html", 9, contentLength: "2147483648");
        var full = Good(5);

        var results = new List<ArchiveRecordResult>();
        await foreach (var result in ContentExtractor.Default.ExtractArchiveAsync(new MemoryStream([.. Good(1), .. liar, .. full.AsSpan(0, 300), .. Good(2)])))
        {
            results.Add(result);
        }

        Assert.Equal(
            [ArchiveRecordOutcome.Extracted, ArchiveRecordOutcome.Failed, ArchiveRecordOutcome.Failed, ArchiveRecordOutcome.Extracted],
            results.Select(r => r.Outcome));
        Assert.All(results.Where(r => r.Outcome == ArchiveRecordOutcome.Failed), r => Assert.False(string.IsNullOrEmpty(r.Reason)));
        Assert.Equal("https://example.org/2", results[^1].Record.TargetUri);
    }

    [Fact]
    public void The_gzip_decoder_reports_truncation_garbage_and_failed_checks()
    {
        var data = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 3000).Select(i => $"<p>paragraph {i}</p>")));
        var member = WarcFixture.Gzip(data);
        var badCrc = (byte[])member.Clone();
        badCrc[^6] ^= 0x55;

        Assert.Equal(data, GzipDecoder.Decode(new MemoryStream(member), Limit, out var none));
        Assert.Null(none);

        var half = GzipDecoder.Decode(new MemoryStream(member[..(member.Length / 2)]), Limit, out var truncated);
        Assert.Contains("truncated", truncated, StringComparison.Ordinal);
        Assert.True(half.Length < data.Length);

        Assert.Equal([.. data, .. data], GzipDecoder.Decode(new MemoryStream([.. member, .. "junk"u8, .. member]), Limit, out var between));
        Assert.Contains("no gzip header", between, StringComparison.Ordinal);

        GzipDecoder.Decode(new MemoryStream(badCrc), Limit, out var check);
        Assert.Contains("CRC-32", check, StringComparison.Ordinal);

        Assert.Throws<InvalidDataException>(() => GzipDecoder.Decode(new MemoryStream("not gzip at all"u8.ToArray()), Limit, out _));
        Assert.Throws<ContentExtractionException>(() => GzipDecoder.Decode(new MemoryStream(member), 1000, out _));
    }
    /// <summary>One message per cause: not gzip at all, cut short, failing its check, bad compressed data (never .NET's "unsupported compression method").</summary>
    [Fact]
    public void Each_kind_of_gzip_damage_has_its_own_message()
    {
        var data = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 3000).Select(i => $"<p>paragraph {i}</p>")));
        var member = WarcFixture.Gzip(data);
        byte[] badCrc = [.. member];
        badCrc[^6] ^= 0x55;
        byte[] badLengthAndCrc = [.. member, .. "x"u8];
        badLengthAndCrc[^7] ^= 0x55;
        badLengthAndCrc[^3] ^= 0x55;
        byte[] badDeflate = [.. member[..10], 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF];

        string Reason(byte[] gzip)
        {
            try
            {
                GzipDecoder.Decode(new MemoryStream(gzip), Limit, out var damage);
                return damage ?? "whole";
            }
            catch (InvalidDataException ex)
            {
                return ex.Message;
            }
        }

        Assert.Equal("not gzip data: no gzip header at the start", Reason("<html><body>plain</body></html>"u8.ToArray()));
        Assert.Equal("truncated gzip data: the data ends inside the gzip header at offset 0", Reason(member[..6]));
        Assert.Equal("truncated gzip data: the member at offset 0 is cut short", Reason(member[..(member.Length / 2)]));
        Assert.Equal("truncated gzip data: the member at offset 0 is cut short inside its trailer", Reason(member[..^5]));
        Assert.Equal("truncated gzip data: the member at offset 0 is cut short inside its trailer", Reason(member[..^1]));
        Assert.Equal("corrupt gzip data: the member at offset 0 fails its CRC-32 check", Reason(badCrc));
        Assert.Equal("corrupt gzip data: the member at offset 0 has no valid trailer (CRC-32 and length)", Reason(badLengthAndCrc));
        Assert.Equal("corrupt gzip data: the member at offset 0 holds invalid compressed data", Reason(badDeflate));
        Assert.Equal("whole", Reason(member));
    }
}
