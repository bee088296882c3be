namespace ContentExtract.Selection;

/// <summary>Weighs the candidates' features and chooses one.</summary>
internal static class ArticleJudge
{
    public static ArticleCandidate Choose(List<ArticleCandidate> candidates) => candidates[0];
}
