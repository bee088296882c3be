using System.IO.Compression;
using System.Text;

namespace ContentExtract.MemoryProbe;

/// <summary>How a probe's bytes are read: as a page, or as a web archive.</summary>
public enum ProbeKind
{
    /// <summary>A page, read with <see cref="ContentExtractor.Extract(ReadOnlySpan{byte}, InputMode, PageInfo?, CancellationToken)"/>.</summary>
    Page,

    /// <summary>A web archive, read with <see cref="ContentExtractor.ExtractArchiveAsync"/>, every record extracted.</summary>
    Archive,
}

/// <summary>One hostile input of issue 11's table, composed at the size the issue probed it.</summary>
/// <param name="Name">A short name, for the command line.</param>
/// <param name="Row">What it is, in the issue's words.</param>
/// <param name="Kind">Page or archive.</param>
/// <param name="Mode">How a page is read.</param>
/// <param name="Compose">Makes the input's bytes.</param>
/// <param name="Bounded">
/// Whether the page is held to the bound (<see cref="PeakMemory.Bound"/>); false for a page measured to show where the bound
/// does not hold, with <paramref name="Why"/>.
/// </param>
/// <param name="Why">Why an unbounded probe is not held to the bound.</param>
public sealed record Probe(string Name, string Row, ProbeKind Kind, InputMode Mode, Func<byte[]> Compose, bool Bounded = true, string? Why = null);

/// <summary>The probe pages: every row of issue 11's table that is a page or an archive, at the issue's sizes.</summary>
public static class ProbePages
{
    private const string Prose = "<p>The harbour board met on Tuesday evening, and after a long debate it voted to dredge the channel before the winter storms arrive.</p>";

    /// <summary>Why pages of short blocks of text are measured but not held to the bound.</summary>
    private const string DenseText = "the memory budget counts elements at what an empty one costs parsed (600 bytes); a short block of text costs 1.5-2 KB at the peak (its element and text node, its segment, its block), and real pages are as dense (34 characters an element on the densest corpus page, which peaks at 37 times its size), so the budget cannot refuse them";

