using BenchmarkDotNet.Attributes;

namespace ContentExtract.Benchmarks;

/// <summary>
/// The text path on real dumps (<see cref="TextDumpSample"/>): <c>Extract(text, InputMode.Text)</c>, from the dump's text
/// to the document. <see cref="CorpusSampleSummary"/> prints the megabytes a second (the dump's UTF-8 bytes over the
/// mean time), per dump and over all of them; issue 15 asks for 100 MB/s a core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CorpusSampleBenchmarks.CorpusSampleConfig))]
public class TextDumpSampleBenchmarks
{
    private string _text = string.Empty;

    /// <summary>The dump, as <c>corpus/renderer/id</c>.</summary>
    [ParamsSource(nameof(Dumps))]
    public string Dump { get; set; } = string.Empty;

    /// <summary>The sampled dumps; none when the shared corpus is absent, which skips the class.</summary>
    public static IEnumerable<string> Dumps() => TextDumpSample.DumpNames();

    [GlobalSetup]
    public void Setup() => _text = TextDumpSample.Read(Dump);

    [Benchmark]
    public ExtractedDocument ContentExtractText() => ContentExtractor.Default.Extract(_text, InputMode.Text);
}
