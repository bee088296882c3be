using System.Collections.Concurrent;
using ContentExtract.Evaluation.Corpora;
using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation.Judge;

/// <summary>
/// Every page of the text-gold corpora (articlebench, trafilatura-eval, zh-news, zh-cwced, wcxb), in each form it has
/// (HTML and text dumps), extracted once with the candidates traced, and each candidate's text scored with the
/// corpus's own metric: what the judge is fitted to and checked against.
/// </summary>
internal static class JudgeTrainingSet
{
    public static IReadOnlyList<JudgePage> Build(CorpusLibrary corpora, IReadOnlySet<Pipeline.Rule> disabledRules, bool consultSecondOpinion)
    {
        var extractor = new ContentExtractor(new ExtractionOptions { TraceCandidates = true, AlwaysConsultSecondOpinion = consultSecondOpinion, DisabledRules = disabledRules, Judge = Selection.ArticleJudge.Neutral });
        var pages = new List<JudgePage>();
        foreach (var (corpus, forms, metric, pageType) in Corpora(corpora))
        {
            foreach (var set in new[] { forms.Html }.Concat(forms.TextDumps))
            {
                pages.AddRange(Score(extractor, corpus, set, metric, pageType));
            }
        }

        return pages;
    }

    private static IEnumerable<(string Corpus, CorpusForms Forms, ICorpusMetric Metric, Func<string, string?> PageType)> Corpora(CorpusLibrary corpora)
    {
        yield return (CorpusSets.ArticleBench, corpora.ArticleBench.Forms, new ShingleMetric(corpora.ArticleBench.Truths), _ => null);
        yield return (CorpusSets.TrafilaturaEval, corpora.TrafilaturaEval.Forms, new SnippetMetric(corpora.TrafilaturaEval.Gold), _ => null);
        yield return (CorpusSets.ZhNews, corpora.ZhNews.Forms, new SnippetMetric(corpora.ZhNews.Gold), _ => null);
        yield return (CorpusSets.ZhCwced, corpora.ZhCwced.Forms, new ShingleMetric(corpora.ZhCwced.Truths), _ => null);
        var types = corpora.Wcxb.Gold.ToDictionary(gold => gold.Key, gold => gold.PageType, StringComparer.Ordinal);
        yield return (CorpusSets.Wcxb, corpora.Wcxb.Forms, new WordBagMetric(corpora.Wcxb.Gold), key => types.GetValueOrDefault(key));
    }

    private static IEnumerable<JudgePage> Score(ContentExtractor extractor, string corpus, PageSet set, ICorpusMetric metric, Func<string, string?> pageType)
    {
        var traces = new ConcurrentDictionary<string, IReadOnlyList<Selection.CandidateTrace>>(StringComparer.Ordinal);
        Parallel.ForEach(set.Pages, page =>
        {
            var document = extractor.Extract(page.ReadBytes(), page.Mode, new PageInfo { Url = page.Url });
            traces[page.Key] = document.CandidateTraces;
        });

        // Each source's candidates scored as one prediction set, so that every metric scores them as it scores a run.
        var f1 = new Dictionary<(string Key, Selection.CandidateSource Source), double>();
        foreach (var source in Enum.GetValues<Selection.CandidateSource>())
        {
            var predictions = new Dictionary<string, ExtractedDocument>(StringComparer.Ordinal);
            foreach (var (key, candidates) in traces)
            {
                if (candidates.FirstOrDefault(c => c.Source == source) is { } candidate)
                {
                    predictions[key] = new ExtractedDocument { InputKind = InputKind.Html, Text = candidate.Text };
                }
            }

            if (predictions.Count == 0)
            {
                continue;
            }

            foreach (var result in metric.ScorePages(predictions))
            {
                if (predictions.ContainsKey(result.Page) && result.F1 is { } value)
                {
                    f1[(result.Page, source)] = value;
                }
            }
        }

        foreach (var page in set.Pages)
        {
            var candidates = traces[page.Key]
                .Where(c => f1.ContainsKey((page.Key, c.Source)))
                .Select(c => new JudgeCandidate(c.Source.ToString(), c.Features, f1[(page.Key, c.Source)]))
                .ToArray();

            // A page its metric cannot score (no snippets), or whose best run is unscored, teaches nothing.
            if (candidates.Length > 0 && candidates[0].Source == nameof(Selection.CandidateSource.BestRun))
            {
                yield return new JudgePage(corpus, set.Name, page.Key, PageHalves.Of(page.Key), pageType(page.Key), candidates);
            }
        }
    }
}
