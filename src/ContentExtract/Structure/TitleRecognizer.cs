using System.Buffers;
using ContentExtract.Pipeline;
using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// Finds the headline: the headline-shaped line above the main content that the page's layout marks
/// as one — it sits under the breadcrumb trail, over the date and source line, or is an h1 — passing
/// over bylines, share bars and buttons. A title the caller already knows (a WET header, the HTML
/// metadata, the &lt;title&gt; a text dump starts with) picks the matching line when there is one, and
/// stands in when there is none and the layout marks no line either.
/// </summary>
internal sealed class TitleRecognizer : IExtractionStage
{
    /// <summary>Lines above the content looked at for a headline the layout marks; one can sit over a dozen lines of dates, bylines and buttons.</summary>
    private const int MaxLinesAbove = 16;

    /// <summary>Lines above the content within which a headline-shaped line the layout does not mark may still be the headline.</summary>
    private const int MaxUnmarkedDistance = 8;

    /// <summary>A line this short made of digits and date marks is a piece of a date or time split over lines ("2019", "09/07", "19:02").</summary>
    private const int MaxDateFragmentLength = 12;

    /// <summary>Lines at the start of the content run that may still be the headline, when the run swallowed it.</summary>
    private const int MaxLinesIntoRun = 8;

    /// <summary>Lines skipped (buttons, image placeholders) between a headline and its trail or date line.</summary>
    private const int MaxNeighbourDistance = 3;

    /// <summary>Below this size a line is more often a button, a name or a label than a headline ("Scan me!", "调整字体").</summary>
    private const double MinHeadlineWords = 4;

    /// <summary>A text dump's first line is its &lt;title&gt; only if a later line repeats at least this much of it.</summary>
    private const int MinEchoLength = 6;

    private static readonly SearchValues<char> DateFragmentChars = SearchValues.Create("0123456789 :/-.年月日时分");

    public void Run(ExtractionContext context)
    {
        var pageTitle = context.TitleHint is null && context.Page.Title is null ? PageTitleLine(context) : null;
        string? known = context.TitleHint ?? context.Page.Title ?? (pageTitle is null ? null : TextSpan.CollapseSpaces(pageTitle.Text));
        if (!context.HasContentRun)
        {
            context.Title = known is null ? null : SiteSuffix.Strip(TextSpan.CollapseSpaces(known));
            return;
        }

        var candidates = Candidates(context, lookIntoRun: known is null || pageTitle is not null, pageTitle);

        // A dump's headline found from its shape is the title where nothing names one, the layout marks no headline next
        // to the article (under its trail, over its date line: the nearer evidence), and it stands above the article or opens it.
        if (known is null && context.ShapeHeadline is >= 0 and var headline && headline < context.ContentEnd
            && context.Segments[headline].Role is null or BlockRole.Content or BlockRole.Boilerplate
            && !candidates.Exists(c => c.Confident))
        {
            var line = context.Segments[headline];
            line.Decide(BlockRole.Title, "headline over the article's first paragraph");
            context.Title = line.CollapsedText;
            return;
        }

        Candidate? chosen = null;
        if (known is not null)
        {
            // A text dump's <title> line confirms a headline that opens the run; a known title from elsewhere leaves the run alone.
            chosen = candidates.FirstOrDefault(c => (!c.InRun || (pageTitle is not null && c.OpensRun)) && Matches(c.Segment.Text, known));
        }

        // The layout's headline wins over a known title that the page never shows (a <title> naming only the section);
        // a known title the page shows somewhere stands.
        if (chosen is null && (known is null || !IsShown(context.Segments, known)))
        {
            chosen = candidates.Where(c => c.Confident).MaxBy(c => c.Score);
        }

        // Without a known title or a marked headline: the nearest line of a headline's size, the run's opening line,
        // then the nearest short line ("Not Found" is a film's title as well as an error).
        if (chosen is null && known is null)
        {
            var unmarked = candidates.Where(c => !c.InRun && c.Distance <= MaxUnmarkedDistance).ToList();
            chosen = unmarked.Find(c => c.Substantial) ?? candidates.Find(c => c.OpensRun) ?? unmarked.FirstOrDefault();
        }

        if (chosen is null)
        {
            context.Title = known is null ? null : SiteSuffix.Strip(TextSpan.CollapseSpaces(known));
            return;
        }

        chosen.Segment.Decide(BlockRole.Title, chosen.Reason);
        context.Title = chosen.Segment.CollapsedText;
    }

    internal static bool IsHeadlineShaped(Segment segment)
    {
        var stats = segment.Stats;
        if (segment.Bullet != '\0' || stats.Words < 1.5 || stats.Words > 40 || stats.Digits * 2 > stats.Chars)
        {
            return false;
        }

        char last = segment.Text[^1];
        if (last is '。' or '.' or ':' or '：' or ',' or '，' or '、' or ';' or '；')
        {
            return false;
        }

        return stats.SentenceEnds <= 1 && !IsFurniture(segment);
    }

