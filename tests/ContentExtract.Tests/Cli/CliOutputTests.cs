using System.IO.Compression;
using System.Text;
using ContentExtract.Cli;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Cli;

/// <summary>
/// What the command line writes and where: <c>--out</c> mirrors the input tree and never overwrites silently, output
/// errors are one line and exit code 3, pages without an article get a note, and pages on standard output are told apart.
/// </summary>
public sealed class CliOutputTests : IDisposable
{
    private const string Article = "en-html-utf8-harbor-dredging.html";

    private readonly string _temp = Directory.CreateTempSubdirectory("content-extract-output-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = await CliApplication.RunAsync(args, Stream.Null, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>x/index.html, y/index.html and index.txt: three pages, two of them with the same file name.</summary>
    private string ScrapeTree()
    {
        string input = Path.Combine(_temp, "in");
        Directory.CreateDirectory(Path.Combine(input, "x"));
        Directory.CreateDirectory(Path.Combine(input, "y"));
        File.Copy(Path.Combine(RepositoryPaths.Scrapes, Article), Path.Combine(input, "x", "index.html"));
        File.Copy(Path.Combine(RepositoryPaths.Scrapes, "en-html-utf8-wind-farm-approval.html"), Path.Combine(input, "y", "index.html"));
        File.Copy(RepositoryPaths.Seed, Path.Combine(input, "index.txt"));
        return input;
    }

    private static string[] Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Out_mirrors_the_input_tree_so_pages_with_one_name_stay_apart()
    {
        string input = ScrapeTree();
        string output = Path.Combine(_temp, "out");

        var (exit, _, error) = await RunAsync("--out", output, input);

        Assert.True(exit == 0, error);
        Assert.Equal(["index.md", "x/index.md", "y/index.md"], Files(output));
        Assert.StartsWith("# Port Ellery harbor dredging", await File.ReadAllTextAsync(Path.Combine(output, "x", "index.md")), StringComparison.Ordinal);
        Assert.DoesNotContain("harbor dredging", await File.ReadAllTextAsync(Path.Combine(output, "y", "index.md")), StringComparison.Ordinal);
        Assert.StartsWith("content-extract: 3 inputs: 3 pages, 0 failed, 0 error pages in ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_refuses_to_overwrite_before_it_writes_anything_unless_force()
    {
        string input = ScrapeTree();
        string output = Path.Combine(_temp, "out");
        Directory.CreateDirectory(Path.Combine(output, "y"));
        await File.WriteAllTextAsync(Path.Combine(output, "y", "index.md"), "kept");

        var (exit, _, error) = await RunAsync("--out", output, input);

        Assert.Equal(3, exit);
        Assert.Equal(
            $"content-extract: cannot write the output: {Path.Combine(output, "y", "index.md")}: exists already; nothing was written. Pass --force to overwrite, or choose another --out.\n",
            error);
        Assert.Equal(["y/index.md"], Files(output));
        Assert.Equal("kept", await File.ReadAllTextAsync(Path.Combine(output, "y", "index.md")));

        (exit, _, error) = await RunAsync("--out", output, "--force", input);
        Assert.True(exit == 0, error);
        Assert.Equal(["index.md", "x/index.md", "y/index.md"], Files(output));
        Assert.StartsWith("# ", await File.ReadAllTextAsync(Path.Combine(output, "y", "index.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_inputs_that_would_be_written_to_one_file_are_a_usage_error()
    {
        string input = ScrapeTree();
        string output = Path.Combine(_temp, "out");
        string x = Path.Combine(input, "x", "index.html");
        string y = Path.Combine(input, "y", "index.html");

        var (exit, _, error) = await RunAsync("--out", output, x, y);

        Assert.Equal(2, exit);
        Assert.Equal($"content-extract: {x} and {y} would both be written to {Path.Combine(output, "index.md")}: name them in separate runs, or give the folder that holds both, whose tree --out mirrors.\n", error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task An_out_folder_inside_the_input_folder_is_not_read_as_input_on_the_next_run()
    {
        string input = ScrapeTree();
        string output = Path.Combine(input, "text");

        var (exit, _, error) = await RunAsync("--format", "text", "--out", output, input);
        Assert.True(exit == 0, error);
        (exit, _, error) = await RunAsync("--format", "text", "--out", output, "--force", input);

        Assert.True(exit == 0, error);
        Assert.StartsWith("content-extract: 3 inputs: 3 pages", error, StringComparison.Ordinal);
        Assert.Equal(["index.txt", "x/index.txt", "y/index.txt"], Files(output));
    }

    [Fact]
    public async Task An_archive_record_file_that_exists_stops_the_run_before_it_writes()
    {
        string output = Path.Combine(_temp, "reports");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "sample-3.html"), "kept");

        var (exit, _, error) = await RunAsync("--format", "html", "--out", output, RepositoryPaths.SampleArchive);

        Assert.Equal(3, exit);
        Assert.Contains("sample-3.html: exists already; nothing was written", error, StringComparison.Ordinal);
        Assert.Equal(["sample-3.html"], Files(output));
    }

    [Fact]
    public async Task Output_errors_are_one_line_with_exit_code_3_and_no_stack_trace()
    {
        string file = Path.Combine(_temp, "a-file");
        await File.WriteAllTextAsync(file, "x");

        var (exit, _, error) = await RunAsync("--out", file, RepositoryPaths.Seed);
        Assert.Equal(3, exit);
        Assert.Equal($"content-extract: cannot write the output: {file}: not a directory\n", error);

        string below = Path.Combine(file, "out");
        (exit, _, error) = await RunAsync("--out", below, RepositoryPaths.Seed);
        Assert.Equal(3, exit);
        Assert.Single(Lines(error));
        Assert.StartsWith($"content-extract: cannot write the output: {below}: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_device_on_standard_output_is_one_line_and_exit_code_3()
    {
        if (!File.Exists("/dev/full"))
        {
            return;   // Linux only: writing to /dev/full fails as a full disk does.
        }

        await using var full = new StreamWriter(new FileStream("/dev/full", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1), new UTF8Encoding(false)) { AutoFlush = true };
        var error = new StringWriter();
        int exit = await CliApplication.RunAsync([RepositoryPaths.Seed], Stream.Null, full, error);

        Assert.Equal(3, exit);
        Assert.Equal("content-extract: cannot write the output: standard output: no space left on device\n", error.ToString());
    }

    /// <summary>Standard output on a full disk: every write fails.</summary>
    private sealed class FullDeviceWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void WriteLine(string? value) => throw new IOException("No space left on device");

        public override Task WriteAsync(string? value) => throw new IOException("No space left on device");

        public override Task WriteLineAsync(string? value) => throw new IOException("No space left on device");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("--version")]
    [InlineData("snapshot", "--help")]
    [InlineData("--format", "jsonl", "SEED")]
    public async Task Help_version_and_pages_to_a_full_device_are_one_line_and_exit_code_3(params string[] args)
    {
        var error = new StringWriter();
        int exit = await CliApplication.RunAsync([.. args.Select(a => a == "SEED" ? RepositoryPaths.Seed : a)], Stream.Null, new FullDeviceWriter(), error);

        Assert.Equal(3, exit);
        Assert.Equal("content-extract: cannot write the output: standard output: no space left on device\n", error.ToString());
    }

    [Theory]
    [InlineData("en-html-utf8-bot-challenge.html", "markdown", "<!-- content-extract: no article: a bot challenge: title \"Just a moment...\" is a bot challenge's")]
    [InlineData("en-html-utf8-bot-challenge.html", "text", "[content-extract: no article: a bot challenge: title \"Just a moment...\" is a bot challenge's")]
    [InlineData("en-html-utf8-page-not-found.html", "text", "[content-extract: no article: an error page (404 Page not found): title \"Page not found - The Brackwater Courier\" announces an error (404)")]
    public async Task A_page_without_an_article_gives_a_one_line_note_not_zero_bytes(string scrape, string format, string note)
    {
        var (exit, output, _) = await RunAsync("--format", format, Path.Combine(RepositoryPaths.Scrapes, scrape));

        Assert.Equal(0, exit);
        Assert.StartsWith(note, output, StringComparison.Ordinal);
        Assert.Single(Lines(output));
    }

    [Fact]
    public async Task An_empty_page_gives_a_note_too()
    {
        string empty = Path.Combine(_temp, "empty.html");
        await File.WriteAllTextAsync(empty, "<html><head></head><body></body></html>");

        var (exit, output, _) = await RunAsync("--format", "text", empty);

        Assert.Equal(0, exit);
        Assert.StartsWith("[content-extract: no article: an empty page", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_pages_on_standard_output_each_get_a_line_saying_where_they_come_from()
    {
        string input = ScrapeTree();
        var (exit, output, _) = await RunAsync(input);

        Assert.Equal(0, exit);
        var headings = output.Split('\n').Where(l => l.StartsWith("==> ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [$"==> {Path.Combine(input, "index.txt")} <==", $"==> {Path.Combine(input, "x", "index.html")} <==", $"==> {Path.Combine(input, "y", "index.html")} <=="],
            headings);
        Assert.StartsWith(headings[0] + "\n\n# 勇作创先争优排头兵", output, StringComparison.Ordinal);

        (_, output, _) = await RunAsync(RepositoryPaths.Seed);
        Assert.DoesNotContain("==> ", output, StringComparison.Ordinal);
        (_, output, _) = await RunAsync("--format", "jsonl", input);
        Assert.DoesNotContain("==> ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_message_per_cause()
    {
        string missing = Path.Combine(_temp, "missing.html");
        string notGzip = Path.Combine(_temp, "plain.html.gz");
        File.Copy(Path.Combine(RepositoryPaths.Scrapes, Article), notGzip);
        string corrupt = Path.Combine(_temp, "corrupt.html.gz");
        byte[] gzip = Gzip(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Scrapes, Article)));
        await File.WriteAllBytesAsync(corrupt, [.. gzip[..10], .. Enumerable.Repeat((byte)0xFF, 64)]);
        string utf16 = Path.Combine(_temp, "utf16.html");
        await File.WriteAllBytesAsync(utf16, Encoding.Unicode.GetBytes(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Scrapes, Article))));

        var (exit, output, error) = await RunAsync("--format", "jsonl", missing, notGzip, corrupt, utf16);

        Assert.Equal(1, exit);
        Assert.Equal(
            [$"content-extract: {missing}: no such file or directory",
             $"content-extract: {notGzip}: not gzip data: no gzip header at the start",
             $"content-extract: {corrupt}: corrupt gzip data: the member at offset 0 holds invalid compressed data"],
            Lines(error)[..3]);
        Assert.Contains("\"title\":\"Port Ellery harbor dredging", output, StringComparison.Ordinal);

        (exit, _, error) = await RunAsync("snapshot", "add", missing, "--fixtures", _temp);
        Assert.Equal(1, exit);
        Assert.Equal($"content-extract: snapshot add: {missing}: no such file or directory\n", error);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
