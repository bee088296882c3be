using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ContentExtract.Cli;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Cli;

public sealed class CliApplicationTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("content-extract-tests-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        int exit = await CliApplication.RunAsync(args, input, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Markdown_is_the_default_format()
    {
        var (exit, output, _) = await RunAsync(string.Empty, RepositoryPaths.Seed);
        Assert.Equal(0, exit);
        Assert.StartsWith("# 勇作创先争优排头兵", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_names_the_source_as_given()
    {
        var (exit, output, _) = await RunAsync(string.Empty, "--format", "json", RepositoryPaths.Seed);
        Assert.Equal(0, exit);
        Assert.Equal(RepositoryPaths.Seed, JsonDocument.Parse(output).RootElement.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Jsonl_writes_one_line_per_input_in_input_order()
    {
        string a = Path.Combine(_temp, "b-first.txt");
        string b = Path.Combine(_temp, "a-second.txt.gz");
        File.Copy(RepositoryPaths.Seed, a);
        await using (var gz = new GZipStream(File.Create(b), CompressionLevel.Fastest))
        {
            await gz.WriteAsync(await File.ReadAllBytesAsync(RepositoryPaths.Seed));
        }

        var (exit, output, _) = await RunAsync(string.Empty, "--format", "jsonl", a, b);
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([a, b], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()));
        Assert.All(lines, l => Assert.Equal("勇作创先争优排头兵 副省级城市开展创先争优综述", JsonDocument.Parse(l).RootElement.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Standard_input_is_read_with_a_dash()
    {
        var (exit, output, _) = await RunAsync(await File.ReadAllTextAsync(RepositoryPaths.Seed), "--format", "text", "--mode", "text", "-");
        Assert.Equal(0, exit);
        Assert.StartsWith("勇作创先争优排头兵", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_writes_one_file_per_input()
    {
        string outDir = Path.Combine(_temp, "out");
        var (exit, _, _) = await RunAsync(string.Empty, "--format", "json", "--out", outDir, RepositoryPaths.Seed);
        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(outDir, "000_d154e7da7914ddc9.json")));
    }

    [Fact]
    public async Task A_missing_input_is_reported_and_the_others_are_still_processed()
    {
        string missing = Path.Combine(_temp, "nope.html");
        var (exit, output, error) = await RunAsync(string.Empty, "--format", "jsonl", missing, RepositoryPaths.Seed);
        Assert.Equal(1, exit);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task A_binary_input_fails_with_its_name_and_reason()
    {
        string binary = Path.Combine(_temp, "image.html");
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);
        var (exit, _, error) = await RunAsync(string.Empty, binary);
        Assert.Equal(1, exit);
        Assert.Contains("image.html", error, StringComparison.Ordinal);
        Assert.Contains("binary", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "yaml", "x.html")]
    [InlineData("--bogus", "x.html")]
    [InlineData("--url", "not a url", "x.html")]
    public async Task Usage_errors_exit_with_2(params string[] args)
    {
        var (exit, _, error) = await RunAsync(string.Empty, args);
        Assert.Equal(2, exit);
        Assert.StartsWith("content-extract: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_input_is_a_usage_error()
    {
        var (exit, _, _) = await RunAsync(string.Empty);
        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task An_archive_gives_one_json_line_per_extracted_record_with_its_url_and_record()
    {
        var (exit, output, error) = await RunAsync(string.Empty, "--format", "jsonl", RepositoryPaths.SampleArchive);

        // The sample holds one damaged record: reported, counted as a failure, and the run goes on.
        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([2, 3, 5, 6], lines.Select(l => l.GetProperty("record").GetProperty("index").GetInt32()));
        Assert.Equal(
            [RepositoryPaths.SampleArchive + "#2", RepositoryPaths.SampleArchive + "#3", RepositoryPaths.SampleArchive + "#5", RepositoryPaths.SampleArchive + "#6"],
            lines.Select(l => l.GetProperty("source").GetString()));
        Assert.Equal("http://news.example.cn/2024/06/01/bus-routes.html", lines[0].GetProperty("url").GetString());
        Assert.Equal("城市公交线路优化方案公布", lines[0].GetProperty("title").GetString());

        var record = lines[0].GetProperty("record");
        Assert.Equal("<urn:uuid:00000000-0000-4000-8000-000000000003>", record.GetProperty("id").GetString());
        Assert.Equal("response", record.GetProperty("type").GetString());
        Assert.Equal("2024-06-01T12:00:03Z", record.GetProperty("date").GetString());
        Assert.Equal(200, record.GetProperty("httpStatus").GetInt32());

        Assert.Equal("error", lines[2].GetProperty("pageKind").GetString());
        Assert.Equal(404, lines[2].GetProperty("errorPage").GetProperty("status").GetInt32());
        Assert.Equal("nginx/1.24.0", lines[2].GetProperty("errorPage").GetProperty("server").GetString());
        Assert.Equal("text", lines[3].GetProperty("inputKind").GetString());
        Assert.Equal(JsonValueKind.Null, lines[3].GetProperty("record").GetProperty("httpStatus").ValueKind);

        var errorLines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(errorLines, l => l.StartsWith($"content-extract: {RepositoryPaths.SampleArchive}#4 (offset ", StringComparison.Ordinal) && l.Contains("Content-Length", StringComparison.Ordinal));
        Assert.Contains($"content-extract: {RepositoryPaths.SampleArchive}: 10 records: 4 extracted, 5 skipped, 1 failed", errorLines);
    }

    [Fact]
    public async Task An_archive_in_markdown_has_a_heading_line_above_each_record()
    {
        var (_, output, _) = await RunAsync(string.Empty, RepositoryPaths.SampleArchive);

        var headings = output.Split('\n').Where(l => l.StartsWith("==> ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, headings.Count);
        Assert.Equal($"==> {RepositoryPaths.SampleArchive}#5 https://gazette.example.com/missing (response, 2024-06-01T12:00:06Z, HTTP 404) <==", headings[2]);
        Assert.Contains("# 城市公交线路优化方案公布", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_archive_in_json_is_an_array_and_pages_around_it_keep_their_order()
    {
        var (_, output, _) = await RunAsync(string.Empty, "--format", "json", RepositoryPaths.Seed, RepositoryPaths.SampleArchive, RepositoryPaths.Seed);

        var documents = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(6, documents.Count);
        Assert.Equal(JsonValueKind.Null, documents[0].GetProperty("record").ValueKind);
        Assert.Equal(RepositoryPaths.SampleArchive + "#2", documents[1].GetProperty("source").GetString());
        Assert.Equal(RepositoryPaths.Seed, documents[5].GetProperty("source").GetString());
    }

    [Fact]
    public async Task Out_writes_one_file_per_archive()
    {
        string outDir = Path.Combine(_temp, "out");
        await RunAsync(string.Empty, "--format", "jsonl", "--out", outDir, RepositoryPaths.SampleArchive);

        Assert.Equal(4, File.ReadAllLines(Path.Combine(outDir, "sample.jsonl")).Length);
    }

    [Fact]
    public async Task A_directory_walk_includes_archives()
    {
        File.Copy(RepositoryPaths.SampleArchive, Path.Combine(_temp, "crawl.warc.gz"));
        var (_, output, _) = await RunAsync(string.Empty, "--format", "jsonl", _temp);

        Assert.Equal(4, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Url_does_not_apply_to_an_archive()
    {
        var (exit, _, error) = await RunAsync(string.Empty, "--url", "https://example.com/", "crawl.warc.gz");
        Assert.Equal(2, exit);
        Assert.Contains("archive", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_every_option_format_and_exit_code()
    {
        var (exit, output, _) = await RunAsync(string.Empty, "--help");
        Assert.Equal(0, exit);
        Assert.All(
            ["-f, --format", "-m, --mode", "--url", "-o, --out", "--explain", "-h, --help", "--version", "snapshot add",
             "markdown", "json", "jsonl", "text", "html", "auto", ".warc.gz", ".wet.gz", ".txt.gz", ".html.gz", "\n  0  ", "\n  1  ", "\n  2  "],
            o => Assert.Contains(o, output, StringComparison.Ordinal));
    }

    /// <summary>Every example in the help parses: no option in them is misspelt or missing its value.</summary>
    [Fact]
    public async Task Help_examples_name_only_real_options()
    {
        var (_, output, _) = await RunAsync(string.Empty, "--help");
        var examples = output[output.IndexOf("Examples:", StringComparison.Ordinal)..].Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1);
        foreach (var example in examples)
        {
            string command = example.Trim();
            if (command.StartsWith("curl", StringComparison.Ordinal))
            {
                command = command[(command.IndexOf('|', StringComparison.Ordinal) + 1)..].Trim();
            }

            var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).TakeWhile(w => w != ">").ToArray();
            if (words.Length > 0 && words[0] == "snapshot")
            {
                continue;
            }

            var parsed = CliArguments.Parse(words);
            Assert.True(parsed.Error is null, $"{example}: {parsed.Error}");
        }
    }

    [Fact]
    public async Task Html_writes_one_self_contained_page_and_explain_makes_it_the_report()
    {
        var (exit, page, _) = await RunAsync(string.Empty, "--format", "html", RepositoryPaths.Seed);
        Assert.Equal(0, exit);
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("<h1>勇作创先争优排头兵 副省级城市开展创先争优综述</h1>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"block", page, StringComparison.Ordinal);

        var (_, report, _) = await RunAsync(string.Empty, "--explain", "--format", "html", RepositoryPaths.Seed);
        Assert.Contains("<ol class=\"blocks\">", report, StringComparison.Ordinal);
        Assert.Contains("<td><code>ZJOL/1.24.96</code></td>", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_with_several_documents_needs_out()
    {
        var (exit, output, error) = await RunAsync(string.Empty, "--format", "html", RepositoryPaths.Seed, RepositoryPaths.Seed);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--format html writes one page per document", error, StringComparison.Ordinal);
        Assert.Contains("--out <dir>", error, StringComparison.Ordinal);

        (exit, _, error) = await RunAsync(string.Empty, "--format", "html", RepositoryPaths.SampleArchive);
        Assert.Equal(2, exit);
        Assert.Contains($"the records of the archive {RepositoryPaths.SampleArchive} give several", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_with_out_writes_one_page_per_input_and_per_archive_record()
    {
        string outDir = Path.Combine(_temp, "reports");
        var (exit, _, _) = await RunAsync(string.Empty, "--explain", "--format", "html", "--out", outDir, RepositoryPaths.Seed, RepositoryPaths.SampleArchive);

        Assert.Equal(1, exit);   // the sample archive's damaged record
        Assert.Equal(
            ["000_d154e7da7914ddc9.html", "sample-2.html", "sample-3.html", "sample-5.html", "sample-6.html"],
            Directory.EnumerateFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        string record = await File.ReadAllTextAsync(Path.Combine(outDir, "sample-2.html"));
        Assert.Contains("href=\"http://news.example.cn/2024/06/01/bus-routes.html\"", record, StringComparison.Ordinal);
        Assert.Contains($"{RepositoryPaths.SampleArchive}#2", record, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Url_resolves_relative_links()
    {
        string page = Path.Combine(_temp, "page.html");
        await File.WriteAllTextAsync(page, "<html><body><p>Body text of the article that goes on for a while, long enough to be prose, with commas, and a full stop.</p><h3>Related</h3><ul><li><a href=\"/a.html\">First related story</a></li><li><a href=\"b.html\">Second related story</a></li></ul></body></html>");
        var (exit, output, _) = await RunAsync(string.Empty, "--format", "json", "--url", "https://example.com/news/1.html", page);
        Assert.Equal(0, exit);
        var links = JsonDocument.Parse(output).RootElement.GetProperty("linkLists")[0].GetProperty("links");
        Assert.Equal("https://example.com/a.html", links[0].GetProperty("url").GetString());
        Assert.Equal("https://example.com/news/b.html", links[1].GetProperty("url").GetString());
    }
}
