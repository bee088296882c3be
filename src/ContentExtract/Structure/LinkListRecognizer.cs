using ContentExtract.Boilerplate;
using ContentExtract.Pipeline;
using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// Finds named link lists outside the main content: a short heading, perhaps ending in a "more"
/// marker ("全省动态 更多...", "Related »"), followed by a run of link entries. In a text dump an
/// entry is a bulleted line; where the source has links, it is a block that is mostly one link.
/// A heading with no entries under it ("相关稿件" before the next heading) makes no list.
/// </summary>
internal sealed class LinkListRecognizer : IExtractionStage
{
    private const double MaxHeadingWords = 12;
    private const double MaxEntryWords = 40;
    private const int MinEntries = 2;

    public void Run(ExtractionContext context)
    {
        if (!context.Options.Boilerplate.RecognizeLinkLists)
        {
            return;
        }

        var segments = context.Segments;
        for (int i = 0; i < segments.Count; i++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            if (InContent(context, i) || !IsHeading(segments[i], out string title, out bool hasMore))
            {
                continue;
            }

            int end = i + 1;
            while (end < segments.Count && !InContent(context, end) && IsEntry(segments[end]))
            {
                end++;
            }

            if (end - (i + 1) < MinEntries)
            {
                if (hasMore && segments[i].Role != BlockRole.Noise)
                {
                    segments[i].Decide(BlockRole.Boilerplate, "link-list heading with no entries");
                }

                continue;
            }

            var links = new List<LinkItem>(end - i - 1);
            for (int k = i + 1; k < end; k++)
            {
                links.Add(ToLink(segments[k]));
                segments[k].Decide(BlockRole.LinkListItem, $"entry of link list \"{title}\"");
            }

            string? moreUrl = hasMore ? segments[i].Links.LastOrDefault()?.Url : null;
            segments[i].Decide(BlockRole.LinkListTitle, $"heading of {links.Count} link entries");
            context.LinkLists.Add(new LinkList(title, hasMore, moreUrl, links));
            i = end - 1;
        }
    }

    private static bool InContent(ExtractionContext context, int index) =>
        context.HasContentRun && index >= context.ContentStart && index < context.ContentEnd
        && context.Segments[index].Role == BlockRole.Content;

    internal static bool IsHeading(Segment segment, out string title, out bool hasMore)
    {
        title = string.Empty;
        hasMore = false;
        if (segment.Role is BlockRole.Noise or BlockRole.Breadcrumb or BlockRole.Title || segment.Bullet != '\0')
        {
            return false;
        }

        var stats = segment.Stats;
        if (stats.Words > MaxHeadingWords || stats.Words < 0.6 || stats.SentenceEnds > 1 || segment.Text.EndsWith('。'))
        {
            return false;
        }

        // Form controls, share bars, image labels ("[logo.png] Site") and bylines head no list of links.
        // Zones do not disqualify: related-links, sidebar and footer zones are where named lists live.
        bool zoned = segment.Zone is not (PageZone.None or PageZone.ArticleBody or PageZone.Share or PageZone.Byline or PageZone.Caption or PageZone.Breadcrumb);
        if (segment.Class is BlockClass.Bad && !zoned && segment.ClassReason is not "furniture phrase" and not "end-of-article heading"
            || segment.Text.StartsWith('[') || segment.Text.Contains("Share", StringComparison.OrdinalIgnoreCase) || segment.Text.Contains("分享", StringComparison.Ordinal))
        {
            return false;
        }

        title = StripMoreMarker(segment.Text, out hasMore);
        return title.Length > 0;
    }

    internal static string StripMoreMarker(string text, out bool hasMore)
    {
        foreach (var marker in BoilerplateLexicon.MoreMarkers)
        {
            if (text.Length > marker.Length && text.EndsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                string head = TextSpan.TrimAll(text[..^marker.Length]);

                // "More" glued to a Latin word is part of the word ("Evermore").
                if (char.IsLetter(marker[0]) && !CharClass.IsCjk(marker[0]) && char.IsLetter(text[^(marker.Length + 1)]))
                {
                    continue;
                }

                hasMore = true;
                return head.TrimEnd('|', '·', '-', ' ');
            }
        }

        hasMore = false;
        return text;
    }

    private static bool IsEntry(Segment segment)
    {
        if (segment.Role is BlockRole.Noise or BlockRole.Breadcrumb or BlockRole.Title)
        {
            return false;
        }

        var stats = segment.Stats;
        if (stats.Words > MaxEntryWords || stats.Chars == 0)
        {
            return false;
        }

        if (segment.Bullet != '\0')
        {
            return true;
        }

        // Markup gives links: an entry is a block that is mostly one link.
        return segment.Links.Count is 1 or 2 && segment.LinkDensity >= 0.6;
    }

    private static LinkItem ToLink(Segment segment)
    {
        string text = segment.Bullet != '\0' ? segment.BodyText : segment.Text;
        bool truncated = false;
        foreach (var ellipsis in (ReadOnlySpan<string>)["...", "…", "……", "．．．"])
        {
            if (text.Length > ellipsis.Length && text.EndsWith(ellipsis, StringComparison.Ordinal))
            {
                text = TextSpan.TrimAll(text.TrimEnd('.', '…', '．'));
                truncated = true;
                break;
            }
        }

        return new LinkItem(text, segment.Links.Count > 0 ? segment.Links[0].Url : null, truncated);
    }
}
