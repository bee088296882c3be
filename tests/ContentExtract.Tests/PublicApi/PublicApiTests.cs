using ContentExtract.Tests.Support;
using PublicApiGenerator;

namespace ContentExtract.Tests.PublicApi;

/// <summary>
/// Pins the public API of the ContentExtract assembly to the reviewed file ContentExtract.approved.txt beside
/// this test (and that of ContentExtract.Hosting to ContentExtract.Hosting.approved.txt), so that an accidental API
/// change fails the build. The tests run on net8.0 and net10.0, so the API is the same on both. A changed API fails everywhere with the
/// difference (and, on a developer machine, writes ContentExtract.received.txt, which git ignores). After an
/// intended change run the tests once with UPDATE_SNAPSHOTS=true to rewrite the approved file, review the
/// diff, record the change in CHANGELOG.md and commit both. Under CI (CI=true) a missing file fails too.
/// </summary>
public sealed class PublicApiTests
{
    private static string Folder => Path.Combine(RepositoryPaths.TestProject, "PublicApi");

    /// <summary>
    /// The public API as C#-like declarations; assembly attributes (InternalsVisibleTo, repository metadata) are not API.
    /// The hosting package's extension methods live in Microsoft.Extensions.DependencyInjection, by convention.
    /// </summary>
    internal static string Generate(string assembly) =>
        Normalize(AssemblyOf(assembly).GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
            TreatRecordsAsClasses = false,
            AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"],
        }));

    private static System.Reflection.Assembly AssemblyOf(string name) => name switch
    {
        "ContentExtract" => typeof(ContentExtractor).Assembly,
        "ContentExtract.Hosting" => typeof(ContentExtract.Hosting.ContentExtractorOptions).Assembly,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a packed assembly."),
    };

    [Theory]
    [InlineData("ContentExtract")]
    [InlineData("ContentExtract.Hosting")]
    public void Public_api_matches_the_approved_file(string assembly)
    {
        string approvedPath = Path.Combine(Folder, $"{assembly}.approved.txt");
        string receivedPath = Path.Combine(Folder, $"{assembly}.received.txt");
        string actual = Generate(assembly);
        bool update = !ScrapeSnapshot.IsCi
            && string.Equals(Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS"), "true", StringComparison.OrdinalIgnoreCase);

        if (!File.Exists(approvedPath))
        {
            Assert.False(ScrapeSnapshot.IsCi, $"No approved public API at {approvedPath}. Run the tests on a developer machine (without CI=true) to write it, review it, and commit it.");
            File.WriteAllText(approvedPath, actual);
            return;
        }

        string approved = Normalize(File.ReadAllText(approvedPath));
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (update)
        {
            File.WriteAllText(approvedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        if (!ScrapeSnapshot.IsCi)
        {
            File.WriteAllText(receivedPath, actual);
        }

        Assert.Fail(
            $"The public API of {assembly} changed (- approved, + now). If the change is intended, run the tests with "
            + $"UPDATE_SNAPSHOTS=true, review the diff of tests/ContentExtract.Tests/PublicApi/{assembly}.approved.txt, "
            + "note the change in CHANGELOG.md (a removal or rename is a breaking change: bump the version in Directory.Build.props) "
            + "and commit.\n" + LineDiff.Render(approved, actual));
    }

    [Fact]
    public void The_diff_in_the_failure_message_shows_the_changed_lines()
    {
        string diff = LineDiff.Render("a\nb\nc\nd", "a\nb\nC\nd\ne", context: 1);
        Assert.Equal("@@ line 2 @@\n  b\n- c\n+ C\n  d\n+ e\n", diff);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
}
