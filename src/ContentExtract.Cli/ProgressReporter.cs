using System.Globalization;
using System.Text;

namespace ContentExtract.Cli;

/// <summary>
/// Counts what a run did and tells the user on standard error. On a terminal a progress line (pages done
/// of all, or an archive's records and how far into the file, rate and time left) is redrawn in place
/// while the run is long; when standard error is redirected nothing is drawn. Either way a run over more
/// than one input ends with one summary line. Error lines go through here so that they never land in the
/// middle of a progress line. Thread-safe: pages finish on several threads at once.
/// </summary>
internal sealed class ProgressReporter
{
    // Quick runs should not flash a line; after that, a redraw ten times a second reads as live.
    private static readonly TimeSpan FirstDrawAfter = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);

    private const string ClearLine = "\r\u001b[2K";

    private readonly TextWriter _error;
    private readonly bool _errorIsTerminal;
    private readonly bool _outputIsTerminal;
    private readonly int _width;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    private long _started;
    private long _lastDrawn;
    private bool _live;
    private bool _lineShown;
    private int _inputTotal;
    private int _inputsDone;
    private string _inputNoun = "pages";
    private int _documents;
    private int _failures;
    private int _errorPages;
    private ArchiveProgress? _archive;

    /// <summary>Creates a reporter writing to <paramref name="error"/>.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="errorIsTerminal">True when standard error is an interactive terminal (not redirected).</param>
    /// <param name="outputIsTerminal">True when standard output is that terminal too.</param>
    /// <param name="width">The terminal's width in columns; the progress line is cut to fit.</param>
    /// <param name="time">The clock for rates and for how often to redraw.</param>
    public ProgressReporter(TextWriter error, bool errorIsTerminal, bool outputIsTerminal, int width, TimeProvider time)
    {
        _error = error;
        _errorIsTerminal = errorIsTerminal;
        _outputIsTerminal = outputIsTerminal;
        // A pseudo-terminal without a size reports 0 columns; assume the classic 80 then.
        _width = width >= 20 ? width : 80;
        _time = time;
        _started = time.GetTimestamp();
    }

    /// <summary>A reporter for redirected standard error: errors and the summary line only.</summary>
    public static ProgressReporter Redirected(TextWriter error) => new(error, errorIsTerminal: false, outputIsTerminal: false, width: 80, TimeProvider.System);

    /// <summary>True while a progress line may be drawn.</summary>
    public bool IsLive => _live;

    /// <summary>Starts the clock for a run over <paramref name="inputCount"/> inputs.</summary>
    /// <param name="inputCount">How many inputs the run has, after directories were walked.</param>
    /// <param name="withArchives">True when archives are among them: the line then counts inputs, not pages.</param>
    /// <param name="resultsGoToStandardOutput">
    /// True when renderings are written to standard output: a progress line on the same terminal would be torn
    /// up by them, so it is drawn only when they go to files or down a pipe.
    /// </param>
    public void Begin(int inputCount, bool withArchives, bool resultsGoToStandardOutput)
    {
        lock (_gate)
        {
            _inputTotal = inputCount;
            _inputNoun = withArchives ? "inputs" : "pages";
            _live = _errorIsTerminal && !(resultsGoToStandardOutput && _outputIsTerminal);
            _started = _time.GetTimestamp();
        }
    }

    /// <summary>Counts one page input as done.</summary>
    /// <param name="failed">True when it could not be extracted.</param>
    /// <param name="errorPage">True when it was extracted as an error page.</param>
    public void PageDone(bool failed, bool errorPage)
    {
        lock (_gate)
        {
            _inputsDone++;
            Count(failed, errorPage);
            DrawIfDue();
        }
    }

    /// <summary>Counts an input that does not exist: a failure, not a page.</summary>
    public void InputMissing()
    {
        lock (_gate)
        {
            _failures++;
        }
    }

    /// <summary>Starts counting the records of one archive.</summary>
    /// <param name="name">The archive as given on the command line.</param>
    /// <param name="length">The archive file's length in bytes.</param>
    /// <param name="bytesRead">How many of those bytes have been read so far; read from this reporter's lock, so it must be thread-safe.</param>
    public void BeginArchive(string name, long length, Func<long> bytesRead)
    {
        lock (_gate)
        {
            _archive = new ArchiveProgress(name, length, bytesRead, _time.GetTimestamp());
        }
    }

    /// <summary>Counts one record of the current archive.</summary>
    /// <param name="extracted">True when it gave a document.</param>
    /// <param name="failed">True when it was damaged or could not be extracted.</param>
    /// <param name="errorPage">True when its document is an error page.</param>
    public void RecordDone(bool extracted, bool failed, bool errorPage)
    {
        lock (_gate)
        {
            if (_archive is { } archive)
            {
                archive.Records++;
            }

            if (extracted || failed)
            {
                Count(failed, errorPage);
            }

            DrawIfDue();
        }
    }

    /// <summary>Ends the current archive; the progress line goes back to pages.</summary>
    public void EndArchive()
    {
        lock (_gate)
        {
            _archive = null;
            _inputsDone++;
        }
    }

    /// <summary>Writes one line to standard error, clearing the progress line first.</summary>
    public void WriteLine(string line)
    {
        lock (_gate)
        {
            ClearIfShown();
            _error.WriteLine(line);
        }
    }

    /// <summary>
    /// Ends the run: clears the progress line and, when more than one input was processed, writes the summary
    /// <c>content-extract: &lt;n&gt; inputs: &lt;d&gt; pages, &lt;f&gt; failed, &lt;e&gt; error pages in &lt;s&gt; s</c>.
    /// </summary>
    /// <param name="inputCount">How many inputs the run had, after directories were walked (missing ones included).</param>
    public void Finish(int inputCount)
    {
        lock (_gate)
        {
            ClearIfShown();
            _live = false;
            if (inputCount > 1)
            {
                double seconds = _time.GetElapsedTime(_started).TotalSeconds;
                _error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"content-extract: {Number(inputCount)} inputs: {Plural(_documents, "page")}, {Number(_failures)} failed, {Plural(_errorPages, "error page")} in {seconds:0.00} s"));
            }

            _error.Flush();
        }
    }

    private void Count(bool failed, bool errorPage)
    {
        if (failed)
        {
            _failures++;
        }
        else
        {
            _documents++;
            if (errorPage)
            {
                _errorPages++;
            }
        }
    }

    private void DrawIfDue()
    {
        if (!_live)
        {
            return;
        }

        long now = _time.GetTimestamp();
        if (_time.GetElapsedTime(_started, now) < FirstDrawAfter || (_lineShown && _time.GetElapsedTime(_lastDrawn, now) < RedrawEvery))
        {
            return;
        }

        _lastDrawn = now;
        string line = Describe(now);
        if (line.Length >= _width)
        {
            line = line[..(_width - 2)] + "…";
        }

        _error.Write(ClearLine + line);
        _error.Flush();
        _lineShown = true;
    }

    private string Describe(long now)
    {
        var line = new StringBuilder("content-extract: ");
        if (_archive is { } archive)
        {
            double seconds = Math.Max(_time.GetElapsedTime(archive.Started, now).TotalSeconds, 0.001);
            double fraction = archive.Length > 0 ? Math.Clamp((double)archive.BytesRead() / archive.Length, 0, 1) : 0;
            line.Append(archive.Name).Append(": ").Append(Plural(archive.Records, "record"));
            line.Append(CultureInfo.InvariantCulture, $" · {fraction:0%} · {archive.Records / seconds:0} records/s");
            if (fraction > 0.01)
            {
                line.Append(" · ETA ").Append(Duration(seconds * (1 - fraction) / fraction));
            }
        }
        else
        {
            double seconds = Math.Max(_time.GetElapsedTime(_started, now).TotalSeconds, 0.001);
            double rate = _inputsDone / seconds;
            line.Append(Number(_inputsDone)).Append('/').Append(Number(_inputTotal)).Append(' ').Append(_inputNoun);
            line.Append(CultureInfo.InvariantCulture, $" · {rate:0} {_inputNoun}/s");
            if (rate > 0 && _inputsDone < _inputTotal)
            {
                line.Append(" · ETA ").Append(Duration((_inputTotal - _inputsDone) / rate));
            }
        }

        if (_failures > 0)
        {
            line.Append(" · ").Append(Number(_failures)).Append(" failed");
        }

        return line.ToString();
    }

    private void ClearIfShown()
    {
        if (_lineShown)
        {
            _error.Write(ClearLine);
            _lineShown = false;
        }
    }

    private static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{Number(n)} {noun}s";

    private static string Duration(double seconds)
    {
        var span = TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.FromDays(1).TotalSeconds));
        return span.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}:{span.Seconds:00}");
    }

    /// <summary>The archive being read: its records so far, and how far into the file the reader is.</summary>
    private sealed class ArchiveProgress(string name, long length, Func<long> bytesRead, long started)
    {
        public string Name { get; } = name;

        public long Length { get; } = length;

        public Func<long> BytesRead { get; } = bytesRead;

        public long Started { get; } = started;

        public int Records { get; set; }
    }
}
