using System.Text.Json;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Packaging;

/// <summary>
/// The apps of tests/Consumers, as a .NET team would write them, built against the packed packages of the feed (never the
/// projects) and run on the seed: a self-contained net8.0 console app that brings its own .NET 8 runtime, and a net10.0
/// worker service whose settings come from appsettings.json and are validated when the host starts.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class ConsumerAppTests(PackedFeed feed)
{
    private static string Consumers => Path.Combine(RepositoryPaths.Root, "tests", "Consumers");

    [Fact]
    public void A_self_contained_net8_console_app_builds_against_the_packages_and_runs_on_net8()
    {
        Assert.True(feed.PackFailure is null, feed.PackFailure);
        string artifacts = Path.Combine(feed.Root, "net8console");
        var build = feed.Dotnet(
            RepositoryPaths.Root, "build", Path.Combine(Consumers, "Net8Console", "Net8Console.csproj"), "-c", PackedFeed.Configuration,
            $"-p:RestoreConfigFile={feed.NuGetConfig}", "--artifacts-path", artifacts, "-nodeReuse:false", "-p:UseSharedCompilation=false");
        Assert.True(build.ExitCode == 0, build.Output);
        AssertBuiltFromPackages(artifacts, "Net8Console");

        // The apphost of a self-contained app: it starts the .NET 8 runtime beside it, not the machine's.
        string app = Directory.EnumerateFiles(Path.Combine(artifacts, "bin", "Net8Console"), OperatingSystem.IsWindows() ? "Net8Console.exe" : "Net8Console", SearchOption.AllDirectories).Single();
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(app)!, OperatingSystem.IsWindows() ? "coreclr.dll" : "libcoreclr.so")), "the app carries no runtime of its own");
        string missing = Path.Combine(feed.Root, "no-such-page.html");
        var run = feed.Run(app, feed.Root, [RepositoryPaths.Seed, missing], out string output);

        Assert.Equal(1, run.ExitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(".NET 8.0.", lines[0], StringComparison.Ordinal);
        Assert.EndsWith($"MaxInputLength={4 << 20}", lines[0], StringComparison.Ordinal);
        Assert.Equal($"{RepositoryPaths.Seed}: {PackagingTests.SeedTitle}", lines[1]);
        Assert.Equal($"{missing}: failed (FileNotFoundException)", lines[2]);

        // The hosting package's log line for the failed input, on standard error through the console logger.
        Assert.Contains("ContentExtract[2]", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{missing}: failed (FileNotFoundException)", run.Output[run.Output.IndexOf("ContentExtract[2]", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void A_net10_worker_service_builds_against_the_packages_reads_its_settings_and_refuses_bad_ones_at_start()
    {
        Assert.True(feed.PackFailure is null, feed.PackFailure);
        string artifacts = Path.Combine(feed.Root, "net10worker");
        var build = feed.Dotnet(
            RepositoryPaths.Root, "build", Path.Combine(Consumers, "Net10Worker", "Net10Worker.csproj"), "-c", PackedFeed.Configuration,
            $"-p:RestoreConfigFile={feed.NuGetConfig}", "--artifacts-path", artifacts, "-nodeReuse:false", "-p:UseSharedCompilation=false");
        Assert.True(build.ExitCode == 0, build.Output);
        AssertBuiltFromPackages(artifacts, "Net10Worker");

        string output = Path.Combine(artifacts, "bin", "Net10Worker", PackedFeed.Configuration.ToLowerInvariant());
        string dll = Path.Combine(output, "Net10Worker.dll");
        Assert.True(File.Exists(Path.Combine(output, "appsettings.json")), "appsettings.json was not copied beside the worker");

        // The host's content root is the working folder: appsettings.json is read from beside the worker.
        var run = feed.Run(DotnetHost(), output, [dll, "--files", RepositoryPaths.Seed], out string printed);
        Assert.True(run.ExitCode == 0, run.Output);
        var lines = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"MaxInputLength={8 << 20}; Timeout=00:00:10", lines[0]);
        Assert.Equal($"{RepositoryPaths.Seed}: {PackagingTests.SeedTitle}", lines[1]);

        var refused = feed.Run(DotnetHost(), output, [dll, "--ContentExtract:Extraction:MaxInputLength=0", "--files", RepositoryPaths.Seed], out string nothing);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("OptionsValidationException", refused.Output, StringComparison.Ordinal);
        Assert.Contains("MaxInputLength", refused.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(PackagingTests.SeedTitle, nothing, StringComparison.Ordinal);
    }

    /// <summary>The app compiled against the packages from the feed, not against a project of the repository.</summary>
    private void AssertBuiltFromPackages(string artifacts, string project)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(artifacts, "obj", project, "project.assets.json")));
        var libraries = assets.RootElement.GetProperty("libraries");
        Assert.Equal("package", libraries.GetProperty($"ContentExtract/{feed.Version}").GetProperty("type").GetString());
        Assert.Equal("package", libraries.GetProperty($"ContentExtract.Hosting/{feed.Version}").GetProperty("type").GetString());
        Assert.DoesNotContain(libraries.EnumerateObject(), library => library.Value.GetProperty("type").GetString() == "project");
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
