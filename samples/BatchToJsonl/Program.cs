// BatchToJsonl: extract a folder of pages, or a web archive, to JSON Lines — in parallel, in input order.
//   dotnet run --project samples/BatchToJsonl -c Release -- crawl.warc.gz crawl.jsonl
//   dotnet run --project samples/BatchToJsonl -c Release -- scrapes/ > scrapes.jsonl
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using ContentExtract;
using ContentExtract.Archives;
using ContentExtract.Batches;
using ContentExtract.Rendering;

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: BatchToJsonl <folder | archive.warc[.gz] | archive.wet[.gz]> [output.jsonl]");
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var output = args.Length == 2 ? new StreamWriter(args[1], append: false, new UTF8Encoding(false)) : Console.Out;
var progress = new ProgressLine(showLive: !Console.IsErrorRedirected);
var items = Directory.Exists(args[0])
    ? ExtractFolder(ContentExtractor.Default, args[0], cancellation.Token)
    : ExtractArchive(ContentExtractor.Default, args[0], cancellation.Token);

try
{
    await foreach (var (source, json, problem) in items)
    {
        if (json is not null)
        {
            await output.WriteLineAsync(json);
            progress.Count(Outcome.Written);
        }
        else if (problem is not null)
        {
            progress.Clear();
            Console.Error.WriteLine($"{source}: {problem}");
            progress.Count(Outcome.Failed);
        }
        else
        {
            progress.Count(Outcome.Skipped);
        }
    }
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("cancelled");
}
finally
{
    await output.FlushAsync();
    if (output != Console.Out)
    {
        await output.DisposeAsync();
    }
}

progress.Finish();
return progress.Failed > 0 ? 1 : 0;

// An archive: the library reads it as a stream and extracts its records in parallel, in order.
static async IAsyncEnumerable<(string Source, string? Json, string? Problem)> ExtractArchive(ContentExtractor extractor, string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
{
    await using var archive = File.OpenRead(path);
    await foreach (var result in extractor.ExtractArchiveAsync(archive, cancellationToken: cancellationToken))
    {
        string source = $"{path}#{result.Record.Index}";
        yield return result.Outcome switch
        {
            ArchiveRecordOutcome.Extracted => (source, JsonRenderer.Render(result, source, indented: false), null),
            ArchiveRecordOutcome.Failed => (source, null, result.Reason),
            _ => (source, null, null),
        };
    }
}

// A folder: the library's batch API. Files are opened only when a worker takes them up, results come back in file order,
// and a page that fails (unreadable, broken .gz, refused) is a result with its error, not an exception.
static async IAsyncEnumerable<(string Source, string? Json, string? Problem)> ExtractFolder(ContentExtractor extractor, string folder, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
{
    string[] extensions = [".html", ".htm", ".txt", ".html.gz", ".htm.gz", ".txt.gz"];
    var inputs = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        .Order(StringComparer.Ordinal)
        .Select(file => ExtractionInput.FromStream(() => Open(file), ModeOf(file), source: file));

    await foreach (var result in extractor.ExtractManyAsync(inputs, cancellationToken: cancellationToken))
    {
        string source = result.Input.Source!;
        yield return result.Succeeded
            ? (source, JsonRenderer.Render(result.Document, source, indented: false), null)
            : (source, null, result.Error.Message);
    }
}

// A .gz page is inflated as it is read; the extractor stops reading at its input limit, so a bomb cannot fill memory.
static Stream Open(string file) =>
    file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(File.OpenRead(file), CompressionMode.Decompress) : File.OpenRead(file);

static InputMode ModeOf(string file) =>
    (file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? file[..^3] : file).EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? InputMode.Text : InputMode.Auto;

internal enum Outcome
{
    Written,
    Skipped,
    Failed,
}

/// <summary>Counts what happened; on a terminal, redraws one progress line on standard error a few times a second.</summary>
internal sealed class ProgressLine(bool showLive)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDrawn = -1000;

    public int Written { get; private set; }

    public int Skipped { get; private set; }

    public int Failed { get; private set; }

    private int Done => Written + Skipped + Failed;

    private double Rate => Done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);

    public void Count(Outcome outcome)
    {
        switch (outcome)
        {
            case Outcome.Written: Written++; break;
            case Outcome.Skipped: Skipped++; break;
            default: Failed++; break;
        }

        if (showLive && _clock.ElapsedMilliseconds - _lastDrawn >= 250)
        {
            _lastDrawn = _clock.ElapsedMilliseconds;
            Console.Error.Write($"\r{Done} records, {Rate:F0}/s, {Failed} failed   ");
        }
    }

    /// <summary>Wipes the live line so that a message can be printed on a line of its own.</summary>
    public void Clear()
    {
        if (showLive)
        {
            Console.Error.Write("\r" + new string(' ', 60) + "\r");
        }
    }

    public void Finish()
    {
        Clear();
        Console.Error.WriteLine($"{Written} documents written, {Skipped} skipped, {Failed} failed; {Done} records in {_clock.Elapsed.TotalSeconds:F1} s ({Rate:F0}/s)");
    }
}
