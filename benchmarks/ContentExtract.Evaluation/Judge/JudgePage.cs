using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation.Judge;

/// <summary>One candidate of one page as the fitting sees it: its features and the page F1 its text would score.</summary>
internal sealed record JudgeCandidate(string Source, double[] Features, double F1);

/// <summary>One page's candidates, the first being the best run (what the pipeline takes without a judge).</summary>
internal sealed record JudgePage(string Corpus, string Form, string Key, PageHalf Half, string? PageType, IReadOnlyList<JudgeCandidate> Candidates);
