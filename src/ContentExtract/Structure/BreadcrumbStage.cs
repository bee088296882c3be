using ContentExtract.Pipeline;
using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// Finds the breadcrumb trail above the article: the first trail-shaped line before the first block
/// of prose (furniture such as a cookie banner, and runs of names such as a menu, do not count as
/// prose). A trail further down is part of the text or of a footer, not the page's trail. Text dumps
/// may spread one trail over several lines — a lead-in alone, then an item per line or per bullet,
/// or a line that goes on with a separator — and those lines are read as one trail.
/// When the markup already gave the trail (HTML), the segments that show it are only marked, so that
/// the trail does not read as content.
/// </summary>
internal sealed class BreadcrumbStage : IExtractionStage
{
    /// <summary>Lines after the first that one trail may spread over.</summary>
    private const int MaxContinuationLines = 8;

    /// <summary>Block elements one trail from the markup may be split into (a logo, a path, a marker).</summary>
    private const int MaxTrailSegments = 6;

    /// <summary>Length of the site or channel name that a text dump puts on its own line above a one-item trail.</summary>
    private const int MaxRootLength = 8;

    public void Run(ExtractionContext context)
    {
        if (context.Breadcrumb.Count > 0)
        {
            // The trail came from the markup; a segment that shows it differently is still the trail, not content.
            if (!DecideSegmentsShowing(context))
            {
                FindTextTrail(context, keepItems: false);
            }

            return;
        }

        FindTextTrail(context, keepItems: true);
    }

    /// <summary>
    /// Prose ends the search for a trail. A block counts as prose only when it ends as a sentence does: a
    /// long run of names (a menu or a headline ticker flattened into one line, the page title a text dump
    /// starts with) does not.
    /// </summary>
    private static bool ReadsAsProse(Segment segment) =>
        segment.Class == Boilerplate.BlockClass.Good && segment.Stats.EndsWithSentenceEnd;

