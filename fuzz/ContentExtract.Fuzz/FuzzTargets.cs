using ContentExtract.Archives;
using ContentExtract.Rendering;

namespace ContentExtract.Fuzz;

/// <summary>
/// The entry points under fuzzing. Each takes any bytes and may throw only what the library documents for that
/// entry point; anything else escaping is a crash for the fuzzer, and a run that does not end is a hang.
/// </summary>
internal static class FuzzTargets
{
    public static readonly string[] Names = ["html", "text", "warc", "gzip"];

    private static readonly ContentExtractor Extractor = ContentExtractor.Default;

    private static readonly ArchiveExtractionOptions OneAtATime = new() { MaxDegreeOfParallelism = 1, MaxRecordsInFlight = 1 };

    public static Action<byte[]> For(string name) => name switch
    {
        "html" => Html,
        "text" => Text,
        "warc" => Warc,
        "gzip" => Gzip,
        _ => throw new ArgumentException($"unknown target '{name}': one of {string.Join(", ", Names)}", nameof(name)),
    };

    /// <summary>A page read as HTML, then rendered as the CLI renders it.</summary>
    public static void Html(byte[] input) => ExtractAndRender(input, InputMode.Html);

    /// <summary>A page read as a text dump, then rendered.</summary>
    public static void Text(byte[] input) => ExtractAndRender(input, InputMode.Text);

    /// <summary>A web archive, plain or gzip per record, every record extracted and rendered.</summary>
    public static void Warc(byte[] input)
    {
        foreach (var result in Extractor.ExtractArchiveAsync(new MemoryStream(input), OneAtATime).ToBlockingEnumerable())
        {
            if (result.Document is not null)
            {
                JsonRenderer.Render(result, "fuzz.warc#" + result.Record.Index, indented: false, explain: true);
            }
        }
    }

    /// <summary>A .gz page as the CLI reads it: inflated member by member, checked, then extracted.</summary>
    public static void Gzip(byte[] input)
    {
        byte[] page;
        try
        {
            page = GzipDecoder.Decode(new MemoryStream(input), Extractor.Options.MaxInputLength, out _);
        }
        catch (InvalidDataException)
        {
            // Documented: nothing could be inflated.
            return;
        }
        catch (ContentExtractionException)
        {
            return;
        }

        ExtractAndRender(page, InputMode.Auto);
    }

    private static void ExtractAndRender(byte[] input, InputMode mode)
    {
        ExtractedDocument document;
        try
        {
            document = Extractor.Extract(input, mode);
        }
        catch (ContentExtractionException)
        {
            // The one documented failure: too large, too complex, timed out, binary.
            return;
        }

        JsonRenderer.Render(document, "fuzz", indented: false, explain: true);
        MarkdownRenderer.Render(document);
        PlainTextRenderer.Render(document);
    }
}
