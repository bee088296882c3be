using ContentExtract.Boilerplate;
using ContentExtract.Pipeline;
using ContentExtract.Segmentation;

namespace ContentExtract.Selection;

/// <summary>Where a candidate for the article came from.</summary>
internal enum CandidateSource
{
    /// <summary>The highest-scoring run of segments (Kadane over block scores), joined and widened to its container.</summary>
    BestRun,

    /// <summary>The best run of the headline's own story: after the headline, before the next story's headline.</summary>
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

/// <summary>How the article was chosen: the candidates weighed, the winner, its margin, and whether SmartReader was asked.</summary>
/// <param name="Candidates">Each candidate's source, score and the number of blocks it keeps, in the order they were generated.</param>
/// <param name="Chosen">The source of the chosen candidate.</param>
/// <param name="Margin">How far the judge's favourite scored above the runner-up (infinite when alone).</param>
/// <param name="SecondOpinionTime">How long SmartReader took when it was asked; null when it was not.</param>
/// <param name="SecondOpinionNote">Why SmartReader gave no opinion though the judge doubted (stopped at its share of the page's time budget, not asked for lack of time, or switched off in the options); null otherwise.</param>
internal sealed record SelectionReport(IReadOnlyList<(CandidateSource Source, double Score, int Kept)> Candidates, CandidateSource Chosen, double Margin, TimeSpan? SecondOpinionTime, string? SecondOpinionNote = null)
{
    /// <summary>"best run (score 1.23, 40 blocks) over item list (0.87, 120 blocks); SmartReader asked (12 ms)".</summary>
    public string Describe()
    {
        var text = new System.Text.StringBuilder();
        text.Append(NameOf(Chosen));
        foreach (var (source, score, kept) in Candidates)
        {
            if (source == Chosen)
            {
                text.Append(System.FormattableString.Invariant($" (score {score:0.00}, {kept} blocks)"));
            }
        }

        var others = Candidates.Where(c => c.Source != Chosen).Select(c => System.FormattableString.Invariant($"{NameOf(c.Source)} {c.Score:0.00}"));
        text.Append(" over ").Append(Candidates.Count > 1 ? string.Join(", ", others) : "no other candidate");
        text.Append(SecondOpinionNote is { } note ? $"; {note}"
            : SecondOpinionTime is { } time ? System.FormattableString.Invariant($"; SmartReader asked ({time.TotalMilliseconds:0} ms)")
            : "; SmartReader not asked");
        return text.ToString();
    }

    /// <summary>"best-run", "item-list": a source as reports spell it.</summary>
    public static string NameOf(CandidateSource source) => source switch
    {
        CandidateSource.BestRun => "best run",
        CandidateSource.HeadlineRun => "run after the headline",
        CandidateSource.DensestSubtree => "densest element",
        CandidateSource.SecondOpinion => "SmartReader's article",
        CandidateSource.Thread => "thread",
        CandidateSource.ItemList => "item list",
        _ => "main area",
    };
}

/// <summary>A candidate as the evaluation tool sees it: where it came from, whether it won, its features, score and text.</summary>
internal sealed record CandidateTrace(CandidateSource Source, bool Chosen, double Score, double[] Features, string Text);
