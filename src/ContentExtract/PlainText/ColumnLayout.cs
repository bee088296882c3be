using ContentExtract.Text;

namespace ContentExtract.PlainText;

/// <summary>
/// Undoes side-by-side page columns in a text dump. w3m (and lynx on some pages) renders a page laid out in a
/// table with its columns next to each other: the article on the left, the sidebar on the right, the two set apart
/// by a gutter of spaces at a roughly constant display column. This finds such blocks and puts the left column's
/// lines first and the right column's lines after them, each keeping its own line breaks.
/// </summary>
/// <remarks>
/// A block is a run of lines sharing a band of display columns that no line writes text into, where most lines
/// hold text on both sides of the band and the left side is mostly prose filling its column. Wrapped prose without
/// gutters, lynx's indentation, centered lines and data tables (short cells, figures) do not qualify.
/// Linear in the length of the dump.
/// </remarks>
internal static class ColumnLayout
{
    /// <summary>A gutter is a run of at least this many spaces with text on both sides.</summary>
    private const int MinGutter = 3;

    /// <summary>The shortest gutter's spaces.</summary>
    private static readonly string GutterSpaces = new(' ', MinGutter);

    /// <summary>A block holds at least this many non-blank lines ...</summary>
    private const int MinBlockLines = 6;

    /// <summary>... at least this many of them split by the gutter ...</summary>
    private const int MinSplitLines = 4;

    /// <summary>... and on most split lines the left side ends with a run of text this wide ...</summary>
    private const int MinProseRun = 24;

    /// <summary>... reaching to within this many columns of the gutter, as a wrapped column of prose does.</summary>
    private const int FillSlack = 16;

    /// <summary>Lines looked at, per line of the dump, by block attempts that fail, before failing blocks are skipped whole.</summary>
    private const int MaxScanPerLine = 16;

    /// <summary>A line of the arranged dump: a range of the text, and the column it belongs to (0 outside split blocks).</summary>
    internal readonly record struct Piece(int Start, int Length, int Column);

    private struct LineInfo
    {
        public int Start;
        public int Length;
        public int Indent;       // display column of the first character that is not a space
        public int End;          // display column after the last character that is not a space (0 for a blank line)
        public int FirstGutter;  // index into the gutter list
        public int GutterCount;
    }

    private readonly record struct Gutter(int StartCol, int EndCol, int StartIndex, int EndIndex, int LeftRun);

