using System.Diagnostics;
using ContentExtract.Cli.Scale;
using ContentExtract.Tests.Archives;

namespace ContentExtract.Tests.Scale;

public sealed class ShardRunTests : IClassFixture<ShardRunTests.Crawl>, IDisposable
{
    private readonly CrawlFixture _crawl;
    private readonly string _temp = Directory.CreateTempSubdirectory("content-extract-shards-").FullName;

    public ShardRunTests(Crawl crawl) => _crawl = crawl.Fixture;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    /// <summary>One composed crawl for the whole class: composing it extracts nothing, but reading it back does.</summary>
    public sealed class Crawl : IDisposable
    {
        internal CrawlFixture Fixture { get; } = CrawlFixture.Compose();

        public void Dispose() => Fixture.Dispose();
    }

    private static List<object?[]> Rows(string folder) =>
        DuckDb.Query($"select source, input, outcome, page_kind, url, title, md5(coalesce(text, '')), len(quotes), len(link_lists) from {DuckDb.Parquet(folder)} order by source");

    [Fact]
    public async Task The_union_of_3_and_of_7_shards_equals_one_run_over_the_whole_manifest()
    {
        var whole = Path.Combine(_temp, "n1");
        await ScaleRun.AllShardsAsync(_crawl, 1, whole);
        var expected = Rows(whole);
        var read = await _crawl.ReadAllAsync();
        Assert.Equal(read.Count, expected.Count);
        Assert.Equal(read.Select(r => r.Source).Order(StringComparer.Ordinal), expected.Select(r => (string)r[0]!));

        foreach (int count in new[] { 3, 7 })
        {
            var folder = Path.Combine(_temp, $"n{count}");
            await ScaleRun.AllShardsAsync(_crawl, count, folder);
            Assert.Equal(count, Directory.GetFiles(folder, "part-*.parquet").Length);
            Assert.Equal(count, Directory.GetFiles(folder, "_SUCCESS.part-*.json").Length);

            // Disjoint: no source in two shards; complete: every source of the whole run, with the same content.
            Assert.Equal(0, DuckDb.Scalar($"select count(*) from (select source from {DuckDb.Parquet(folder)} group by source having count(*) > 1)"));
            var union = Rows(folder);
            Assert.Equal(expected.Count, union.Count);
            for (int i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i], union[i]);
            }

