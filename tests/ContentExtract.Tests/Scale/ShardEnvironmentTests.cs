using ContentExtract.Cli.Scale;

namespace ContentExtract.Tests.Scale;

public sealed class ShardEnvironmentTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("content-extract-env-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static (bool Ok, ShardSpec Shard, string Error) Resolve(string? option, params (string Name, string Value)[] variables)
    {
        var environment = variables.ToDictionary(v => v.Name, v => v.Value);
        bool ok = ShardEnvironment.TryResolve(option, name => environment.GetValueOrDefault(name), out var shard, out string error);
        return (ok, shard, error);
    }

    [Fact]
    public void Without_option_or_scheduler_the_run_is_the_whole_manifest()
    {
        var (ok, shard, _) = Resolve(null);
        Assert.True(ok);
        Assert.Equal((0, 1), (shard.Index, shard.Count));
    }

    [Fact]
    public void A_kubernetes_indexed_job_gives_the_completion_index_of_the_shard_count()
    {
        var (ok, shard, _) = Resolve(null, ("JOB_COMPLETION_INDEX", "4"), ("CONTENT_EXTRACT_SHARD_COUNT", "7"));
        Assert.True(ok);
        Assert.Equal((4, 7), (shard.Index, shard.Count));
        Assert.Contains("JOB_COMPLETION_INDEX", shard.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kubernetes_index_without_the_count_is_refused_and_the_count_variable_named()
    {
        var (ok, _, error) = Resolve(null, ("JOB_COMPLETION_INDEX", "4"));
        Assert.False(ok);
        Assert.Contains("CONTENT_EXTRACT_SHARD_COUNT", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kubernetes_index_past_the_count_is_refused()
    {
        var (ok, _, error) = Resolve(null, ("JOB_COMPLETION_INDEX", "7"), ("CONTENT_EXTRACT_SHARD_COUNT", "7"));
        Assert.False(ok);
        Assert.Contains("does not exist among 7", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "0", "4", 0)]      // --array=0-3
    [InlineData("3", "0", "4", 3)]
    [InlineData("1", "1", "4", 0)]      // --array=1-4: task 1 is the first shard
    [InlineData("4", "1", "4", 3)]
    [InlineData("12", "10", "3", 2)]    // --array=10-12
    public void A_slurm_array_task_is_counted_from_the_arrays_first_id(string id, string min, string count, int expected)
    {
        var (ok, shard, error) = Resolve(null, ("SLURM_ARRAY_TASK_ID", id), ("SLURM_ARRAY_TASK_MIN", min), ("SLURM_ARRAY_TASK_COUNT", count), ("SLURM_ARRAY_TASK_MAX", (int.Parse(min) + int.Parse(count) - 1).ToString()));
        Assert.True(ok, error);
        Assert.Equal((expected, int.Parse(count)), (shard.Index, shard.Count));
    }

    [Fact]
    public void A_slurm_array_with_a_step_numbers_its_tasks_by_step()
    {
        // --array=0-6:2 runs tasks 0, 2, 4 and 6.
        var (ok, shard, _) = Resolve(null, ("SLURM_ARRAY_TASK_ID", "4"), ("SLURM_ARRAY_TASK_MIN", "0"), ("SLURM_ARRAY_TASK_MAX", "6"), ("SLURM_ARRAY_TASK_STEP", "2"), ("SLURM_ARRAY_TASK_COUNT", "4"));
        Assert.True(ok);
        Assert.Equal((2, 4), (shard.Index, shard.Count));
    }

    [Fact]
    public void Without_min_a_slurm_array_counts_from_zero()
    {
        var (ok, shard, _) = Resolve(null, ("SLURM_ARRAY_TASK_ID", "2"), ("SLURM_ARRAY_TASK_COUNT", "3"));
        Assert.True(ok);
        Assert.Equal((2, 3), (shard.Index, shard.Count));
    }

    [Fact]
    public void A_slurm_array_of_scattered_ids_is_refused()
    {
        // --array=1,4,9: three tasks, but ids that do not number shards.
        var (ok, _, error) = Resolve(null, ("SLURM_ARRAY_TASK_ID", "4"), ("SLURM_ARRAY_TASK_MIN", "1"), ("SLURM_ARRAY_TASK_MAX", "9"), ("SLURM_ARRAY_TASK_COUNT", "3"));
        Assert.False(ok);
        Assert.Contains("not one range", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slurm_task_id_without_the_count_is_refused()
    {
        var (ok, _, error) = Resolve(null, ("SLURM_ARRAY_TASK_ID", "2"));
        Assert.False(ok);
        Assert.Contains("SLURM_ARRAY_TASK_COUNT", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variable_that_is_not_a_number_is_refused_by_name()
    {
        var (ok, _, error) = Resolve(null, ("JOB_COMPLETION_INDEX", "four"), ("CONTENT_EXTRACT_SHARD_COUNT", "7"));
        Assert.False(ok);
        Assert.Contains("JOB_COMPLETION_INDEX must be a whole number", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_option_wins_over_the_environment_and_kubernetes_over_slurm()
    {
        var variables = new[] { ("JOB_COMPLETION_INDEX", "1"), ("CONTENT_EXTRACT_SHARD_COUNT", "5"), ("SLURM_ARRAY_TASK_ID", "2"), ("SLURM_ARRAY_TASK_COUNT", "3") };
        Assert.Equal((0, 2), Pair(Resolve("0/2", variables).Shard));
        Assert.Equal((1, 5), Pair(Resolve(null, variables).Shard));
        Assert.Equal((2, 3), Pair(Resolve(null, variables[2..]).Shard));
    }

    [Fact]
    public async Task A_run_in_an_indexed_job_writes_the_shard_the_environment_names()
    {
        using var crawl = CrawlFixture.Compose();
        var (exit, error) = await ScaleRun.RunAsync(crawl.ManifestPath, shard: null, _temp, crawl.Root, environment: new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = "2", ["CONTENT_EXTRACT_SHARD_COUNT"] = "5" });
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(Path.Combine(_temp, "part-00002-of-00005.parquet")));
        var marker = ShardMarker.Read(Path.Combine(_temp, "_SUCCESS.part-00002-of-00005.json"))!;
        Assert.Equal((2, 5), (marker.ShardIndex, marker.ShardCount));
        Assert.Equal("JOB_COMPLETION_INDEX=2 of CONTENT_EXTRACT_SHARD_COUNT=5", marker.ShardFrom);
        Assert.Equal(crawl.Lines.Where(l => ShardSpec.ShardOf(l, 5) == 2), marker.Inputs.Select(i => i.Input));
    }

    [Fact]
    public async Task A_run_in_a_slurm_array_from_one_writes_the_shard_counted_from_zero()
    {
        using var crawl = CrawlFixture.Compose();
        var slurm = new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = "3", ["SLURM_ARRAY_TASK_MIN"] = "1", ["SLURM_ARRAY_TASK_MAX"] = "3", ["SLURM_ARRAY_TASK_COUNT"] = "3" };
        var (exit, error) = await ScaleRun.RunAsync(crawl.ManifestPath, shard: null, _temp, crawl.Root, environment: slurm);
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(Path.Combine(_temp, "part-00002-of-00003.parquet")));
        Assert.True(File.Exists(Path.Combine(_temp, "_SUCCESS.part-00002-of-00003.json")));
    }

    [Fact]
    public async Task A_run_with_a_broken_environment_stops_with_a_usage_error_and_writes_nothing()
    {
        using var crawl = CrawlFixture.Compose();
        var (exit, error) = await ScaleRun.RunAsync(crawl.ManifestPath, shard: null, _temp, crawl.Root, environment: new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = "2" });
        Assert.Equal(2, exit);
        Assert.Contains("CONTENT_EXTRACT_SHARD_COUNT", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
    }

    private static (int, int) Pair(ShardSpec shard) => (shard.Index, shard.Count);
}
