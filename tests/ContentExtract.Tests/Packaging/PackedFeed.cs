using System.Diagnostics;
using System.Text;
using System.Xml.Linq;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Packaging;

/// <summary>
/// Packs the library, its hosting package and the tool once into a local folder feed in a temporary folder, for the tests of
/// <see cref="PackagingTests"/> and <see cref="ConsumerAppTests"/>. It packs what the test run has just built (<c>--no-build</c>, same configuration),
/// so nothing in the repository is rebuilt. Restores go through a nuget.config of its own into a NuGet cache of
/// its own: the packages of this feed are taken from the feed only (a ContentExtract package cached by an earlier
/// run, or served elsewhere under the same version, never shadows it), anything else from the machine's NuGet
/// cache, so the tests need no network.
/// </summary>
public sealed class PackedFeed : IDisposable
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    public PackedFeed()
    {
        Root = Directory.CreateTempSubdirectory("contentextract-pack-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        Packages = Directory.CreateDirectory(Path.Combine(Root, "nuget-packages")).FullName;
        NuGetConfig = Path.Combine(Root, "nuget.config");
        Version = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"))
            .Descendants("VersionPrefix").Single().Value.Trim();

        string machineCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } cache
            ? cache
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        new XDocument(new XElement("configuration",
            new XElement("packageSources",
                new XElement("clear"),
                new XElement("add", new XAttribute("key", "feed"), new XAttribute("value", Feed)),
                new XElement("add", new XAttribute("key", "machine-cache"), new XAttribute("value", machineCache))),
            new XElement("packageSourceMapping",
                new XElement("packageSource", new XAttribute("key", "feed"),
                    new XElement("package", new XAttribute("pattern", "ContentExtract")),
                    new XElement("package", new XAttribute("pattern", "ContentExtract.Hosting")),
                    new XElement("package", new XAttribute("pattern", "content-extract"))),
                new XElement("packageSource", new XAttribute("key", "machine-cache"),
                    new XElement("package", new XAttribute("pattern", "*")))))).Save(NuGetConfig);

        // For `dotnet tool install --add-source <feed>` as the README shows it: no other source (a tool package
        // carries its dependencies), and --add-source does not combine with source mapping.
        FeedOnlyNuGetConfig = Path.Combine(Root, "feed-only.nuget.config");
        new XDocument(new XElement("configuration", new XElement("packageSources", new XElement("clear")))).Save(FeedOnlyNuGetConfig);

        var watch = Stopwatch.StartNew();
        foreach (string project in new[] { "src/ContentExtract/ContentExtract.csproj", "src/ContentExtract.Hosting/ContentExtract.Hosting.csproj", "src/ContentExtract.Cli/ContentExtract.Cli.csproj" })
        {
            var pack = Dotnet(RepositoryPaths.Root, "pack", project, "-c", Configuration, "--no-build", "-o", Feed);
            PackLog.Append(pack.Output);
            if (pack.ExitCode != 0)
            {
                PackFailure = $"dotnet pack {project} failed (exit {pack.ExitCode}):\n{pack.Output}";
                break;
            }
        }

        PackTime = watch.Elapsed;
    }

    /// <summary>The temporary folder holding the feed, the NuGet cache and everything the tests build or install.</summary>
    public string Root { get; }

    /// <summary>The local folder feed holding ContentExtract.&lt;version&gt;.nupkg, ContentExtract.Hosting.&lt;version&gt;.nupkg (with their .snupkg) and content-extract.&lt;version&gt;.nupkg.</summary>
    public string Feed { get; }

    /// <summary>The NuGet cache (NUGET_PACKAGES) of every dotnet command run here.</summary>
    public string Packages { get; }

    /// <summary>Sources for restores and tool installs: the feed for our packages, the machine's cache for the rest.</summary>
    public string NuGetConfig { get; }

    /// <summary>A nuget.config without sources, for commands that name the feed with --add-source.</summary>
    public string FeedOnlyNuGetConfig { get; }

    /// <summary>VersionPrefix of Directory.Build.props: the one place the version is set.</summary>
    public string Version { get; }

    public string? PackFailure { get; }

    public StringBuilder PackLog { get; } = new();

    public TimeSpan PackTime { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process of the tool may still hold a file for a moment; the temporary folder is left behind then.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Runs a dotnet command with this feed's NuGet cache, no build servers left behind, and a time limit.</summary>
    public (int ExitCode, string Output) Dotnet(string workingDirectory, params string[] arguments) =>
        Run(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet",
            workingDirectory, arguments);

    /// <summary>Runs a program with this feed's NuGet cache and collects standard output and error.</summary>
    public (int ExitCode, string Output) Run(string program, string workingDirectory, params string[] arguments) =>
        Run(program, workingDirectory, arguments, out _);

    /// <summary>Runs a program; <paramref name="standardOutput"/> gets standard output alone.</summary>
    /// <param name="program">The program.</param>
    /// <param name="workingDirectory">Where it runs.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="standardOutput">Its standard output.</param>
    /// <param name="environment">Variables to set (a null value removes one), on top of the test's own environment.</param>
    public (int ExitCode, string Output) Run(string program, string workingDirectory, string[] arguments, out string standardOutput, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under dotnet test: keep its MSBuild settings out of the child builds.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["NUGET_PACKAGES"] = Packages;
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            standardOutput = stdout.Result;
            return (-1, $"{program} {string.Join(' ', arguments)}: timed out\n{stdout.Result}\n{stderr.Result}");
        }

        process.WaitForExit();
        standardOutput = stdout.Result;
        return (process.ExitCode, $"$ {Path.GetFileName(program)} {string.Join(' ', arguments)}\n{stdout.Result}\n{stderr.Result}");
    }
}

/// <summary>The packaging tests pack, build and install with the dotnet CLI: one at a time, never beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackagingCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "Packaging";
}