    private static void FindTextTrail(ExtractionContext context, bool keepItems)
    {
        var segments = context.Segments;
        for (int i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.IsDecided)
            {
                continue;
            }

            if (ReadsAsProse(segment))
            {
                return;
            }

            var items = ReadTrailAt(segments, i, out int start, out int end);
            if (items is null)
            {
                continue;
            }

            if (keepItems)
            {
                foreach (var item in items)
                {
                    context.Breadcrumb.Add(new BreadcrumbItem(item, LinkOf(item, segments, start, end)));
                }
            }

            for (int k = start; k < end; k++)
            {
                segments[k].Decide(BlockRole.Breadcrumb, $"trail of {items.Count} items");
            }

            return;
        }
    }

    /// <summary>Reads a trail that starts at segment <paramref name="index"/> and may go on over the next lines.</summary>
    private static List<string>? ReadTrailAt(IReadOnlyList<Segment> segments, int index, out int start, out int end)
    {
        start = index;
        end = index + 1;
        var line = BreadcrumbRecognizer.Read(segments[index].Text);
        if (line is null)
        {
            return null;
        }

        bool leadInOnly = line.HasLeadIn && line.Items.Count == 0;
        if (!leadInOnly && !BreadcrumbRecognizer.IsTrailOnItsOwn(line) && !IsLoneItemBeforeArticleMarker(line))
        {
            return null;
        }

        var items = new List<string>(line.Items);
        string? marker = line.DroppedMarker;
        bool expectItem = leadInOnly || line.EndsWithSeparator;
        for (int j = index + 1; j < segments.Count && j - index <= MaxContinuationLines && marker is null; j++)
        {
            var next = segments[j];
            if (next.IsDecided)
            {
                break;
            }

            // After a lead-in on its own, a list of bullets is the trail's items, one per line.
            bool bulletItem = leadInOnly && next.Bullet != '\0';
            var part = BreadcrumbRecognizer.Read(bulletItem ? next.BodyText : next.Text);
            if (part is null || part.HasLeadIn || part.Items.Count == 0 && !part.StartsWithSeparator)
            {
                break;
            }

            bool continues = part.StartsWithSeparator || (expectItem && (part.Separator is null || part.Separator == line.Separator || line.Separator is null))
                || (bulletItem && part.Items.Count == 1);
            if (!continues)
            {
                break;
            }

            items.AddRange(part.Items);
            marker = part.DroppedMarker;
            expectItem = part.EndsWithSeparator || part.Items.Count == 0;
            end = j + 1;
        }

        if (items.Count == 0)
        {
            return null;
        }

        // "国内新闻>正文" under a line of its own holding "新闻中心": the dump put the trail's root, the
        // channel logo's text, on the line above.
        if (items.Count == 1 && end == index + 1 && !line.HasLeadIn && line.Separator is not null && index > 0
            && ReadRoot(segments[index - 1]) is { } root)
        {
            items.Insert(0, root);
            start = index - 1;
        }

        return items;
    }

    /// <summary>The address of the item's link, where the source has links (HTML read as segments).</summary>
    private static string? LinkOf(string item, IReadOnlyList<Segment> segments, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            foreach (var link in segments[k].Links)
            {
                if (link.Url is not null && TextSpan.CollapseSpaces(link.Text) == item)
                {
                    return link.Url;
                }
            }
        }

        return null;
    }

    /// <summary>"国内新闻 &gt; 正文", "新华网 正文": one item and the marker of an article page make a trail of one.</summary>
    private static bool IsLoneItemBeforeArticleMarker(TrailLine line) =>
        line.Items.Count == 1 && !line.StartsWithSeparator && line.DroppedMarker is not null
        && BreadcrumbLexicon.ArticlePageMarkers.Contains(line.DroppedMarker) && (line.Separator is null || line.IsDirectional);

    private static string? ReadRoot(Segment segment)
    {
        if (segment.IsDecided || segment.Bullet != '\0' || segment.Text.Length > MaxRootLength)
        {
            return null;
        }

        var line = BreadcrumbRecognizer.Read(segment.Text);
        return line is { Items.Count: 1, Separator: null, HasLeadIn: false, DroppedMarker: null } ? line.Items[0] : null;
    }

    /// <summary>
    /// Marks the segments that show the trail the markup gave: one segment or a few in a row that hold the
    /// items in order and nothing else but a lead-in, separators and a current-page marker.
    /// </summary>
    private static bool DecideSegmentsShowing(ExtractionContext context)
    {
        var segments = context.Segments;
        var items = context.Breadcrumb;
        bool found = false;
        bool beforeProse = true;
        for (int i = 0; i < segments.Count; i++)
        {
            if (segments[i].IsDecided)
            {
                continue;
            }

            int next = 0;
            int j = i;
            bool evidence = false;
            bool inList = IsMenuEntry(segments[i]);
            while (j < segments.Count && j - i < MaxTrailSegments && next < items.Count)
            {
                var segment = segments[j];

                // Several blocks in a row make one trail only above the article, and never as a list: a menu's
                // entries can spell out the first items of a trail.
                if (segment.IsDecided || (j > i && (inList || IsMenuEntry(segment) || !beforeProse)) || !ShowsTrailPart(segment.Text, items, ref next, ref evidence))
                {
                    break;
                }

                j++;
            }

            if (next == items.Count && j > i && (evidence || items.Count > 1))
            {
                for (int k = i; k < j; k++)
                {
                    segments[k].Decide(BlockRole.Breadcrumb, $"shows the trail of {items.Count} items from the markup");
                }

                found = true;
                i = j - 1;
                continue;
            }

            beforeProse &= !ReadsAsProse(segments[i]);
        }

        return found;
    }

    private static bool IsMenuEntry(Segment segment) => segment.Markup is MarkupHint.ListItem or MarkupHint.OrderedListItem;

    /// <summary>
    /// Consumes, from <paramref name="next"/> on, the trail items a segment shows; false when the segment holds
    /// anything else. <paramref name="evidence"/> is set when it also shows what only trails have around their items.
    /// </summary>
    private static bool ShowsTrailPart(string text, List<BreadcrumbItem> items, ref int next, ref bool evidence)
    {
        if (text.Length > 400)
        {
            return false;
        }

        var rest = TextSpan.TrimAll(text.AsSpan());
        if (BreadcrumbRecognizer.StripLeadIn(ref rest))
        {
            evidence = true;
        }

        int consumed = next;
        while (true)
        {
            rest = TextSpan.TrimAll(rest);
            if (rest.IsEmpty)
            {
                break;
            }

            if (next < items.Count && StartsWithItem(rest, items[next].Text))
            {
                rest = rest[items[next].Text.Length..];
                next++;
                continue;
            }

            if (BreadcrumbLexicon.SeparatorChars.Contains(rest[0]))
            {
                rest = rest[1..];
                evidence = true;
                continue;
            }

            if (next == items.Count && IsCurrentPageMarker(rest))
            {
                evidence = true;
                break;
            }

            if (next == items.Count && next > consumed && IsClosingPageName(rest))
            {
                // "Docs / Guides / Writing alert rules": the page's own name after the whole trail ends the trail's line.
                break;
            }

            next = consumed;
            return false;
        }

        return true;
    }

    private static bool StartsWithItem(ReadOnlySpan<char> text, string item)
    {
        if (item.Length == 0 || !text.StartsWith(item, StringComparison.Ordinal))
        {
            return false;
        }

        // "公司" must not match the start of "公司新闻".
        if (text.Length == item.Length)
        {
            return true;
        }

        char after = text[item.Length];
        return CharClass.IsSpace(after) || BreadcrumbLexicon.SeparatorChars.Contains(after) || after == '[';
    }

    /// <summary>The most words the current page's name can have where it closes a trail's line.</summary>
    private const double MaxClosingPageNameWords = 30;

    /// <summary>A headline-like rest of a line after the trail's last item: one name, no further separators.</summary>
    private static bool IsClosingPageName(ReadOnlySpan<char> rest)
    {
        // One name: a line that goes on with more separated names is a menu that starts like the trail ("首頁 | 地方新聞 | 政治 | …").
        foreach (char c in rest)
        {
            if (BreadcrumbLexicon.SeparatorChars.Contains(c))
            {
                return false;
            }
        }

        var stats = TextStats.Of(rest);
        return stats.Words is > 0 and <= MaxClosingPageNameWords && stats.SentenceEnds <= 1;
    }

    private static bool IsCurrentPageMarker(ReadOnlySpan<char> text)
    {
        foreach (var marker in BreadcrumbLexicon.CurrentPageMarkers)
        {
            if (text.SequenceEqual(marker))
            {
                return true;
            }
        }

        return false;
    }
}
