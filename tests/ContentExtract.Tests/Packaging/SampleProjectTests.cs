using System.Xml.Linq;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Packaging;

/// <summary>SnapshotYourScrapes carries its own Directory.*.props so that it can be copied out; they must not drift from the repository's.</summary>
public sealed class SampleProjectTests
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.Root, "samples", "SnapshotYourScrapes");

    // The repository sets some versions per target framework (conditional item groups); the sample uses none of those, so
    // for a package named more than once the last entry stands in for it.
    private static Dictionary<string, string> Versions(string props) =>
        XDocument.Load(props).Descendants("PackageVersion")
            .GroupBy(p => (string)p.Attribute("Include")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (string)g.Last().Attribute("Version")!, StringComparer.Ordinal);

    [Fact]
    public void The_snapshot_sample_uses_the_repository_package_versions_and_the_version_it_packs()
    {
        var repository = Versions(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props"));
        var sample = Versions(Path.Combine(Sample, "Directory.Packages.props"));
        string packed = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")).Descendants("VersionPrefix").Single().Value.Trim();

        Assert.Equal(packed, sample["ContentExtract"]);
        foreach (var (package, version) in sample.Where(p => p.Key != "ContentExtract" && repository.ContainsKey(p.Key)))
        {
            Assert.True(repository[package] == version, $"samples/SnapshotYourScrapes/Directory.Packages.props has {package} {version}, the repository {repository[package]}");
        }

        Assert.Contains("Microsoft.NET.Test.Sdk", sample.Keys);
    }

    [Fact]
    public void The_snapshot_sample_names_nothing_outside_its_folder_but_the_library_source_it_can_do_without()
    {
        string project = File.ReadAllText(Path.Combine(Sample, "SnapshotYourScrapes.csproj"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(project, @"(\.\./)+"));
        Assert.Contains("!Exists('$(ContentExtractSource)')", project, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Sample, "Directory.Build.props")));
    }
}
