using System.IO.Compression;
using System.Text;

namespace ContentExtract.Fuzz;

/// <summary>
/// The seed corpus, made from the composed fixtures under <c>tests/</c> (never from the shared corpora): the scrape
/// pages for html and text, archives composed around them and the sample archive for warc, the pages gzipped (one
/// member and two) for gzip.
/// </summary>
internal static class Seeds
{
    private const int MaxSeedLength = 16 * 1024;

    public static Dictionary<string, List<byte[]>> Compose(string repositoryRoot)
    {
        string tests = Path.Combine(repositoryRoot, "tests", "ContentExtract.Tests");
        string scrapes = Path.Combine(tests, "Scrapes");
        var html = Files(scrapes, "*.html");
        var text = Files(scrapes, "*.txt");
        byte[] sample = File.ReadAllBytes(Path.Combine(tests, "Archives", "Fixtures", "sample.warc.gz"));

        var warc = new List<byte[]> { sample, Inflate(sample) };
        for (int i = 0; i < Math.Min(6, Math.Min(html.Count, text.Count)); i++)
        {
            byte[] response = Record("response", "application/http; msgtype=response", [.. "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"u8, .. html[i]], i);
            byte[] conversion = Record("conversion", "text/plain", text[i], i + 100);
            warc.Add([.. response, .. conversion]);
            warc.Add([.. Gzip(response), .. Gzip(conversion)]);
        }

        var gzip = new List<byte[]>();
        foreach (var page in html.Take(8).Concat(text.Take(4)))
        {
            gzip.Add(Gzip(page));
            gzip.Add([.. Gzip(page[..(page.Length / 2)]), .. Gzip(page[(page.Length / 2)..])]);
        }

        return new Dictionary<string, List<byte[]>> { ["html"] = html, ["text"] = text, ["warc"] = warc, ["gzip"] = gzip };
    }

    public static void Write(string repositoryRoot, string outDirectory)
    {
        foreach (var (target, seeds) in Compose(repositoryRoot))
        {
            string folder = Path.Combine(outDirectory, target);
            Directory.CreateDirectory(folder);
            for (int i = 0; i < seeds.Count; i++)
            {
                File.WriteAllBytes(Path.Combine(folder, $"seed-{i:D3}"), seeds[i]);
            }
        }
    }

    private static List<byte[]> Files(string folder, string pattern) =>
        [.. Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).Where(b => b.Length <= MaxSeedLength)];

    private static byte[] Record(string type, string contentType, byte[] block, int id) =>
        [.. Encoding.ASCII.GetBytes(
            $"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{id:D12}>\r\n"
            + $"WARC-Date: 2024-06-01T12:00:00Z\r\nWARC-Target-URI: https://example.org/{id}\r\nContent-Type: {contentType}\r\n"
            + $"Content-Length: {block.Length}\r\n\r\n"), .. block, .. "\r\n\r\n"u8];

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Inflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(data), CompressionMode.Decompress))
        {
            gzip.CopyTo(output);
        }

        return output.ToArray();
    }
}
