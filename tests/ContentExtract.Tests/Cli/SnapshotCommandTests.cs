using ContentExtract.Cli;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Cli;

public sealed class SnapshotCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("content-extract-snapshot-").FullName;

    private string Fixtures => Directory.CreateDirectory(Path.Combine(_temp, "Scrapes")).FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = await CliApplication.RunAsync(args, Stream.Null, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Add_copies_the_scrape_byte_for_byte_under_a_name_from_its_extraction_and_says_what_to_run_next()
    {
        string scrape = Path.Combine(_temp, "download (1).html");
        File.Copy(Path.Combine(RepositoryPaths.Scrapes, "en-html-utf8-error-includes-everywhere.html"), scrape);

        var (exit, output, error) = await RunAsync("snapshot", "add", scrape, "--fixtures", Fixtures);

        Assert.True(exit == 0, error);
        string added = Path.Combine(Fixtures, "en-html-utf8-ferncastle-tram-depot-become-covered.html");
        Assert.Equal(await File.ReadAllBytesAsync(scrape), await File.ReadAllBytesAsync(added));
        Assert.StartsWith($"Added {added}\n", output, StringComparison.Ordinal);
        Assert.Contains("dotnet test ContentExtract.sln -c Release", output, StringComparison.Ordinal);
        Assert.Contains("en-html-utf8-ferncastle-tram-depot-become-covered.html.snap", output, StringComparison.Ordinal);
        Assert.Contains("slug ferncastle-tram-depot-become-covered from the title", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_in_another_script_takes_the_slug_from_the_file_name_without_a_fixture_prefix_it_already_has()
    {
        var (exit, output, error) = await RunAsync("snapshot", "add", Path.Combine(RepositoryPaths.Scrapes, "zh-html-gbk-bridge-opening.html"), "--fixtures", Fixtures);

        Assert.True(exit == 0, error);
        Assert.True(File.Exists(Path.Combine(Fixtures, "zh-html-gbk-bridge-opening.html")), output);
        Assert.Contains("slug bridge-opening from the file name", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_never_overwrites_and_name_chooses_the_slug()
    {
        string scrape = Path.Combine(RepositoryPaths.Scrapes, "en-lynx-city-council.txt");
        string taken = Path.Combine(Fixtures, "en-lynx-city-council.txt");
        await File.WriteAllTextAsync(taken, "already here");

        var (exit, _, error) = await RunAsync("snapshot", "add", scrape, "--name", "city-council", "--fixtures", Fixtures);
        Assert.Equal(1, exit);
        Assert.Contains($"{taken} already exists; not overwritten", error, StringComparison.Ordinal);
        Assert.Equal("already here", await File.ReadAllTextAsync(taken));

        (exit, _, error) = await RunAsync("snapshot", "add", scrape, "--name", "city-council-2", "--fixtures", Fixtures);
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(Path.Combine(Fixtures, "en-lynx-city-council-2.txt")));
    }

    [Theory]
    [InlineData("snapshot", "add")]
    [InlineData("snapshot", "add", "page.html", "--name", "Not A Slug")]
    [InlineData("snapshot", "add", "page.pdf")]
    [InlineData("snapshot", "remove", "page.html")]
    public async Task Usage_errors_exit_with_2_and_say_why(params string[] args)
    {
        var (exit, _, error) = await RunAsync([.. args, "--fixtures", Fixtures]);
        Assert.Equal(2, exit);
        Assert.StartsWith("content-extract: snapshot", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_fixtures_folder_is_named()
    {
        var (exit, _, error) = await RunAsync("snapshot", "add", RepositoryPaths.Seed, "--fixtures", Path.Combine(_temp, "nowhere"));
        Assert.Equal(2, exit);
        Assert.Contains("nowhere", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snapshot_help_describes_the_naming()
    {
        var (exit, output, _) = await RunAsync("snapshot", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("<lang>-<style>-<slug>.<ext>", output, StringComparison.Ordinal);
        Assert.Contains("--name <slug>", output, StringComparison.Ordinal);
        Assert.Contains("--fixtures <dir>", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The committed fixtures were named by hand; the naming must agree with them on language and style
    /// wherever their style is one it can tell (portal, cms and gov are site styles of Chinese dumps it cannot).
    /// </summary>
    [Fact]
    public void The_naming_agrees_with_the_committed_fixtures_on_language_and_style()
    {
        string[] styles = ["html", "lynx", "w3m", "wet", "plain"];
        var checkedNames = new List<string>();
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.Scrapes).Where(ScrapeFile.IsScrape).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(path);
            var parts = name.Split('-');
            if (!styles.Contains(parts[1]))
            {
                continue;
            }

            byte[] bytes = ScrapeFile.ReadBytes(path);
            var (language, style, _, _, _) = ScrapeNaming.Name(path, bytes, ScrapeFile.Extract(path), slug: "x");
            string expected = parts[1] == "html" ? $"{parts[0]}-html-{parts[2]}" : $"{parts[0]}-{parts[1]}";
            if (parts[1] == "html" && parts[2] == "utf8" && parts[3] == "as")
            {
                expected = $"{parts[0]}-html-utf8-as-{parts[4]}";
            }

            Assert.Equal(expected, $"{language}-{style}");
            checkedNames.Add(name);
        }

        Assert.True(checkedNames.Count >= 25, $"only {checkedNames.Count} fixtures checked");
    }
}
