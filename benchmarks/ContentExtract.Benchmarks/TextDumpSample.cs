using System.Security.Cryptography;
using System.Text;

namespace ContentExtract.Benchmarks;

/// <summary>
/// A fixed sample of the development corpus's text dumps (issue 15: the text path's speed): from each corpus with dumps,
/// for each renderer (w3m, lynx, plain), the dumps whose ids come first by the hex of their SHA-256, read in place from
/// <c>&lt;root&gt;/../shared/corpus/&lt;corpus&gt;/text/&lt;renderer&gt;</c> and never copied into the repository.
/// </summary>
internal static class TextDumpSample
{
    /// <summary>Dumps per corpus and renderer: 4 corpora × 3 renderers × 2 = 24 cases.</summary>
    public const int DumpsPerFolder = 2;

    private static readonly string[] Corpora = ["articlebench", "wcxb", "zh-news", "zh-cwced"];

    private static readonly string[] Renderers = ["w3m", "lynx", "plain"];

    private static readonly Lazy<IReadOnlyList<(string Name, string Path)>> Sample = new(Choose);

    /// <summary>Each sampled dump as <c>corpus/renderer/id</c>, the benchmark parameter; empty when the corpus is absent.</summary>
    public static IEnumerable<string> DumpNames() => Sample.Value.Select(sampled => sampled.Name);

    /// <summary>The text of the dump named <c>corpus/renderer/id</c>.</summary>
    public static string Read(string name) =>
        File.ReadAllText(Sample.Value.FirstOrDefault(sampled => sampled.Name == name).Path
            ?? throw new InvalidOperationException($"{name} is not in the text dump sample under {CorpusSample.CorpusPath}."));

    /// <summary>The size in UTF-8 bytes of the dump named <c>corpus/renderer/id</c>, for megabytes a second.</summary>
    public static long Bytes(string name) =>
        new FileInfo(Sample.Value.FirstOrDefault(sampled => sampled.Name == name).Path ?? throw new InvalidOperationException(name)).Length;

    private static List<(string Name, string Path)> Choose()
    {
        var sample = new List<(string Name, string Path)>();
        foreach (string corpus in Corpora)
        {
            foreach (string renderer in Renderers)
            {
                string folder = Path.Combine(CorpusSample.CorpusPath, corpus, "text", renderer);
                if (!Directory.Exists(folder))
                {
                    continue;
                }

                sample.AddRange(Directory.EnumerateFiles(folder, "*.txt")
                    .Select(path => (Id: Path.GetFileNameWithoutExtension(path), Path: path))
                    .OrderBy(file => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file.Id))), StringComparer.Ordinal)
                    .Take(Environment.GetEnvironmentVariable(CorpusSample.QuickVariable) == "1" ? 1 : DumpsPerFolder)
                    .Select(file => ($"{corpus}/{renderer}/{file.Id}", file.Path)));
            }
        }

        if (sample.Count == 0)
        {
            Console.WriteLine($"// TextDumpSampleBenchmarks skipped: no text dump under {CorpusSample.CorpusPath}/<corpus>/text.");
        }

        return sample;
    }
}
