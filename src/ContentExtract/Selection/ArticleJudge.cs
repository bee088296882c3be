using System.Collections.Frozen;
using System.Text.Json;

namespace ContentExtract.Selection;

/// <summary>
/// Chooses the article among the candidates: each candidate's score is a weighted sum of its features
/// (<see cref="CandidateFeatures"/>), and the highest wins; on a tie the earlier candidate, the best run first.
/// The weights live in one data file, <c>Selection/JudgeWeights.json</c>, embedded in the assembly; they are
/// fitted on the <c>tune</c> halves of the development corpora by the evaluation tool's <c>--fit-judge</c>
/// command, which the file names along with the figures it was fitted to. Immutable once loaded.
/// </summary>
internal sealed class ArticleJudge
{
    private const string ResourceName = "ContentExtract.Selection.JudgeWeights.json";

    private readonly double[] _weights;

    private ArticleJudge(double bias, double[] weights, double doubtMargin)
    {
        Bias = bias;
        _weights = weights;
        DoubtMargin = doubtMargin;
    }

    /// <summary>The judge with the weights the library ships.</summary>
    public static ArticleJudge Default => Shipped.Value;

    /// <summary>A judge that weighs nothing and never doubts: it takes the best run. The fitting runs under it, so that
    /// it does not depend on the weights it replaces.</summary>
    public static ArticleJudge Neutral { get; } = new(0, new double[CandidateFeatures.Names.Count], 0);

    private static readonly Lazy<ArticleJudge> Shipped = new(Load);

    public double Bias { get; }

    /// <summary>Below this margin between the two best candidates the judge doubts its choice.</summary>
    public double DoubtMargin { get; }

    public double Score(double[] features)
    {
        double score = Bias;
        for (int i = 0; i < features.Length && i < _weights.Length; i++)
        {
            score += _weights[i] * features[i];
        }

        return score;
    }

    /// <summary>Scores every candidate and returns the best and the runner-up (null when alone), with the margin between them.</summary>
    public (ArticleCandidate Chosen, ArticleCandidate? RunnerUp, double Margin) Choose(List<ArticleCandidate> candidates)
    {
        ArticleCandidate? best = null, second = null;
        foreach (var candidate in candidates)
        {
            candidate.Score = Score(candidate.Features);
            if (best is null || candidate.Score > best.Score)
            {
                second = best;
                best = candidate;
            }
            else if (second is null || candidate.Score > second.Score)
            {
                second = candidate;
            }
        }

        return (best!, second, second is null ? double.PositiveInfinity : best!.Score - second.Score);
    }

    /// <summary>Reads weights in the file's format (see <c>JudgeWeights.json</c>): feature names not in the file weigh nothing.</summary>
    internal static ArticleJudge Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var byName = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var property in root.GetProperty("weights").EnumerateObject())
        {
            byName[property.Name] = property.Value.GetDouble();
        }

        var known = CandidateFeatures.Names.ToFrozenSet(StringComparer.Ordinal);
        foreach (var name in byName.Keys)
        {
            if (!known.Contains(name))
            {
                throw new InvalidDataException($"The judge's weights name a feature the library does not compute: {name}.");
            }
        }

        var weights = CandidateFeatures.Names.Select(name => byName.GetValueOrDefault(name)).ToArray();
        double doubt = root.TryGetProperty("doubtMargin", out var margin) ? margin.GetDouble() : 0;
        return new ArticleJudge(root.GetProperty("bias").GetDouble(), weights, doubt);
    }

    private static ArticleJudge Load()
    {
        using var stream = typeof(ArticleJudge).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The library was built without its judge's weights ({ResourceName}).");
        return Parse(stream);
    }
}
