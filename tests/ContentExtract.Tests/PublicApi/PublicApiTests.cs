using ContentExtract.Tests.Support;
using PublicApiGenerator;

namespace ContentExtract.Tests.PublicApi;

/// <summary>
/// Pins the public API of the ContentExtract assembly to the reviewed file ContentExtract.approved.txt beside
/// this test, so that an accidental API change fails the build. A changed API fails everywhere with the
/// difference (and, on a developer machine, writes ContentExtract.received.txt, which git ignores). After an
/// intended change run the tests once with UPDATE_SNAPSHOTS=true to rewrite the approved file, review the
/// diff, record the change in CHANGELOG.md and commit both. Under CI (CI=true) a missing file fails too.
/// </summary>
public sealed class PublicApiTests
{
    private static string Folder => Path.Combine(RepositoryPaths.TestProject, "PublicApi");

    private static string ApprovedPath => Path.Combine(Folder, "ContentExtract.approved.txt");

    private static string ReceivedPath => Path.Combine(Folder, "ContentExtract.received.txt");

    /// <summary>The public API as C#-like declarations; assembly attributes (InternalsVisibleTo, repository metadata) are not API.</summary>
    internal static string Generate() =>
        Normalize(typeof(ContentExtractor).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false, TreatRecordsAsClasses = false }));

    [Fact]
    public void Public_api_matches_the_approved_file()
    {
        string actual = Generate();
        bool update = !ScrapeSnapshot.IsCi
            && string.Equals(Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS"), "true", StringComparison.OrdinalIgnoreCase);

        if (!File.Exists(ApprovedPath))
        {
            Assert.False(ScrapeSnapshot.IsCi, $"No approved public API at {ApprovedPath}. Run the tests on a developer machine (without CI=true) to write it, review it, and commit it.");
            File.WriteAllText(ApprovedPath, actual);
            return;
        }

        string approved = Normalize(File.ReadAllText(ApprovedPath));
        if (approved == actual)
        {
            File.Delete(ReceivedPath);
            return;
        }

        if (update)
        {
            File.WriteAllText(ApprovedPath, actual);
            File.Delete(ReceivedPath);
            return;
        }

        if (!ScrapeSnapshot.IsCi)
        {
            File.WriteAllText(ReceivedPath, actual);
        }

        Assert.Fail(
            "The public API of ContentExtract changed (- approved, + now). If the change is intended, run the tests with "
            + "UPDATE_SNAPSHOTS=true, review the diff of tests/ContentExtract.Tests/PublicApi/ContentExtract.approved.txt, "
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
