using ContentExtract.Boilerplate;
using ContentExtract.Html;
using ContentExtract.Pipeline;
using ContentExtract.Segmentation;

namespace ContentExtract.Selection;

/// <summary>
/// Describes each candidate for <see cref="ArticleJudge"/> in signals that hold in any language and page shape:
/// how much prose it holds and of what share of the page's, how link-heavy and how fragmented it is, whether it
/// starts at the headline, how much of it sits in comment or teaser zones, how far it agrees with the best run;
/// and, so that one set of weights can serve every page type, the page's own signals (how much prose the best run
/// found, the thread's and the item list's size, the types the page declares) crossed with the candidate's source.
/// </summary>
internal static class CandidateFeatures
{
    private static readonly CandidateSource[] Sources = Enum.GetValues<CandidateSource>();

    private static readonly string[] CandidateNames =
    [
        "logWords", "proseShare", "proseFraction", "linkDensity", "shortFraction", "logMeanSegmentWords", "commentFraction",
        "relatedFraction", "beforeHeadlineFraction", "startsAfterHeadline", "headlineGap", "startPosition", "inBestRun",
        "coversBestRun", "meanAgreement", "empty", "beyondStoryFraction",
    ];

    private static readonly string[] PageNames =
    [
        "bestProseShare", "logBestProse", "commentProseShare", "logItems", "itemWordsShare", "declaresArticle", "declaresProduct",
        "declaresDiscussion", "declaresCollection", "hasHeadline", "textDump", "logPageProse",
    ];

    /// <summary>Every feature's name, in the order of <see cref="ArticleCandidate.Features"/>: the weights file's keys.</summary>
    public static readonly IReadOnlyList<string> Names = BuildNames();

    private static string[] BuildNames()
    {
        var names = new List<string>();
        foreach (var source in Sources)
        {
            names.Add($"source:{source}");
        }

        names.AddRange(CandidateNames);
        foreach (var source in Sources)
        {
            if (source != CandidateSource.BestRun)
            {
                foreach (var page in PageNames)
                {
                    names.Add($"{source}×{page}");
                }
            }
        }

        return [.. names];
    }

