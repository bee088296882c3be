using System.Text;
using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.PlainText;

/// <summary>
/// Splits a text dump into segments: one per line, except that lines a renderer hard-wrapped at a
/// fixed width (lynx, w3m) are joined back into their paragraph. WET records and scraper dumps
/// have one block per line and no wrapping, so for them a segment is a line.
/// </summary>
internal sealed class TextSegmenter
{
    private const int CjkWrapTolerance = 5;
    private const int LatinWrapTolerance = 2;

    private readonly PlainTextOptions _options;

    public TextSegmenter(PlainTextOptions options) => _options = options;

    /// <summary>Whether the wrap width is found from lines of text, not from lines set far right or from a cell's rule (rule <see cref="Pipeline.Rule.WrapWidthFromTextLines"/>).</summary>
    public bool ReadsWrapWidthFromText { get; init; } = true;

    /// <summary>Whether a page column's lines below the other column's last line stay with their column (rule <see cref="Pipeline.Rule.ColumnContinuation"/>).</summary>
    public bool ContinuesColumns { get; init; } = true;

    public IReadOnlyList<Segment> Segment(string text, CancellationToken cancellation)
    {
        var lines = SplitLines(text, ContinuesColumns);

        // Each page column of a side-by-side layout wraps at its own width.
        int columns = 0;
        foreach (var line in lines)
        {
            columns = Math.Max(columns, line.Column);
        }

        // The table reader takes each line's memory in the dump (a span, not a copy) with its indent and page column.
        var tables = TextTableRecognizer.Recognize(lines.ConvertAll(line => new TextTableRecognizer.RowLine(line.Content, line.Indent, line.Column)), cancellation);

        var wrapWidths = _options.RejoinWrappedLines ? DetectWrapWidths(lines, columns + 1) : new int[columns + 1];
        var cellWrapWidths = _options.RejoinWrappedLines ? DetectCellWrapWidths(lines, wrapWidths) : null;

        // A block starts at a line with text: sized for them all, the list never grows.
        int lineCount = 0;
        foreach (var line in lines)
        {
            lineCount += line.Content.Length > 0 ? 1 : 0;
        }

        var blocks = new List<Block>(lineCount);

        // One pair of builders serves every paragraph that joins wrapped lines: cleared, each keeps the room the longest
        // paragraph so far needed, where a builder a paragraph grew its chunks again and again (their char[] and the
        // copies were the segmenter's largest allocation after the segments themselves).
        StringBuilder? paragraph = null, paragraphBody = null;
        bool gap = true;
        for (int i = 0; i < lines.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var line = lines[i];
            if (line.Content.Length == 0)
            {
                gap = true;
                continue;
            }

            // The line's string is made here, once it is known to start a block: the lines joined onto it are appended
            // from the dump itself.
            string content = line.Content.ToString();
            char bullet = BulletOf(content, out string body);
            int lastWidth = line.Width;
            int lastIndent = line.Indent;
            bool first = true;
            int wrapWidth = cellWrapWidths?[i] is > 0 and var cellWidth ? cellWidth : wrapWidths[line.Column];

            // The paragraph's lines are appended to builders, never re-joined whole: one paragraph of many wrapped lines stays linear.
            StringBuilder? joined = null, joinedBody = null;
            char last = content[^1];
            int firstLine = i;
            while (wrapWidth > 0 && i + 1 < lines.Count && lines[i + 1].Column == line.Column && IsContinuation(last, lastWidth, lastIndent, first, bullet != '\0', lines[i + 1], wrapWidth))
            {
                if ((i & 1023) == 0)
                {
                    cancellation.ThrowIfCancellationRequested();
                }

                i++;
                first = false;
                lastIndent = lines[i].Indent;
                joined ??= (paragraph ??= new StringBuilder()).Clear().Append(content);
                var next = lines[i].Content.Span;
                TextSpan.AppendWrapped(joined, next);
                if (bullet != '\0')
                {
                    joinedBody ??= (paragraphBody ??= new StringBuilder()).Clear().Append(body);
                    TextSpan.AppendWrapped(joinedBody, next);
                }

                last = next[^1];
                lastWidth = lines[i].Width;
            }

            if (joined is not null)
            {
                content = joined.ToString();
                body = joinedBody?.ToString() ?? content;
            }

            blocks.Add(new Block(content, line.Indent, gap, bullet, bullet == '\0' ? content : body, TableLinesOf(tables, firstLine, i)));
            gap = false;
        }

        var cells = TableCells(blocks);
        var segments = new List<Segment>(blocks.Count);
        foreach (var block in blocks)
        {
            // TableRow marks the rows of data tables, which weigh in the article's run as sentences do; every table's lines carry their cells.
            var rowCells = cells[segments.Count];
            segments.Add(new Segment(segments.Count, block.Content)
            {
                Indent = block.Indent,
                GapBefore = block.GapBefore,
                Bullet = block.Bullet,
                BodyText = block.Body,
                Markup = rowCells is null ? MarkupHint.None : MarkupHint.TableRow,
                Cells = rowCells,
                TableLines = block.TableLines,
            });
        }

        return segments;
    }

