using System.IO.Compression;

namespace ContentExtract.Tests.Support;

/// <summary>Reads a scrape fixture the way the command line does: .gz decompressed, .txt read as a text dump.</summary>
internal static class ScrapeFile
{
    public static readonly string[] Extensions = [".html", ".htm", ".html.gz", ".txt", ".txt.gz"];

    public static bool IsScrape(string path) =>
        Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase))
        && !path.Contains("__snapshots__", StringComparison.Ordinal);

    public static byte[] ReadBytes(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return File.ReadAllBytes(path);
        }

        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static InputMode ModeOf(string path)
    {
        string name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? InputMode.Text : InputMode.Html;
    }

    public static ExtractedDocument Extract(string path) =>
        ContentExtractor.Default.Extract(ReadBytes(path), ModeOf(path));
}
