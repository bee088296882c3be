using System.Globalization;
using System.Text;
using ContentExtract.Cli;
using ContentExtract.Cli.Scale;
using ContentExtract.Tests.Archives;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Scale;

/// <summary>
/// A made-up crawl for the sharding tests, composed in a temporary folder from the scrape fixtures: six archives
/// (gzip per record) holding the HTML scrapes as HTTP responses and the text dumps as WET conversion records, with
/// requests, a redirect, a 404 and a damaged record among them; a recrawl archive capturing some of the same
/// addresses again; and page files named directly (one gzipped). <see cref="ManifestPath"/> lists them all with
/// comments and blank lines, <see cref="GzipManifestPath"/> the same gzipped.
/// </summary>
internal sealed class CrawlFixture : IDisposable
{
    public const string Site = "https://news.example.org/";
    public const string RecrawlLine = "crawl/recrawl-00.warc.gz";

    private CrawlFixture(string root) => Root = root;

    public string Root { get; }

    /// <summary>The manifest lines (relative to <see cref="Root"/>), in manifest order.</summary>
    public List<string> Lines { get; } = [];

    /// <summary>Addresses captured both in a crawl archive and in the recrawl, with the crawl archive's line.</summary>
    public Dictionary<string, string> Recaptured { get; } = [];

    public string ManifestPath => Path.Combine(Root, "paths.txt");

    public string GzipManifestPath => Path.Combine(Root, "paths.txt.gz");

    public static CrawlFixture Compose(int recrawlShardCount = 3)
    {
        var fixture = new CrawlFixture(Directory.CreateTempSubdirectory("content-extract-crawl-").FullName);
        fixture.Write(recrawlShardCount);
        return fixture;
    }

    public static string UrlOf(string scrape) => Site + Path.GetFileNameWithoutExtension(scrape.Replace(".gz", string.Empty, StringComparison.Ordinal));

