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

    public IReadOnlyList<Segment> Segment(string text, CancellationToken cancellation)
    {
        var lines = SplitLines(text);

        // Each page column of a side-by-side layout wraps at its own width.
        int columns = 0;
        foreach (var line in lines)
        {
            columns = Math.Max(columns, line.Column);
        }

        var wrapWidths = _options.RejoinWrappedLines ? DetectWrapWidths(lines, columns + 1) : new int[columns + 1];

        var blocks = new List<Block>();
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

            string content = line.Content;
            char bullet = BulletOf(content, out string body);
            int lastWidth = line.Width;
            int lastIndent = line.Indent;
            bool first = true;
            int wrapWidth = wrapWidths[line.Column];

            // The paragraph's lines are appended to builders, never re-joined whole: one paragraph of many wrapped lines stays linear.
            StringBuilder? joined = null, joinedBody = null;
            char last = content[^1];
            while (wrapWidth > 0 && i + 1 < lines.Count && lines[i + 1].Column == line.Column && IsContinuation(last, lastWidth, lastIndent, first, bullet != '\0', lines[i + 1], wrapWidth))
            {
                if ((i & 1023) == 0)
                {
                    cancellation.ThrowIfCancellationRequested();
                }

                i++;
                first = false;
                lastIndent = lines[i].Indent;
                joined ??= new StringBuilder(content);
                TextSpan.AppendWrapped(joined, lines[i].Content);
                if (bullet != '\0')
                {
                    joinedBody ??= new StringBuilder(body);
                    TextSpan.AppendWrapped(joinedBody, lines[i].Content);
                }

                last = lines[i].Content[^1];
                lastWidth = lines[i].Width;
            }

            if (joined is not null)
            {
                content = joined.ToString();
                body = joinedBody?.ToString() ?? content;
            }

            blocks.Add(new Block(content, line.Indent, gap, bullet, bullet == '\0' ? content : body));
            gap = false;
        }

        var cells = TableCells(blocks);
        var segments = new List<Segment>(blocks.Count);
        foreach (var block in blocks)
        {
            var rowCells = cells[segments.Count];
            segments.Add(new Segment(segments.Count, block.Content)
            {
                Indent = block.Indent,
                GapBefore = block.GapBefore,
                Bullet = block.Bullet,
                BodyText = block.Body,
                Markup = rowCells is null ? MarkupHint.None : MarkupHint.TableRow,
                Cells = rowCells,
            });
        }

        return segments;
    }

    private readonly record struct Block(string Content, int Indent, bool GapBefore, char Bullet, string Body);

    /// <summary>A data table holds at least this many rows in a row.</summary>
    private const int MinTableRows = 3;

    /// <summary>Columns of a rendered table stand apart by at least this many spaces; words of a sentence by one.</summary>
    private const int MinColumnGap = 2;

    /// <summary>A cell of a data table is short: a name, a figure, a date.</summary>
    private const int MaxCellLength = 60;

    /// <summary>
    /// The cells of the rows of data tables, as w3m and lynx render them: lines of three or more columns set apart
    /// by runs of spaces, one cell at least a figure, and at least <see cref="MinTableRows"/> such lines in a row
    /// (blank lines between them allowed); the line above them that splits into columns as well is the header.
    /// Null for every other line. Columns of prose (a page laid out in a table) hold long cells and are no data table.
    /// </summary>
    private static IReadOnlyList<string>?[] TableCells(List<Block> blocks)
    {
        var cells = new IReadOnlyList<string>?[blocks.Count];
        var split = new List<string>?[blocks.Count];
        for (int i = 0; i < blocks.Count; i++)
        {
            split[i] = blocks[i].Bullet == '\0' ? SplitColumns(blocks[i].Content) : null;
        }

        int k = 0;
        while (k < blocks.Count)
        {
            if (!IsDataRow(split[k]))
            {
                k++;
                continue;
            }

            int end = k;
            while (end < blocks.Count && IsDataRow(split[end]))
            {
                end++;
            }

            if (end - k >= MinTableRows)
            {
                int start = k > 0 && split[k - 1] is { Count: >= 2 } ? k - 1 : k;
                for (int i = start; i < end; i++)
                {
                    cells[i] = split[i];
                }
            }

            k = end;
        }

        return cells;
    }

    private static bool IsDataRow(List<string>? cells)
    {
        if (cells is not { Count: >= 3 })
        {
            return false;
        }

        bool figure = false;
        foreach (var cell in cells)
        {
            figure |= IsFigure(cell);
        }

        return figure;
    }

    /// <summary>"5040", "1.234,5", "12:30", "-3", "45%".</summary>
    private static bool IsFigure(string cell)
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

    /// <summary>The columns of a line split at runs of <see cref="MinColumnGap"/> spaces, or null where a column is too long for a cell.</summary>
    private static List<string>? SplitColumns(string line)
    {
        var cells = new List<string>();
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

            cells.Add(line[start..end]);
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

        var rest = TextSpan.TrimAll(line.AsSpan(1));
        if (rest.Length == 0)
        {
            return '\0';
        }

        body = rest.ToString();
        return bullet;
    }

    private static bool IsContinuation(char previousLast, int previousWidth, int previousIndent, bool previousIsFirst, bool isBullet, Line next, int wrapWidth)
    {
        if (next.Content.Length == 0 || BulletOf(next.Content, out _) != '\0')
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
        if (CharClass.IsCjk(previousLast) || CharClass.IsCjkPunctuation(previousLast) || CharClass.IsCjk(next.Content[0]) || CharClass.IsCjkPunctuation(next.Content[0]))
        {
            return previousWidth >= wrapWidth - CjkWrapTolerance;
        }

        // Latin text was wrapped only if the next line's first word would not have fitted.
        return previousWidth + 1 + FirstWordWidth(next.Content) > wrapWidth - LatinWrapTolerance;
    }

    private static int FirstWordWidth(string text)
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
        var max = new int[columns];
        foreach (var line in lines)
        {
            max[line.Column] = Math.Max(max[line.Column], line.Width);
        }

        var near = new int[columns];
        foreach (var line in lines)
        {
            if (line.Width >= max[line.Column] - 12)
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

    /// <summary>The lines of the dump, each page column of a side-by-side layout set out after the other (see <see cref="ColumnLayout"/>).</summary>
    private static List<Line> SplitLines(string text)
    {
        var ranges = new List<(int Start, int Length)>();
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
        if (ColumnLayout.Arrange(text, ranges) is { } pieces)
        {
            foreach (var piece in pieces)
            {
                lines.Add(Line.Of(text.AsSpan(piece.Start, piece.Length), piece.Column));
            }
        }
        else
        {
            foreach (var (from, length) in ranges)
            {
                lines.Add(Line.Of(text.AsSpan(from, length), 0));
            }
        }

        return lines;
    }

    /// <summary>A line of the dump; <see cref="Column"/> tells the page columns of a side-by-side layout apart (0 elsewhere).</summary>
    private readonly record struct Line(string Content, int Indent, int Width, int Column)
    {
        public static Line Of(ReadOnlySpan<char> raw, int column)
        {
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

            return new Line(content.ToString(), indent, width, column);
        }
    }
}