            // Each shard holds exactly the entries whose line hashes to it.
            for (int i = 0; i < count; i++)
            {
                var marker = ShardMarker.Read(Path.Combine(folder, $"_SUCCESS.part-{i:D5}-of-{count:D5}.json"))!;
                Assert.Equal(_crawl.Lines.Where(l => ShardSpec.ShardOf(l, count) == i), marker.Inputs.Select(x => x.Input));
                string part = DuckDb.Parquet(folder).Replace("*.parquet", $"part-{i:D5}-of-{count:D5}.parquet", StringComparison.Ordinal);
                Assert.Equal(marker.Totals.Rows, DuckDb.Scalar($"select count(*) from {part}"));
            }
        }
    }

    [Fact]
    public async Task Sharding_is_stable_across_runs_row_for_row()
    {
        var first = Path.Combine(_temp, "first");
        var second = Path.Combine(_temp, "second");
        await ScaleRun.AllShardsAsync(_crawl, 3, first);
        await ScaleRun.AllShardsAsync(_crawl, 3, second);
        for (int i = 0; i < 3; i++)
        {
            string name = $"part-{i:D5}-of-00003.parquet";
            string Query(string folder) => $"select source, outcome, title, md5(coalesce(text, '')) from read_parquet('{Path.Combine(folder, name)}')";
            Assert.Equal(DuckDb.Query(Query(first)), DuckDb.Query(Query(second)));
        }
    }

    [Fact]
    public async Task A_gzip_manifest_shards_like_the_plain_one()
    {
        var plain = Path.Combine(_temp, "plain");
        var gzip = Path.Combine(_temp, "gzip");
        var (exit, _) = await ScaleRun.RunAsync(_crawl.ManifestPath, "1/3", plain, _crawl.Root);
        Assert.Equal(0, exit);
        (exit, _) = await ScaleRun.RunAsync(_crawl.GzipManifestPath, "1/3", gzip, _crawl.Root);
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllBytes(Path.Combine(plain, "part-00001-of-00003.parquet")), File.ReadAllBytes(Path.Combine(gzip, "part-00001-of-00003.parquet")));
    }

    [Fact]
    public async Task Rerunning_a_finished_shard_does_nothing()
    {
        var (exit, _) = await ScaleRun.RunAsync(_crawl.ManifestPath, "0/3", _temp, _crawl.Root);
        Assert.Equal(0, exit);
        string output = Path.Combine(_temp, "part-00000-of-00003.parquet");
        string marker = Path.Combine(_temp, "_SUCCESS.part-00000-of-00003.json");
        var written = (File.GetLastWriteTimeUtc(output), Convert.ToHexString(File.ReadAllBytes(output)), File.ReadAllText(marker));

        (exit, string error) = await ScaleRun.RunAsync(_crawl.ManifestPath, "0/3", _temp, _crawl.Root);
        Assert.Equal(0, exit);
        Assert.Contains("shard 0/3 is already done", error, StringComparison.Ordinal);
        Assert.Equal(written, (File.GetLastWriteTimeUtc(output), Convert.ToHexString(File.ReadAllBytes(output)), File.ReadAllText(marker)));
    }

    [Fact]
    public async Task Leftovers_of_a_killed_run_never_pass_for_a_finished_shard()
    {
        // What a run killed at each point leaves: a partial file, or the output renamed but no marker yet.
        Directory.CreateDirectory(_temp);
        string output = Path.Combine(_temp, "part-00001-of-00003.parquet");
        string partial = Path.Combine(_temp, ".part-00001-of-00003.parquet.0123456789ab.partial");
        string markerPartial = Path.Combine(_temp, "._SUCCESS.part-00001-of-00003.json.0123456789ab.partial");
        File.WriteAllText(partial, "half a row group");
        File.WriteAllText(markerPartial, "{ \"tool\":");
        File.WriteAllText(output, "not what this run writes");

        var (exit, error) = await ScaleRun.RunAsync(_crawl.ManifestPath, "1/3", _temp, _crawl.Root);
        Assert.True(exit == 0, error);
        Assert.False(File.Exists(partial));
        Assert.False(File.Exists(markerPartial));
        Assert.DoesNotContain("already done", error, StringComparison.Ordinal);
        var marker = ShardMarker.Read(Path.Combine(_temp, "_SUCCESS.part-00001-of-00003.json"))!;
        Assert.Equal(marker.Totals.Rows, DuckDb.Scalar($"select count(*) from read_parquet('{output}')"));
        Assert.Equal(new FileInfo(output).Length, marker.OutputBytes);
    }

    [Fact]
    public async Task A_finished_shard_whose_output_was_removed_is_done_again()
    {
        var (exit, _) = await ScaleRun.RunAsync(_crawl.ManifestPath, "2/3", _temp, _crawl.Root);
        Assert.Equal(0, exit);
        string output = Path.Combine(_temp, "part-00002-of-00003.parquet");
        long rows = DuckDb.Scalar($"select count(*) from read_parquet('{output}')");
        File.Delete(output);

        (exit, string error) = await ScaleRun.RunAsync(_crawl.ManifestPath, "2/3", _temp, _crawl.Root);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("already done", error, StringComparison.Ordinal);
        Assert.Equal(rows, DuckDb.Scalar($"select count(*) from read_parquet('{output}')"));
    }

    [Fact]
    public async Task A_folder_holding_the_shard_of_other_inputs_is_refused_and_left_alone()
    {
        var (exit, _) = await ScaleRun.RunAsync(_crawl.ManifestPath, "0/1", _temp, _crawl.Root);
        Assert.Equal(0, exit);
        var before = Directory.GetFiles(_temp).ToDictionary(f => f, File.ReadAllBytes);

        string other = Path.Combine(_crawl.Root, "other-paths.txt");
        File.WriteAllLines(other, _crawl.Lines.Take(2));
        (exit, string error) = await ScaleRun.RunAsync(other, "0/1", _temp, _crawl.Root);
        Assert.Equal(2, exit);
        Assert.Contains("holds shard 0/1 of other inputs", error, StringComparison.Ordinal);
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(_temp).Order());
        Assert.All(before, kv => Assert.Equal(kv.Value, File.ReadAllBytes(kv.Key)));
    }

    [Fact]
    public async Task An_input_that_cannot_be_read_leaves_the_shard_unfinished_with_nothing_written()
    {
        string manifest = Path.Combine(_crawl.Root, "with-missing.txt");
        File.WriteAllLines(manifest, [.. _crawl.Lines, "crawl/never-written.warc.gz"]);
        var (exit, error) = await ScaleRun.RunAsync(manifest, null, _temp, _crawl.Root);
        Assert.Equal(1, exit);
        Assert.Contains("never-written.warc.gz", error, StringComparison.Ordinal);
        Assert.Contains("did not finish", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
    }

    [Fact]
    public async Task Damaged_records_are_rows_and_marker_entries_but_the_shard_finishes()
    {
        var (exit, error) = await ScaleRun.RunAsync(_crawl.ManifestPath, null, _temp, _crawl.Root);
        Assert.Equal(0, exit);
        Assert.Contains("crawl/crawl-03.warc.gz#1 (offset", error, StringComparison.Ordinal);
        var marker = ShardMarker.Read(Path.Combine(_temp, "_SUCCESS.part-00000-of-00001.json"))!;
        var failure = Assert.Single(marker.Inputs.Single(i => i.Input == "crawl/crawl-03.warc.gz").Failures);
        Assert.Equal("crawl/crawl-03.warc.gz#1", failure.Source);
        Assert.Contains("Content-Length", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(1, marker.Totals.Failed);
        var row = Assert.Single(DuckDb.Query($"select source, reason, title from {DuckDb.Parquet(_temp)} where outcome = 'failed'"));
        Assert.Equal("crawl/crawl-03.warc.gz#1", row[0]);
        Assert.Equal(failure.Reason, row[1]);
        Assert.Null(row[2]);
    }

    [Fact]
    public async Task Json_lines_shards_hold_the_extracted_documents_of_the_contract()
    {
        await ScaleRun.AllShardsAsync(_crawl, 3, _temp, ShardFormat.JsonLines);
        var lines = Directory.GetFiles(_temp, "part-*.jsonl").SelectMany(File.ReadAllLines).ToList();
        var read = await _crawl.ReadAllAsync();
        Assert.Equal(read.Count(r => r.Outcome == "extracted"), lines.Count);
        var sources = lines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(read.Where(r => r.Outcome == "extracted").Select(r => r.Source).Order(StringComparer.Ordinal), sources);
    }

    [Fact]
    public async Task Small_row_groups_split_a_shard_and_every_row_is_still_read()
    {
        var (exit, _) = await ScaleRun.RunAsync(_crawl.ManifestPath, null, _temp, _crawl.Root, adjust: s => s with { Layout = new RowGroupLayout(MaxRows: 5, MaxTextChars: long.MaxValue) });
        Assert.Equal(0, exit);
        string output = Path.Combine(_temp, "part-00000-of-00001.parquet");
        long rows = DuckDb.Scalar($"select count(*) from read_parquet('{output}')");
        Assert.Equal((await _crawl.ReadAllAsync()).Count, rows);
        Assert.Equal((rows + 4) / 5, DuckDb.Scalar($"select count(distinct row_group_id) from parquet_metadata('{output}')"));
    }

    [Fact]
    public async Task An_empty_shard_writes_a_file_with_the_schema_and_no_rows()
    {
        string manifest = Path.Combine(_crawl.Root, "one-line.txt");
        File.WriteAllLines(manifest, [_crawl.Lines[0]]);
        int empty = Enumerable.Range(0, 7).First(i => ShardSpec.ShardOf(_crawl.Lines[0], 7) != i);
        var (exit, _) = await ScaleRun.RunAsync(manifest, $"{empty}/7", _temp, _crawl.Root);
        Assert.Equal(0, exit);
        string output = Path.Combine(_temp, $"part-{empty:D5}-of-00007.parquet");
        Assert.Equal(0, DuckDb.Scalar($"select count(*) from read_parquet('{output}')"));
        Assert.Equal(ParquetSchemaTests.DocumentedColumns().Count, DuckDb.Query($"describe select * from read_parquet('{output}')").Count);
        Assert.Equal(0, ShardMarker.Read(Path.Combine(_temp, $"_SUCCESS.part-{empty:D5}-of-00007.json"))!.Totals.Inputs);
    }

    [Fact]
    public async Task A_shard_killed_mid_run_leaves_nothing_that_looks_finished_and_its_rerun_completes()
    {
        // A real process, killed: an archive large enough to be mid-way when the kill comes.
        string archive = Path.Combine(_temp, "big.warc.gz");
        await using (var file = File.Create(archive))
        {
            await new GeneratedArchiveStream(1500, gzipPerRecord: true).CopyToAsync(file);
        }

        string manifest = Path.Combine(_temp, "big.txt");
        File.WriteAllLines(manifest, [archive]);
        string output = Path.Combine(_temp, "out");
        string cli = Path.Combine(AppContext.BaseDirectory, "content-extract.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { cli, "--manifest", manifest, "--format", "parquet", "--out", output })
        {
            start.ArgumentList.Add(arg);
        }

        using (var process = Process.Start(start)!)
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!(Directory.Exists(output) && Directory.EnumerateFiles(output, ".part-*.partial").Any()) && !process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            await Task.Delay(300);
            Assert.False(process.HasExited, "the run ended before it could be killed: make the archive larger");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.Empty(Directory.EnumerateFiles(output, "part-*"));
        Assert.Empty(Directory.EnumerateFiles(output, "_SUCCESS*"));

        var (exit, error) = await ScaleRun.RunAsync(manifest, null, output);
        Assert.True(exit == 0, error);
        Assert.Equal(["_SUCCESS.part-00000-of-00001.json", "part-00000-of-00001.parquet"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(1500, DuckDb.Scalar($"select count(*) from {DuckDb.Parquet(output)} where outcome = 'extracted'"));
    }
}
