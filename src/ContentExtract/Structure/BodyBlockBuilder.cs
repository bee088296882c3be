using ContentExtract.Pipeline;
using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// Turns the kept segments of the main run into typed blocks. Markup states structure outright;
/// in a text dump it is read from the lines: a wholly quoted line is a quote, a short unpunctuated
/// line before prose is a heading (the line under a heading is a sub-heading), bulleted sentences
/// form a list, everything else is a paragraph. A preformatted element is a code block, its lines
/// as they are.
/// </summary>
internal sealed class BodyBlockBuilder : IExtractionStage
{
    private const double MaxHeadingWords = 24;
    private const int MaxEdgeBlocks = 2;
    private const double MaxAppealWords = 60;

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
            if (segment.Markup == MarkupHint.Preformatted)
            {
                // A listing's lines and blank lines are its layout: never split into paragraphs, never read as a heading or a quote.
                Add(context, new CodeBlock(segment.Text) { Language = segment.CodeLanguage }, segment, $"code block of {LineCount(segment.Text)} lines");
                previousHeadingLevel = 0;
                continue;
            }

            // A text dump's table, read from its shape: the lines of it that are content, two rows or more, make one table.
            if (segment.Table > 0 && TextTableEnd(context, kept, k) is var tableEnd && RowCount(kept, k, tableEnd) >= 2)
            {
                AddTextTable(context, kept, k, tableEnd);
                k = tableEnd - 1;
                previousHeadingLevel = 0;
                continue;
            }

            if (segment.Markup is MarkupHint.ListItem or MarkupHint.OrderedListItem || (segment.Markup == MarkupHint.None && segment.Bullet != '\0'))
            {
                k = AddList(context, kept, k) - 1;
                previousHeadingLevel = 0;
                continue;
            }

            // A text dump's table is read from the spacing of its columns, not stated: each row stays a line of its own,
            // one block each, so that the rows count as the article's text wherever its size is weighed.
            if (segment.Markup == MarkupHint.TableRow && context.Kind == InputKind.Text)
            {
                Add(context, new ParagraphBlock(segment.CollapsedText), segment, "row of a table");
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

            // A repeat of the headline (a second headline element, a sticky title bar) is not a section heading.
            if (level > 0 && context.Title is { } title && string.Equals(segment.CollapsedText, title, StringComparison.OrdinalIgnoreCase))
            {
                segment.Decide(BlockRole.Boilerplate, "repeat of the headline");
                continue;
            }

            if (level > 0)
            {
                Add(context, new HeadingBlock(segment.CollapsedText) { Level = level }, segment, $"heading level {level}");
                previousHeadingLevel = level;
                continue;
            }

            previousHeadingLevel = 0;
            if (segment.Markup == MarkupHint.BlockQuote || (segment.Markup == MarkupHint.None && QuoteMarks.IsWhollyQuoted(segment.Text)))
            {
                Add(context, new QuoteBlock(segment.Text), segment, "quoted block");
                if (AttributionAfter(context, segment) is { } signature)
                {
                    // "— Maria Lopez, council president" under a pull quote signs it: the quote's last line and its speaker, not a
                    // heading or a quote of its own. The quotation recognizer reads the speaker set here and the line as the signature.
                    context.Blocks[^1] = new QuoteBlock(segment.Text + "\n" + signature.Line.Text.Trim()) { Speaker = signature.Name };
                    signature.Line.Decide(BlockRole.Content, "attribution of the quote above");
                    if (k + 1 < kept.Count && kept[k + 1] == signature.Line)
                    {
                        k++;
                    }
                }

                continue;
            }

            // Paragraphs a page separates only with <br><br> arrive as one block.
            if (segment.Text.Contains("\n\n", StringComparison.Ordinal))
            {
                foreach (var part in segment.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
                {
                    Add(context, new ParagraphBlock(part), segment, segment.Reason);
                }

                continue;
            }

            Add(context, new ParagraphBlock(segment.Text), segment, segment.Reason);
        }

        DropEdgeAppeals(context);
        DropTrailingHeadings(context);
    }

    /// <summary>
    /// Appeals and disclosures at the edges of the article ("Follow us on Twitter", "This post contains
    /// affiliate links", "X is a senior writer for Y") read like prose, so the run takes them in; they are
    /// recognised by their phrases, and only at the first and last blocks, where sites put them.
    /// </summary>
    private static void DropEdgeAppeals(ExtractionContext context)
    {
        for (int n = 0; n < MaxEdgeBlocks && context.Blocks.Count > 1 && IsAppeal(context.Blocks[^1], context.BlockSources[^1]); n++)
        {
            context.BlockSources[^1].Decide(BlockRole.Boilerplate, "appeal or disclosure at the end of the article");
            context.Blocks.RemoveAt(context.Blocks.Count - 1);
            context.BlockSources.RemoveAt(context.BlockSources.Count - 1);
        }

        for (int n = 0; n < MaxEdgeBlocks && context.Blocks.Count > 1 && IsAppeal(context.Blocks[0], context.BlockSources[0]); n++)
        {
            context.BlockSources[0].Decide(BlockRole.Boilerplate, "appeal or disclosure at the start of the article");
            context.Blocks.RemoveAt(0);
            context.BlockSources.RemoveAt(0);
        }
    }

    private static bool IsAppeal(ContentBlock block, Segment source) =>
        block is ParagraphBlock && source.Stats.Words <= MaxAppealWords
        && (block.Text.AsSpan().ContainsAny(Boilerplate.BoilerplateLexicon.EdgeAppealPhrases)
            || (block.Text.Contains('\u00A0') && block.Text.Replace('\u00A0', ' ').AsSpan().ContainsAny(Boilerplate.BoilerplateLexicon.EdgeAppealPhrases)));

