using ContentExtract;
using ContentExtract.Rendering;
using Snapshooter;
using Snapshooter.Xunit;

namespace SnapshotYourScrapes;

/// <summary>
/// Pins the extraction of your own scrapes. Every .html, .htm or .txt file in Scrapes/ (a .txt is read as a text
/// dump) gets a snapshot in __snapshots__/: the page kind, title, breadcrumb, every block, quotes with speakers,
/// link lists, the error-page noise removed, and every dropped source block with the reason.
///
/// Add a scrape: drop the file into Scrapes/, run <c>dotnet test</c> (the new snapshot is written), read it, commit both.
/// A changed extraction (a new ContentExtract version, other options) fails with the difference. If the change is
/// right, run <c>UPDATE_SNAPSHOTS=true dotnet test</c>, review <c>git diff</c>, commit. Under CI (CI=true) a missing
/// snapshot fails instead of being written.
/// </summary>
public sealed class ScrapeSnapshotTests
{
    private static readonly string[] Extensions = [".html", ".htm", ".txt"];

    /// <summary>The extractor under test: set your options here, e.g. <c>new ContentExtractor(new ExtractionOptions { ... })</c>.</summary>
    private static readonly ContentExtractor Extractor = ContentExtractor.Default;

    public static TheoryData<string> Scrapes() => new(ScrapeNames());

    private static IEnumerable<string> ScrapeNames() =>
        Directory.EnumerateFiles(Path.Combine(ProjectFolder, "Scrapes"))
            .Where(path => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Scrapes))]
    public void Extraction_matches_the_reviewed_snapshot(string scrape)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(ProjectFolder, "Scrapes", scrape));
        var mode = scrape.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? InputMode.Text : InputMode.Html;
        ExtractedDocument document = Extractor.Extract(bytes, mode);

        MatchSnapshot(ReviewRenderer.Render(document), scrape + ".snap");
    }

    [Fact]
    public void Every_snapshot_belongs_to_a_scrape()
    {
        var expected = ScrapeNames().Select(name => name + ".snap").ToHashSet(StringComparer.Ordinal);
        string folder = Path.Combine(ProjectFolder, "__snapshots__");
        var orphans = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.snap").Select(Path.GetFileName).Where(name => !expected.Contains(name!)).ToList()
            : [];
        Assert.True(orphans.Count == 0, $"Snapshots without a scrape (delete them): {string.Join(", ", orphans)}");
    }

    private static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static void MatchSnapshot(string review, string fileName)
    {
        string path = Path.Combine(ProjectFolder, "__snapshots__", fileName);
        if (IsCi && !File.Exists(path))
        {
            Assert.Fail($"No snapshot at {path}. Run the tests without CI=true to write it, review it, and commit it.");
        }

        if (!IsCi && string.Equals(Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            File.Delete(path);
        }

        // Snapshooter writes a missing snapshot, and on a difference fails and writes the new text to __snapshots__/__mismatch__/.
        Snapshot.Match(review, new SnapshotFullName(fileName, ProjectFolder));
    }

    /// <summary>The folder of this project (above bin/), found from the test binaries, so snapshots land beside the sources.</summary>
    private static string ProjectFolder { get; } = FindProjectFolder();

    private static string FindProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (dir.EnumerateFiles("*.csproj").Any())
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No project folder above {AppContext.BaseDirectory}.");
    }
}
