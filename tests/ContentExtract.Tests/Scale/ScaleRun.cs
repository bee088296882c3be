using ContentExtract.Cli.Scale;

namespace ContentExtract.Tests.Scale;

/// <summary>Runs the command line's sharded run without its argument parser, with a made-up environment.</summary>
internal static class ScaleRun
{
    public static readonly InputLimits FastRetries = new() { RetryDelays = [TimeSpan.Zero, TimeSpan.Zero], IdleTimeout = TimeSpan.FromSeconds(10) };

    public static async Task<(int Exit, string Error)> RunAsync(
        string? manifest,
        string? shard,
        string outDirectory,
        string? manifestBase = null,
        ShardFormat format = ShardFormat.Parquet,
        IReadOnlyDictionary<string, string>? environment = null,
        InputLimits? limits = null,
        IReadOnlyList<string>? inputs = null,
        Func<ShardRunSettings, ShardRunSettings>? adjust = null,
        CancellationToken cancellationToken = default)
    {
        var error = new StringWriter();
        var request = new ScaleRequest(manifest, manifestBase, shard, inputs ?? [], format, outDirectory, InputMode.Auto, Explain: false, HasUrl: false);
        int exit = await ScaleCommand.RunAsync(
            request,
            name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
            error,
            limits: limits ?? FastRetries,
            adjust: adjust,
            cancellationToken: cancellationToken);
        return (exit, error.ToString());
    }

    /// <summary>Runs every shard of <paramref name="count"/> into one folder; each must finish.</summary>
    public static async Task AllShardsAsync(CrawlFixture crawl, int count, string outDirectory, ShardFormat format = ShardFormat.Parquet)
    {
        for (int i = 0; i < count; i++)
        {
            var (exit, error) = await RunAsync(crawl.ManifestPath, $"{i}/{count}", outDirectory, crawl.Root, format);
            Assert.True(exit == 0, $"shard {i}/{count}: exit {exit}\n{error}");
        }
    }
}
