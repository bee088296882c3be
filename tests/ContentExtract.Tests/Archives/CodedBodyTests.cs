using System.IO.Compression;
using System.Text;
using ContentExtract.Archives;

namespace ContentExtract.Tests.Archives;

/// <summary>
/// Bodies sent with <c>Content-Encoding: deflate</c> (zlib-wrapped or raw) or <c>br</c> (issue 11): the .NET streams
/// return the part of a cut body as if it were all of it and stop silently at bytes after the coded data; here a cut,
/// garbage after the data, and data that does not decode are damage, reported with the record, and the part decoded
/// before it is kept, as for gzip.
/// </summary>
public sealed class CodedBodyTests
{
    private const int Limit = 1024 * 1024;

    private static readonly byte[] Data = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 3000).Select(i => $"<p>paragraph {i} of the harbour report</p>")));

    public static TheoryData<string> Codings => ["zlib", "raw", "br"];

    private static byte[] Encode(string coding, byte[] data)
    {
        using var output = new MemoryStream();
        using (Stream encoder = coding switch
        {
            "zlib" => new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true),
            "raw" => new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true),
            _ => new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true),
        })
        {
            encoder.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Decode(string coding, byte[] body, out string? damage, int limit = Limit) =>
        coding == "br" ? CodedBodyDecoder.Unbrotli(body, limit, out damage) : CodedBodyDecoder.Inflate(body, limit, out damage);

    [Theory]
    [MemberData(nameof(Codings))]
    public void A_whole_body_decodes_without_damage(string coding)
    {
        Assert.Equal(Data, Decode(coding, Encode(coding, Data), out var damage));
        Assert.Null(damage);
    }

    [Theory]
    [MemberData(nameof(Codings))]
    public void A_body_cut_short_is_reported_and_the_part_before_the_cut_kept(string coding)
    {
        byte[] body = Encode(coding, Data);

        byte[] half = Decode(coding, body[..(body.Length / 2)], out var damage);

        Assert.Contains("truncated", damage, StringComparison.Ordinal);
        Assert.NotEmpty(half);
        Assert.True(half.Length < Data.Length);
        Assert.Equal(Data[..half.Length], half);
    }

    [Theory]
    [MemberData(nameof(Codings))]
    public void A_body_missing_only_its_last_bytes_is_reported(string coding)
    {
        // A zlib body without its checksum, a raw or Brotli body without its last block's end: everything may have
        // been decoded, yet the body did not end where its data does.
        byte[] body = Encode(coding, Data);

        Decode(coding, body[..^2], out var damage);

        Assert.Contains("truncated", damage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zlib", 7)]
    [InlineData("raw", 7)]
    [InlineData("br", 7)]
    [InlineData("zlib", 5000)]
    [InlineData("raw", 5000)]
    [InlineData("br", 5000)]
    public void Garbage_after_the_coded_data_is_reported(string coding, int garbage)
    {
        byte[] body = [.. Encode(coding, Data), .. Enumerable.Repeat((byte)'x', garbage)];

        Assert.Equal(Data, Decode(coding, body, out var damage));
        Assert.StartsWith($"garbage after the {(coding == "br" ? "br" : coding == "zlib" ? "deflate (zlib)" : "deflate")} data", damage, StringComparison.Ordinal);

        // Exact where the data ends near the body's end; past that, what the inflater never asked for.
        Assert.EndsWith(garbage < 64 ? $"({garbage} bytes)" : "bytes)", damage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zlib")]
    [InlineData("br")]
    public void Data_that_does_not_decode_is_damage_or_a_failure(string coding)
    {
        // zlib checks its data (Adler-32) and Brotli its structure; raw deflate has no check, and damage in it is found
        // only where the data stops decoding or ends in the wrong place.
        byte[] body = Encode(coding, Data);
        byte[] damaged = (byte[])body.Clone();
        for (int i = body.Length / 2; i < body.Length / 2 + 16; i++)
        {
            damaged[i] ^= 0xA5;
        }

        // Decoded up to the damage and reported, or, where nothing decoded, refused as the record's failure.
        try
        {
            byte[] part = Decode(coding, damaged, out var damage);
            Assert.NotNull(damage);
            Assert.True(part.Length < Data.Length);
        }
        catch (InvalidDataException)
        {
        }

        Assert.Throws<InvalidDataException>(() => Decode(coding, "not coded data at all, just words"u8.ToArray(), out _));
    }

    [Theory]
    [MemberData(nameof(Codings))]
    public void A_small_body_that_decodes_past_the_limit_is_refused_without_holding_it(string coding)
    {
        byte[] bomb = Encode(coding, new byte[64 * 1024 * 1024]);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<ContentExtractionException>(() => Decode(coding, bomb, out _, limit: 8 * 1024 * 1024));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(ExtractionFailure.TooLarge, ex.Failure);
        Assert.True(allocated < 2 * 1024 * 1024, $"{allocated:N0} bytes allocated to refuse a body that decodes to 64 MiB");
    }

    [Fact]
    public void An_empty_body_with_a_coding_is_empty_not_damaged()
    {
        Assert.Empty(CodedBodyDecoder.Inflate([], Limit, out var deflate));
        Assert.Null(deflate);
        Assert.Empty(CodedBodyDecoder.Unbrotli([], Limit, out var br));
        Assert.Null(br);
    }

    [Theory]
    [InlineData("deflate", "zlib")]
    [InlineData("deflate", "raw")]
    [InlineData("br", "br")]
    public async Task A_cut_body_in_an_archive_record_is_extracted_with_its_damage_reported(string header, string coding)
    {
        byte[] page = Encode(coding, WarcFixture.EnglishArticleHtml());
        byte[] cut = WarcFixture.Record("response", "https://gazette.example.com/cut", WarcFixture.Http("HTTP/1.1 200 OK", page[..(page.Length * 2 / 3)], "Content-Type: text/html; charset=utf-8", $"Content-Encoding: {header}"), "application/http; msgtype=response", 1);
        byte[] garbage = WarcFixture.Record("response", "https://gazette.example.com/garbage", WarcFixture.Http("HTTP/1.1 200 OK", [.. page, .. "<script>trailing</script>"u8], "Content-Type: text/html; charset=utf-8", $"Content-Encoding: {header}"), "application/http; msgtype=response", 2);
        byte[] whole = WarcFixture.Record("response", "https://gazette.example.com/whole", WarcFixture.Http("HTTP/1.1 200 OK", page, "Content-Type: text/html; charset=utf-8", $"Content-Encoding: {header}"), "application/http; msgtype=response", 3);

        var results = new List<ArchiveRecordResult>();
        await foreach (var result in ContentExtractor.Default.ExtractArchiveAsync(new MemoryStream([.. cut, .. garbage, .. whole])))
        {
            results.Add(result);
        }

        Assert.Equal([ArchiveRecordOutcome.Extracted, ArchiveRecordOutcome.Extracted, ArchiveRecordOutcome.Extracted], results.Select(r => r.Outcome));
        Assert.Contains("damaged body", results[0].Reason, StringComparison.Ordinal);
        Assert.Contains("truncated", results[0].Reason, StringComparison.Ordinal);
        Assert.Contains("garbage", results[1].Reason, StringComparison.Ordinal);
        Assert.Null(results[2].Reason);
        Assert.Equal(WarcFixture.EnglishTitle, results[2].Document!.Title);

        using var json = System.Text.Json.JsonDocument.Parse(ContentExtract.Rendering.JsonRenderer.Render(results[0], indented: false));
        Assert.Contains("truncated", json.RootElement.GetProperty("record").GetProperty("damage").GetString(), StringComparison.Ordinal);
    }
}
