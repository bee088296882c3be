using ContentExtract;
using ContentExtract.Rendering;

namespace SnapshotYourScrapes;

/// <summary>
/// Pins the extraction of your own scrapes. Every .html, .htm or .txt file in Scrapes/ (a .txt is read as a text
/// dump) gets a snapshot in __snapshots__/: the page kind, title, breadcrumb, every block, quotes with speakers,
/// link lists, the error-page noise removed, and every dropped source block with the reason.
///
/// Add a scrape: drop the file into Scrapes/, run <c>dotnet test</c> (the new snapshot is written), read it, commit both.
/// A changed extraction (a new ContentExtract version, other options) fails with a line diff of the snapshot and the
/// command that accepts the change (<c>UPDATE_SNAPSHOTS=true dotnet test …</c>); review <c>git diff</c>, commit. Under
/// CI (CI=true) a missing snapshot fails instead of being written, and nothing is ever rewritten.
/// </summary>
public sealed class ScrapeSnapshotTests
{
    private static readonly string[] Extensions = [".html", ".htm", ".txt"];

    /// <summary>The extractor under test: set your options here, e.g. <c>new ContentExtractor(new ExtractionOptions { ... })</c>.</summary>
    private static readonly ContentExtractor Extractor = ContentExtractor.Default;

    public static TheoryData<string> Scrapes() => new(ScrapeNames());

    private static IEnumerable<string> ScrapeNames() =>
        Directory.EnumerateFiles(Path.Combine(SnapshotFile.ProjectFolder, "Scrapes"))
            .Where(path => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Scrapes))]
    public void Extraction_matches_the_reviewed_snapshot(string scrape)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(SnapshotFile.ProjectFolder, "Scrapes", scrape));
        var mode = scrape.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? InputMode.Text : InputMode.Html;
        ExtractedDocument document = Extractor.Extract(bytes, mode);

        SnapshotFile.Match(ReviewRenderer.Render(document), scrape);
    }

    [Fact]
    public void Every_snapshot_belongs_to_a_scrape()
    {
        var expected = ScrapeNames().Select(name => name + SnapshotFile.Extension).ToHashSet(StringComparer.Ordinal);
        string folder = Path.Combine(SnapshotFile.ProjectFolder, SnapshotFile.Folder);
        var orphans = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*" + SnapshotFile.Extension).Select(Path.GetFileName).Where(name => !expected.Contains(name!)).ToList()
            : [];
        Assert.True(orphans.Count == 0, $"Snapshots without a scrape (delete them): {string.Join(", ", orphans)}");
    }
}