    /// <summary>
    /// Arranges the lines (ranges of <paramref name="text"/>) so that each two-column block reads left column first.
    /// Returns null when the dump holds no such block.
    /// </summary>
    /// <param name="text">The dump.</param>
    /// <param name="lines">Its lines, as ranges of <paramref name="text"/>.</param>
    /// <param name="continuesColumns">
    /// Whether a block runs on over the lines after its last split line that write into one column only, up to the first
    /// line that writes across the gutter (rule <see cref="Pipeline.Rule.ColumnContinuation"/>). w3m lays a table's cells
    /// out side by side for as many lines as the taller cell needs: where the article's cell is taller than the sidebar's,
    /// its last paragraphs stand below the sidebar's last line, in the article's column alone, and the lines of a
    /// paragraph cut there would otherwise be read on the far side of the whole sidebar.
    /// </param>
    public static List<Piece>? Arrange(string text, List<(int Start, int Length)> lines, bool continuesColumns = true)
    {
        if (!MayHoldGutter(text, lines))
        {
            return null;
        }

        var infos = new LineInfo[lines.Count];
        var gutters = new List<Gutter>();
        bool any = false;
        for (int i = 0; i < lines.Count; i++)
        {
            infos[i] = Measure(text, lines[i].Start, lines[i].Length, gutters);
            any |= infos[i].GutterCount > 0;
        }

        if (!any)
        {
            return null;
        }

        List<Piece>? result = null;
        int emitted = 0, column = 0;
        long scanned = 0;
        int k = 0;
        while (k < lines.Count)
        {
            if (infos[k].GutterCount == 0)
            {
                k++;
                continue;
            }

            int bestFirst = -1, bestLast = -1, bestSplit = 0, bestEnd = 0, next = k + 1;

            // A line with several gutters may split at any of them: take the one that makes the longest block.
            for (int g = 0; g < infos[k].GutterCount; g++)
            {
                var gutter = gutters[infos[k].FirstGutter + g];
                if (gutter.LeftRun < MinProseRun)
                {
                    continue;
                }

                int end = Extend(infos, gutters, k, gutter.StartCol, gutter.EndCol, out int lo, out int hi);
                next = Math.Max(next, end);
                if (Qualifies(text, infos, gutters, k, end, lo, hi, out int last) && last > bestLast)
                {
                    (bestFirst, bestLast, bestSplit, bestEnd) = (k, last, hi, end);
                }
            }

            if (bestFirst < 0)
            {
                // A block that does not qualify may hide one that does further down (a page header with a gutter
                // above the two columns makes one long band that fails): try again from the next line while the
                // work stays within a constant times the dump, then skip what was scanned.
                scanned += next - k;
                k = scanned <= MaxScanPerLine * lines.Count ? k + 1 : next;
                continue;
            }

            if (continuesColumns)
            {
                // Every line up to the block's end writes on one side of the gutter only (Extend stops at the first that
                // writes across it); the block's own last line is its last line of text.
                for (int i = bestEnd - 1; i > bestLast; i--)
                {
                    if (infos[i].End > 0)
                    {
                        bestLast = i;
                        break;
                    }
                }
            }

            result ??= new List<Piece>(lines.Count + 8);
            for (; emitted < bestFirst; emitted++)
            {
                result.Add(new Piece(infos[emitted].Start, infos[emitted].Length, 0));
            }

            column++;
            int left = column;
            int right = ++column;
            result.Add(new Piece(0, 0, left));
            for (int i = bestFirst; i <= bestLast; i++)
            {
                var line = infos[i];
                if (line.End == 0 || line.Indent >= bestSplit)
                {
                    // A line of the right column alone stands where the left column has a blank line.
                    result.Add(new Piece(0, 0, left));
                    continue;
                }

                var cut = GutterAt(infos, gutters, i, bestSplit);
                result.Add(new Piece(line.Start, cut is { } c ? c.StartIndex : line.Length, left));
            }

            result.Add(new Piece(0, 0, right));
            for (int i = bestFirst; i <= bestLast; i++)
            {
                var line = infos[i];
                if (line.Indent >= bestSplit && line.End > 0)
                {
                    int at = IndexOfColumn(text, line.Start, line.Length, bestSplit);
                    result.Add(new Piece(line.Start + at, line.Length - at, right));
                }
                else if (GutterAt(infos, gutters, i, bestSplit) is { } c)
                {
                    int at = Math.Max(c.StartIndex, c.EndIndex - (c.EndCol - bestSplit));
                    result.Add(new Piece(line.Start + at, line.Length - at, right));
                }
                else
                {
                    result.Add(new Piece(0, 0, right));
                }
            }

            result.Add(new Piece(0, 0, 0));
            emitted = bestLast + 1;
            k = emitted;
        }

        if (result is null)
        {
            return null;
        }

        for (; emitted < lines.Count; emitted++)
        {
            result.Add(new Piece(infos[emitted].Start, infos[emitted].Length, 0));
        }

        return result;
    }

    /// <summary>
    /// Extends a block from line <paramref name="first"/> while the lines leave a band of columns free, narrowing the
    /// band as lines come; returns the index after the block's last line and the band [lo, hi].
    /// </summary>
    private static int Extend(LineInfo[] infos, List<Gutter> gutters, int first, int lo, int hi, out int outLo, out int outHi)
    {
        int i = first + 1;
        for (; i < infos.Length; i++)
        {
            var line = infos[i];
            if (line.End == 0)
            {
                continue;
            }

            if (line.End <= hi && line.Indent < lo)
            {
                // Left side only.
                lo = Math.Max(lo, line.End);
                continue;
            }

            if (line.Indent >= lo)
            {
                // Right side only.
                hi = Math.Min(hi, line.Indent);
                continue;
            }

            int bestLo = -1, bestHi = -1;
            for (int g = 0; g < line.GutterCount; g++)
            {
                var gutter = gutters[line.FirstGutter + g];
                int a = Math.Max(lo, gutter.StartCol), b = Math.Min(hi, gutter.EndCol);
                if (a <= b && b - a > bestHi - bestLo)
                {
                    (bestLo, bestHi) = (a, b);
                }
            }

            if (bestLo < 0)
            {
                break;
            }

            (lo, hi) = (bestLo, bestHi);
        }

        outLo = lo;
        outHi = hi;
        return i;
    }