    /// <summary>
    /// A heading with nothing after it heads something that was not kept (related links, a form); but where the content is a
    /// list whose items are their titles alone, set as headings, the last headings are items, not heads of what was dropped.
    /// </summary>
    private static void DropTrailingHeadings(ExtractionContext context)
    {
        // The item titles are in document order, as the blocks are: one pointer walks back through both.
        var itemTitles = context.ChosenCandidate is { Source: Selection.CandidateSource.ItemList } list ? list.ItemTitles : [];
        int title = itemTitles.Count - 1;
        while (context.Blocks.Count > 0 && context.Blocks[^1] is HeadingBlock)
        {
            int source = context.BlockSources[^1].Index;
            while (title >= 0 && itemTitles[title] > source)
            {
                title--;
            }

            if (title >= 0 && itemTitles[title] == source)
            {
                break;
            }

            context.BlockSources[^1].Decide(BlockRole.Boilerplate, "heading with no text after it");
            context.Blocks.RemoveAt(context.Blocks.Count - 1);
            context.BlockSources.RemoveAt(context.BlockSources.Count - 1);
        }
    }

    private static int HeadingLevel(Segment segment, List<Segment> kept, int k, int previousHeadingLevel)
    {
        // A theme that sets its paragraphs in heading elements still writes paragraphs: sentences longer than any heading.
        if (segment.Markup == MarkupHint.Heading && !(segment.Stats.Words > MaxHeadingWords && segment.Stats.EndsWithSentenceEnd))
        {
            return Math.Clamp(segment.MarkupHeadingLevel, 2, 6);
        }

        if ((segment.Markup != MarkupHint.None && segment.Markup != MarkupHint.Heading) || k == kept.Count - 1)
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

    private static int LineCount(string text) => text.AsSpan().Count('\n') + 1;

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

        Add(context, new ListBlock { Ordered = ordered, Items = items }, first, $"list of {items.Count} items");
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

        Add(context, new TableBlock { Rows = rows }, kept[start], $"table of {rows.Count} rows");
        return k;
    }

    /// <summary>
    /// The end (exclusive) of the kept lines from <paramref name="start"/> that belong to its table, one after the other in
    /// the page. Error-page text taken out of the page between two tables of as many columns leaves one table, as it stood
    /// before the text was put in.
    /// </summary>
    private static int TextTableEnd(ExtractionContext context, List<Segment> kept, int start)
    {
        int k = start + 1;
        while (k < kept.Count && kept[k].Table > 0
            && (kept[k].Table == kept[k - 1].Table
                ? kept[k].Index == kept[k - 1].Index + 1
                : kept[k].TableLines[0].Cells.Count == kept[k - 1].TableLines[^1].Cells.Count && OnlyNoiseBetween(context, kept[k - 1], kept[k])))
        {
            k++;
        }

        return k;
    }

    private static bool OnlyNoiseBetween(ExtractionContext context, Segment first, Segment last)
    {
        if (last.Index == first.Index + 1)
        {
            return false;
        }

        for (int i = first.Index + 1; i < last.Index; i++)
        {
            if (context.Segments[i].Role is not BlockRole.Noise)
            {
                return false;
            }
        }

        return true;
    }

    private static int RowCount(List<Segment> kept, int start, int end)
    {
        int rows = 0;
        for (int k = start; k < end; k++)
        {
            foreach (var line in kept[k].TableLines)
            {
                rows += line.Cells.Count > 0 && (line.StartsRow || rows == 0) ? 1 : 0;
            }
        }

        return rows;
    }

    /// <summary>
    /// A text dump's table from its lines [<paramref name="start"/>, <paramref name="end"/>): each line that starts a row
    /// gives a row of its cells, a line that continues one (a wrapped cell, a grid row's second line) adds its cells' text to the row above, cell by cell; rules give nothing.
    /// </summary>
    private static void AddTextTable(ExtractionContext context, List<Segment> kept, int start, int end)
    {
        var rows = new List<IReadOnlyList<string>>();
        List<string>? row = null;
        foreach (var line in kept.Skip(start).Take(end - start).SelectMany(segment => segment.TableLines))
        {
            var cells = line.Cells;
            if (cells.Count == 0)
            {
                continue;
            }

            if (row is null || line.StartsRow)
            {
                row = [.. cells];
                rows.Add(row);
                continue;
            }

            for (int c = 0; c < cells.Count && c < row.Count; c++)
            {
                row[c] = TextSpan.JoinWrapped(row[c], cells[c]);
            }
        }

        Add(context, new TableBlock { Rows = rows }, kept[start], $"table of {rows.Count} rows, read from the dump's columns");
    }

    /// <summary>
    /// The line right after a quote's segment in the page, when it signs the quote ("— Name, role"); kept or not, as the
    /// boilerplate stage drops many such short lines.
    /// </summary>
    private static (Segment Line, string Name)? AttributionAfter(ExtractionContext context, Segment quote)
    {
        int next = quote.Index + 1;
        if (next >= context.Segments.Count || next >= context.ContentEnd)
        {
            return null;
        }

        var line = context.Segments[next];
        return line.Role is BlockRole.Content or BlockRole.Boilerplate && line.Markup is not (MarkupHint.ListItem or MarkupHint.OrderedListItem or MarkupHint.TableRow or MarkupHint.Preformatted)
            && AttributionLine.TryRead(line.Text, line.SignsQuote, out _, out string name)
            ? (line, name)
            : null;
    }

    private static void Add(ExtractionContext context, ContentBlock block, Segment source, string reason)
    {
        context.Blocks.Add(block);
        context.BlockSources.Add(source);
        source.Decide(BlockRole.Content, reason);
    }
}