    /// <summary>
    /// What reading every input once with the library gives, independently of the shard runner: every record's
    /// source with its outcome, page kind and address, in manifest order.
    /// </summary>
    public async Task<List<(string Source, string Outcome, string? PageKind, string? Url)>> ReadAllAsync()
    {
        var records = new List<(string, string, string?, string?)>();
        foreach (var line in Lines)
        {
            string path = Path.Combine(Root, line);
            if (InputSource.IsArchiveFile(path))
            {
                await using var file = File.OpenRead(path);
                await foreach (var result in ContentExtractor.Default.ExtractArchiveAsync(file))
                {
                    records.Add(($"{line}#{result.Record.Index}", result.Outcome.ToString().ToLowerInvariant(), result.Document is { } d ? ContentExtract.Rendering.JsonRenderer.NameOf(d.PageKind) : null, result.Record.TargetUri));
                }
            }
            else
            {
                var document = ScrapeFile.Extract(path);
                records.Add((line, "extracted", ContentExtract.Rendering.JsonRenderer.NameOf(document.PageKind), null));
            }
        }

        return records;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private void Write(int recrawlShardCount)
    {
        Directory.CreateDirectory(Path.Combine(Root, "crawl"));
        Directory.CreateDirectory(Path.Combine(Root, "pages"));
        var scrapes = Directory.EnumerateFiles(RepositoryPaths.Scrapes)
            .Where(ScrapeFile.IsScrape)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

        // Four pages are named in the manifest directly; the rest go into six archives, dealt round.
        var pages = scrapes.Take(4).ToList();
        var archived = scrapes.Skip(4).ToList();
        const int archives = 6;
        int id = 1;
        var crawlLineOf = new Dictionary<string, string>();
        for (int a = 0; a < archives; a++)
        {
            string line = $"crawl/crawl-{a:D2}.warc.gz";
            var records = new List<byte[]>
            {
                WarcFixture.Record("warcinfo", null, "software: CrawlFixture\r\n"u8.ToArray(), "application/warc-fields", id++),
            };
            for (int i = a; i < archived.Count; i += archives)
            {
                string url = UrlOf(archived[i]);
                records.AddRange(Capture(archived[i], url, ref id));
                crawlLineOf[url] = line;
            }

            if (a == 2)
            {
                records.Add(WarcFixture.Record("response", Site + "gone", WarcFixture.Http("HTTP/1.1 404 Not Found", "<html><body><h1>Not Found</h1></body></html>"u8.ToArray(), "Content-Type: text/html", "Server: nginx/1.24.0"), "application/http; msgtype=response", id++));
                records.Add(WarcFixture.Record("response", Site + "old", WarcFixture.Http("HTTP/1.1 301 Moved Permanently", [], "Location: " + Site), "application/http; msgtype=response", id++));
            }

            if (a == 3)
            {
                // A Content-Length far past the block: the record fails and reading resumes at the next one.
                records.Insert(1, WarcFixture.Record("response", Site + "broken", WarcFixture.Http("HTTP/1.1 200 OK", "<p>short</p>"u8.ToArray(), "Content-Type: text/html"), "application/http; msgtype=response", id++, contentLength: "900"));
            }

            WriteArchive(line, records);
            Lines.Add(line);
        }

        // The recrawl captures again the addresses of crawl archives that fall in another shard than itself (of
        // recrawlShardCount), so that a join on url meets rows of two shards.
        int recrawlShard = ShardSpec.ShardOf(RecrawlLine, recrawlShardCount);
        var again = crawlLineOf
            .Where(kv => ShardSpec.ShardOf(kv.Value, recrawlShardCount) != recrawlShard)
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(3)
            .ToList();
        var recrawl = new List<byte[]>();
        foreach (var (url, line) in again)
        {
            string scrape = archived.First(s => UrlOf(s) == url);
            recrawl.AddRange(Capture(scrape, url, ref id));
            Recaptured[url] = line;
        }

        WriteArchive(RecrawlLine, recrawl);
        Lines.Add(RecrawlLine);

        for (int i = 0; i < pages.Count; i++)
        {
            string name = Path.GetFileName(pages[i]);
            string line = i == 1 && !name.EndsWith(".gz", StringComparison.Ordinal) ? $"pages/{name}.gz" : $"pages/{name}";
            byte[] bytes = ScrapeFile.ReadBytes(pages[i]);
            File.WriteAllBytes(Path.Combine(Root, line), line.EndsWith(".gz", StringComparison.Ordinal) ? WarcFixture.Gzip(bytes) : bytes);
            Lines.Add(line);
        }

        var manifest = new StringBuilder("# composed by CrawlFixture: archives first, then pages\n\n");
        foreach (var line in Lines)
        {
            manifest.Append(line).Append('\n');
            if (line == RecrawlLine)
            {
                manifest.Append("   \n# pages\n");
            }
        }

        File.WriteAllText(ManifestPath, manifest.ToString());
        File.WriteAllBytes(GzipManifestPath, WarcFixture.Gzip(Encoding.UTF8.GetBytes(manifest.ToString())));
    }

    private static IEnumerable<byte[]> Capture(string scrape, string url, ref int id)
    {
        byte[] bytes = ScrapeFile.ReadBytes(scrape);
        if (ScrapeFile.ModeOf(scrape) == InputMode.Text)
        {
            return [WarcFixture.Record("conversion", url, bytes, "text/plain", id++)];
        }

        // The scrape's own bytes, whatever their charset: the page's <meta> says which, as a crawler would have stored it.
        return
        [
            WarcFixture.Record("request", url, Encoding.ASCII.GetBytes($"GET {new Uri(url).AbsolutePath} HTTP/1.1\r\nHost: news.example.org\r\n\r\n"), "application/http; msgtype=request", id++),
            WarcFixture.Record("response", url, WarcFixture.Http("HTTP/1.1 200 OK", bytes, "Content-Type: text/html"), "application/http; msgtype=response", id++),
        ];
    }

    private void WriteArchive(string line, List<byte[]> records)
    {
        using var file = File.Create(Path.Combine(Root, line));
        foreach (var record in records)
        {
            file.Write(WarcFixture.Gzip(record));
        }
    }
}

/// <summary>Runs SQL on DuckDB, in memory, and returns the rows.</summary>
internal static class DuckDb
{
    public static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var values = new object?[reader.FieldCount];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(values);
        }

        return rows;
    }

    public static long Scalar(string sql) => Query(sql).Single()[0] switch
    {
        System.Numerics.BigInteger big => (long)big,
        var value => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    /// <summary>A folder's Parquet files as a DuckDB table expression.</summary>
    public static string Parquet(string folder) => $"read_parquet('{Path.Combine(folder, "*.parquet").Replace("'", "''", StringComparison.Ordinal)}')";
}
