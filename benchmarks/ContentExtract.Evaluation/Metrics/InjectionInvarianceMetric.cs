using System.Globalization;
using ContentExtract.Evaluation.Corpora;
using ContentExtract.Evaluation.Injection;
using static ContentExtract.Evaluation.Metrics.PythonTextSemantics;

namespace ContentExtract.Evaluation.Metrics;

/// <summary>
/// Injection invariance: each article page with one to three error bodies injected is compared with the clean page.
/// <c>invariance</c> is the share of pages whose title and text come out identical and that are not taken for an
/// error page; <c>reported</c> is the share of injected bodies a noise fragment reports (see
/// <see cref="InjectionCheck.Of"/> for how fragments and bodies are matched). A page scores half for invariance and
/// half for the share of its bodies reported, so the worst pages are those that changed and reported nothing.
/// </summary>
internal sealed class InjectionInvarianceMetric(IReadOnlyList<CorpusPage> pages, ErrorBodyInjector injector) : ICorpusMetric
{
    // Page measures: 1 or 0 for invariance, and the bodies injected and reported.
    private const string Invariant = "invariant";
    private const string Bodies = "bodies";
    private const string Reported = "reported";

    public IReadOnlyList<PageResult> ScorePages(IReadOnlyDictionary<string, ExtractedDocument> predictions) =>
        throw new InvalidOperationException("Injection invariance compares each injected page with the clean one; the evaluation needs a reference extractor.");

    public IReadOnlyList<PageResult> ScorePages(IReadOnlyDictionary<string, ExtractedDocument> predictions, IReadOnlyDictionary<string, ExtractedDocument> references)
    {
        var scores = new List<PageResult>(pages.Count);
        foreach (var page in pages)
        {
            if (!predictions.TryGetValue(page.Key, out var injected) || !references.TryGetValue(page.Key, out var clean))
            {
                scores.Add(new PageResult(page.Key, 1.0, "no prediction", new Dictionary<string, double>()) { Missing = true });
                continue;
            }

            var plan = injector.Plan(page.Key);
            var check = InjectionCheck.Of(clean, injected, plan);
            string injectedBodies = string.Join(", ", plan.Select(body => $"{body.Body.Name}@{body.Site.ToString().ToLowerInvariant()}"));
            string detail = $"injected {injectedBodies}"
                + (check.Unreported.Count > 0 ? $"; unreported {string.Join(", ", check.Unreported.Select(body => body.Body.Name))}" : string.Empty)
                + (check.Invariant ? string.Empty : $"; {check.Difference}");
            var measures = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                [Invariant] = check.Invariant ? 1 : 0,
                [Bodies] = plan.Count,
                [Reported] = check.Reported.Count,
            };
            scores.Add(new PageResult(page.Key, (check.Invariant ? 0.5 : 0.0) + (0.5 * check.ReportedShare), detail, measures));
        }

        return scores;
    }

    public CorpusScore Summarize(IReadOnlyList<PageResult> pages)
    {
        var scored = pages.Where(page => !page.Missing).Select(page => page.Measures).ToArray();
        int invariant = scored.Count(measures => measures[Invariant] > 0);
        int bodies = scored.Sum(measures => (int)measures[Bodies]);
        int reported = scored.Sum(measures => (int)measures[Reported]);
        double invariance = scored.Length > 0 ? (double)invariant / scored.Length : 0.0;
        double reportedShare = bodies > 0 ? (double)reported / bodies : 0.0;
        return new CorpusScore(
            [new("invariance", invariance), new("reported", reportedShare)],
            string.Create(CultureInfo.InvariantCulture, $"invariance={FormatFixed3(invariance)} ({invariant}/{scored.Length} pages) reported={FormatFixed3(reportedShare)} ({reported}/{bodies} bodies)"),
            pages,
            pages.Count - scored.Length);
    }
}
