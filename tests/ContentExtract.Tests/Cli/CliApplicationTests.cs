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
    public async Task Help_lists_every_option()
    {
        var (exit, output, _) = await RunAsync(string.Empty, "--help");
        Assert.Equal(0, exit);
        Assert.All(["--format", "--mode", "--url", "--out", "--explain", "jsonl"], o => Assert.Contains(o, output, StringComparison.Ordinal));
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
