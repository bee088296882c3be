using ContentExtract.Evaluation.Corpora;

namespace ContentExtract.Evaluation.Extractors;

/// <summary>An extractor under evaluation. Its result is an <see cref="ExtractedDocument"/> so that every metric reads one shape.</summary>
internal interface IPageExtractor
{
    /// <summary>Extracts one page; may throw, which the run counts as a failed page with an empty prediction.</summary>
    /// <param name="page">The page, for its address and input mode.</param>
    /// <param name="content">The page's raw bytes, unpacked from gzip but not decoded.</param>
    ExtractedDocument Extract(CorpusPage page, byte[] content);
}
