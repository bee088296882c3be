using ContentExtract.Rendering;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Snapshots;

/// <summary>
/// One snapshot per scrape: every file under Scrapes/ and the seed. Adding a scrape needs no code —
/// drop the file in, run the tests, review the new snapshot under Snapshots/__snapshots__, commit.
/// </summary>
public sealed class ScrapeSnapshotTests
{
    public static TheoryData<string> Scrapes() => new(ScrapePaths());

    private static IEnumerable<string> ScrapePaths()
    {
        yield return Path.GetRelativePath(RepositoryPaths.Root, RepositoryPaths.Seed);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Scrapes, "*", SearchOption.AllDirectories)
                     .Where(ScrapeFile.IsScrape)
                     .Order(StringComparer.Ordinal))
        {
            yield return Path.GetRelativePath(RepositoryPaths.Root, file);
        }
    }

    [Theory]
    [MemberData(nameof(Scrapes))]
    public void Extraction_matches_the_reviewed_snapshot(string scrape)
    {
        var document = ScrapeFile.Extract(Path.Combine(RepositoryPaths.Root, scrape));
        string name = Path.GetFileName(scrape);
        ScrapeSnapshot.Match($"source: {scrape.Replace('\\', '/')}\n" + ReviewRenderer.Render(document), name);
    }

    [Fact]
    public void Every_snapshot_belongs_to_a_scrape()
    {
        var scrapes = ScrapePaths().Select(path => Path.GetFileName(path) + ".snap").ToHashSet(StringComparer.Ordinal);
        string folder = Path.Combine(ScrapeSnapshot.SnapshotFolder, "__snapshots__");
        var orphans = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.snap").Select(Path.GetFileName).Where(n => !scrapes.Contains(n!)).ToList()
            : [];
        Assert.True(orphans.Count == 0, $"Snapshots without a scrape (delete them): {string.Join(", ", orphans)}");
    }
}