    /// <summary>
    /// Whether lines [first, end) split at the band [lo, hi] make a two-column layout: enough lines, most of them
    /// split or written in the right column alone (a sparse sidebar beside long prose), the left sides mostly prose filling the column, the right sides not a table of figures.
    /// <paramref name="last"/> is the last split line (the block ends there).
    /// </summary>
    private static bool Qualifies(string text, LineInfo[] infos, List<Gutter> gutters, int first, int end, int lo, int hi, out int last)
    {
        last = first;
        int split = 0, prose = 0, figures = 0, nonBlank = 0, nonBlankAtLast = 0, rightOnly = 0, rightOnlyAtLast = 0;
        for (int i = first; i < end; i++)
        {
            var line = infos[i];
            if (line.End == 0)
            {
                continue;
            }

            nonBlank++;
            if (line.Indent >= hi)
            {
                rightOnly++;
                continue;
            }

            if (GutterAt(infos, gutters, i, hi) is not { } gutter)
            {
                continue;
            }

            split++;
            last = i;
            nonBlankAtLast = nonBlank;
            rightOnlyAtLast = rightOnly;
            if (gutter.LeftRun >= MinProseRun && gutter.StartCol >= lo - FillSlack)
            {
                prose++;
            }

            if (HasFigureCell(text.AsSpan(line.Start + gutter.EndIndex, line.Length - gutter.EndIndex)))
            {
                figures++;
            }
        }

        return nonBlankAtLast >= MinBlockLines
            && split >= MinSplitLines
            && (split + rightOnlyAtLast) * 2 >= nonBlankAtLast
            && prose * 2 > split
            && figures * 3 <= split;
    }

    /// <summary>The gutter of line <paramref name="i"/> that holds display column <paramref name="col"/>, with text on both sides.</summary>
    private static Gutter? GutterAt(LineInfo[] infos, List<Gutter> gutters, int i, int col)
    {
        var line = infos[i];
        for (int g = 0; g < line.GutterCount; g++)
        {
            var gutter = gutters[line.FirstGutter + g];
            if (gutter.StartCol <= col && col <= gutter.EndCol)
            {
                return gutter;
            }
        }

        return null;
    }

    /// <summary>Whether a cell (set apart by two or more spaces) of the text is a figure: a table's right columns hold them.</summary>
    private static bool HasFigureCell(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            int start = i;
            while (i < text.Length && !(text[i] == ' ' && (i + 1 >= text.Length || text[i + 1] == ' ')))
            {
                i++;
            }

            var cell = text[start..i];
            if (cell.Length > 0 && IsFigure(cell))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFigure(ReadOnlySpan<char> cell)
    {
        bool digit = false;
        foreach (char c in cell)
        {
            if (char.IsDigit(c))
            {
                digit = true;
            }
            else if (c is not ('.' or ',' or ':' or '%' or '+' or '-' or '−' or '/' or '$' or '€' or '£'))
            {
                return false;
            }
        }

        return digit;
    }

    /// <summary>The index of the character at display column <paramref name="col"/> (within leading spaces).</summary>
    private static int IndexOfColumn(string text, int start, int length, int col)
    {
        int c = 0, i = 0;
        for (; i < length && c < col; i++)
        {
            c += CharClass.DisplayWidth(text[start + i]);
        }

        return i;
    }

    /// <summary>
    /// False when no line holds <see cref="MinGutter"/> spaces after its first other character, so that none has a
    /// gutter (<see cref="Measure"/>) and the dump is one column: 1,417 of the 2,555 dev dumps, each line passed in one
    /// vectorized search instead of measured character by character into arrays that were then dropped.
    /// </summary>
    private static bool MayHoldGutter(string text, List<(int Start, int Length)> lines)
    {
        foreach (var (start, length) in lines)
        {
            if (text.AsSpan(start, length).TrimStart(' ').IndexOf(GutterSpaces) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static LineInfo Measure(string text, int start, int length, List<Gutter> gutters)
    {
        var info = new LineInfo { Start = start, Length = length, FirstGutter = gutters.Count };
        var span = text.AsSpan(start, length);
        int col = 0, runStart = -1, spaceIndex = -1, spaceCol = 0, lastEnd = 0;
        bool seen = false;
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            if (c == ' ')
            {
                if (spaceIndex < 0)
                {
                    spaceIndex = i;
                    spaceCol = col;
                }

                col++;
                continue;
            }

            if (spaceIndex >= 0 && seen)
            {
                int spaces = i - spaceIndex;
                if (spaces >= MinGutter)
                {
                    gutters.Add(new Gutter(spaceCol, col, spaceIndex, i, spaceCol - runStart));
                    info.GutterCount++;
                }

                if (spaces >= 2)
                {
                    runStart = col;
                }
            }

            if (!seen)
            {
                seen = true;
                info.Indent = col;
                runStart = col;
            }

            spaceIndex = -1;
            col += CharClass.DisplayWidth(c);
            lastEnd = col;
        }

        info.End = lastEnd;
        return info;
    }
}
