using ContentExtract.Text;

namespace ContentExtract.PlainText;

/// <summary>One line of a table a text dump lays out, as <see cref="TextTableRecognizer"/> reads it.</summary>
/// <param name="Table">The table's number, from 1, in the order of the dump.</param>
/// <param name="Cells">The line's cells; empty for a grid's rule line.</param>
/// <param name="StartsRow">False for a line that continues the row above (a cell wrapped over two lines, a rule).</param>
internal readonly record struct TextTableLine(int Table, IReadOnlyList<string> Cells, bool StartsRow);

/// <summary>
/// Finds the tables of a text dump by their shape. w3m lays a <c>&lt;table&gt;</c> out in fixed columns, padding each
/// cell with spaces to its column's width, and draws a bordered table as a grid of box-drawing characters; other
/// dumps carry grids of <c>|</c> and <c>+---+</c>. lynx and scraper dumps set each cell on a line of its own, so
/// their rows cannot be told apart from paragraphs and are left as they are.
/// </summary>
/// <remarks>
/// A spaced table is a run of at least two lines (single blank lines between them allowed) that each hold a gap of two
/// spaces or more, where the display columns no line writes into (counting wide CJK characters as two) cut every line
/// into the same columns, at least two lines setting a cell apart at each cut with two spaces or more. Runs that read
/// as prose — one line's text flowing into the next, as a wrapped paragraph or a page column beside a sidebar does —
/// or as code, and lines whose own gaps fall inside a column (a menu row under a table) are not table rows.
/// Every pass is linear in the length of the lines it reads.
/// </remarks>
internal static partial class TextTableRecognizer
{
    /// <summary>Columns of a rendered table stand apart by at least this many spaces; words of a sentence by one.</summary>
    private const int MinColumnGap = 2;

    /// <summary>A cut between columns is believed when at least this many rows set a cell apart at it with a column gap.</summary>
    private const int MinRowsAtCut = 2;

    /// <summary>A table of two rows needs this many columns; with fewer, two aligned lines are as likely a menu or chance.</summary>
    private const int MinColumnsOfTwoRows = 3;

    /// <summary>A cell that flows into the next line holds at least this many words, as a line of wrapped prose does.</summary>
    private const int MinFlowingWords = 2;

    /// <summary>A CJK cell that flows into the next line holds at least this many characters, as a line of wrapped prose does.</summary>
    private const int MinFlowingCjk = 10;

    /// <summary>A cell of this many CJK characters with a clause mark reads as a line of prose ...</summary>
    private const int MinLongCjkProse = 20;

    /// <summary>... and this many such cells, with text flowing from one line to the next, make a column of prose.</summary>
    private const int MinLongProseCells = 2;

    /// <summary>One line of the dump as the recognizer reads it: its text without indentation and where it starts.</summary>
    internal readonly record struct RowLine(ReadOnlyMemory<char> Text, int Indent, int Column)
    {
        /// <summary>The line's text, read in place in the dump.</summary>
        public ReadOnlySpan<char> Content => Text.Span;
    }

    /// <summary>The table line of each line of the dump, or null where the line is in no table.</summary>
    public static TextTableLine?[] Recognize(IReadOnlyList<RowLine> lines, CancellationToken cancellation)
    {
        var result = new TextTableLine?[lines.Count];
        int table = 0;
        int i = 0, checkedAt = 0;
        while (i < lines.Count)
        {
            if (i - checkedAt >= 1024)
            {
                cancellation.ThrowIfCancellationRequested();
                checkedAt = i;
            }

            if (lines[i].Content.Length == 0)
            {
                i++;
                continue;
            }

            int end = GridTable.TryRead(lines, i, result, table + 1);
            if (end > i)
            {
                table++;
                i = end;
                continue;
            }

            if (!IsSpacedRowCandidate(lines[i].Content))
            {
                i++;
                continue;
            }

            end = RunEnd(lines, i);
            table = SpacedTable.Read(lines, i, end, result, table);
            i = end;
        }

        return result;
    }

    /// <summary>Whether a line holds a gap of <see cref="MinColumnGap"/> spaces between two pieces of text.</summary>
    internal static bool HasColumnGap(ReadOnlySpan<char> content) => content.Contains("  ", StringComparison.Ordinal);

    /// <summary>The end of the run of spaces that starts at <paramref name="start"/>: the next character that is not one, or the line's end.</summary>
    internal static int GapEnd(ReadOnlySpan<char> content, int start)
    {
        int rest = content[start..].IndexOfAnyExcept(' ');
        return rest < 0 ? content.Length : start + rest;
    }

    /// <summary>A line that may be a row of a table laid out by spaces: it holds a column gap, and neither box drawing nor a form's text field (w3m's "[          ]").</summary>
    private static bool IsSpacedRowCandidate(ReadOnlySpan<char> content) =>
        HasColumnGap(content) && !HasBoxDrawing(content) && !content.Contains("[  ", StringComparison.Ordinal);

    /// <summary>
    /// A line right under a row that starts further right than the row and holds one piece of text: a cell's text w3m
    /// wrapped under it, with the cells to its left empty.
    /// </summary>
    private static bool IsWrappedCell(RowLine row, RowLine line) =>
        row.Content.Length > 0 && line.Indent >= row.Indent + MinColumnGap && !HasBoxDrawing(line.Content) && !LooksLikeCode(line.Content);

