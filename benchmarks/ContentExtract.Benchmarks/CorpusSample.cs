using System.Security.Cryptography;
using System.Text;
using ContentExtract.Evaluation.Corpora;

namespace ContentExtract.Benchmarks;

/// <summary>
/// A fixed sample of real pages from the shared development corpus, read in place from
/// <c>&lt;root&gt;/../shared/corpus</c> and never copied into the repository (its licences and size keep it out).
/// From each corpus the pages whose ids come first by the hex of their SHA-256 are taken: the same pages on every
/// machine and after any file is added elsewhere in the folder, spread over sites, languages and charsets rather than
/// the first files of a folder, which are often one site or one year.
/// </summary>
internal static class CorpusSample
{
    /// <summary>Six pages a corpus: 30 pages and 90 benchmark cases (each its own process), a median over several sites per corpus.</summary>
    public const int PagesPerCorpus = 6;

    /// <summary>Set by <c>--quick</c> (the CI check that the suite runs): one page a corpus.</summary>
    public const string QuickVariable = "CONTENTEXTRACT_BENCHMARK_QUICK";

    /// <summary>The pages a corpus in this run: <see cref="PagesPerCorpus"/>, or one under <c>--quick</c>.</summary>
    public static int PagesPerCorpusNow => Environment.GetEnvironmentVariable(QuickVariable) == "1" ? 1 : PagesPerCorpus;

    /// <summary>The corpora with HTML pages and text gold; zh-cwced names GB18030 for its pages that are not UTF-8 (its README), as the evaluation does.</summary>
    private static readonly (string Name, string? LegacyCharset)[] Corpora =
    [
        ("articlebench", null),
        ("trafilatura-eval", null),
        ("wcxb", null),
        ("zh-news", null),
        ("zh-cwced", "gb18030"),
    ];

    private static readonly Lazy<IReadOnlyList<(string Name, CorpusPage Page)>> Sample = new(Choose);

    /// <summary>The shared corpus folder beside the repository.</summary>
    public static string CorpusPath { get; } = Path.GetFullPath(Path.Combine(BenchmarkInputs.Root, "..", "shared", "corpus"));

    /// <summary>Each sampled page as <c>corpus/id</c>, the benchmark parameter; empty, with the reason printed once, when the corpus is absent.</summary>
    public static IEnumerable<string> PageNames() => Sample.Value.Select(sampled => sampled.Name);

    /// <summary>The sampled page named <c>corpus/id</c>; its <see cref="CorpusPage.LegacyCharset"/> is what SmartReader's decoding needs.</summary>
    public static CorpusPage Page(string name) =>
        Sample.Value.FirstOrDefault(sampled => sampled.Name == name).Page
        ?? throw new InvalidOperationException($"{name} is not in the corpus sample under {CorpusPath}.");

    private static List<(string Name, CorpusPage Page)> Choose()
    {
        var sample = new List<(string Name, CorpusPage Page)>();
        if (!Directory.Exists(CorpusPath))
        {
            Console.WriteLine($"// CorpusSampleBenchmarks skipped: no corpus at {CorpusPath}. It is not part of the repository; it is read in place from <repository>/../shared/corpus.");
            return sample;
        }

        foreach (var (name, legacyCharset) in Corpora)
        {
            string htmlDirectory = Path.Combine(CorpusPath, name, "html");
            if (!Directory.Exists(htmlDirectory))
            {
                Console.WriteLine($"// CorpusSampleBenchmarks: {htmlDirectory} is missing, so {name} is left out of the sample and the medians are over fewer pages.");
                continue;
            }

            sample.AddRange(Directory.EnumerateFiles(htmlDirectory)
                .Select(path => (Id: CorpusPage.KeyOf(path), Path: path))
                .OrderBy(file => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file.Id))), StringComparer.Ordinal)
                .Take(PagesPerCorpusNow)
                .Select(file => ($"{name}/{file.Id}", new CorpusPage(file.Id, file.Path, InputMode.Html, Url: null) { LegacyCharset = legacyCharset })));
        }

        if (sample.Count == 0)
        {
            Console.WriteLine($"// CorpusSampleBenchmarks skipped: no page found under {CorpusPath}.");
        }

        return sample;
    }
}
