using System.Text;
using ContentExtract.Archives;

namespace ContentExtract.Tests.Archives;

public sealed class ArchiveExtractionTests
{
    private static readonly Lazy<List<ArchiveRecordResult>> Sample = new(() => ExtractAsync(WarcFixture.Sample(gzipPerRecord: true)).GetAwaiter().GetResult());

    private static async Task<List<ArchiveRecordResult>> ExtractAsync(byte[] archive, ArchiveExtractionOptions? options = null)
    {
        var results = new List<ArchiveRecordResult>();
        await foreach (var result in ContentExtractor.Default.ExtractArchiveAsync(new MemoryStream(archive), options))
        {
            results.Add(result);
        }

        return results;
    }

    [Fact]
    public void Every_record_comes_out_once_in_archive_order_with_its_metadata()
    {
        var results = Sample.Value;

        Assert.Equal(Enumerable.Range(0, WarcFixture.SampleRecordTypes.Length), results.Select(r => r.Record.Index));
        Assert.Equal(WarcFixture.SampleRecordTypes, results.Select(r => r.Record.Type));
        Assert.Equal(
            [ArchiveRecordOutcome.Skipped, ArchiveRecordOutcome.Skipped, ArchiveRecordOutcome.Extracted, ArchiveRecordOutcome.Extracted, ArchiveRecordOutcome.Failed,
             ArchiveRecordOutcome.Extracted, ArchiveRecordOutcome.Extracted, ArchiveRecordOutcome.Skipped, ArchiveRecordOutcome.Skipped, ArchiveRecordOutcome.Skipped],
            results.Select(r => r.Outcome));

        var chinese = results[2].Record;
        Assert.Equal("<urn:uuid:00000000-0000-4000-8000-000000000003>", chinese.RecordId);
        Assert.Equal("http://news.example.cn/2024/06/01/bus-routes.html", chinese.TargetUri);
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 12, 0, 3, TimeSpan.Zero), chinese.Date);
        Assert.Equal(200, chinese.HttpStatus);
        Assert.All(results.Where(r => r.Outcome != ArchiveRecordOutcome.Extracted), r => Assert.False(string.IsNullOrEmpty(r.Reason)));
    }

    [Fact]
    public void The_charset_of_the_content_type_header_decodes_the_page()
    {
        var document = Sample.Value[2].Document!;
        Assert.Equal(PageKind.Article, document.PageKind);
        Assert.Equal(WarcFixture.ChineseTitle, document.Title);
        Assert.Contains("市交通运输局昨日公布了新一轮公交线路优化方案", document.Text, StringComparison.Ordinal);
        Assert.Equal("http://news.example.cn/2024/06/01/bus-routes.html", document.Url);
    }

    [Fact]
    public async Task A_big5_page_is_read_as_big5_because_the_header_says_so()
    {
        // Big5 bytes also decode cleanly as GB18030, so without the header's charset this page would be mojibake.
        string text = "<html><head><title>颱風過後的清理工作</title></head><body><h1>颱風過後的清理工作</h1>"
            + "<p>颱風過境之後，市政府動員了大批人力清理街道上的倒木與雜物，並且要求各區公所在三天之內完成轄區內的巡查工作，以便盡快恢復交通。</p>"
            + "<p>市長表示，這次颱風帶來的雨量超過預期，部分低窪地區出現積水，相關單位已經啟動抽水機組，並持續監測河川水位的變化情形。</p></body></html>";
        var record = WarcFixture.Record("response", "https://news.example.tw/typhoon", WarcFixture.Http("HTTP/1.1 200 OK", WarcFixture.Big5.GetBytes(text), "Content-Type: text/html; charset=big5"), "application/http; msgtype=response", 1);

        var document = (await ExtractAsync(record)).Single().Document!;

        Assert.Equal("颱風過後的清理工作", document.Title);
        Assert.Contains("市政府動員了大批人力清理街道", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chunked_gzip_coded_response_is_extracted()
    {
        var document = Sample.Value[3].Document!;
        Assert.Equal(WarcFixture.EnglishTitle, document.Title);
        Assert.Contains("Dredging of the inner harbor channel", document.Text, StringComparison.Ordinal);
        Assert.Equal(InputKind.Html, document.InputKind);
    }

    [Fact]
    public void A_404_response_is_an_error_page_with_status_reason_and_server()
    {
        var result = Sample.Value[5];
        Assert.Equal(404, result.Record.HttpStatus);
        var document = result.Document!;
        Assert.Equal(PageKind.Error, document.PageKind);
        Assert.Equal(new ErrorPageInfo(404, "Not Found", "nginx/1.24.0"), document.ErrorPage);
        Assert.Empty(document.Blocks);
        Assert.Contains("404", Assert.Single(document.PageKindEvidence), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_status_decides_even_when_the_body_reads_like_an_article()
    {
        var record = WarcFixture.Record("response", "https://gazette.example.com/gone", WarcFixture.Http("HTTP/1.1 410 Gone", WarcFixture.EnglishArticleHtml(), "Content-Type: text/html"), "application/http; msgtype=response", 1);

        var document = (await ExtractAsync(record)).Single().Document!;

        Assert.Equal(PageKind.Error, document.PageKind);
        Assert.Equal(410, document.ErrorPage!.Status);
        Assert.Null(document.ErrorPage.Server);
    }

    [Fact]
    public void A_conversion_record_goes_through_the_text_path()
    {
        var document = Sample.Value[6].Document!;
        Assert.Equal(InputKind.Text, document.InputKind);
        Assert.Equal("Library extends weekend opening hours", document.Title);
        Assert.Contains("The central library will stay open", document.Text, StringComparison.Ordinal);
        Assert.Null(Sample.Value[6].Record.HttpStatus);
    }

    [Fact]
    public void The_damaged_record_is_reported_and_the_records_after_it_are_still_extracted()
    {
        var broken = Sample.Value[4];
        Assert.Equal(ArchiveRecordOutcome.Failed, broken.Outcome);
        Assert.Null(broken.Document);
        Assert.Contains("Content-Length", broken.Reason, StringComparison.Ordinal);
        Assert.Equal("https://gazette.example.com/broken", broken.Record.TargetUri);
        Assert.NotNull(Sample.Value[5].Document);
        Assert.NotNull(Sample.Value[6].Document);
    }

    [Fact]
    public void Redirects_revisits_and_metadata_are_skipped_with_a_reason()
    {
        Assert.Contains("redirect to https://gazette.example.com/local/harbor-dredging", Sample.Value[8].Reason, StringComparison.Ordinal);
        Assert.Equal(301, Sample.Value[8].Record.HttpStatus);
        Assert.Equal("a revisit record", Sample.Value[7].Reason);
        Assert.Equal("a warcinfo record", Sample.Value[0].Reason);
    }

    [Fact]
    public async Task Images_are_skipped_not_failed()
    {
        var record = WarcFixture.Record("response", "https://example.org/logo.png", WarcFixture.Http("HTTP/1.1 200 OK", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1], "Content-Type: image/png"), "application/http; msgtype=response", 1);

        var result = (await ExtractAsync(record)).Single();

        Assert.Equal(ArchiveRecordOutcome.Skipped, result.Outcome);
        Assert.Contains("image/png", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_large_generated_archive_streams_through_in_order_without_being_read_ahead()
    {
        const int count = 2000;
        using var archive = new GeneratedArchiveStream(count, gzipPerRecord: true);
        var options = new ArchiveExtractionOptions { MaxDegreeOfParallelism = 2, MaxRecordsInFlight = 8 };
        int producedWhenTenthArrived = -1;
        int expected = 0;

        await foreach (var result in ContentExtractor.Default.ExtractArchiveAsync(archive, options))
        {
            Assert.Equal(expected, result.Record.Index);
            Assert.Equal(GeneratedArchiveStream.TitleOf(expected), result.Document?.Title);
            if (expected == 10)
            {
                producedWhenTenthArrived = archive.RecordsProduced;
            }

            expected++;
        }

        Assert.Equal(count, expected);

        // The reader is at most the window (8) plus a record or two ahead of the consumer, never the whole archive.
        Assert.InRange(producedWhenTenthArrived, 11, 11 + 8 + 6);
    }

    [Fact]
    public async Task Stopping_early_stops_the_reader()
    {
        using var archive = new GeneratedArchiveStream(2000, gzipPerRecord: false);
        await foreach (var result in ContentExtractor.Default.ExtractArchiveAsync(archive, new ArchiveExtractionOptions { MaxRecordsInFlight = 4 }))
        {
            if (result.Record.Index == 5)
            {
                break;
            }
        }

        int produced = archive.RecordsProduced;
        await Task.Delay(50);
        Assert.Equal(produced, archive.RecordsProduced);
        Assert.True(produced < 200, $"{produced} records were read");
    }

    [Fact]
    public async Task Cancellation_ends_the_enumeration()
    {
        using var archive = new GeneratedArchiveStream(2000, gzipPerRecord: true);
        using var cancellation = new CancellationTokenSource();
        int seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in ContentExtractor.Default.ExtractArchiveAsync(archive, cancellationToken: cancellation.Token))
            {
                if (++seen == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.InRange(seen, 3, 3 + (4 * Environment.ProcessorCount) + 1);
        Assert.True(archive.RecordsProduced < 2000);
    }

    [Fact]
    public void Options_out_of_range_are_refused_before_reading()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ContentExtractor.Default.ExtractArchiveAsync(Stream.Null, new ArchiveExtractionOptions { MaxDegreeOfParallelism = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContentExtractor.Default.ExtractArchiveAsync(Stream.Null, new ArchiveExtractionOptions { MaxRecordsInFlight = -2 }));
    }

    [Fact]
    public async Task An_empty_stream_is_an_empty_archive()
    {
        Assert.Empty(await ExtractAsync([]));
    }

    [Fact]
    public async Task A_wet_file_of_conversion_records_is_read_as_text()
    {
        var wet = Enumerable.Range(1, 3)
            .SelectMany(i => WarcFixture.Gzip(WarcFixture.Record("conversion", $"https://example.org/{i}", WarcFixture.ConversionText(), "text/plain", i)))
            .ToArray();

        var results = await ExtractAsync(wet);

        Assert.All(results, r => Assert.Equal(InputKind.Text, r.Document!.InputKind));
        Assert.Equal(["https://example.org/1", "https://example.org/2", "https://example.org/3"], results.Select(r => r.Document!.Url));
    }

#if NET9_0_OR_GREATER
    [Fact]
    public void The_committed_fixture_holds_the_composed_sample()
    {
        Assert.Equal(WarcFixture.Sample(gzipPerRecord: false), CommittedSample());
    }
#else
    [Fact]
    public async Task The_committed_fixture_holds_the_composed_sample()
    {
        // The sample holds a gzip-coded response body, which .NET 8's zlib compresses to other bytes than the zlib-ng of
        // .NET 9 and later (which wrote the fixture): the two archives must read alike instead.
        static string Read(IEnumerable<ArchiveRecordResult> results) =>
            string.Join("\n", results.Select(r => $"{r.Record.Index} {r.Record.Type} {r.Outcome} {r.Reason} {r.Document?.Title} {r.Document?.Text}"));
        Assert.Equal(Read(await ExtractAsync(WarcFixture.Sample(gzipPerRecord: false))), Read(await ExtractAsync(CommittedSample())));
    }
#endif

    /// <summary>The committed fixture, decompressed: the builder's output, compressed one record per member. UPDATE_FIXTURES=true rewrites it.</summary>
    private static byte[] CommittedSample()
    {
        string path = Path.Combine(Support.RepositoryPaths.TestProject, "Archives", "Fixtures", "sample.warc.gz");
        if (Environment.GetEnvironmentVariable("UPDATE_FIXTURES") == "true")
        {
            File.WriteAllBytes(path, WarcFixture.Sample(gzipPerRecord: true));
        }

        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var content = new MemoryStream();
        gzip.CopyTo(content);
        return content.ToArray();
    }
}
