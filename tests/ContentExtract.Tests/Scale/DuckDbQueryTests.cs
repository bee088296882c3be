using ContentExtract.Cli.Scale;

namespace ContentExtract.Tests.Scale;

/// <summary>A real query engine reads what several shards wrote: DuckDB over the Parquet files of a 3-shard run.</summary>
public sealed class DuckDbQueryTests : IClassFixture<DuckDbQueryTests.ShardedCrawl>
{
    private readonly ShardedCrawl _run;

    public DuckDbQueryTests(ShardedCrawl run) => _run = run;

    /// <summary>The crawl, run as 3 shards once for the class, and what the library reads from it directly.</summary>
    public sealed class ShardedCrawl : IAsyncLifetime
    {
        internal CrawlFixture Crawl { get; } = CrawlFixture.Compose(recrawlShardCount: 3);

        public string Out => Path.Combine(Crawl.Root, "out");

        public List<(string Source, string Outcome, string? PageKind, string? Url)> Read { get; private set; } = [];

        public string Table => DuckDb.Parquet(Out);

        public async Task InitializeAsync()
        {
            await ScaleRun.AllShardsAsync(Crawl, 3, Out);
            Read = await Crawl.ReadAllAsync();
        }

        public Task DisposeAsync()
        {
            Crawl.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public void The_row_count_equals_the_records_read_and_the_markers_totals()
    {
        Assert.Equal(_run.Read.Count, DuckDb.Scalar($"select count(*) from {_run.Table}"));
        long markers = Directory.GetFiles(_run.Out, "_SUCCESS.*.json").Sum(f => ShardMarker.Read(f)!.Totals.Records);
        Assert.Equal(_run.Read.Count, markers);
        Assert.Equal(3, DuckDb.Scalar($"select count(distinct filename) from read_parquet('{Path.Combine(_run.Out, "*.parquet")}', filename = true)"));
    }

    [Fact]
    public void Outcome_and_page_kind_counts_are_those_of_the_records()
    {
        var expected = _run.Read
            .GroupBy(r => (r.Outcome, r.PageKind))
            .Select(g => (g.Key.Outcome, g.Key.PageKind, (long)g.Count()))
            .OrderBy(x => x.Outcome, StringComparer.Ordinal).ThenBy(x => x.PageKind ?? string.Empty, StringComparer.Ordinal)
            .ToList();
        var counted = DuckDb.Query($"select outcome, page_kind, count(*) from {_run.Table} group by outcome, page_kind order by outcome, coalesce(page_kind, '')")
            .Select(r => ((string)r[0]!, (string?)r[1], Convert.ToInt64(r[2])))
            .ToList();
        Assert.Equal(expected, counted);

        // The crawl holds articles, the 404 as an error page, skipped requests and a failed record: the counts mean something.
        Assert.Contains(counted, c => c.Item1 == "extracted" && c.Item2 == "article" && c.Item3 > 10);
        Assert.Contains(counted, c => c.Item1 == "extracted" && c.Item2 == "error");
        Assert.Contains(counted, c => c.Item1 == "skipped" && c.Item3 > 10);
        Assert.Contains(counted, c => c.Item1 == "failed" && c.Item3 == 1);
    }

    [Fact]
    public void A_join_on_url_meets_the_recrawled_pages_across_shards()
    {
        var pairs = DuckDb.Query($"""
            select a.url, a.input, b.input, a.title = b.title, a.text = b.text
            from {_run.Table} a join {_run.Table} b on a.url = b.url
            where a.outcome = 'extracted' and b.outcome = 'extracted' and a.input < b.input
            order by a.url
            """);

        Assert.Equal(_run.Crawl.Recaptured.Keys.Order(StringComparer.Ordinal), pairs.Select(p => (string)p[0]!));
        foreach (var pair in pairs)
        {
            string crawlLine = _run.Crawl.Recaptured[(string)pair[0]!];
            Assert.Equal((crawlLine, CrawlFixture.RecrawlLine), ((string)pair[1]!, (string)pair[2]!));
            Assert.NotEqual(ShardSpec.ShardOf(crawlLine, 3), ShardSpec.ShardOf(CrawlFixture.RecrawlLine, 3));
            Assert.Equal((true, true), ((bool)pair[3]!, (bool)pair[4]!));
        }

        Assert.True(pairs.Count >= 2, $"the fixture recaptures {pairs.Count} pages");
    }

    [Fact]
    public void Nested_columns_unnest_into_rows()
    {
        long links = DuckDb.Scalar($"select count(*) from (select unnest(l.links) from (select unnest(link_lists) as l from {_run.Table}))");
        long quotes = DuckDb.Scalar($"select count(*) from (select unnest(quotes) from {_run.Table})");
        Assert.True(links > 0);
        Assert.True(quotes > 0);
        Assert.Equal(links, DuckDb.Scalar($"select sum(list_sum(list_transform(link_lists, l -> len(l.links)))) from {_run.Table}"));
    }
}