    private readonly record struct Block(string Content, int Indent, bool GapBefore, char Bullet, string Body, IReadOnlyList<TextTableLine> TableLines);

    /// <summary>
    /// The table lines of a block made of lines [<paramref name="first"/>, <paramref name="last"/>]: all of them when every
    /// line is of one table, none otherwise. The blocks stay as the wrap rules made them, so that reading a table's shape
    /// changes nothing the later stages weigh; a table's lines joined into one block (w3m's grid lines reach the wrap width)
    /// just carry several rows.
    /// </summary>
    private static IReadOnlyList<TextTableLine> TableLinesOf(TextTableLine?[] tables, int first, int last)
    {
        if (tables[first] is not { } head)
        {
            return [];
        }

        if (first == last)
        {
            return [head];
        }

        var lines = new TextTableLine[last - first + 1];
        for (int i = first; i <= last; i++)
        {
            if (tables[i] is not { } line || line.Table != head.Table)
            {
                return [];
            }

            lines[i - first] = line;
        }

        return lines;
    }

    /// <summary>A data table holds at least this many rows in a row.</summary>
    private const int MinTableRows = 3;

    /// <summary>Columns of a rendered table stand apart by at least this many spaces; words of a sentence by one.</summary>
    private const int MinColumnGap = 2;

    /// <summary>A cell of a data table is short: a name, a figure, a date.</summary>
    private const int MaxCellLength = 60;

    /// <summary>
    /// The cells of the rows of data tables, as w3m and lynx render them: lines of three or more columns set apart
    /// by runs of spaces, one cell at least a figure, or of two columns both figures, and at least
    /// <see cref="MinTableRows"/> such lines in a row
    /// (blank lines between them allowed); the line above them that splits into columns as well is the header.
    /// Null for every other line. Columns of prose (a page laid out in a table) hold long cells and are no data table.
    /// </summary>
    private static IReadOnlyList<string>?[] TableCells(List<Block> blocks)
    {
        var cells = new IReadOnlyList<string>?[blocks.Count];
        var split = new List<Range>?[blocks.Count];
        for (int i = 0; i < blocks.Count; i++)
        {
            split[i] = blocks[i].Bullet == '\0' ? SplitColumns(blocks[i].Content) : null;
        }

        int k = 0;
        while (k < blocks.Count)
        {
            if (!IsDataRow(blocks[k], split[k]))
            {
                k++;
                continue;
            }

            int end = k;
            while (end < blocks.Count && IsDataRow(blocks[end], split[end]))
            {
                end++;
            }

            if (end - k >= MinTableRows)
            {
                int start = k > 0 && split[k - 1] is { Count: >= 2 } ? k - 1 : k;
                for (int i = start; i < end; i++)
                {
                    string row = blocks[i].Content;
                    cells[i] = split[i] is { } columns ? columns.ConvertAll(cell => row[cell]) : AlignedCells(blocks[i]);
                }
            }

            k = end;
        }

        return cells;
    }

    /// <summary>
    /// A line of three or more columns, one of them a figure; or of two columns that are both figures (a date and a
    /// value, a year and a count: a series, which no menu or byline is).
    /// </summary>
    private static bool IsDataRow(Block block, List<Range>? columns)
    {
        if (columns is null)
        {
            // The table reader sets a row in its table's columns where its gap closed to one space ("10/1/2013 +13.6%").
            return AlignedCells(block) is { Count: 2 } aligned && IsFigure(aligned[0]) && IsFigure(aligned[1]);
        }

        string row = block.Content;
        if (columns.Count == 2)
        {
            return IsFigure(row.AsSpan()[columns[0]]) && IsFigure(row.AsSpan()[columns[1]]);
        }

        bool figure = false;
        foreach (var cell in columns)
        {
            figure |= IsFigure(row.AsSpan()[cell]);
        }

        return figure;
    }

