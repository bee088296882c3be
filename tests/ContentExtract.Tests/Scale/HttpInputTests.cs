using System.Net;
using System.Net.Sockets;
using ContentExtract.Cli.Scale;

namespace ContentExtract.Tests.Scale;

/// <summary>Manifests and inputs given by http(s) address, served from a loopback server in the test.</summary>
public sealed class HttpInputTests : IDisposable
{
    private readonly CrawlFixture _crawl = CrawlFixture.Compose();
    private readonly LoopbackServer _server;
    private readonly string _out;

    public HttpInputTests()
    {
        _server = new LoopbackServer(_crawl.Root);
        _out = Path.Combine(_crawl.Root, "out");
    }

    public void Dispose()
    {
        _server.Dispose();
        _crawl.Dispose();
    }

    [Fact]
    public async Task A_manifest_served_over_http_with_lines_relative_to_a_base_address_gives_the_rows_of_local_files()
    {
        var (exit, error) = await ScaleRun.RunAsync(_server.Url("paths.txt.gz"), null, _out, manifestBase: _server.Url(string.Empty));
        Assert.True(exit == 0, error);
        string local = Path.Combine(_crawl.Root, "local");
        (exit, _) = await ScaleRun.RunAsync(_crawl.ManifestPath, null, local, _crawl.Root);
        Assert.Equal(0, exit);

        string Query(string folder) => $"select input, outcome, page_kind, title, md5(coalesce(text, '')) from {DuckDb.Parquet(folder)} order by source";
        Assert.Equal(DuckDb.Query(Query(local)), DuckDb.Query(Query(_out)));

        // A page given by address carries it as its url; archive records carry their target URI.
        string page = _crawl.Lines.Last();
        Assert.Equal(_server.Url(page), DuckDb.Query($"select url from {DuckDb.Parquet(_out)} where input = '{page}'").Single()[0]);
        Assert.All(_crawl.Lines, line => Assert.Contains(line, _server.Requested));
    }

    [Fact]
    public async Task A_server_that_fails_for_a_moment_is_asked_again()
    {
        _server.FailFirst("crawl/crawl-01.warc.gz", HttpStatusCode.ServiceUnavailable);
        var (exit, error) = await ScaleRun.RunAsync(_server.Url("paths.txt"), null, _out, manifestBase: _server.Url(string.Empty));
        Assert.True(exit == 0, error);
        Assert.Equal(2, _server.Requested.Count(r => r == "crawl/crawl-01.warc.gz"));
    }

    [Fact]
    public async Task A_missing_address_fails_the_shard_without_retries_and_writes_nothing()
    {
        string manifest = Path.Combine(_crawl.Root, "with-missing.txt");
        File.WriteAllLines(manifest, [_server.Url("crawl/crawl-00.warc.gz"), _server.Url("crawl/none.warc.gz")]);
        var (exit, error) = await ScaleRun.RunAsync(manifest, null, _out);
        Assert.Equal(1, exit);
        Assert.Contains("crawl/none.warc.gz: HTTP 404", error, StringComparison.Ordinal);
        Assert.Single(_server.Requested, r => r == "crawl/none.warc.gz");
        Assert.Empty(Directory.EnumerateFileSystemEntries(_out));
    }

    [Fact]
    public async Task A_server_that_keeps_failing_fails_the_shard_after_the_retries()
    {
        string manifest = Path.Combine(_crawl.Root, "one.txt");
        File.WriteAllLines(manifest, [_server.Url("crawl/crawl-00.warc.gz")]);
        _server.FailFirst("crawl/crawl-00.warc.gz", HttpStatusCode.ServiceUnavailable, times: 10);
        var (exit, error) = await ScaleRun.RunAsync(manifest, null, _out);
        Assert.Equal(1, exit);
        Assert.Contains("HTTP 503", error, StringComparison.Ordinal);
        Assert.Contains("after 3 attempts", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_download_past_the_limit_is_stopped()
    {
        string manifest = Path.Combine(_crawl.Root, "one.txt");
        File.WriteAllLines(manifest, [_server.Url("crawl/crawl-00.warc.gz")]);
        _server.HideLength = true;
        var (exit, error) = await ScaleRun.RunAsync(manifest, null, _out, limits: ScaleRun.FastRetries with { MaxArchiveBytes = 2000 });
        Assert.Equal(1, exit);
        Assert.Contains("larger than 2,000 bytes, the limit", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_out));
    }

    [Fact]
    public async Task A_download_that_stalls_is_given_up_after_the_idle_time()
    {
        string manifest = Path.Combine(_crawl.Root, "one.txt");
        File.WriteAllLines(manifest, [_server.Url("crawl/crawl-00.warc.gz")]);
        _server.StallAfter = 1000;
        var (exit, error) = await ScaleRun.RunAsync(manifest, null, _out, limits: ScaleRun.FastRetries with { IdleTimeout = TimeSpan.FromMilliseconds(300) });
        Assert.Equal(1, exit);
        Assert.Contains("no data arrived for", error, StringComparison.Ordinal);
    }

    /// <summary>Serves a folder on 127.0.0.1, with failures and stalls on request.</summary>
    private sealed class LoopbackServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly string _root;
        private readonly int _port;
        private readonly Dictionary<string, (HttpStatusCode Status, int Times)> _failures = [];
        private readonly Lock _gate = new();
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _serving;

        public LoopbackServer(string root)
        {
            _root = root;
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                _port = ((IPEndPoint)probe.LocalEndpoint).Port;
            }

            _listener.Prefixes.Add($"http://127.0.0.1:{_port}/");
            _listener.Start();
            _serving = Task.Run(ServeAsync);
        }

        public List<string> Requested { get; } = [];

        public bool HideLength { get; set; }

        public int StallAfter { get; set; } = -1;

        public string Url(string path) => $"http://127.0.0.1:{_port}/{path}";

        public void FailFirst(string path, HttpStatusCode status, int times = 1)
        {
            lock (_gate)
            {
                _failures[path] = (status, times);
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _listener.Close();
            try
            {
                _serving.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
            }

            _stop.Dispose();
        }

        private async Task ServeAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                _ = Task.Run(() => AnswerAsync(context));
            }
        }

        private async Task AnswerAsync(HttpListenerContext context)
        {
            using var response = context.Response;
            try
            {
                string path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'));
                lock (_gate)
                {
                    Requested.Add(path);
                    if (_failures.TryGetValue(path, out var failure) && failure.Times > 0)
                    {
                        _failures[path] = (failure.Status, failure.Times - 1);
                        response.StatusCode = (int)failure.Status;
                        return;
                    }
                }

                string file = Path.Combine(_root, path);
                if (!File.Exists(file))
                {
                    response.StatusCode = 404;
                    return;
                }

                byte[] bytes = await File.ReadAllBytesAsync(file);
                if (HideLength)
                {
                    response.SendChunked = true;
                }
                else
                {
                    response.ContentLength64 = bytes.Length;
                }

                if (StallAfter >= 0 && StallAfter < bytes.Length)
                {
                    await response.OutputStream.WriteAsync(bytes.AsMemory(0, StallAfter));
                    await response.OutputStream.FlushAsync();
                    await Task.Delay(TimeSpan.FromSeconds(5), _stop.Token);
                    return;
                }

                await response.OutputStream.WriteAsync(bytes);
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away (a stopped download), or the server is stopping.
            }
        }
    }
}
