using System.Text;
using BenchmarkDotNet.Attributes;

namespace ContentExtract.Benchmarks;

/// <summary>
/// ContentExtract against SmartReader on the same committed HTML pages (the scrape fixtures of the
/// test project), one page per benchmark case, so the per-page median and its spread are reported
/// side by side. Compare the ratio column, not absolute times.
/// </summary>
[MemoryDiagnoser]
public class ScrapeBenchmarks
{
    private byte[] _bytes = [];
    private string _html = string.Empty;

    [ParamsSource(nameof(Pages))]
    public string Page { get; set; } = string.Empty;

    public static IEnumerable<string> Pages() =>
        Directory.EnumerateFiles(BenchmarkInputs.ScrapesPath, "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(Path.Combine(BenchmarkInputs.ScrapesPath, Page));

        // SmartReader takes a string: give it the same text ContentExtract decodes, so decoding is not what is compared.
        _html = DecodeForBaseline(_bytes);
    }

    [Benchmark]
    public ExtractedDocument ContentExtract() => ContentExtractor.Default.Extract(_html, InputMode.Html);

    [Benchmark(Baseline = true)]
    public string SmartReader() => new SmartReader.Reader("https://example.com/page.html", _html).GetArticle().TextContent;

    private static string DecodeForBaseline(byte[] bytes)
    {
        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            return utf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            string head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048)).ToLowerInvariant();
            string charset = head.Contains("big5", StringComparison.Ordinal) ? "big5"
                : head.Contains("shift_jis", StringComparison.Ordinal) ? "shift_jis"
                : head.Contains("gb", StringComparison.Ordinal) ? "gb18030"
                : "windows-1252";
            return CodePagesEncodingProvider.Instance.GetEncoding(charset)!.GetString(bytes);
        }
    }
}