    /// <summary>A headline-shaped line and what the layout says about it.</summary>
    /// <param name="Segment">The line.</param>
    /// <param name="Score">How strongly its size and the layout say headline.</param>
    /// <param name="Confident">The layout marks it: under the trail, over the date line, or an h1, and of a headline's size.</param>
    /// <param name="InRun">It lies inside the content run.</param>
    /// <param name="Distance">Lines counted between the candidate and the content.</param>
    /// <param name="Reason">The signal, for the explain output.</param>
    private sealed record Candidate(Segment Segment, double Score, bool Confident, bool InRun, int Distance, string Reason)
    {
        /// <summary>Of a headline's size, not a button's or a name's.</summary>
        public bool Substantial => Segment.Stats.Words >= MinHeadlineWords;

        /// <summary>The first line of the run, which a headline followed by its standfirst can be.</summary>
        public bool OpensRun { get; init; }
    }

    /// <summary>
    /// The headline-shaped lines above the content, nearest first, then, when <paramref name="lookIntoRun"/>, those
    /// at the start of the run: its first line, and a line the layout marks as the headline. With a title known from
    /// the markup or a WET header the run is left alone: the run selector judged its lines part of the article.
    /// </summary>
    private static List<Candidate> Candidates(ExtractionContext context, bool lookIntoRun, Segment? pageTitle)
    {
        var segments = context.Segments;
        var candidates = new List<Candidate>();
        int looked = 0;
        for (int i = context.ContentStart - 1; i >= 0 && looked < MaxLinesAbove; i--)
        {
            var segment = segments[i];
            if (segment.Role is BlockRole.Breadcrumb)
            {
                break;
            }

            if (segment.Role is BlockRole.Noise || segment == pageTitle)
            {
                continue;
            }

            looked++;
            if (segment.Stats.Words == 0)
            {
                continue;
            }

            if (Boilerplate.MetadataLine.IsMetadata(segment.Text, segment.Stats))
            {
                segment.Decide(BlockRole.Boilerplate, "date, source or byline line");
                continue;
            }

            if (IsHeadlineShaped(segment))
            {
                candidates.Add(Judge(segments, segment, looked, inRun: false));
            }
        }

        if (lookIntoRun && FirstLineOfRun(context) is { } first)
        {
            candidates.Add(Judge(segments, first, 0, inRun: true) with { OpensRun = true });
        }

        for (int i = context.ContentStart; lookIntoRun && i < context.ContentEnd && i < context.ContentStart + MaxLinesIntoRun; i++)
        {
            var segment = segments[i];
            if (ReadsAsProse(segment))
            {
                break;
            }

            if (segment.Role == BlockRole.Content && IsHeadlineShaped(segment) && !candidates.Exists(c => c.Segment == segment))
            {
                var candidate = Judge(segments, segment, i - context.ContentStart, inRun: true);
                if (candidate.Confident)
                {
                    candidates.Add(candidate);
                }
            }
        }

        // "正在阅读：标题", "Video: headline": a line that holds another candidate whole is that headline with a label.
        candidates.RemoveAll(c => candidates.Exists(other => !ReferenceEquals(other, c) && other.Segment.Text.Length >= MinEchoLength
            && other.Segment.Text.Length < c.Segment.Text.Length && c.Segment.Text.Contains(other.Segment.Text, StringComparison.Ordinal)));
        return candidates;
    }

    private static Candidate Judge(IReadOnlyList<Segment> segments, Segment segment, int distance, bool inRun)
    {
        double words = segment.Stats.Words;
        bool dated = Neighbour(segments, segment.Index, +1) is { } below && (Boilerplate.MetadataLine.IsMetadata(below.Text, below.Stats) || IsDateFragment(below));
        bool underTrail = Neighbour(segments, segment.Index, -1) is { Role: BlockRole.Breadcrumb };
        bool topHeading = segment.Markup == MarkupHint.Heading && segment.MarkupHeadingLevel == 1;
        bool substantial = words >= MinHeadlineWords;

        double score = Math.Min(words, 24) / 4 - (0.1 * distance);
        score += dated ? 4 : 0;
        score += underTrail ? 3 : 0;
        score += topHeading ? 3 : 0;

        string reason = dated ? "headline over the date or source line" : underTrail ? "headline under the breadcrumb trail" : topHeading ? "top-level heading above the content" : "headline-shaped line above the content";
        return new Candidate(segment, score, substantial && (dated || underTrail || topHeading), inRun, distance, reason);
    }

