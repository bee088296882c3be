using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Packaging;

/// <summary>
/// The product a .NET user meets: the packages this repository packs, the QuickStart sample built against the
/// packed library (not the project reference), and the tool installed from the feed into a tool path and run on
/// the seed. Each runs the dotnet CLI, so these tests take some seconds (the feed is packed once for all).
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class PackagingTests(PackedFeed feed)
{
    internal const string SeedTitle = "勇作创先争优排头兵 副省级城市开展创先争优综述";

    [Fact]
    public void The_library_package_carries_its_readme_licence_docs_and_symbols()
    {
        Assert.True(feed.PackFailure is null, feed.PackFailure);
        string nupkg = Path.Combine(feed.Feed, $"ContentExtract.{feed.Version}.nupkg");
        Assert.True(File.Exists(Path.ChangeExtension(nupkg, ".snupkg")), "no symbol package beside the package");

        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("lib/net10.0/ContentExtract.dll", entries);
        Assert.Contains("lib/net10.0/ContentExtract.xml", entries);
        Assert.Contains("lib/net8.0/ContentExtract.dll", entries);
        Assert.Contains("lib/net8.0/ContentExtract.xml", entries);
        Assert.Contains("README.md", entries);

        var nuspec = ReadNuspec(zip, "ContentExtract.nuspec");
        Assert.Equal(feed.Version, Field(nuspec, "version"));
        Assert.Equal("MIT", Field(nuspec, "license"));
        Assert.Equal("README.md", Field(nuspec, "readme"));
        Assert.False(string.IsNullOrWhiteSpace(Field(nuspec, "description")));
        Assert.Contains("extraction", Field(nuspec, "tags"), StringComparison.Ordinal);
        var repository = nuspec.Descendants().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit") ?? string.Empty);

        using var readme = new StreamReader(zip.GetEntry("README.md")!.Open());
        Assert.Contains("ContentExtractor.Default", readme.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_hosting_package_targets_both_frameworks_and_depends_on_the_library_and_the_8_0_abstractions()
    {
        Assert.True(feed.PackFailure is null, feed.PackFailure);
        string nupkg = Path.Combine(feed.Feed, $"ContentExtract.Hosting.{feed.Version}.nupkg");
        Assert.True(File.Exists(Path.ChangeExtension(nupkg, ".snupkg")), "no symbol package beside the hosting package");

        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("lib/net8.0/ContentExtract.Hosting.dll", entries);
        Assert.Contains("lib/net10.0/ContentExtract.Hosting.dll", entries);
        Assert.Contains("README.md", entries);

        var nuspec = ReadNuspec(zip, "ContentExtract.Hosting.nuspec");
        Assert.Equal("MIT", Field(nuspec, "license"));
        var groups = nuspec.Descendants().Where(e => e.Name.LocalName == "group").ToList();
        Assert.Equal(["net10.0", "net8.0"], groups.Select(g => (string?)g.Attribute("targetFramework")).Order(StringComparer.Ordinal));
        foreach (var group in groups)
        {
            var dependencies = group.Elements().ToDictionary(d => (string)d.Attribute("id")!, d => (string)d.Attribute("version")!, StringComparer.Ordinal);
            Assert.Equal(feed.Version, dependencies["ContentExtract"]);
            Assert.StartsWith("8.0.", dependencies["Microsoft.Extensions.Options"], StringComparison.Ordinal);
            Assert.StartsWith("8.0.", dependencies["Microsoft.Extensions.DependencyInjection.Abstractions"], StringComparison.Ordinal);
            Assert.StartsWith("8.0.", dependencies["Microsoft.Extensions.Logging.Abstractions"], StringComparison.Ordinal);
            Assert.Equal(4, dependencies.Count);
        }
    }

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_named_content_extract()
    {
        Assert.True(feed.PackFailure is null, feed.PackFailure);
        using var zip = ZipFile.OpenRead(Path.Combine(feed.Feed, $"content-extract.{feed.Version}.nupkg"));
        var nuspec = ReadNuspec(zip, "content-extract.nuspec");
        Assert.Equal("DotnetTool", (string?)nuspec.Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name"));
        Assert.Equal("README.md", Field(nuspec, "readme"));
        Assert.Equal("MIT", Field(nuspec, "license"));
    }

    [Fact]
    public void QuickStart_builds_against_the_packed_package_and_extracts_the_seed()
    {
        Assert.True(feed.PackFailure is null, feed.PackFailure);
        string artifacts = Path.Combine(feed.Root, "quickstart");
        var build = feed.Dotnet(
            RepositoryPaths.Root, "build", Path.Combine("samples", "QuickStart", "QuickStart.csproj"), "-c", PackedFeed.Configuration,
            "-p:UseContentExtractPackage=true", $"-p:ContentExtractPackageSource={feed.Feed}", $"-p:RestoreConfigFile={feed.NuGetConfig}",
            "--artifacts-path", artifacts, "-nodeReuse:false", "-p:UseSharedCompilation=false");
        Assert.True(build.ExitCode == 0, build.Output);

        // The sample compiled against the package from the feed, not against the project next door.
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(artifacts, "obj", "QuickStart", "project.assets.json")));
        var libraries = assets.RootElement.GetProperty("libraries");
        Assert.Equal("package", libraries.GetProperty($"ContentExtract/{feed.Version}").GetProperty("type").GetString());
        Assert.DoesNotContain(libraries.EnumerateObject(), library => library.Value.GetProperty("type").GetString() == "project");
        Assert.True(File.Exists(Path.Combine(feed.Packages, "contentextract", feed.Version, $"contentextract.{feed.Version}.nupkg")));

        string dll = Path.Combine(artifacts, "bin", "QuickStart", PackedFeed.Configuration.ToLowerInvariant(), "QuickStart.dll");
        var run = feed.Run(DotnetHost(), RepositoryPaths.Root, [dll, RepositoryPaths.Seed], out string markdown);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.StartsWith($"# {SeedTitle}\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_installs_from_the_feed_into_a_tool_path_and_extracts_the_seed()
    {
        Assert.True(feed.PackFailure is null, feed.PackFailure);
        string tools = Path.Combine(feed.Root, "tools");
        var install = feed.Dotnet(
            feed.Root, "tool", "install", "--tool-path", tools, "--add-source", feed.Feed, "--configfile", feed.FeedOnlyNuGetConfig,
            "content-extract", "--version", feed.Version);
        Assert.True(install.ExitCode == 0, install.Output);

        string tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "content-extract.exe" : "content-extract");
        var run = feed.Run(tool, RepositoryPaths.Root, [RepositoryPaths.Seed], out string markdown);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.StartsWith($"# {SeedTitle}\n", markdown, StringComparison.Ordinal);

        var version = feed.Run(tool, RepositoryPaths.Root, ["--version"], out string printed);
        Assert.True(version.ExitCode == 0, version.Output);
        Assert.StartsWith(feed.Version, printed, StringComparison.Ordinal);
    }

    /// <summary>
    /// The sample its README says to copy, copied out of the repository: it builds against the packed package with nothing
    /// from the repository's Directory.*.props, passes on its committed snapshot, fails a changed snapshot with a line
    /// diff and the command that accepts the change, and that command accepts it.
    /// </summary>
    [Fact]
    public void SnapshotYourScrapes_copied_out_builds_against_the_package_and_shows_a_changed_snapshot_as_a_diff()
    {
        Assert.True(feed.PackFailure is null, feed.PackFailure);
        string copy = Path.Combine(feed.Root, "my-scrapes");
        CopyFolder(Path.Combine(RepositoryPaths.Root, "samples", "SnapshotYourScrapes"), copy);
        var ci = new Dictionary<string, string?> { ["CI"] = "true", ["UPDATE_SNAPSHOTS"] = null };

        var test = feed.Run(DotnetHost(), copy, ["test", "-c", PackedFeed.Configuration, $"-p:RestoreConfigFile={feed.NuGetConfig}", "-nodeReuse:false", "-p:UseSharedCompilation=false"], out _, ci);
        Assert.True(test.ExitCode == 0, test.Output);
        Assert.Contains("Passed!", test.Output, StringComparison.Ordinal);
        using (var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(copy, "obj", "project.assets.json"))))
        {
            var libraries = assets.RootElement.GetProperty("libraries");
            Assert.Equal("package", libraries.GetProperty($"ContentExtract/{feed.Version}").GetProperty("type").GetString());
            Assert.DoesNotContain(libraries.EnumerateObject(), library => library.Value.GetProperty("type").GetString() == "project");
        }

        string snapshot = Path.Combine(copy, "__snapshots__", "library-late-fees.html.snap");
        string reviewed = File.ReadAllText(snapshot);
        const string Title = "title: Millbrook library ends late fees on children's books";
        Assert.Contains(Title + "\n", reviewed, StringComparison.Ordinal);
        File.WriteAllText(snapshot, reviewed.Replace(Title, "title: Millbrook library keeps late fees on children's books", StringComparison.Ordinal));

        var changed = feed.Run(DotnetHost(), copy, ["test", "-c", PackedFeed.Configuration, "--no-build"], out _, ci);
        Assert.NotEqual(0, changed.ExitCode);
        Assert.Contains("\n-title: Millbrook library keeps late fees on children's books\n+" + Title + "\n", changed.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("Strings differ", changed.Output, StringComparison.Ordinal);
        var accept = System.Text.RegularExpressions.Regex.Match(changed.Output, "UPDATE_SNAPSHOTS=true dotnet test \"([^\"]+)\" -c (\\w+) --filter \"([^\"]+)\"");
        Assert.True(accept.Success, changed.Output);

        var accepted = feed.Run(
            DotnetHost(), copy, ["test", accept.Groups[1].Value, "-c", accept.Groups[2].Value, "--filter", accept.Groups[3].Value],
            out _, new Dictionary<string, string?> { ["CI"] = null, ["UPDATE_SNAPSHOTS"] = "true" });
        Assert.True(accepted.ExitCode == 0, accepted.Output);
        Assert.Equal(reviewed.TrimStart('\uFEFF').ReplaceLineEndings("\n"), File.ReadAllText(snapshot).ReplaceLineEndings("\n"));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj" || relative.Contains("__mismatch__", StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    internal static XDocument ReadNuspec(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    internal static string Field(XDocument nuspec, string name) =>
        nuspec.Descendants().First(e => e.Name.LocalName == name).Value;
}
