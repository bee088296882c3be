using ContentExtract.Pipeline;
using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// Turns the kept segments of the main run into typed blocks. Markup states structure outright;
/// in a text dump it is read from the lines: a wholly quoted line is a quote, a short unpunctuated
/// line before prose is a heading (the line under a heading is a sub-heading), bulleted sentences
/// form a list, everything else is a paragraph.
/// </summary>
internal sealed class BodyBlockBuilder : IExtractionStage
{
    private const double MaxHeadingWords = 24;

    public void Run(ExtractionContext context)
    {
        if (!context.HasContentRun)
        {
            return;
        }

        var kept = new List<Segment>();
        for (int i = context.ContentStart; i < context.ContentEnd; i++)
        {
            if (context.Segments[i].Role == BlockRole.Content)
            {
                kept.Add(context.Segments[i]);
            }
        }

        int previousHeadingLevel = 0;
        for (int k = 0; k < kept.Count; k++)
        {
            var segment = kept[k];
            if (segment.Markup is MarkupHint.ListItem or MarkupHint.OrderedListItem || (segment.Markup == MarkupHint.None && segment.Bullet != '\0'))
            {
                k = AddList(context, kept, k) - 1;
                previousHeadingLevel = 0;
                continue;
            }

            if (segment.Markup == MarkupHint.TableRow)
            {
                k = AddTable(context, kept, k) - 1;
                previousHeadingLevel = 0;
                continue;
            }

            int level = HeadingLevel(segment, kept, k, previousHeadingLevel);
            if (level > 0)
            {
                Add(context, new HeadingBlock(level, TextSpan.CollapseSpaces(segment.Text)), segment, $"heading level {level}");
                previousHeadingLevel = level;
                continue;
            }

            previousHeadingLevel = 0;
            if (segment.Markup == MarkupHint.BlockQuote || (segment.Markup == MarkupHint.None && QuoteMarks.IsWhollyQuoted(segment.Text)))
            {
                Add(context, new QuoteBlock(segment.Text, null), segment, "quoted block");
                continue;
            }

            Add(context, new ParagraphBlock(segment.Text), segment, segment.Reason);
        }
    }

    private static int HeadingLevel(Segment segment, List<Segment> kept, int k, int previousHeadingLevel)
    {
        if (segment.Markup == MarkupHint.Heading)
        {
            return Math.Clamp(segment.MarkupHeadingLevel, 2, 6);
        }

        if (segment.Markup != MarkupHint.None || k == kept.Count - 1)
        {
            return 0;
        }

        var stats = segment.Stats;
        if (stats.Words > MaxHeadingWords || stats.Words < 1 || stats.EndsWithSentenceEnd || QuoteMarks.IsWhollyQuoted(segment.Text))
        {
            return 0;
        }

        char last = segment.Text[^1];
        if (last is ':' or '：' or ',' or '，' or '、' or ';' or '；' or '…' || segment.Text.EndsWith("...", StringComparison.Ordinal) || !HasLetter(segment.Text))
        {
            return 0;
        }

        // A line that opens a quotation and stops before closing it is a paragraph the dump broke, not a heading.
        if (OpensUnclosedQuotation(segment.Text))
        {
            return 0;
        }

        // A heading introduces prose; a short line followed by another short line that is not a heading is a fragment.
        var next = kept[k + 1];
        bool beforeProse = next.Stats.Words >= stats.Words || next.Stats.EndsWithSentenceEnd;
        if (!beforeProse)
        {
            return 0;
        }

        return previousHeadingLevel > 0 ? Math.Min(previousHeadingLevel + 1, 6) : 2;
    }

    private static bool OpensUnclosedQuotation(string text)
    {
        var span = text.AsSpan();
        for (int i = 0; i < span.Length; i++)
        {
            if (span[i] is '“' or '「' && QuoteMarks.FindClose(span, i) < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetter(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static int AddList(ExtractionContext context, List<Segment> kept, int start)
    {
        var first = kept[start];
        bool ordered = first.Markup == MarkupHint.OrderedListItem;
        var items = new List<string>();
        int k = start;
        for (; k < kept.Count; k++)
        {
            var segment = kept[k];
            bool item = segment.Markup is MarkupHint.ListItem or MarkupHint.OrderedListItem || (segment.Markup == MarkupHint.None && segment.Bullet != '\0');
            if (!item)
            {
                break;
            }

            items.Add(segment.Bullet != '\0' ? segment.BodyText : segment.Text);
        }

        Add(context, new ListBlock(ordered, items), first, $"list of {items.Count} items");
        return k;
    }

    private static int AddTable(ExtractionContext context, List<Segment> kept, int start)
    {
        var rows = new List<IReadOnlyList<string>>();
        int k = start;
        for (; k < kept.Count && kept[k].Markup == MarkupHint.TableRow; k++)
        {
            rows.Add(kept[k].Cells ?? [kept[k].Text]);
        }

        Add(context, new TableBlock(rows), kept[start], $"table of {rows.Count} rows");
        return k;
    }

    private static void Add(ExtractionContext context, ContentBlock block, Segment source, string reason)
    {
        context.Blocks.Add(block);
        context.BlockSources.Add(source);
        source.Decide(BlockRole.Content, reason);
    }
}