    /// <summary>The nearest line above or below that says something, passing over buttons and image placeholders.</summary>
    private static Segment? Neighbour(IReadOnlyList<Segment> segments, int index, int step)
    {
        for (int i = index + step, passed = 0; i >= 0 && i < segments.Count && passed <= MaxNeighbourDistance; i += step, passed++)
        {
            var segment = segments[i];
            if (segment.Role is BlockRole.Noise || segment.Stats.Words == 0)
            {
                continue;
            }

            bool furniture = IsFurniture(segment) && segment.Role is not BlockRole.Breadcrumb && !Boilerplate.MetadataLine.IsMetadata(segment.Text, segment.Stats);
            if (!furniture)
            {
                return segment;
            }
        }

        return null;
    }

    /// <summary>
    /// A headline followed by its standfirst can open the run itself ("Link rot: why …" reads as a sentence
    /// fragment); it stands in when nothing above qualifies and it does not read as prose.
    /// </summary>
    private static Segment? FirstLineOfRun(ExtractionContext context)
    {
        var segments = context.Segments;
        var first = segments.Skip(context.ContentStart).Take(context.ContentEnd - context.ContentStart).FirstOrDefault(s => s.Role == BlockRole.Content);
        return first is not null && first.Class != Boilerplate.BlockClass.Good && !first.Stats.EndsWithSentenceEnd && IsHeadlineShaped(first)
            && first.Index + 1 < context.ContentEnd && !QuoteMarks.IsWhollyQuoted(first.Text) ? first : null;
    }

    /// <summary>
    /// The &lt;title&gt; a text dump carries as its first line ("标题_频道_网站"), recognised by a line near the top
    /// of the article that repeats its headline part; null when the first line is anything else (a logo's name
    /// that the footer repeats, a menu).
    /// </summary>
    private static Segment? PageTitleLine(ExtractionContext context)
    {
        var segments = context.Segments;
        var first = segments.FirstOrDefault(s => s.Role is not BlockRole.Noise);
        if (context.Kind != InputKind.Text || first is null || !IsHeadlineShaped(first) || first.Text.Contains("://", StringComparison.Ordinal)
            || (context.HasContentRun && first.Index >= context.ContentStart))
        {
            return null;
        }

        string title = first.CollapsedText;
        string headline = SiteSuffix.Strip(title);
        int end = context.HasContentRun ? Math.Min(context.ContentEnd, context.ContentStart + MaxLinesIntoRun) : segments.Count;
        for (int i = first.Index + 1; i < end; i++)
        {
            var segment = segments[i];
            if (segment.Text.Length < MinEchoLength || segment.Role is BlockRole.Noise || segment.Stats.Words < MinHeadlineWords || !IsHeadlineShaped(segment))
            {
                continue;
            }

            string line = segment.CollapsedText;
            if (title.StartsWith(line, StringComparison.Ordinal) && line.Length * 2 >= headline.Length)
            {
                first.Decide(BlockRole.Boilerplate, "the page's <title>, which a line below repeats");
                return first;
            }
        }

        return null;
    }

    private static bool IsDateFragment(Segment segment) =>
        segment.Text.Length <= MaxDateFragmentLength && segment.Stats.Digits >= 2 && segment.Text.AsSpan().IndexOfAnyExcept(DateFragmentChars) < 0;

    /// <summary>True when some line of the page holds the known title, or the known title holds the line's headline.</summary>
    private static bool IsShown(IReadOnlyList<Segment> segments, string known)
    {
        // A line shorter than half the known headline can match it in no way; most lines are passed over on length alone.
        int shortest = SiteSuffix.Strip(TextSpan.CollapseSpaces(known)).Length / 2;
        foreach (var segment in segments)
        {
            if (segment.Role is not BlockRole.Noise && segment.Text.Length >= Math.Max(4, shortest) && Matches(segment.Text, known))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReadsAsProse(Segment segment) =>
        segment.Class == Boilerplate.BlockClass.Good && segment.Stats.EndsWithSentenceEnd;

    private static bool IsFurniture(Segment segment) =>
        segment.Class is Boilerplate.BlockClass.Bad or Boilerplate.BlockClass.Terminator;

    /// <summary>
    /// A line matches a known title when one holds the other; a line holding only a small part of the title (a
    /// channel name in "标题_新闻中心_网站") does not.
    /// </summary>
    private static bool Matches(string line, string known)
    {
        string a = TextSpan.CollapseSpaces(line), b = TextSpan.CollapseSpaces(known);
        if (a.Length < 4)
        {
            return false;
        }

        return a.Contains(b, StringComparison.OrdinalIgnoreCase)
            || (b.Contains(a, StringComparison.OrdinalIgnoreCase) && a.Length * 2 >= SiteSuffix.Strip(b).Length);
    }
}