    /// <summary>The cells the table reader found for a block that is one row of its table, or null.</summary>
    private static IReadOnlyList<string>? AlignedCells(Block block) =>
        block.TableLines is [{ StartsRow: true } only] && only.Cells.Count >= 2 ? only.Cells : null;

    /// <summary>"5040", "1.234,5", "12:30", "-3", "45%".</summary>
    private static bool IsFigure(ReadOnlySpan<char> cell)
    {
        bool digit = false;
        foreach (char c in cell)
        {
            if (char.IsDigit(c))
            {
                digit = true;
            }
            else if (c is not ('.' or ',' or ':' or '%' or '+' or '-' or '−' or '/'))
            {
                return false;
            }
        }

        return digit;
    }

    /// <summary>
    /// Where the columns of a line lie, split at runs of <see cref="MinColumnGap"/> spaces, or null where a column is too
    /// long for a cell. Strings are made only of the rows of a table; a line without such a run is one column, no row.
    /// </summary>
    private static List<Range>? SplitColumns(string line)
    {
        if (!TextTableRecognizer.HasColumnGap(line))
        {
            return null;
        }

        var cells = new List<Range>();
        int i = 0;
        while (i < line.Length)
        {
            int start = i, end = i;
            while (end < line.Length)
            {
                if (line[end] != ' ')
                {
                    end++;
                    continue;
                }

                int run = 0;
                while (end + run < line.Length && line[end + run] == ' ')
                {
                    run++;
                }

                if (run >= MinColumnGap)
                {
                    break;
                }

                end += run;
            }

            if (end - start > MaxCellLength)
            {
                return null;
            }

            cells.Add(start..end);
            while (end < line.Length && line[end] == ' ')
            {
                end++;
            }

            i = end;
        }

        return cells.Count >= 2 ? cells : null;
    }

    /// <summary>Returns the leading bullet of a line and the text after it, or '\0'.</summary>
    internal static char BulletOf(string line, out string body)
    {
        char bullet = BulletOf(line, out ReadOnlySpan<char> rest);
        body = bullet == '\0' ? line : rest.ToString();
        return bullet;
    }

    /// <summary>
    /// Returns the leading bullet of a line and the text after it, or '\0' (and the line); the test for a bullet that
    /// makes no string, asked of every line that might continue a paragraph.
    /// </summary>
    private static char BulletOf(ReadOnlySpan<char> line, out ReadOnlySpan<char> body)
    {
        body = line;
        if (line.Length < 2 || !CharClass.IsBullet(line[0]))
        {
            return '\0';
        }

        char bullet = line[0];
        bool spaced = CharClass.IsSpace(line[1]);

        // ASCII marks double as punctuation and signs ("-5°C", "*Terms apply"), so they need a space after them.
        if (bullet is '-' or '*' or '+' or '–' && !spaced)
        {
            return '\0';
        }

        // A run of the mark ("-----", "***") is a separator rule, not a bullet.
        if (line[1] == bullet)
        {
            return '\0';
        }

        var rest = TextSpan.TrimAll(line[1..]);
        if (rest.Length == 0)
        {
            return '\0';
        }

        body = rest;
        return bullet;
    }

    private static bool IsContinuation(char previousLast, int previousWidth, int previousIndent, bool previousIsFirst, bool isBullet, Line next, int wrapWidth)
    {
        var content = next.Content.Span;
        if (content.Length == 0 || BulletOf(content, out _) != '\0')
        {
            return false;
        }

        // A wrapped line keeps its paragraph's indentation, except that the first line may carry a
        // first-line indent (lynx renders the ideographic spaces of Chinese paragraphs) and a
        // bullet's continuation aligns with the bullet's text.
        bool sameIndent = Math.Abs(next.Indent - previousIndent) <= 1;
        bool firstLineIndent = previousIsFirst && next.Indent < previousIndent;
        bool bulletHang = previousIsFirst && isBullet && next.Indent > previousIndent && next.Indent <= previousIndent + 4;
        if (!sameIndent && !firstLineIndent && !bulletHang)
        {
            return false;
        }

        // CJK text breaks between any two characters, so a line that reaches the margin was wrapped;
        // renderers disagree by a column or two on quotation marks, hence the tolerance.
        if (CharClass.IsCjk(previousLast) || CharClass.IsCjkPunctuation(previousLast) || CharClass.IsCjk(content[0]) || CharClass.IsCjkPunctuation(content[0]))
        {
            return previousWidth >= wrapWidth - CjkWrapTolerance;
        }

        // Latin text was wrapped only if the next line's first word would not have fitted.
        return previousWidth + 1 + FirstWordWidth(content) > wrapWidth - LatinWrapTolerance;
    }

