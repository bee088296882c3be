using ContentExtract.Pipeline;
using ContentExtract.Segmentation;

namespace ContentExtract.Selection;

/// <summary>
/// Chooses the article among candidates instead of trusting one method. Each generator answers alone
/// (<see cref="BestRunGenerator"/>: the best run of segments; the same run started at the headline;
/// <see cref="DensestSubtreeGenerator"/>: the densest element), <see cref="CandidateFeatures"/> describes every
/// answer in signals that hold in any language, and <see cref="ArticleJudge"/> weighs them with weights kept
/// in one data file. Only the chosen candidate touches the segments.
/// </summary>
internal sealed class ArticleSelectionStage : IExtractionStage
{
    public void Run(ExtractionContext context)
    {
        var scores = RunScorer.Score(context, relaxed: false);
        var candidates = new List<ArticleCandidate>(4) { BestRunGenerator.Generate(context, scores) };
        var options = context.Options;
        if (scores.Headline >= 0 && options.Applies(Rule.HeadlineRunCandidate))
        {
            int storyEnd = RunScorer.StoryEnd(context.Segments, scores.Headline, scores.Headline, context.Segments.Count);
            Add(candidates, BestRunGenerator.Generate(context, scores, CandidateSource.HeadlineRun, scores.Headline + 1, storyEnd));
        }

        if (options.Applies(Rule.DensestSubtreeCandidate))
        {
            Add(candidates, DensestSubtreeGenerator.Generate(context, scores));
        }

        if (options.Applies(Rule.ItemListCandidate))
        {
            Add(candidates, ItemListGenerator.Generate(context, scores));
        }

        if (options.Applies(Rule.MainAreaCandidate))
        {
            Add(candidates, MainAreaGenerator.Generate(context, scores));
        }

        if (options.Applies(Rule.ThreadCandidate) && HasThreadProse(context.Segments, candidates[0]))
        {
            Add(candidates, BestRunGenerator.Generate(context, RunScorer.Score(context, ZoneRelaxation.Comments), CandidateSource.Thread));
        }

        CandidateFeatures.Describe(context, candidates, scores);
        var judge = options.Judge ?? ArticleJudge.Default;
        var (chosen, runnerUp, margin) = judge.Choose(candidates);
        bool doubt = runnerUp is not null && margin < judge.DoubtMargin && options.Applies(Rule.SecondOpinionOnDoubt);
        if (doubt && !options.Boilerplate.ConsultSecondOpinion)
        {
            doubt = false;
            context.SecondOpinionNote = "SmartReader not asked: switched off in the options";
        }

        if ((doubt || context.Options.AlwaysConsultSecondOpinion) && SecondOpinionGenerator.ReadArticle(context) is { } opinion)
        {
            using var article = new TextCover(opinion);
            if (doubt && SecondOpinionGenerator.Agreement(runnerUp!, context.Segments, article) > SecondOpinionGenerator.Agreement(chosen, context.Segments, article))
            {
                chosen = runnerUp!;
            }

            // Traced for the evaluation tool only: the judge has no weights for SmartReader's article as a candidate.
            if (context.Options.TraceCandidates)
            {
                var candidate = SecondOpinionGenerator.Candidate(context, article);
                CandidateFeatures.Describe(context, [.. candidates, candidate], scores);
                candidates.Add(candidate);
            }
        }

        // The zone-free scores describe the segments as they stand before the choice is applied to them; the parsed page
        // is let go for the collector, as nothing reads it after the choice.
        context.ZoneFreeScores = null;
        context.Document = null;
        context.Candidates = candidates;
        context.ChosenCandidate = chosen;
        context.JudgeMargin = margin;
        Apply(context, chosen);
        if (chosen.Source == CandidateSource.ItemList)
        {
            context.LinkLists.Add(ItemLinks(context, chosen));
        }
    }

