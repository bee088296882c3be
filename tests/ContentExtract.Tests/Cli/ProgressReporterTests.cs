using System.Text.RegularExpressions;
using ContentExtract.Cli;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Cli;

public sealed partial class ProgressReporterTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("content-extract-progress-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task A_run_over_several_inputs_ends_with_one_summary_line_and_nothing_decorative_when_redirected()
    {
        string missing = Path.Combine(_temp, "missing.html");
        string errorPage = Path.Combine(RepositoryPaths.Scrapes, "en-html-utf8-page-not-found.html");
        var error = new StringWriter();
        int exit = await CliApplication.RunAsync(
            ["--format", "jsonl", RepositoryPaths.Seed, errorPage, missing],
            Stream.Null,
            new StringWriter(),
            error,
            ProgressReporter.Redirected(error));

        Assert.Equal(1, exit);
        string text = error.ToString();
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\r', text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal($"content-extract: {missing}: no such file or directory", lines[0]);
        Assert.Matches(SummaryLine(), lines[1]);
        Assert.StartsWith("content-extract: 3 inputs: 2 pages, 1 failed, 1 error page in ", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_input_writes_nothing_on_standard_error()
    {
        var error = new StringWriter();
        int exit = await CliApplication.RunAsync([RepositoryPaths.Seed], Stream.Null, new StringWriter(), error, ProgressReporter.Redirected(error));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public async Task An_archive_and_a_page_count_records_as_pages_in_the_summary()
    {
        var error = new StringWriter();
        await CliApplication.RunAsync(["--format", "jsonl", RepositoryPaths.SampleArchive, RepositoryPaths.Seed], Stream.Null, new StringWriter(), error, ProgressReporter.Redirected(error));

        // The sample archive gives 4 documents (one an error page) and 1 damaged record; the seed 1 document.
        Assert.StartsWith("content-extract: 2 inputs: 5 pages, 1 failed, 1 error page in ", error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_terminal_a_long_run_redraws_one_line_in_place_and_clears_it_before_errors_and_at_the_end()
    {
        var clock = new ManualClock();
        var error = new StringWriter();
        var progress = new ProgressReporter(error, errorIsTerminal: true, outputIsTerminal: true, width: 120, clock);
        progress.Begin(inputCount: 10, withArchives: false, resultsGoToStandardOutput: false);

        progress.PageDone(failed: false, errorPage: false);
        Assert.Equal(string.Empty, error.ToString());   // quick runs draw nothing

        clock.Advance(TimeSpan.FromSeconds(1));
        progress.PageDone(failed: false, errorPage: false);
        Assert.Equal("\r\u001b[2Kcontent-extract: 2/10 pages · 2 pages/s · ETA 0:04", error.ToString());

        clock.Advance(TimeSpan.FromMilliseconds(10));
        progress.PageDone(failed: true, errorPage: false);   // too soon to redraw
        progress.WriteLine("content-extract: x.html: broken");
        clock.Advance(TimeSpan.FromSeconds(1));
        progress.PageDone(failed: false, errorPage: true);
        progress.Finish(inputCount: 10);

        Assert.Equal(
            "\r\u001b[2Kcontent-extract: 2/10 pages · 2 pages/s · ETA 0:04"
            + "\r\u001b[2Kcontent-extract: x.html: broken" + Environment.NewLine
            + "\r\u001b[2Kcontent-extract: 4/10 pages · 2 pages/s · ETA 0:03 · 1 failed"
            + "\r\u001b[2Kcontent-extract: 10 inputs: 3 pages, 1 failed, 1 error page in 2.01 s" + Environment.NewLine,
            error.ToString());
    }

    [Fact]
    public void An_archive_shows_records_how_far_into_the_file_and_time_left()
    {
        var clock = new ManualClock();
        var error = new StringWriter();
        var progress = new ProgressReporter(error, errorIsTerminal: true, outputIsTerminal: false, width: 120, clock);
        progress.Begin(inputCount: 1, withArchives: true, resultsGoToStandardOutput: true);
        long read = 250;
        progress.BeginArchive("crawl.warc.gz", length: 1000, () => read);
        clock.Advance(TimeSpan.FromSeconds(4));
        progress.RecordDone(extracted: true, failed: false, errorPage: false);

        Assert.Equal("\r\u001b[2Kcontent-extract: crawl.warc.gz: 1 record · 25% · 0 records/s · ETA 0:12", error.ToString());
    }

    [Fact]
    public void No_line_is_drawn_when_the_results_scroll_past_on_the_same_terminal()
    {
        var clock = new ManualClock();
        var error = new StringWriter();
        var progress = new ProgressReporter(error, errorIsTerminal: true, outputIsTerminal: true, width: 120, clock);
        progress.Begin(inputCount: 10, withArchives: false, resultsGoToStandardOutput: true);
        clock.Advance(TimeSpan.FromSeconds(5));
        progress.PageDone(failed: false, errorPage: false);

        Assert.False(progress.IsLive);
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void The_line_is_cut_to_the_terminal_width()
    {
        var clock = new ManualClock();
        var error = new StringWriter();
        var progress = new ProgressReporter(error, errorIsTerminal: true, outputIsTerminal: false, width: 30, clock);
        progress.Begin(inputCount: 10, withArchives: false, resultsGoToStandardOutput: true);
        clock.Advance(TimeSpan.FromSeconds(1));
        progress.PageDone(failed: false, errorPage: false);

        string line = error.ToString()["\r\u001b[2K".Length..];
        Assert.Equal(29, line.Length);
        Assert.EndsWith("…", line, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^content-extract: \d+ inputs: \d+ pages?, \d+ failed, \d+ error pages? in \d+\.\d\d s$")]
    private static partial Regex SummaryLine();

    /// <summary>A clock that moves only when told to.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