    private static int FirstWordWidth(ReadOnlySpan<char> text)
    {
        int width = 0;
        foreach (char c in text)
        {
            if (CharClass.IsSpace(c))
            {
                break;
            }

            width += CharClass.DisplayWidth(c);
            if (CharClass.IsCjk(c))
            {
                break;
            }
        }

        return width;
    }

    /// <summary>
    /// Finds, for each page column, the display column a renderer wrapped at: the widest line, when several lines
    /// end close to it. 0 where the text is not hard-wrapped.
    /// </summary>
    private int[] DetectWrapWidths(List<Line> lines, int columns)
    {
        // The widest line, and the widest that holds a letter: a rule drawn to a cell's border stands a few columns past
        // the cell's wrapped text, a page-wide rule far past it (MaxRuleOverhang).
        var max = new int[columns];
        var maxText = new int[columns];
        foreach (var line in lines)
        {
            if (CanSetWrapWidth(line))
            {
                max[line.Column] = Math.Max(max[line.Column], line.Width);
                maxText[line.Column] = Math.Max(maxText[line.Column], ReadsWrapWidthFromText && HasLetter(line.Content.Span) ? line.Width : 0);
            }
        }

        for (int c = 0; c < columns; c++)
        {
            max[c] = ReadsWrapWidthFromText && maxText[c] >= max[c] - MaxRuleOverhang ? maxText[c] : max[c];
        }

        var near = new int[columns];
        foreach (var line in lines)
        {
            if (CanSetWrapWidth(line) && line.Width >= max[line.Column] - NearWrapWidth)
            {
                near[line.Column]++;
            }
        }

        for (int c = 0; c < columns; c++)
        {
            max[c] = max[c] >= _options.MinWrapWidth && near[c] >= 3 ? max[c] : 0;
        }

        return max;
    }

    /// <summary>Lines that end within this many display columns of the widest show that the text wraps there.</summary>
    private const int NearWrapWidth = 12;

    /// <summary>
    /// A rule drawn to a cell's border stands at most this many display columns past the widest line of the cell's text
    /// (zh-cwced's w3m dumps: 4, where the text wraps a wide character short of the border); a rule further out is the
    /// page's or the author's, and the text's own width is no wrap width (lines broken by their author stay lines).
    /// </summary>
    private const int MaxRuleOverhang = 6;

    /// <summary>
    /// Whether a line's right end may be where the renderer wrapped: a line that starts in the left half of the width it
    /// reaches. A line set far right (a right-aligned "[Comment] [Close]" row, a sidebar's lone bullet below the article's
    /// column, a page-centred footer) ends where its alignment put it, past the column's text; taken for the widest line,
    /// it hid the margin that the column's paragraphs wrap at (rule <see cref="Pipeline.Rule.WrapWidthFromTextLines"/>).
    /// </summary>
    private bool CanSetWrapWidth(Line line) => !ReadsWrapWidthFromText || line.Indent * 2 <= line.Width;

    /// <summary>Lines of a cell wrapped at its margin reach it to within this many display columns (w3m stops a column short before a wide character).</summary>
    private const int CellMarginTolerance = 2;

    /// <summary>A cell's margin is believed when at least this many lines, in one or more runs of its column, wrap at it.</summary>
    private const int MinCellMarginLines = 3;

