using System.IO.Compression;
using System.Text;
using ContentExtract.Cli;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Cli;

/// <summary>Inputs that cannot be read and outputs that cannot be written give one clear line and a documented exit code.</summary>
/// <remarks>
/// Alone, with no other test beside it: one test counts the process's allocations, which tests running in parallel
/// would add to (it failed so, once in a few runs).
/// </remarks>
[Collection(Growth.Collection)]
public sealed class CliFailureTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("content-extract-failures-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    /// <summary>Standard output as a closed pipe (| head -1) shows it: every write fails.</summary>
    private sealed class ClosedPipeWriter : StringWriter
    {
        public int Writes { get; private set; }

        public override Task WriteAsync(string? value)
        {
            Writes++;
            throw new IOException("Broken pipe");
        }

        public override Task WriteLineAsync(string? value) => WriteAsync(value);
    }

    [Fact]
    public async Task A_closed_pipe_stops_the_run_with_exit_code_3()
    {
        var output = new ClosedPipeWriter();
        var error = new StringWriter();
        using var input = new MemoryStream();
        int exit = await CliApplication.RunAsync(["--format", "jsonl", RepositoryPaths.Seed, RepositoryPaths.Seed, RepositoryPaths.Seed], input, output, error);

        Assert.Equal(3, exit);
        Assert.Equal(1, output.Writes);
        Assert.Equal("content-extract: cannot write the output: standard output: broken pipe\n", error.ToString());
    }

    [Fact]
    public async Task An_unwritable_out_folder_is_one_line_and_exit_code_3()
    {
        string file = Path.Combine(_temp, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");
        var error = new StringWriter();
        using var input = new MemoryStream();
        int exit = await CliApplication.RunAsync(["--out", Path.Combine(file, "out"), RepositoryPaths.Seed], input, new StringWriter(), error);

        Assert.Equal(3, exit);
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.Contains("cannot write the output", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_gzip_file_that_inflates_past_the_limit_is_refused_while_it_is_read()
    {
        string bomb = Path.Combine(_temp, "bomb.html.gz");
        await using (var file = File.Create(bomb))
        await using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1 << 20];
            Array.Fill(zeros, (byte)'a');
            for (int i = 0; i < 40; i++)
            {
                gzip.Write(zeros);
            }
        }

        var error = new StringWriter();
        using var input = new MemoryStream();
        long before = GC.GetTotalAllocatedBytes();
        int exit = await CliApplication.RunAsync([bomb], input, new StringWriter(), error);
        long allocated = GC.GetTotalAllocatedBytes() - before;

        Assert.Equal(1, exit);
        Assert.Contains("larger than", error.ToString(), StringComparison.Ordinal);
        Assert.True(allocated < 200L << 20, $"{allocated >> 20} MiB allocated to refuse a 40 MiB inflation");
    }

    [Fact]
    public async Task Standard_input_past_the_limit_is_refused()
    {
        var error = new StringWriter();
        using var input = new MemoryStream(new byte[(32 << 20) + 1]);
        int exit = await CliApplication.RunAsync(["-"], input, new StringWriter(), error);
        Assert.Equal(1, exit);
        Assert.Contains("larger than", error.ToString(), StringComparison.Ordinal);
    }

    private static byte[] GzipOf(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    private static string Page(string marker) =>
        "<html><head><title>Harbor dredging to resume</title></head><body><article><h1>Harbor dredging to resume</h1>"
        + string.Concat(Enumerable.Range(0, 60).Select(i => $"<p>Paragraph {i} of the {marker} story tells how the port authority will resume dredging of the inner harbor channel in March.</p>"))
        + "</article></body></html>";

    /// <summary>Stands for a fault of the library on one page: it throws what the library does not document.</summary>
    private static PageExtraction FaultOn(string marker) => (content, mode, page, cancellationToken) =>
        Encoding.UTF8.GetString(content).Contains(marker, StringComparison.Ordinal)
            ? throw new InvalidOperationException("a fault on this page")
            : ContentExtractor.Default.Extract(content, mode, page, cancellationToken);

    [Fact]
    public async Task A_fault_of_the_library_on_one_page_of_a_folder_is_that_page_s_failure_and_the_run_goes_on()
    {
        foreach (var name in new[] { "first", "faulty", "last" })
        {
            await File.WriteAllTextAsync(Path.Combine(_temp, $"{name}.html"), Page(name));
        }

        var output = new StringWriter();
        var error = new StringWriter();
        using var input = new MemoryStream();
        int exit = await CliApplication.RunAsync(["--format", "text", _temp], input, output, error, extractPage: FaultOn("faulty story"));

        Assert.Equal(1, exit);
        Assert.Contains("faulty.html: extraction failed (InvalidOperationException: a fault on this page)", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Paragraph 0 of the first story", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Paragraph 0 of the last story", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("faulty story", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fault_of_the_library_on_one_page_of_a_shard_is_a_failed_row_and_the_shard_finishes()
    {
        string pages = Directory.CreateDirectory(Path.Combine(_temp, "pages")).FullName;
        foreach (var name in new[] { "first", "faulty", "last" })
        {
            await File.WriteAllTextAsync(Path.Combine(pages, $"{name}.html"), Page(name));
        }

        string manifest = Path.Combine(_temp, "paths.txt");
        await File.WriteAllLinesAsync(manifest, ["pages/first.html", "pages/faulty.html", "pages/last.html"]);
        string outDirectory = Path.Combine(_temp, "out");

        var (exit, error) = await ContentExtract.Tests.Scale.ScaleRun.RunAsync(
            manifest, "0/1", outDirectory, manifestBase: _temp, format: ContentExtract.Cli.Scale.ShardFormat.JsonLines,
            adjust: settings => settings with { ExtractPage = FaultOn("faulty story") });

        Assert.True(exit == 0, error);
        Assert.Contains("pages/faulty.html: extraction failed (InvalidOperationException: a fault on this page)", error, StringComparison.Ordinal);
        // JSON Lines holds the extracted pages; the failed one is counted in the marker.
        var rows = await File.ReadAllLinesAsync(Directory.GetFiles(outDirectory, "part-*.jsonl").Single());
        Assert.Equal(2, rows.Length);
        Assert.Contains(rows, row => row.Contains("Paragraph 0 of the last story", StringComparison.Ordinal));
        var marker = ContentExtract.Cli.Scale.ShardMarker.Read(Directory.GetFiles(outDirectory, "_SUCCESS.part-*.json").Single())!;
        Assert.Equal(1, marker.Totals.Failed);
    }

    [Fact]
    public async Task A_truncated_html_gz_is_extracted_as_far_as_it_goes_and_reported_with_exit_code_1()
    {
        string path = Path.Combine(_temp, "cut.html.gz");
        byte[] whole = GzipOf(Page("cut"));
        await File.WriteAllBytesAsync(path, whole[..(whole.Length / 2)]);
        var output = new StringWriter();
        var error = new StringWriter();
        using var input = new MemoryStream();

        int exit = await CliApplication.RunAsync(["--format", "text", path], input, output, error);

        Assert.Equal(1, exit);
        Assert.Contains("cut.html.gz: damaged gzip file", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("truncated", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Paragraph 0 of the cut story", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Garbage_between_gzip_members_of_a_page_is_reported_and_the_member_after_it_is_read()
    {
        string path = Path.Combine(_temp, "joined.html.gz");
        string page = Page("joined");
        int half = page.IndexOf("<p>Paragraph 30", StringComparison.Ordinal);
        await File.WriteAllBytesAsync(path, [.. GzipOf(page[..half]), .. "garbage"u8, .. GzipOf(page[half..])]);
        var output = new StringWriter();
        var error = new StringWriter();
        using var input = new MemoryStream();

        int exit = await CliApplication.RunAsync(["--format", "text", path], input, output, error);

        Assert.Equal(1, exit);
        Assert.Contains("no gzip header", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Paragraph 59 of the joined story", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_whole_html_gz_is_read_without_a_word_and_exit_code_0()
    {
        string path = Path.Combine(_temp, "whole.html.gz");
        await File.WriteAllBytesAsync(path, GzipOf(Page("whole")));
        var error = new StringWriter();
        using var input = new MemoryStream();

        int exit = await CliApplication.RunAsync(["--format", "text", path], input, new StringWriter(), error);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public async Task A_truncated_gzip_body_in_an_archive_record_is_reported_with_exit_code_1()
    {
        string path = Path.Combine(_temp, "crawl.warc");
        byte[] body = GzipOf(Page("archived"));
        byte[] cut = Archives.WarcFixture.Record("response", "https://example.org/cut", Archives.WarcFixture.Http("HTTP/1.1 200 OK", body[..(body.Length / 2)], "Content-Type: text/html", "Content-Encoding: gzip"), "application/http; msgtype=response", 1);
        byte[] whole = Archives.WarcFixture.Record("response", "https://example.org/whole", Archives.WarcFixture.Http("HTTP/1.1 200 OK", body, "Content-Type: text/html", "Content-Encoding: gzip"), "application/http; msgtype=response", 2);
        await File.WriteAllBytesAsync(path, [.. cut, .. whole, .. "trailing garbage"u8]);
        var output = new StringWriter();
        var error = new StringWriter();
        using var input = new MemoryStream();

        int exit = await CliApplication.RunAsync(["--format", "jsonl", path], input, output, error);

        string errors = error.ToString();
        Assert.Equal(1, exit);
        Assert.Contains("crawl.warc#0 (offset 0): extracted from a damaged body", errors, StringComparison.Ordinal);
        Assert.Contains("crawl.warc#2", errors, StringComparison.Ordinal);
        Assert.Contains("2 extracted (1 from a damaged body), 0 skipped, 1 failed", errors, StringComparison.Ordinal);
        Assert.Equal(2, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task A_truncated_deflate_or_br_body_in_an_archive_record_is_reported_with_exit_code_1(string coding)
    {
        string path = Path.Combine(_temp, "coded.warc");
        byte[] page = Encoding.UTF8.GetBytes(Page("coded"));
        using var encoded = new MemoryStream();
        using (Stream encoder = coding == "br" ? new BrotliStream(encoded, CompressionLevel.Optimal, leaveOpen: true) : new ZLibStream(encoded, CompressionLevel.Optimal, leaveOpen: true))
        {
            encoder.Write(page);
        }

        byte[] body = encoded.ToArray();
        byte[] cut = Archives.WarcFixture.Record("response", "https://example.org/cut", Archives.WarcFixture.Http("HTTP/1.1 200 OK", body[..(body.Length / 2)], "Content-Type: text/html", $"Content-Encoding: {coding}"), "application/http; msgtype=response", 1);
        byte[] whole = Archives.WarcFixture.Record("response", "https://example.org/whole", Archives.WarcFixture.Http("HTTP/1.1 200 OK", body, "Content-Type: text/html", $"Content-Encoding: {coding}"), "application/http; msgtype=response", 2);
        await File.WriteAllBytesAsync(path, [.. cut, .. whole]);
        var output = new StringWriter();
        var error = new StringWriter();
        using var input = new MemoryStream();

        int exit = await CliApplication.RunAsync(["--format", "jsonl", path], input, output, error);

        string errors = error.ToString();
        Assert.Equal(1, exit);
        Assert.Contains($"coded.warc#0 (offset 0): extracted from a damaged body: its content coding is broken ({(coding == "br" ? "br" : "deflate (zlib)")} data truncated", errors, StringComparison.Ordinal);
        Assert.Contains("2 extracted (1 from a damaged body), 0 skipped, 0 failed", errors, StringComparison.Ordinal);
        Assert.Contains("Paragraph 59 of the coded story", output.ToString(), StringComparison.Ordinal);
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int mkdir(byte[] path, uint mode);

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int rmdir(byte[] path);

    [Fact]
    public async Task A_sub_folder_that_cannot_be_read_is_one_line_and_the_rest_is_read()
    {
        // A folder named in a legacy charset (bytes that are not UTF-8) is listed, but under a name that leads nowhere:
        // opening it fails as a folder without permission does, and, unlike permissions, it fails for root too.
        string folder = Path.Combine(_temp, "crawl");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "good.html"), Page("good"));
        byte[] name = [.. Encoding.UTF8.GetBytes(folder + "/"), 0xB9, 0xFA, 0xBC, 0xCA, 0];
        Assert.Equal(0, mkdir(name, Convert.ToUInt32("755", 8)));
        var output = new StringWriter();
        var error = new StringWriter();
        using var input = new MemoryStream();

        int exit;
        try
        {
            exit = await CliApplication.RunAsync(["--format", "jsonl", folder], input, output, error);
        }
        finally
        {
            // .NET cannot name the folder to delete it either.
            rmdir(name);
        }

        Assert.Equal(1, exit);
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.Contains("cannot read the folder", StringComparison.Ordinal));
        Assert.Contains("Paragraph 0 of the good story", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_reached_through_links_is_read_once()
    {
        // A link back up to the folder: followed blindly, the page came again at every level, 40 levels down to the
        // system's limit on links in a path (and with two such links, 2^40 paths: no end).
        string folder = Path.Combine(_temp, "linked");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        await File.WriteAllTextAsync(Path.Combine(folder, "page.html"), Page("linked"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "sub", "up"), folder);
        var output = new StringWriter();
        var error = new StringWriter();
        using var input = new MemoryStream();

        int exit = await CliApplication.RunAsync(["--format", "jsonl", folder], input, output, error);

        Assert.Equal(0, exit);
        Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
