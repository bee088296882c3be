using ContentExtract.Boilerplate;
using ContentExtract.Pipeline;
using ContentExtract.Segmentation;

namespace ContentExtract.Selection;

/// <summary>Where a candidate for the article came from.</summary>
internal enum CandidateSource
{
    /// <summary>The highest-scoring run of segments (Kadane over block scores), joined and widened to its container.</summary>
    BestRun,

    /// <summary>The best run that starts at or after the page's headline.</summary>
    HeadlineRun,

    /// <summary>The DOM element whose own text is densest in prose and poorest in links, read whole.</summary>
    DensestSubtree,

    /// <summary>SmartReader's article, consulted only where the judge doubts.</summary>
    SecondOpinion,

    /// <summary>The best run with comment threads read as content: a forum's posts.</summary>
    Thread,

    /// <summary>The page's list of items (headlines and teasers, products and prices) with its heading.</summary>
    ItemList,

    /// <summary>Every block of the page's main area, short lines included: a service page's sections, a product's details.</summary>
    MainArea,
}

/// <summary>Why a candidate leaves out a segment that its class alone would keep.</summary>
internal enum DropCause : byte
{
    None,
    OutsideRun,
    BetweenRuns,
    OutsideContainer,
    NoRun,
}

/// <summary>
/// One answer to "which segments are the article": a span of segments and, inside it, which of the
/// undecided ones it keeps. Generators build candidates without touching the segments; only the one the
/// judge chooses is applied.
/// </summary>
internal sealed class ArticleCandidate
{
    public ArticleCandidate(CandidateSource source, int segmentCount)
    {
        Source = source;
        Keep = new bool[segmentCount];
        Causes = new DropCause[segmentCount];
    }

    public CandidateSource Source { get; }

    /// <summary>First segment of the span.</summary>
    public int Start { get; set; }

    /// <summary>One past the last segment of the span; equal to <see cref="Start"/> when the candidate found nothing.</summary>
    public int End { get; set; }

    /// <summary>For each segment of the page, whether the candidate takes it as content.</summary>
    public bool[] Keep { get; }

    /// <summary>For each segment the candidate leaves out although its class is content's, why.</summary>
    public DropCause[] Causes { get; }

    /// <summary>The class each segment had when the candidate was built (the zone-free fallback reclassifies).</summary>
    public BlockClass[]? Classes { get; set; }

    /// <summary>The signal behind each segment's class.</summary>
    public string[]? Reasons { get; set; }

    public bool IsEmpty => End <= Start;

    /// <summary>The candidate's features, filled in by <see cref="CandidateFeatures"/>.</summary>
    public double[] Features { get; set; } = [];

    /// <summary>How many items an item list holds; zero for other candidates.</summary>
    public int ItemCount { get; set; }

    /// <summary>For an item list, the block that holds each item's title link.</summary>
    public IReadOnlyList<int> ItemTitles { get; set; } = [];

    /// <summary>The judge's score.</summary>
    public double Score { get; set; }

    public int KeptCount
    {
        get
        {
            int count = 0;
            for (int i = Start; i < End; i++)
            {
                count += Keep[i] ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>Text of the kept segments, blank-line separated: what the article would read as.</summary>
    public string Text(IReadOnlyList<Segment> segments)
    {
        var text = new System.Text.StringBuilder();
        for (int i = Start; i < End; i++)
        {
            if (Keep[i])
            {
                if (text.Length > 0)
                {
                    text.Append("\n\n");
                }

                text.Append(segments[i].Text);
            }
        }

        return text.ToString();
    }

    public override string ToString() => $"{Source} [{Start}, {End}) kept {KeptCount}, score {Score:0.###}";
}

/// <summary>A candidate as the evaluation tool sees it: where it came from, whether it won, its features, score and text.</summary>
internal sealed record CandidateTrace(CandidateSource Source, bool Chosen, double Score, double[] Features, string Text);