    /// <summary>
    /// Finds the wrap width of each run of lines that a renderer wrapped narrower than its page column: w3m lays a
    /// page built of tables out cell by cell and wraps each cell's text at the cell's own right edge, so the
    /// article's paragraphs end well short of the widest line (a navigation row), and the column's wrap width
    /// misses them. A run is a stretch of lines without a blank line, one indentation (the first line may be
    /// indented deeper) and no column gaps; its margin is its widest line that another line follows. The margin
    /// counts when lines reaching it (give or take <see cref="CellMarginTolerance"/> columns) recur — at least
    /// <see cref="MinCellMarginLines"/> of them in the runs of the column with that margin, each broken inside CJK text and
    /// holding a clause or sentence mark, counted in runs where at least two lines and most lines but the last reach the margin and the last does not pass it — as the full lines of wrapped paragraphs
    /// do, and a list of headlines or menu items does not. Returns, per line, its run's margin, or 0.
    /// </summary>
    private int[] DetectCellWrapWidths(List<Line> lines, int[] columnWrapWidths)
    {
        var margins = new int[lines.Count];
        var runs = new List<(int Start, int End, int Column, int Margin, int Full)>();
        int i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Content.Length == 0 || TextTableRecognizer.HasColumnGap(lines[i].Content.Span))
            {
                i++;
                continue;
            }

            int start = i, end = i + 1;
            int indent = end < lines.Count ? lines[end].Indent : 0;
            while (end < lines.Count
                && lines[end].Content.Length > 0
                && lines[end].Column == lines[start].Column
                && Math.Abs(lines[end].Indent - indent) <= 1
                && lines[start].Indent >= indent - 1
                && BulletOf(lines[end].Content.Span, out _) == '\0'
                && !TextTableRecognizer.HasColumnGap(lines[end].Content.Span))
            {
                end++;
            }

            int margin = 0;
            for (int k = start; k < end - 1; k++)
            {
                margin = Math.Max(margin, lines[k].Width);
            }

            int full = 0;
            for (int k = start; k < end - 1; k++)
            {
                full += lines[k].Width >= margin - CellMarginTolerance && BreaksInCjkText(lines[k], lines[k + 1]) && HasProsePunctuation(lines[k].Content.Span) ? 1 : 0;
            }

            if (end - start >= 2)
            {
                // A wrapped paragraph's lines reach the margin but its last; a list's items seldom do.
                bool wrapped = full >= 2 && full == end - start - 1 && lines[end - 1].Width <= margin + CellMarginTolerance;
                runs.Add((start, end, lines[start].Column, margin, wrapped ? full : 0));
            }

