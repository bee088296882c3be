using ContentExtract.Pipeline;

namespace ContentExtract.Selection;

/// <summary>Describes candidates for the judge.</summary>
internal static class CandidateFeatures
{
    public static void Describe(ExtractionContext context, List<ArticleCandidate> candidates, int headline)
    {
    }
}
