using System.Text.Json;
using ContentExtract.Cli;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Cli;

/// <summary>The grammar on System.CommandLine: POSIX forms, response files, completion, and usage errors in one line each.</summary>
public sealed class CliCommandLineTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("content-extract-syntax-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = await CliApplication.RunAsync(args, Stream.Null, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_grammar_is_System_CommandLine_s_not_a_hand_written_parser()
    {
        // The behaviour it brings (response files, completion, POSIX forms) is tested below; this pins where it comes from.
        Assert.Contains(typeof(CliApplication).Assembly.GetReferencedAssemblies(), name => name.Name == "System.CommandLine");
    }

    [Fact]
    public async Task A_response_file_holds_arguments_one_or_more_a_line()
    {
        string rsp = Path.Combine(_temp, "args.rsp");
        await File.WriteAllTextAsync(rsp, $"--format json\n--mode text\n{RepositoryPaths.Seed}\n");

        var (exit, output, error) = await RunAsync("@" + rsp);

        Assert.True(exit == 0, error);
        var document = JsonDocument.Parse(output).RootElement;
        Assert.Equal(RepositoryPaths.Seed, document.GetProperty("source").GetString());
        Assert.Equal("text", document.GetProperty("inputKind").GetString());
    }

    [Theory]
    [InlineData("--format=jsonl")]
    [InlineData("-f", "jsonl")]
    [InlineData("-fjsonl")]
    public async Task Posix_forms_of_an_option_are_one(params string[] format)
    {
        var (exit, output, _) = await RunAsync([.. format, RepositoryPaths.Seed]);
        Assert.Equal(0, exit);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("{\"source\":", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completion_offers_the_format_names_and_the_options()
    {
        var (exit, output, _) = await RunAsync("[suggest:10]", "--format j");
        Assert.Equal(0, exit);
        Assert.Equal(["json", "jsonl"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        (_, output, _) = await RunAsync("[suggest:3]", "--f");
        Assert.Equal(["--force", "--format"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        (_, output, _) = await RunAsync("[suggest:7]", "--mode ");
        Assert.Equal(["auto", "html", "text"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error_and_after_a_double_dash_an_input()
    {
        var (exit, _, error) = await RunAsync("--formt", "json", RepositoryPaths.Seed);
        Assert.Equal(2, exit);
        Assert.StartsWith("content-extract: Unknown option '--formt'", error, StringComparison.Ordinal);

        // After --, a word with a dash is a file name: here a missing one, reported as such, not as an option.
        (exit, _, error) = await RunAsync("--", "-dashed.txt");
        Assert.Equal(1, exit);
        Assert.Equal("content-extract: -dashed.txt: no such file or directory\n", error);
    }

    [Fact]
    public async Task Usage_errors_are_one_line_each_and_never_the_whole_help()
    {
        var (exit, output, error) = await RunAsync("--format", "yaml", RepositoryPaths.Seed);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            ["content-extract: --format takes markdown, md, json, jsonl, text, txt, html or parquet (got 'yaml').", "content-extract: run 'content-extract --help' for the options."],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Help_is_written_from_the_declared_options()
    {
        var (_, help, _) = await RunAsync("--help");
        foreach (var option in new CliSyntax().Root.Options)
        {
            Assert.Contains(option.Name, help, StringComparison.Ordinal);
            Assert.Contains(option.Description!.Split(' ')[0], help, StringComparison.Ordinal);
        }

        Assert.Contains("      --force             with --out, overwrite", help, StringComparison.Ordinal);
        Assert.Contains("  -o, --out <dir>  ", help, StringComparison.Ordinal);
        Assert.DoesNotContain("/h", help, StringComparison.Ordinal);
        Assert.All(help.Split('\n'), line => Assert.True(line.Length <= 100, $"longer than 100 columns: {line}"));
    }

    [Fact]
    public async Task The_snapshot_help_shows_its_own_options_not_the_inputs_of_the_extraction()
    {
        var (exit, help, _) = await RunAsync("snapshot", "add", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("content-extract snapshot add <file> [--name <slug>] [--fixtures <dir>]", help, StringComparison.Ordinal);
        Assert.DoesNotContain("--format", help, StringComparison.Ordinal);
        Assert.DoesNotContain("<input>", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_is_the_library_version()
    {
        var (exit, output, _) = await RunAsync("--version");
        Assert.Equal(0, exit);
        Assert.StartsWith(typeof(ContentExtractor).Assembly.GetName().Version!.ToString(3), output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_second_opinion_gives_an_extractor_that_never_asks_SmartReader()
    {
        var parsed = CliArguments.Parse(["--no-second-opinion", "a.html"]);

        Assert.False(parsed.Extractor().Options.Boilerplate.ConsultSecondOpinion);
        Assert.Same(ContentExtractor.Default, CliArguments.Parse(["a.html"]).Extractor());
    }

    [Fact]
    public void Parsing_reads_every_option()
    {
        var parsed = CliArguments.Parse(["-f", "text", "-m", "html", "--url", "https://example.com/a", "-o", "out", "--force", "--explain", "--no-second-opinion", "a.html"]);
        Assert.Null(parsed.Error);
        Assert.Equal(
            new CliArguments { Inputs = parsed.Inputs, Format = OutputFormat.Text, Mode = InputMode.Html, Url = new Uri("https://example.com/a"), OutDirectory = "out", Force = true, Explain = true, NoSecondOpinion = true },
            parsed);
        Assert.Equal(["a.html"], parsed.Inputs);
    }
}
