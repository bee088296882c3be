using System.Collections.Concurrent;
using ContentExtract.Evaluation.Corpora;

namespace ContentExtract.Evaluation.Extractors;

/// <summary>
/// Page bytes kept in memory once read, for runs that extract the same pages many times over (the ablation report
/// runs every page once per rule). About half a gigabyte for all sets, mostly wcxb's unpacked HTML.
/// </summary>
internal sealed class PageContents
{
    private readonly ConcurrentDictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);

    public byte[] Read(CorpusPage page) => _bytes.GetOrAdd(page.Path, _ => page.ReadBytes());
}