            i = end;
        }

        var fullLines = new Dictionary<(int Column, int Margin), int>();
        foreach (var run in runs)
        {
            fullLines[(run.Column, run.Margin)] = fullLines.GetValueOrDefault((run.Column, run.Margin)) + run.Full;
        }

        var widestFrom = WidestTextByIndent(lines);
        foreach (var run in runs)
        {
            int columnWidth = columnWrapWidths[run.Column];
            if (run.Margin < _options.MinWrapWidth || (columnWidth > 0 && run.Margin >= columnWidth - CjkWrapTolerance))
            {
                continue;
            }

            // Text elsewhere in the column that starts at or left of the run's edge and runs past its margin shows a
            // page wider than the run: the margin is a cell's. Where nothing is wider, the lines may be broken where
            // their author broke them (a page of <br>-ended lines), which a reader keeps.
            int edge = Math.Min(lines[run.Start].Indent, lines[run.End - 1].Indent);
            if (WidestAtOrLeftOf(widestFrom[run.Column], edge) <= run.Margin + CjkWrapTolerance)
            {
                continue;
            }

            int support = 0;
            for (int m = run.Margin - CellMarginTolerance; m <= run.Margin + CellMarginTolerance; m++)
            {
                support += fullLines.GetValueOrDefault((run.Column, m));
            }

            if (support >= MinCellMarginLines)
            {
                for (int k = run.Start; k < run.End; k++)
                {
                    margins[k] = run.Margin;
                }
            }
        }

        return margins;
    }

    /// <summary>
    /// Whether the break between two lines falls inside CJK text. There any character may end a line, so a renderer's
    /// wrapped lines end at one width and their recurrence is evidence of a margin; Latin lines end where a word did
    /// not fit, so their widths vary by a word, and lists of items match them as often.
    /// </summary>
    private static bool BreaksInCjkText(Line line, Line next) =>
        (CharClass.IsCjk(line.Content.Span[^1]) || CharClass.IsCjkPunctuation(line.Content.Span[^1]))
        && (CharClass.IsCjk(next.Content.Span[0]) || CharClass.IsCjkPunctuation(next.Content.Span[0]));

    /// <summary>
    /// Whether a line holds a clause or sentence mark that is not part of a figure or an address ("1.8", "12:30",
    /// "example.com/a?b=c"): a full line of
    /// wrapped prose does, a row of headlines or menu items padded to one length seldom does.
    /// </summary>
    private static bool HasProsePunctuation(ReadOnlySpan<char> line)
    {
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if ((CharClass.IsClauseMark(c) || CharClass.IsSentenceEnd(c))
                && !(char.IsAscii(c) && i > 0 && i + 1 < line.Length && char.IsAsciiLetterOrDigit(line[i - 1]) && char.IsAsciiLetterOrDigit(line[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Per page column, the indentations of its lines of text (lines holding a letter, not rules) in ascending order,
    /// with the widest such line starting at or left of each: a prefix maximum, read by binary search, so that every
    /// run asks in logarithmic time however many indentations the dump holds.
    /// </summary>
    private static (int[] Indents, int[] Widest)[] WidestTextByIndent(List<Line> lines)
    {
        int columns = 0;
        foreach (var line in lines)
        {
            columns = Math.Max(columns, line.Column + 1);
        }

        var byColumn = new Dictionary<int, int>[columns];
        for (int c = 0; c < columns; c++)
        {
            byColumn[c] = [];
        }

        foreach (var line in lines)
        {
            if (line.Content.Length > 0 && HasLetter(line.Content.Span))
            {
                var byIndent = byColumn[line.Column];
                byIndent[line.Indent] = Math.Max(byIndent.GetValueOrDefault(line.Indent), line.Width);
            }
        }

        var result = new (int[] Indents, int[] Widest)[columns];
        for (int c = 0; c < columns; c++)
        {
            var indents = byColumn[c].Keys.ToArray();
            Array.Sort(indents);
            var widest = new int[indents.Length];
            for (int k = 0; k < indents.Length; k++)
            {
                widest[k] = Math.Max(k > 0 ? widest[k - 1] : 0, byColumn[c][indents[k]]);
            }

            result[c] = (indents, widest);
        }

        return result;
    }

    /// <summary>The widest line of text starting at or left of <paramref name="edge"/> (one column of slack).</summary>
    private static int WidestAtOrLeftOf((int[] Indents, int[] Widest) column, int edge)
    {
        int at = Array.BinarySearch(column.Indents, edge + 1);
        int last = at >= 0 ? at : ~at - 1;
        return last >= 0 ? column.Widest[last] : 0;
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
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

    /// <summary>Whether a line holds a gap of <see cref="MinColumnGap"/> spaces: columns of a table, not running text.</summary>
    /// <summary>The lines of the dump, each page column of a side-by-side layout set out after the other (see <see cref="ColumnLayout"/>).</summary>
    private static List<Line> SplitLines(string text, bool continuesColumns)
    {
        // A line ends at every '\n' and at a '\r' not before one, so there are at most this many: counted, vectorized,
        // the list never grows.
        var ranges = new List<(int Start, int Length)>(text.AsSpan().Count('\n') + text.AsSpan().Count('\r') + 1);
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r')
            {
                continue;
            }

            ranges.Add((start, i - start));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        var lines = new List<Line>(ranges.Count);
        if (ColumnLayout.Arrange(text, ranges, continuesColumns) is { } pieces)
        {
            foreach (var piece in pieces)
            {
                lines.Add(Line.Of(text.AsMemory(piece.Start, piece.Length), piece.Column));
            }
        }
        else
        {
            foreach (var (from, length) in ranges)
            {
                lines.Add(Line.Of(text.AsMemory(from, length), 0));
            }
        }

        return lines;
    }

    /// <summary>
    /// A line of the dump, its content trimmed but not copied (a wrapped line is only appended to its paragraph);
    /// <see cref="Column"/> tells the page columns of a side-by-side layout apart (0 elsewhere).
    /// </summary>
    private readonly record struct Line(ReadOnlyMemory<char> Content, int Indent, int Width, int Column)
    {
        public static Line Of(ReadOnlyMemory<char> line, int column)
        {
            var raw = line.Span;
            int indent = 0, i = 0;
            for (; i < raw.Length && CharClass.IsSpace(raw[i]); i++)
            {
                indent += raw[i] switch { '\t' => 4, '\u3000' => 2, _ => 1 };
            }

            var content = TextSpan.TrimAll(raw);
            int width = indent;
            foreach (char c in content)
            {
                width += CharClass.DisplayWidth(c);
            }

            // The indentation just skipped is what TrimAll cut from the start.
            return new Line(line.Slice(i, content.Length), indent, width, column);
        }
    }
}