    /// <summary>A block left open, as scrapers find them: each copy nests inside the one before.</summary>
    private const string UnclosedBlock = "<div class=\"post\"><p>The harbour board met on Tuesday and voted to dredge the channel. <b>Residents</b> asked about the ferry.";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Page(string body) => $"<!DOCTYPE html><html><head><title>Harbour board votes to dredge</title></head><body>{body}</body></html>";

    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));

    /// <summary>Every probe, in the order of the issue's table.</summary>
    public static IReadOnlyList<Probe> All { get; } =
    [
        new("templates", "<script type=\"text/template\"> holding <p>x</p>, 10,000 times (371 KB)", ProbeKind.Page, InputMode.Auto,
            () => Utf8(Page(Prose + Repeat("<script type=\"text/template\"><p>x</p>", 10_000)))),
        new("via-links", "a blockquote ending in 26 links with no spaces between them, then \" via @jane\" (2.9 KB)", ProbeKind.Page, InputMode.Auto,
            () => Utf8(Page($"{Prose}<blockquote><p>Great news today {string.Concat(Enumerable.Range(0, 26).Select(i => $"<a href=\"https://t.co/AbCdEf{i:D4}\">https://t.co/AbCdEf{i:D4}</a>"))} via @jane</p></blockquote>{Prose}"))),
        new("json-ld-spaces", "JSON-LD {\"@type\": followed by 200,000 spaces", ProbeKind.Page, InputMode.Auto,
            () => Utf8(Page($"<script type=\"application/ld+json\">{{\"@type\":{new string(' ', 200_000)}</script>{Prose}"))),
        new("photo-credits", "a paragraph of \"(Photo: a \" repeated, 3 MB, no \")\"", ProbeKind.Page, InputMode.Auto,
            () => Utf8(Page($"{Prose}<p>{Repeat("(Photo: a ", 300_000)}</p>"))),
        new("wrapped-1mb", "one paragraph hard-wrapped at 72 columns, 1 MB (text dump)", ProbeKind.Page, InputMode.Text,
            () => Utf8(Wrapped(1_000_000, "word ", 72))),
        new("wrapped-3mb", "one paragraph hard-wrapped at 72 columns, 3 MB (text dump)", ProbeKind.Page, InputMode.Text,
            () => Utf8(Wrapped(3_000_000, "word ", 72))),
        new("wrapped-cjk", "CJK hard-wrapped at 38 columns, 1 MB (text dump)", ProbeKind.Page, InputMode.Text,
            () => Utf8(Wrapped(333_000, "中文字", 38))),
        new("nested-div", "100,000 nested <div>", ProbeKind.Page, InputMode.Auto, () => Utf8(Page(Prose + Repeat("<div>", 100_000) + Prose))),
        new("nested-b", "100,000 unclosed <b>", ProbeKind.Page, InputMode.Auto, () => Utf8(Page(Prose + Repeat("<b>", 100_000) + Prose))),
        new("nested-blockquote", "100,000 nested <blockquote>", ProbeKind.Page, InputMode.Auto, () => Utf8(Page(Prose + Repeat("<blockquote>", 100_000) + Prose))),
        new("utf7", "<meta charset=\"utf-7\">", ProbeKind.Page, InputMode.Auto,
            () => Utf8($"<html><head><meta charset=\"utf-7\"><title>Caf\u00e9 +AGEAYgBj-</title></head><body>{Repeat(Prose, 20)}</body></html>")),
        new("stray-byte", "a UTF-8 page with one stray byte", ProbeKind.Page, InputMode.Auto,
            () => [.. Utf8(Page(Repeat(Prose.Replace("harbour", "caf\u00e9 harbour", StringComparison.Ordinal), 20))[..200]), 0xE9, .. Utf8(Repeat(Prose, 20) + "</body></html>")]),
        new("utf16-label", "meta charset utf-16 on ASCII-compatible bytes", ProbeKind.Page, InputMode.Auto,
            () => Utf8($"<html><head><meta charset=\"utf-16\"><title>Caf\u00e9</title></head><body>{Repeat(Prose, 20)}</body></html>")),
        new("br-5mb", "5 MB of <br> (peaked at 615 MB)", ProbeKind.Page, InputMode.Auto, () => Utf8(Page(Prose + Repeat("<br>", 1_250_000)))),
        new("br-1mb", "1 MB of <br>", ProbeKind.Page, InputMode.Auto, () => Utf8(Page(Prose + Repeat("<br>", 250_000)))),
        new("br-20k", "20,000 <br> (78 KB)", ProbeKind.Page, InputMode.Auto, () => Utf8(Page(Prose + Repeat("<br>", 20_000)))),
        new("paragraphs-20k", "20,000 short paragraphs (586 KB)", ProbeKind.Page, InputMode.Auto,
            () => Utf8(Page(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<p>Line {i:D5} of the log.</p>"))))),
        new("warc-damaged", "an archive of 300 pages with a 2 GB Content-Length mid-file and a record cut with no line end", ProbeKind.Archive, InputMode.Auto,
            DamagedArchive),
        new("warc-big-record", "an archive holding one record longer than the input limit", ProbeKind.Archive, InputMode.Auto,
            () => [.. Record("https://example.org/0", Utf8(Page(Repeat(Prose, 40)))), .. Record("https://example.org/big", Utf8(Page(Repeat(Prose, 300_000)))), .. Record("https://example.org/2", Utf8(Page(Repeat(Prose, 40))))]),
        new("gzip-body-bomb", "a record whose gzip-coded body inflates to 256 MiB (a 256 KB record)", ProbeKind.Archive, InputMode.Auto,
            () => [.. Record("https://example.org/bomb", Gzip(new byte[256 * 1024 * 1024]), coding: "gzip"), .. Record("https://example.org/1", Utf8(Page(Repeat(Prose, 40))))]),
        new("paragraphs-inside-budget", "20,000 paragraphs of 36 characters (730 KB), just inside the memory budget", ProbeKind.Page, InputMode.Auto,
            () => Utf8(Page(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<p>Line {i:D5} of the harbour log.</p>")))),
            Bounded: false,
            Why: DenseText),
        new("unclosed-blocks-125", "a block repeated 125 times inside its own unclosed tags (125 levels deep, 16 KB)", ProbeKind.Page, InputMode.Auto,
            () => Utf8(Page(Repeat(UnclosedBlock, 125))), Bounded: false, Why: DenseText),
        new("unclosed-blocks-500", "the same block repeated 500 times (500 levels deep, 63 KB)", ProbeKind.Page, InputMode.Auto,
            () => Utf8(Page(Repeat(UnclosedBlock, 500))), Bounded: false, Why: DenseText),
    ];

    /// <summary>The probe of that name, or a file's page (<c>.gz</c> inflated) when the name is a path.</summary>
    public static Probe Named(string name) => All.FirstOrDefault(p => p.Name == name)
        ?? (File.Exists(name) ? FromFile(name) : throw new ArgumentException($"no probe named '{name}', and no such file", nameof(name)));

    /// <summary>A page from a file, to measure pages of one's own: <c>.gz</c> inflated, <c>.txt</c> read as a text dump, <c>.warc</c> and <c>.warc.gz</c> as archives.</summary>
    private static Probe FromFile(string path)
    {
        bool archive = path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".wet", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".wet.gz", StringComparison.OrdinalIgnoreCase);
        string name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var mode = name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? InputMode.Text : InputMode.Auto;
        return new Probe(path, path, archive ? ProbeKind.Archive : ProbeKind.Page, mode, () =>
        {
            byte[] bytes = File.ReadAllBytes(path);
            if (archive || !path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                return bytes;
            }

            using var inflate = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            inflate.CopyTo(buffer);
            return buffer.ToArray();
        });
    }

    /// <summary>One paragraph of <paramref name="length"/> characters, hard-wrapped at <paramref name="width"/> characters.</summary>
    public static string Wrapped(int length, string unit, int width)
    {
        var text = new StringBuilder(length + width);
        var line = new StringBuilder();
        while (text.Length < length)
        {
            line.Append(unit);
            if (line.Length >= width - unit.Length)
            {
                text.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear();
            }
        }

        return text.ToString();
    }

    private static byte[] DamagedArchive()
    {
        var archive = new MemoryStream();
        for (int i = 0; i < 300; i++)
        {
            byte[] record = Record($"https://example.org/{i}", Utf8(Page(Repeat(Prose.Replace("Tuesday", $"day {i}", StringComparison.Ordinal), 30))));
            archive.Write(i switch
            {
                100 => Record("https://example.org/liar", Utf8(Page(Prose)), contentLength: "2147483648"),
                200 => record.AsSpan(0, record.Length / 2),
                _ => record,
            });
        }

        return archive.ToArray();
    }

    private static byte[] Record(string target, byte[] page, string? contentLength = null, string? coding = null)
    {
        byte[] block = [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{(coding is null ? string.Empty : $"Content-Encoding: {coding}\r\n")}\r\n"), .. page];
        string id = target.Aggregate(17L, (h, c) => (h * 31 + c) % 1_000_000_000_000).ToString("D12", System.Globalization.CultureInfo.InvariantCulture);
        string header = $"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{id}>\r\nWARC-Date: 2024-06-01T12:00:00Z\r\nWARC-Target-URI: {target}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {contentLength ?? block.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(header), .. block, .. "\r\n\r\n"u8];
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
