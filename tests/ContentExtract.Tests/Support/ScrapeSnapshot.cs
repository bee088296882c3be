using Snapshooter;
using Snapshooter.Xunit;

namespace ContentExtract.Tests.Support;

/// <summary>
/// Pins the extraction of one scrape as a snapshot a reviewer can read. On a developer's machine a
/// missing snapshot is written for review; under CI (CI=true) a missing snapshot fails, as does any
/// change, so only reviewed and committed extractions pass. After an intended change, run the tests
/// once with UPDATE_SNAPSHOTS=true to rewrite the snapshots, then review the diff before committing.
/// </summary>
internal static class ScrapeSnapshot
{
    public static string SnapshotFolder => Path.Combine(RepositoryPaths.TestProject, "Snapshots");

    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Environment.GetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Match(string review, string scrapeName)
    {
        string fileName = scrapeName + ".snap";
        string path = Path.Combine(SnapshotFolder, "__snapshots__", fileName);
        if (IsCi && !File.Exists(path))
        {
            Assert.Fail($"No snapshot for {scrapeName} at {path}. Run the tests on a developer machine (without CI=true) to write it, review it, and commit it.");
        }

        if (!IsCi && string.Equals(Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            File.Delete(path);
        }

        Snapshot.Match(review, new SnapshotFullName(fileName, SnapshotFolder));
    }
}
