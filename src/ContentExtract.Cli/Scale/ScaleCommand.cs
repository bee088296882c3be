using System.Reflection;

namespace ContentExtract.Cli.Scale;

/// <summary>What the command line asks of a sharded or Parquet run (docs/scale.md), free of how it was parsed.</summary>
/// <param name="Manifest">The manifest's path or http(s) address, or null when the inputs are named on the command line.</param>
/// <param name="ManifestBase">The folder or address relative manifest lines are joined to (<c>--manifest-base</c>).</param>
/// <param name="Shard">The value of <c>--shard</c>, or null to take the shard from the environment.</param>
/// <param name="Inputs">Inputs named on the command line (instead of a manifest).</param>
/// <param name="Format">Parquet or JSON Lines; null when the command line asked for a format a shard cannot write.</param>
/// <param name="OutDirectory">The output folder (<c>--out</c>).</param>
/// <param name="Mode">How pages are read.</param>
/// <param name="Explain">JSON Lines with the <c>explain</c> array.</param>
/// <param name="HasUrl">True when <c>--url</c> was given, which a sharded run refuses.</param>
/// <param name="Extractor">The extractor the command line's options ask for; null for the default one.</param>
internal sealed record ScaleRequest(
    string? Manifest,
    string? ManifestBase,
    string? Shard,
    IReadOnlyList<string> Inputs,
    ShardFormat? Format,
    string? OutDirectory,
    InputMode Mode,
    bool Explain,
    bool HasUrl,
    ContentExtractor? Extractor = null);

/// <summary>
/// The command line's sharded run: checks the request, finds the shard (option, Kubernetes, Slurm), reads the
/// manifest and runs the shard. Exit codes: 0 the shard is finished (now or before; failed records are in its rows,
/// marker and standard error, since a rerun cannot mend them), 1 the shard did not finish (an input could not be
/// read: the scheduler should run it again), 2 usage (also a folder holding the shard of other inputs), 3 the output
/// could not be written.
/// </summary>
internal static class ScaleCommand
{
    public static async Task<int> RunAsync(
        ScaleRequest request,
        Func<string, string?> environment,
        TextWriter error,
        ProgressReporter? progress = null,
        InputLimits? limits = null,
        Func<ShardRunSettings, ShardRunSettings>? adjust = null,
        CancellationToken cancellationToken = default)
    {
        progress ??= ProgressReporter.Redirected(error);
        if (Check(request) is { } usage)
        {
            await error.WriteLineAsync($"content-extract: {usage}").ConfigureAwait(false);
            return 2;
        }

        if (!ShardEnvironment.TryResolve(request.Shard, environment, out var shard, out string shardError))
        {
            await error.WriteLineAsync($"content-extract: {shardError}").ConfigureAwait(false);
            return 2;
        }

        using var http = CreateHttpClient();
        var opener = new InputOpener(http, limits ?? new InputLimits());
        Manifest manifest;
        try
        {
            manifest = await ReadManifestAsync(request, opener, cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException ex)
        {
            await error.WriteLineAsync($"content-extract: {request.Manifest}: {ex.Message}").ConfigureAwait(false);
            return 2;
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            await error.WriteLineAsync($"content-extract: cannot read the manifest: {ex.Message}").ConfigureAwait(false);
            return 1;
        }

        var settings = new ShardRunSettings(request.OutDirectory!, request.Format!.Value, request.Mode, request.Explain, ToolName());
        settings = adjust?.Invoke(settings) ?? settings;
        var runner = new ShardRunner(request.Extractor ?? ContentExtractor.Default, opener, settings, progress, TimeProvider.System);
        try
        {
            var result = await runner.RunAsync(manifest, shard, cancellationToken).ConfigureAwait(false);
            progress.WriteLine($"content-extract: {result.Message}");
            return result.Status switch
            {
                ShardRunStatus.Finished or ShardRunStatus.AlreadyFinished => 0,
                ShardRunStatus.Failed => 1,
                _ => 2,
            };
        }
        catch (OutputFailedException ex)
        {
            progress.WriteLine($"content-extract: cannot write the output: {ex.Message}");
            return 3;
        }
    }

    /// <summary>The tool's name and version, as recorded in markers and Parquet metadata.</summary>
    public static string ToolName() =>
        "content-extract " + (typeof(ContentExtractor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");

    private static string? Check(ScaleRequest request)
    {
        if (request.Format is null)
        {
            return "a sharded run writes --format parquet or --format jsonl (one file per shard in --out)";
        }

        if (request.OutDirectory is null)
        {
            return "a sharded or Parquet run writes one file per shard into a folder: add --out <dir>";
        }

        if (request.Manifest is not null && request.Inputs.Count > 0)
        {
            return "give either --manifest or inputs, not both";
        }

        if (request.Manifest is null && request.Inputs.Count == 0)
        {
            return "no input given: name a manifest (--manifest paths.txt) or files and folders";
        }

        if (request.Inputs.Contains("-"))
        {
            return "standard input cannot be sharded: name files, folders or a manifest";
        }

        if (request.Explain && request.Format == ShardFormat.Parquet)
        {
            return "--explain is not part of the Parquet output: use --format jsonl for it";
        }

        if (request.HasUrl)
        {
            return "--url applies to a single page; in a manifest, give pages by their http(s) address instead";
        }

        return null;
    }

    private static async Task<Manifest> ReadManifestAsync(ScaleRequest request, InputOpener opener, CancellationToken cancellationToken)
    {
        if (request.Manifest is null)
        {
            // Inputs on the command line: folders walked as everywhere else; a missing one fails the shard it falls in.
            var sources = InputSource.Resolve(request.Inputs, request.OutDirectory, out var missing, out var unreadable);
            if (unreadable.Count > 0)
            {
                throw new InputFailedException(unreadable[0]);
            }

            return Manifest.FromInputs(sources.Select(s => s.Path!).Concat(missing));
        }

        await using var stream = await opener.OpenManifestAsync(request.Manifest, cancellationToken).ConfigureAwait(false);
        return Manifest.Parse(stream, request.ManifestBase);
    }

    private static HttpClient CreateHttpClient()
    {
        var handler = new SocketsHttpHandler
        {
            // An archive's .gz is the archive itself: never inflated on the way.
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(30),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(100) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("content-extract/" + (typeof(ContentExtractor).Assembly.GetName().Version?.ToString(3) ?? "0"));
        return http;
    }
}
