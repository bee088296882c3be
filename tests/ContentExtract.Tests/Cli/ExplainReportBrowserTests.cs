using System.Buffers.Binary;
using System.Diagnostics;
using AngleSharp.Html.Parser;
using ContentExtract.Cli;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Cli;

/// <summary>
/// Opens the <c>--explain --format html</c> report in headless Chromium (Debian's <c>chromium</c> package,
/// which <c>.ci/run</c> installs) and checks what the browser made of it: every source block's text, the kept
/// and dropped markers, no script anywhere, and a screenshot of a real page.
/// </summary>
public sealed class ExplainReportBrowserTests : IDisposable
{
    private const string Scrape = "en-html-utf8-error-includes-everywhere.html";

    private readonly string _temp = Directory.CreateTempSubdirectory("content-extract-browser-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [ChromiumFact]
    public async Task The_report_renders_in_chromium_with_every_block_and_its_verdict()
    {
        string scrape = Path.Combine(RepositoryPaths.Scrapes, Scrape);
        string outDir = Path.Combine(_temp, "reports");
        var (exit, error) = await RunCliAsync("--explain", "--format", "html", "--out", outDir, scrape);
        Assert.True(exit == 0, error);
        string report = Path.Combine(outDir, Path.GetFileNameWithoutExtension(Scrape) + ".html");

        string dom = await Chromium.DumpDomAsync(report, Path.Combine(_temp, "profile-dom"));
        var page = new HtmlParser().ParseDocument(dom);
        var expected = ScrapeFile.Extract(scrape);

        // Runs of dropped blocks are folded into a nested list: every block is still there, in page order.
        var blocks = page.QuerySelectorAll("ol.blocks li.block");
        Assert.Equal(expected.Decisions.Count, blocks.Length);
        for (int i = 0; i < blocks.Length; i++)
        {
            var decision = expected.Decisions[i];
            var block = blocks[i];
            Assert.Equal(decision.Text, block.QuerySelector(".text")?.TextContent);
            Assert.Equal(decision.Reason, block.QuerySelector(".reason")?.TextContent);
            Assert.Equal(decision.Kept ? "✓" : "✕", block.QuerySelector(".mark")?.TextContent);
            Assert.Equal(decision.Kept ? "kept" : "dropped", block.QuerySelector(".verdict")?.TextContent);
            Assert.True(block.ClassList.Contains(decision.Kept ? "kept" : "dropped"), $"block {i} has class {block.ClassName}");
        }

        // The navigation and header blocks before the story are one folded row, and a link leads past them.
        Assert.NotEmpty(page.QuerySelectorAll("ol.blocks > li.fold > details > summary"));
        Assert.Equal($"#block-{expected.Decisions.First(d => d.Kept).Index:D3}", page.QuerySelector("p.jump a")?.GetAttribute("href"));
        Assert.Equal(expected.Title, page.QuerySelector("h1")?.TextContent);
        Assert.Contains("noise fragments removed", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, page.QuerySelectorAll("table.noise tbody tr").Length);
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [ChromiumFact]
    public async Task Hostile_page_text_stays_text_in_the_browser()
    {
        string scrape = Path.Combine(_temp, "hostile.html");
        await File.WriteAllTextAsync(scrape, """
            <html><head><title>&lt;script&gt;document.title='pwned'&lt;/script&gt;</title></head><body><article>
            <h1>&lt;img src=x onerror="document.body.innerHTML='pwned'"&gt; A council story</h1>
            <p>The council met on Tuesday evening and agreed, after a long debate, that the library will stay open on Sundays &lt;script&gt;document.body.innerHTML='pwned'&lt;/script&gt; for another year.</p>
            <p>Residents had collected more than two thousand signatures, and the vote was unanimous, with one abstention from the finance committee.</p>
            </article></body></html>
            """);
        string report = Path.Combine(_temp, "hostile-report.html");
        var (exit, error) = await RunCliAsync(["--explain", "--format", "html", scrape], report);
        Assert.True(exit == 0, error);

        string dom = await Chromium.DumpDomAsync(report, Path.Combine(_temp, "profile-hostile"));
        var page = new HtmlParser().ParseDocument(dom);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("img"));
        // Had any of it run, the title or the whole body would read "pwned"; instead the markup shows as text.
        Assert.StartsWith("Explain: <img src=x onerror=", page.Title, StringComparison.Ordinal);
        Assert.NotEqual("pwned", page.Body!.TextContent.Trim());
        Assert.Contains("<script>document.body.innerHTML='pwned'</script>", page.Body.TextContent, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task The_report_paints_a_screenshot()
    {
        string report = Path.Combine(_temp, "report.html");
        var (exit, error) = await RunCliAsync(["--explain", "--format", "html", Path.Combine(RepositoryPaths.Scrapes, Scrape)], report);
        Assert.True(exit == 0, error);

        string png = Path.Combine(_temp, "report.png");
        await Chromium.ScreenshotAsync(report, png, Path.Combine(_temp, "profile-shot"));
        byte[] bytes = await File.ReadAllBytesAsync(png);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.True(bytes.Length > 20_000, $"a painted page, not a blank one ({bytes.Length} bytes)");
        Assert.Equal(1100, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
    }

    private static async Task<(int Exit, string Error)> RunCliAsync(params string[] args) => await RunCliAsync(args, outputFile: null);

    private static async Task<(int Exit, string Error)> RunCliAsync(string[] args, string? outputFile)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = await CliApplication.RunAsync(args, Stream.Null, output, error);
        if (outputFile is not null)
        {
            await File.WriteAllTextAsync(outputFile, output.ToString());
        }

        return (exit, error.ToString());
    }

    /// <summary>Runs Debian's Chromium headless, with the flags that keep it off this machine's closed network.</summary>
    private static class Chromium
    {
        public static Task<string> DumpDomAsync(string page, string profile) => RunAsync(["--dump-dom", new Uri(page).AbsoluteUri], profile);

        public static Task<string> ScreenshotAsync(string page, string png, string profile) =>
            RunAsync([$"--screenshot={png}", "--window-size=1100,1600", new Uri(page).AbsoluteUri], profile);

        private static async Task<string> RunAsync(string[] arguments, string profile)
        {
            Assert.True(File.Exists(ChromiumFactAttribute.Executable), $"Chromium is not installed at {ChromiumFactAttribute.Executable}, and CI=true needs it: .ci/run installs it with apt-get install -y chromium.");
            var start = new ProcessStartInfo(ChromiumFactAttribute.Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var flag in (string[])["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--disable-quic", $"--user-data-dir={profile}"])
            {
                start.ArgumentList.Add(flag);
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium {string.Join(' ', arguments)} did not finish in 90 s");
            }

            string output = await stdout;
            Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {await stderr}");
            return output;
        }
    }
}

/// <summary>
/// A test that needs Chromium at /usr/bin/chromium. Without it the test is skipped, with the reason, on a
/// developer's machine; under CI=true it runs and fails, so a CI run without the browser cannot pass quietly.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Executable) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"Chromium is not installed at {Executable} (apt-get install -y chromium; .ci/run installs it). Under CI=true this test fails instead.";
        }
    }
}
