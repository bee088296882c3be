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
    public CorpusScore Score(IReadOnlyDictionary<string, ExtractedDocument> predictions) =>
        throw new InvalidOperationException("Injection invariance compares each injected page with the clean one; the evaluation needs a reference extractor.");

    public CorpusScore Score(IReadOnlyDictionary<string, ExtractedDocument> predictions, IReadOnlyDictionary<string, ExtractedDocument> references)
    {
        int invariant = 0, bodies = 0, reported = 0, missing = 0;
        var scores = new List<PageScore>();
        foreach (var page in pages)
        {
            if (!predictions.TryGetValue(page.Key, out var injected) || !references.TryGetValue(page.Key, out var clean))
            {
                missing++;
                continue;
            }

            var plan = injector.Plan(page.Key);
            var check = InjectionCheck.Of(clean, injected, plan);
            invariant += check.Invariant ? 1 : 0;
            bodies += plan.Count;
            reported += check.Reported.Count;

            string injectedBodies = string.Join(", ", plan.Select(body => $"{body.Body.Name}@{body.Site.ToString().ToLowerInvariant()}"));
            string detail = $"injected {injectedBodies}"
                + (check.Unreported.Count > 0 ? $"; unreported {string.Join(", ", check.Unreported.Select(body => body.Body.Name))}" : string.Empty)
                + (check.Invariant ? string.Empty : $"; {check.Difference}");
            scores.Add(new PageScore(page.Key, (check.Invariant ? 0.5 : 0.0) + (0.5 * check.ReportedShare), detail));
        }

        int scored = pages.Count - missing;
        double invariance = scored > 0 ? (double)invariant / scored : 0.0;
        double reportedShare = bodies > 0 ? (double)reported / bodies : 0.0;
        return new CorpusScore(
            [new("invariance", invariance), new("reported", reportedShare)],
            string.Create(CultureInfo.InvariantCulture, $"invariance={FormatFixed3(invariance)} ({invariant}/{scored} pages) reported={FormatFixed3(reportedShare)} ({reported}/{bodies} bodies)"),
            scores,
            missing);
    }
}