    public static void Describe(ExtractionContext context, List<ArticleCandidate> candidates, RunScores scores)
    {
        var segments = context.Segments;
        var classes = scores.Classes;
        int headline = scores.Headline;

        double pageProse = 0, commentProse = 0;
        var words = new double[segments.Count];
        for (int i = 0; i < segments.Count; i++)
        {
            words[i] = segments[i].Stats.Words;
            if (!segments[i].IsDecided && classes[i] is BlockClass.Good or BlockClass.NearGood)
            {
                pageProse += words[i];
            }

            if (segments[i].Zone == PageZone.Comments && segments[i].Stats.EndsWithSentenceEnd)
            {
                commentProse += words[i];
            }
        }

        // The headline's story ends where a heading of its rank starts the next one; words past it belong to another story.
        int storyEnd = headline >= 0 ? RunScorer.StoryEnd(segments, headline, headline, segments.Count) : segments.Count;
        var best = candidates[0];
        double bestProse = Prose(best, classes, words);
        var items = candidates.Find(c => c.Source == CandidateSource.ItemList);
        double listable = 0;
        for (int i = 0; i < segments.Count; i++)
        {
            listable += OwnBlock.Is(segments[i]) ? words[i] : 0;
        }

        var declared = context.DeclaredTypes;
        double[] page =
        [
            bestProse / Math.Max(1, pageProse),
            Math.Log(1 + bestProse),
            commentProse / Math.Max(1, pageProse),
            Math.Log(1 + (items?.ItemCount ?? 0)),
            items is null ? 0 : Kept(items, words) / Math.Max(1, listable),
            (declared & DeclaredTypes.Article) != 0 ? 1 : 0,
            (declared & DeclaredTypes.Product) != 0 ? 1 : 0,
            (declared & DeclaredTypes.Discussion) != 0 ? 1 : 0,
            (declared & DeclaredTypes.Collection) != 0 ? 1 : 0,
            headline >= 0 ? 1 : 0,
            context.Kind == InputKind.Text ? 1 : 0,
            Math.Log(1 + pageProse),
        ];

        foreach (var candidate in candidates)
        {
            var features = new double[Names.Count];
            int f = Array.IndexOf(Sources, candidate.Source);
            features[f] = 1;
            f = Sources.Length;

            double kept = 0, prose = 0, chars = 0, links = 0, comments = 0, related = 0, beforeHeadline = 0, shared = 0;
            int segmentsKept = 0, shortKept = 0, firstKept = -1;
            double beyondStory = 0;
            for (int i = candidate.Start; i < candidate.End; i++)
            {
                if (!candidate.Keep[i])
                {
                    continue;
                }

                var segment = segments[i];
                firstKept = firstKept < 0 ? i : firstKept;
                segmentsKept++;
                kept += words[i];
                prose += classes[i] is BlockClass.Good or BlockClass.NearGood ? words[i] : 0;
                shortKept += classes[i] is BlockClass.Good or BlockClass.NearGood ? 0 : 1;
                chars += segment.Text.Length;
                links += segment.LinkChars;
                comments += segment.Zone == PageZone.Comments ? words[i] : 0;
                related += segment.Zone == PageZone.Related ? words[i] : 0;
                beforeHeadline += headline >= 0 && i < headline ? words[i] : 0;
                shared += best.Keep[i] ? words[i] : 0;
                beyondStory += i >= storyEnd ? words[i] : 0;
            }

            double bestWords = Kept(best, words);
            // SmartReader's article is asked only where the judge doubts: the features that decide whether it doubts cannot count it.
            double agreement = 0;
            int others = 0;
            foreach (var other in candidates)
            {
                if (!ReferenceEquals(other, candidate) && other.Source != CandidateSource.SecondOpinion)
                {
                    agreement += Jaccard(candidate, other, words);
                    others++;
                }
            }

            features[f++] = Math.Log(1 + kept);
            features[f++] = prose / Math.Max(1, pageProse);
            features[f++] = kept > 0 ? prose / kept : 0;
            features[f++] = chars > 0 ? links / chars : 0;
            features[f++] = segmentsKept > 0 ? (double)shortKept / segmentsKept : 0;
            features[f++] = Math.Log(1 + (segmentsKept > 0 ? kept / segmentsKept : 0));
            features[f++] = kept > 0 ? comments / kept : 0;
            features[f++] = kept > 0 ? related / kept : 0;
            features[f++] = kept > 0 ? beforeHeadline / kept : 0;
            features[f++] = headline >= 0 && firstKept > headline ? 1 : 0;
            features[f++] = headline >= 0 && firstKept >= 0 ? Math.Min(1, Math.Abs(firstKept - headline) / 20.0) : 0.5;
            features[f++] = segments.Count > 0 && firstKept >= 0 ? (double)firstKept / segments.Count : 1;
            features[f++] = kept > 0 ? shared / kept : 0;
            features[f++] = bestWords > 0 ? shared / bestWords : 0;
            features[f++] = others > 0 ? agreement / others : 1;
            features[f++] = kept <= 0 ? 1 : 0;
            features[f++] = kept > 0 ? beyondStory / kept : 0;

            foreach (var source in Sources)
            {
                if (source == CandidateSource.BestRun)
                {
                    continue;
                }

                bool mine = source == candidate.Source;
                foreach (double value in page)
                {
                    features[f++] = mine ? value : 0;
                }
            }

            candidate.Features = features;
        }
    }

    private static double Prose(ArticleCandidate candidate, BlockClass[] classes, double[] words)
    {
        double prose = 0;
        for (int i = candidate.Start; i < candidate.End; i++)
        {
            prose += candidate.Keep[i] && classes[i] is BlockClass.Good or BlockClass.NearGood ? words[i] : 0;
        }

        return prose;
    }

    private static double Kept(ArticleCandidate candidate, double[] words)
    {
        double kept = 0;
        for (int i = candidate.Start; i < candidate.End; i++)
        {
            kept += candidate.Keep[i] ? words[i] : 0;
        }

        return kept;
    }

    /// <summary>Words both keep over words either keeps.</summary>
    private static double Jaccard(ArticleCandidate a, ArticleCandidate b, double[] words)
    {
        double both = 0, either = 0;
        int from = Math.Min(a.Start, b.Start), to = Math.Max(a.End, b.End);
        for (int i = from; i < to; i++)
        {
            bool inA = i >= a.Start && i < a.End && a.Keep[i], inB = i >= b.Start && i < b.End && b.Keep[i];
            both += inA && inB ? words[i] : 0;
            either += inA || inB ? words[i] : 0;
        }

        return either > 0 ? both / either : 1;
    }
}
