using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace ContentExtract.Benchmarks;

/// <summary>
/// Extraction of the seed page: through the text path as it is stored, and as HTML (the seed's lines
/// as paragraphs) with SmartReader on the same markup as the baseline. Inputs are built from the
/// committed seed, so the benchmark needs no download. Compare ratios, not absolute times.
/// </summary>
[MemoryDiagnoser]
public class SeedBenchmarks
{
    private string _seedText = string.Empty;
    private string _seedHtml = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _seedText = File.ReadAllText(BenchmarkInputs.SeedPath);
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Seed</title></head><body><div class=\"article\">");
        foreach (var line in _seedText.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(line.Trim())).Append("</p>\n");
            }
        }

        _seedHtml = html.Append("</div></body></html>").ToString();
    }

    [Benchmark]
    public ExtractedDocument TextPath() => ContentExtractor.Default.ExtractText(_seedText);

    [Benchmark]
    public ExtractedDocument HtmlPath() => ContentExtractor.Default.ExtractHtml(_seedHtml);

    [Benchmark(Baseline = true)]
    public string SmartReaderHtml() => new SmartReader.Reader("https://example.com/seed.html", _seedHtml).GetArticle().TextContent;
}