    /// <summary>The columns a gapped row starts a cell at after a gap, its indent and its length: what a row under it keeps.</summary>
    private readonly record struct RowColumns(int[] CellStarts, int Indent, int Length)
    {
        public static RowColumns Of(RowLine row)
        {
            var content = row.Content;
            var starts = new List<int>();
            int column = row.Indent;
            for (int c = 0; c < content.Length; c++)
            {
                if (c >= 2 && content[c] != ' ' && content[c - 1] == ' ' && content[c - 2] == ' ')
                {
                    starts.Add(column);
                }

                column += CharClass.DisplayWidth(content[c]);
            }

            return new RowColumns([.. starts], row.Indent, content.Length);
        }
    }

    /// <summary>
    /// A line right under a row that starts a cell at every column where the row starts one after a gap, with a single
    /// space before it: a row whose cell is one character wider than the one above closes the gap ("10/1/2013 +13.6%"
    /// under "9/1/2013  +12.1%"). No wider than the row, as a table's rows are, so a line of prose does not pass for one.
    /// One pass over the line: the row's columns are read once for all the lines under it.
    /// </summary>
    private static bool KeepsColumnsOf(RowColumns row, RowLine line)
    {
        var below = line.Content;
        if (row.CellStarts.Length == 0 || below.Length == 0 || line.Indent != row.Indent || below.Length > row.Length + 1
            || HasBoxDrawing(below) || LooksLikeCode(below))
        {
            return false;
        }

        int next = 0, column = line.Indent;
        for (int c = 0; c < below.Length && next < row.CellStarts.Length; c++)
        {
            int start = row.CellStarts[next];
            if (column > start)
            {
                // The row's cell starts inside a wide character of this line.
                return false;
            }

            if (column == start)
            {
                if (c == 0 || below[c] == ' ' || below[c - 1] != ' ')
                {
                    return false;
                }

                next++;
            }

            column += CharClass.DisplayWidth(below[c]);
        }

        return next == row.CellStarts.Length;
    }

    /// <summary>Box-drawing characters mark a grid or a drawing (a diagram in a listing), never a table laid out by spaces.</summary>
    private static bool HasBoxDrawing(ReadOnlySpan<char> content) => content.IndexOfAnyInRange('\u2500', '\u257F') >= 0;

    /// <summary>The end (exclusive) of the run of gapped lines from <paramref name="start"/>: same page column, at most one blank line between.</summary>
    private static int RunEnd(IReadOnlyList<RowLine> lines, int start)
    {
        int end = start + 1, k = start + 1, gapped = start;
        RowColumns? gappedColumns = null;
        while (k < lines.Count)
        {
            int next = k;
            if (lines[next].Content.Length == 0)
            {
                next++;
            }

            if (next >= lines.Count || lines[next].Content.Length == 0 || lines[next].Column != lines[start].Column
                || !(IsSpacedRowCandidate(lines[next].Content) || IsWrappedCell(lines[next - 1], lines[next]) || KeepsColumnsOf(gappedColumns ??= RowColumns.Of(lines[gapped]), lines[next]))
                || GridTable.IsGridLine(lines[next].Content))
            {
                break;
            }

            if (HasColumnGap(lines[next].Content))
            {
                (gapped, gappedColumns) = (next, null);
            }
            end = next + 1;
            k = next + 1;
        }

        return end;
    }

    /// <summary>Display column of every character of a line's text, and the column after the last.</summary>
    internal static int[] Positions(RowLine line)
    {
        var positions = new int[line.Content.Length + 1];
        int at = line.Indent;
        for (int c = 0; c < line.Content.Length; c++)
        {
            positions[c] = at;
            at += CharClass.DisplayWidth(line.Content[c]);
        }

        positions[^1] = at;
        return positions;
    }

    /// <summary>Code, not a table: a row holding statement or call punctuation.</summary>
    internal static bool LooksLikeCode(ReadOnlySpan<char> content)
    {
        char last = content[^1];
        return last is '{' or '}' or ';' or '(' || content.Contains(" = ", StringComparison.Ordinal) || content.Contains("//", StringComparison.Ordinal)
            || content.Contains("();", StringComparison.Ordinal) || content.StartsWith("#", StringComparison.Ordinal) || content.Contains("=>", StringComparison.Ordinal)
            || content.Contains("(\"", StringComparison.Ordinal) || content.Contains("('", StringComparison.Ordinal);
    }

    /// <summary>Whether text ends mid-sentence and the next line's text goes on with it, as the lines of wrapped prose do.</summary>
    internal static bool Flows(ReadOnlySpan<char> upper, ReadOnlySpan<char> lower)
    {
        if (upper.Length == 0 || lower.Length == 0)
        {
            return false;
        }

        char last = upper[^1];

        // CJK text breaks anywhere, so only a long run of it (a line of prose, not a name or a label) shows a wrap.
        if (CharClass.IsCjk(last) || CharClass.IsCjkPunctuation(last))
        {
            return !CharClass.IsSentenceEnd(last) && (CharClass.IsCjk(lower[0]) || CharClass.IsCjkPunctuation(lower[0])) && WordCount(upper) >= MinFlowingCjk;
        }

        bool open = char.IsLetter(last) || last is ',' or '-' or '–' or '—' or '(';
        return open && char.IsLower(lower[0]) && WordCount(upper) >= MinFlowingWords && WordCount(lower) >= MinFlowingWords;
    }

    private static int WordCount(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (CharClass.IsCjk(c))
            {
                words++;
                inWord = false;
                continue;
            }

            bool letter = !CharClass.IsSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }
}
