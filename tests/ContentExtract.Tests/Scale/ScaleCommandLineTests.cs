using System.Text;
using ContentExtract.Cli;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Scale;

/// <summary>The sharded run as the command line starts it: the options reach Scale/ and its usage errors come back.</summary>
public sealed class ScaleCommandLineTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("content-extract-scale-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = await CliApplication.RunAsync(args, new MemoryStream(), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Manifest_shard_format_and_out_run_the_shard()
    {
        string manifest = Path.Combine(_temp, "paths.txt");
        await File.WriteAllTextAsync(manifest, $"# two inputs\n{RepositoryPaths.SampleArchive}\n{RepositoryPaths.Seed}\n");
        string output = Path.Combine(_temp, "out");
        int shard = ContentExtract.Cli.Scale.ShardSpec.ShardOf(RepositoryPaths.SampleArchive, 2);

        var (exit, stdout, error) = await RunAsync("--manifest", manifest, $"--shard={shard}/2", "--format", "parquet", "--out", output);
        Assert.True(exit == 0, error);
        Assert.Empty(stdout);
        Assert.Contains($"shard {shard}/2:", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, $"part-{shard:D5}-of-00002.parquet")));
        Assert.True(File.Exists(Path.Combine(output, $"_SUCCESS.part-{shard:D5}-of-00002.json")));
    }

    [Fact]
    public async Task Parquet_over_inputs_on_the_command_line_is_one_shard_of_them()
    {
        string output = Path.Combine(_temp, "out");
        var (exit, _, error) = await RunAsync("--format", "parquet", "--out", output, RepositoryPaths.SampleArchive, RepositoryPaths.Seed);
        Assert.True(exit == 0, error);
        Assert.Equal(11, DuckDb.Scalar($"select count(*) from {DuckDb.Parquet(output)}"));
    }

    [Theory]
    [InlineData("--format markdown", "writes --format parquet or --format jsonl")]
    [InlineData("--format jsonl --shard 3/2", "shard 3 does not exist among 2")]
    [InlineData("--format parquet --shard x", "--shard takes I/N")]
    [InlineData("--format parquet --explain", "--explain is not part of the Parquet output")]
    public async Task A_sharded_run_that_cannot_be_is_a_usage_error(string options, string reason)
    {
        string manifest = Path.Combine(_temp, "paths.txt");
        await File.WriteAllTextAsync(manifest, RepositoryPaths.Seed + "\n");
        var (exit, _, error) = await RunAsync([.. options.Split(' '), "--manifest", manifest, "--out", Path.Combine(_temp, "out")]);
        Assert.Equal(2, exit);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_without_an_output_folder_is_a_usage_error()
    {
        var (exit, _, error) = await RunAsync("--format", "parquet", RepositoryPaths.Seed);
        Assert.Equal(2, exit);
        Assert.Contains("add --out <dir>", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_line_that_cannot_be_read_is_a_usage_error_naming_the_line()
    {
        string manifest = Path.Combine(_temp, "paths.txt");
        await File.WriteAllTextAsync(manifest, "ok.warc.gz\ns3://bucket/a.warc.gz\n", Encoding.UTF8);
        var (exit, _, error) = await RunAsync("--manifest", manifest, "--format", "parquet", "--out", Path.Combine(_temp, "out"));
        Assert.Equal(2, exit);
        Assert.Contains("line 2: s3:// addresses are not read", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_help_names_the_sharding_options_and_variables()
    {
        var (exit, output, _) = await RunAsync("--help");
        Assert.Equal(0, exit);
        foreach (var word in new[] { "--manifest", "--manifest-base", "--shard <I/N>", "JOB_COMPLETION_INDEX", "CONTENT_EXTRACT_SHARD_COUNT", "SLURM_ARRAY_TASK_ID", "_SUCCESS.part-", "parquet" })
        {
            Assert.Contains(word, output, StringComparison.Ordinal);
        }
    }
}