    /// <summary>A listing's items as a link list: each item's title link, under the list's heading (else the page's title).</summary>
    private static LinkList ItemLinks(ExtractionContext context, ArticleCandidate list)
    {
        var segments = context.Segments;
        string title = context.TitleHint ?? string.Empty;
        int firstItem = list.ItemTitles.Count > 0 ? list.ItemTitles[0] : list.End;
        for (int i = list.Start; i < firstItem; i++)
        {
            if (segments[i].Markup == MarkupHint.Heading && list.Keep[i])
            {
                title = segments[i].CollapsedText;
            }
        }

        var links = new List<LinkItem>(list.ItemTitles.Count);
        foreach (int index in list.ItemTitles)
        {
            SegmentLink? longest = null;
            foreach (var link in segments[index].Links)
            {
                longest = longest is null || link.Text.Length > longest.Text.Length ? link : longest;
            }

            if (longest is not null)
            {
                string text = Text.TextSpan.CollapseSpaces(longest.Text);
                bool truncated = text.EndsWith('…') || text.EndsWith("...", StringComparison.Ordinal);
                links.Add(new LinkItem { Text = truncated ? text.TrimEnd('…', '.', ' ') : text, Url = longest.Url, Truncated = truncated });
            }
        }

        return new LinkList { Title = title, Links = links };
    }

    /// <summary>Sentences inside a comment zone that make a thread worth reading as the page's content …</summary>
    private const double MinThreadWords = 20;

    /// <summary>… when they outweigh the best run this many times: a forum page is its thread, an article stands above its comments.</summary>
    private const double ThreadOverRun = 2;

    private static bool HasThreadProse(IReadOnlyList<Segment> segments, ArticleCandidate bestRun)
    {
        double thread = 0, run = 0;
        for (int i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Zone == PageZone.Comments && segment.Stats.EndsWithSentenceEnd)
            {
                thread += segment.Stats.Words;
            }

            run += bestRun.Keep[i] ? segment.Stats.Words : 0;
        }

        return thread >= MinThreadWords && thread >= ThreadOverRun * run;
    }

    /// <summary>A candidate that keeps exactly what an earlier one keeps adds nothing to weigh.</summary>
    private static void Add(List<ArticleCandidate> candidates, ArticleCandidate? candidate)
    {
        // A generator that found nothing has no answer to weigh; the best run stays first, found or not.
        if (candidate is null || candidate.IsEmpty)
        {
            return;
        }

        foreach (var other in candidates)
        {
            if (other.Start == candidate.Start && other.End == candidate.End && other.Keep.AsSpan().SequenceEqual(candidate.Keep))
            {
                return;
            }
        }

        candidates.Add(candidate);
    }

    private static void Apply(ExtractionContext context, ArticleCandidate chosen)
    {
        var segments = context.Segments;
        var reasons = chosen.Reasons!;
        string outside = chosen.Source switch
        {
            CandidateSource.BestRun => "outside the main run",
            CandidateSource.HeadlineRun => "outside the run after the headline",
            CandidateSource.DensestSubtree => "outside the article's element",
            CandidateSource.Thread => "outside the thread",
            CandidateSource.ItemList => "outside the list of items",
            CandidateSource.MainArea => "outside the page's main area",
            _ => "outside the article SmartReader found",
        };

        for (int i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.IsDecided)
            {
                continue;
            }

            if (chosen.Keep[i])
            {
                segment.Decide(BlockRole.Content, reasons[i]);
                continue;
            }

            string reason = chosen.Causes[i] switch
            {
                DropCause.None => reasons[i],
                DropCause.NoRun => "no prose run on the page",
                DropCause.OutsideContainer => $"{segment.ClassReason}, outside the article's container",
                _ => $"{reasons[i]}, {outside}",
            };
            segment.Decide(BlockRole.Boilerplate, reason);
        }

        if (!chosen.IsEmpty)
        {
            context.ContentStart = chosen.Start;
            context.ContentEnd = chosen.End;
        }
    }
}
