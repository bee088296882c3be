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
internal static class TextTableRecognizer
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
    internal readonly record struct RowLine(string Content, int Indent, int Column);

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
    internal static bool HasColumnGap(string content) => content.Contains("  ", StringComparison.Ordinal);

    /// <summary>A line that may be a row of a table laid out by spaces: it holds a column gap, and neither box drawing nor a form's text field (w3m's "[          ]").</summary>
    private static bool IsSpacedRowCandidate(string content) =>
        HasColumnGap(content) && !HasBoxDrawing(content) && !content.Contains("[  ", StringComparison.Ordinal);

    /// <summary>
    /// A line right under a row that starts further right than the row and holds one piece of text: a cell's text w3m
    /// wrapped under it, with the cells to its left empty.
    /// </summary>
    private static bool IsWrappedCell(RowLine row, RowLine line) =>
        row.Content.Length > 0 && line.Indent >= row.Indent + MinColumnGap && !HasBoxDrawing(line.Content) && !LooksLikeCode(line.Content);

    /// <summary>Box-drawing characters mark a grid or a drawing (a diagram in a listing), never a table laid out by spaces.</summary>
    private static bool HasBoxDrawing(string content) => content.AsSpan().IndexOfAnyInRange('\u2500', '\u257F') >= 0;

    /// <summary>The end (exclusive) of the run of gapped lines from <paramref name="start"/>: same page column, at most one blank line between.</summary>
    private static int RunEnd(IReadOnlyList<RowLine> lines, int start)
    {
        int end = start + 1, k = start + 1;
        while (k < lines.Count)
        {
            int next = k;
            if (lines[next].Content.Length == 0)
            {
                next++;
            }

            if (next >= lines.Count || lines[next].Content.Length == 0 || lines[next].Column != lines[start].Column
                || !(IsSpacedRowCandidate(lines[next].Content) || IsWrappedCell(lines[next - 1], lines[next])) || GridTable.IsGridLine(lines[next].Content))
            {
                break;
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
    internal static bool LooksLikeCode(string content)
    {
        char last = content[^1];
        return last is '{' or '}' or ';' or '(' || content.Contains(" = ", StringComparison.Ordinal) || content.Contains("//", StringComparison.Ordinal)
            || content.Contains("();", StringComparison.Ordinal) || content.StartsWith('#') || content.Contains("=>", StringComparison.Ordinal)
            || content.Contains("(\"", StringComparison.Ordinal) || content.Contains("('", StringComparison.Ordinal);
    }

    /// <summary>Whether text ends mid-sentence and the next line's text goes on with it, as the lines of wrapped prose do.</summary>
    internal static bool Flows(string upper, string lower)
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

    private static int WordCount(string text)
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

    /// <summary>Tables laid out by spacing alone, as w3m renders a <c>&lt;table&gt;</c> without borders.</summary>
    private static class SpacedTable
    {
        /// <summary>Reads the run [<paramref name="start"/>, <paramref name="end"/>), as one table or, split at lines that do not fit its columns, several; returns the last table number used.</summary>
        public static int Read(IReadOnlyList<RowLine> lines, int start, int end, TextTableLine?[] result, int table)
        {
            var rows = new List<int>();
            for (int k = start; k < end; k++)
            {
                if (lines[k].Content.Length > 0)
                {
                    rows.Add(k);
                }
            }

            if (rows.Count < 2)
            {
                return table;
            }

            var positions = new int[rows.Count][];
            for (int r = 0; r < rows.Count; r++)
            {
                positions[r] = Positions(lines[rows[r]]);
            }

            // The whole run first: rows whose own gaps fall inside its columns break it in pieces. A row that does not
            // belong (a menu after a blank line) can blur the columns of all the others, so where rows stay out, the
            // stretches between blank lines are read on their own too, and the reading that takes more rows wins.
            int firstTable = table;
            table = ReadPieces(lines, rows, positions, 0, rows.Count, result, firstTable, out int taken);
            if (taken < rows.Count && HasBlankLine(rows))
            {
                Clear(rows, result);
                int alone = firstTable, takenAlone = 0, from = 0;
                for (int r = 1; r <= rows.Count; r++)
                {
                    if (r == rows.Count || rows[r] - rows[r - 1] > 1)
                    {
                        alone = ReadPieces(lines, rows, positions, from, r, result, alone, out int piece);
                        takenAlone += piece;
                        from = r;
                    }
                }

                if (takenAlone > taken)
                {
                    return alone;
                }

                Clear(rows, result);
                table = ReadPieces(lines, rows, positions, 0, rows.Count, result, firstTable, out _);
            }

            return taken < rows.Count && rows.Count >= 3 ? ReadUnderHeader(lines, rows, positions, result, firstTable, table, taken) : table;
        }

        /// <summary>
        /// A header of single-spaced labels ("Points Wins Poles Top 5") can run across the gaps between the columns of
        /// figures below it: the rows under it are read alone, and when they make one table the header's words join the
        /// columns they start in. Otherwise what the other readings found stays; returns the last table number used.
        /// </summary>
        private static int ReadUnderHeader(IReadOnlyList<RowLine> lines, List<int> rows, int[][] positions, TextTableLine?[] result, int firstTable, int table, int takenBefore)
        {
            var kept = new TextTableLine?[rows.Count];
            for (int r = 0; r < rows.Count; r++)
            {
                kept[r] = result[rows[r]];
            }

            Clear(rows, result);
            int below = ReadPieces(lines, rows, positions, 1, rows.Count, result, firstTable, out int taken);
            if (taken == rows.Count - 1 && taken >= takenBefore && below == firstTable + 1 && rows[1] - rows[0] <= 2)
            {
                var header = SplitWords(lines[rows[0]].Content, positions[0], Cuts(lines, rows, positions, 1, rows.Count));
                if (CountFilled(header) >= 2)
                {
                    result[rows[0]] = new TextTableLine(below, header, true);
                }

                return below;
            }

            Clear(rows, result);
            for (int r = 0; r < rows.Count; r++)
            {
                result[rows[r]] = kept[r];
            }

            return table;
        }

        /// <summary>The line's words, each put in the column it starts in, joined by one space.</summary>
        private static List<string> SplitWords(string content, int[] at, List<int> cuts)
        {
            var cells = new List<string>(cuts.Count + 1);
            for (int k = 0; k <= cuts.Count; k++)
            {
                cells.Add(string.Empty);
            }

            int column = 0, c = 0;
            while (c < content.Length)
            {
                if (content[c] == ' ')
                {
                    c++;
                    continue;
                }

                int end = content.IndexOf(' ', c);
                end = end < 0 ? content.Length : end;
                while (column < cuts.Count && cuts[column] <= at[c])
                {
                    column++;
                }

                cells[column] = cells[column].Length == 0 ? content[c..end] : string.Concat(cells[column], " ", content.AsSpan(c, end - c));
                c = end;
            }

            return cells;
        }

        private static bool HasBlankLine(List<int> rows) => rows[^1] - rows[0] + 1 > rows.Count;

        private static void Clear(List<int> rows, TextTableLine?[] result)
        {
            foreach (int row in rows)
            {
                result[row] = null;
            }
        }

        /// <summary>Reads rows [from, to) with the columns they make together, split at rows that do not fit them; counts the rows taken.</summary>
        private static int ReadPieces(IReadOnlyList<RowLine> lines, List<int> rows, int[][] positions, int from, int to, TextTableLine?[] result, int table, out int taken)
        {
            taken = 0;
            if (to - from < 2)
            {
                return table;
            }

            var cuts = Cuts(lines, rows, positions, from, to);
            int start = from;
            for (int r = from; r <= to; r++)
            {
                if (r < to && cuts.Count > 0 && Fits(lines[rows[r]].Content, positions[r], cuts))
                {
                    continue;
                }

                if (r - start >= 2)
                {
                    int before = table;
                    table = Accept(lines, rows, positions, start, r, result, table);
                    taken += table > before ? r - start : 0;
                }

                start = r + 1;
            }

            return table;
        }

        /// <summary>Takes rows [from, to) as a table when their columns hold; returns the last table number used.</summary>
        private static int Accept(IReadOnlyList<RowLine> lines, List<int> rows, int[][] positions, int from, int to, TextTableLine?[] result, int table)
        {
            var cuts = Cuts(lines, rows, positions, from, to);
            if (cuts.Count == 0)
            {
                return table;
            }

            var cells = new List<string>[to - from];
            int full = 0, commas = 0;
            for (int r = from; r < to; r++)
            {
                var content = lines[rows[r]].Content;
                if (LooksLikeCode(content))
                {
                    return table;
                }

                commas += content[^1] == ',' ? 1 : 0;

                cells[r - from] = Split(content, positions[r], cuts);
                full += CountFilled(cells[r - from]) >= 2 ? 1 : 0;
            }

            int count = to - from;
            // Rows that end in a comma are a list of clauses or a listing's declarations (SQL columns), not a table's rows.
            if (full < 2 || commas * 2 >= count || (count == 2 && cuts.Count + 1 < MinColumnsOfTwoRows) || ReadsAsProse(lines, rows, cells, from, to))
            {
                return table;
            }

            // Rows a blank line sets apart make a cell that wraps show as lines with an empty first cell right under its row.
            int separated = 0;
            for (int r = from + 1; r < to; r++)
            {
                separated += rows[r] - rows[r - 1] > 1 ? 1 : 0;
            }

            bool blankBetweenRows = separated * 2 >= count - 1 && separated > 0;
            table++;
            for (int r = from; r < to; r++)
            {
                bool continues = r > from && blankBetweenRows && rows[r] - rows[r - 1] == 1 && cells[r - from][0].Length == 0;
                result[rows[r]] = new TextTableLine(table, cells[r - from], !continues);
            }

            return table;
        }

        /// <summary>
        /// Text that flows from one line into the next — from a cell into the same column's cell below, or from a row's last
        /// cell into the next row's first — on most adjacent lines is prose laid out in columns, not a table.
        /// </summary>
        private static bool ReadsAsProse(IReadOnlyList<RowLine> lines, List<int> rows, List<string>[] cells, int from, int to)
        {
            int adjacent = 0, flowing = 0, longProse = 0;
            for (int r = from; r < to; r++)
            {
                foreach (var cell in cells[r - from])
                {
                    longProse += IsLongCjkProse(cell) ? 1 : 0;
                }
            }

            for (int r = from + 1; r < to; r++)
            {
                // A line with its first cell empty right under a row is a cell wrapped under it, as tables have.
                if (rows[r] - rows[r - 1] != 1 || cells[r - from][0].Length == 0)
                {
                    continue;
                }

                adjacent++;
                var upper = cells[r - 1 - from];
                var lower = cells[r - from];
                bool flows = Flows(LastFilled(upper), lower[0]);
                for (int c = 0; c < upper.Count && !flows; c++)
                {
                    flows = Flows(upper[c], lower[c]);
                }

                flowing += flows ? 1 : 0;
            }

            // A column of long CJK clauses that flows even once is a page column of an article, however its neighbour reads.
            return flowing > 0 && (flowing * 2 >= adjacent || longProse >= MinLongProseCells);
        }

        /// <summary>A cell of at least <see cref="MinLongCjkProse"/> CJK characters with a clause mark among them: a line of an article, not a cell.</summary>
        private static bool IsLongCjkProse(string cell)
        {
            if (cell.Length < MinLongCjkProse)
            {
                return false;
            }

            int cjk = 0;
            bool clause = false;
            foreach (char c in cell)
            {
                cjk += CharClass.IsCjk(c) ? 1 : 0;
                clause |= CharClass.IsCjkPunctuation(c) && CharClass.IsClauseMark(c);
            }

            return cjk >= MinLongCjkProse && clause;
        }

        private static string LastFilled(List<string> cells)
        {
            for (int c = cells.Count - 1; c >= 0; c--)
            {
                if (cells[c].Length > 0)
                {
                    return cells[c];
                }
            }

            return string.Empty;
        }

        private static int CountFilled(List<string> cells)
        {
            int filled = 0;
            foreach (var cell in cells)
            {
                filled += cell.Length > 0 ? 1 : 0;
            }

            return filled;
        }

        /// <summary>
        /// The display columns where a new column starts: the first column after a stretch no row writes into, where at
        /// least <see cref="MinRowsAtCut"/> rows hold a gap of <see cref="MinColumnGap"/> spaces with text on both sides.
        /// </summary>
        private static List<int> Cuts(IReadOnlyList<RowLine> lines, List<int> rows, int[][] positions, int from, int to)
        {
            int left = int.MaxValue, right = 0;
            for (int r = from; r < to; r++)
            {
                left = Math.Min(left, positions[r][0]);
                right = Math.Max(right, positions[r][^1]);
            }

            var written = new bool[right - left + 1];
            var gapped = new int[right - left + 1];
            for (int r = from; r < to; r++)
            {
                var content = lines[rows[r]].Content;
                var at = positions[r];
                int c = 0;
                while (c < content.Length)
                {
                    if (content[c] != ' ')
                    {
                        for (int p = at[c]; p < at[c + 1]; p++)
                        {
                            written[p - left] = true;
                        }

                        c++;
                        continue;
                    }

                    int gapEnd = c;
                    while (gapEnd < content.Length && content[gapEnd] == ' ')
                    {
                        gapEnd++;
                    }

                    // Trimmed content has text on both sides of every inner gap.
                    if (gapEnd - c >= MinColumnGap)
                    {
                        for (int p = at[c] + 1; p < at[gapEnd]; p++)
                        {
                            gapped[p - left]++;
                        }
                    }

                    c = gapEnd;
                }
            }

            var candidates = new List<int>();
            for (int p = 1; p < written.Length; p++)
            {
                if (written[p] && !written[p - 1] && gapped[p - 1] >= MinRowsAtCut)
                {
                    candidates.Add(p + left);
                }
            }

            // A column only one row writes into is that row's words spread out (a header cell centered over two columns,
            // a cell w3m wrapped and justified), not a column of the table: it stays with the column on its left.
            var rowsIn = new int[candidates.Count + 1];
            for (int r = from; r < to; r++)
            {
                var content = lines[rows[r]].Content;
                var at = positions[r];
                int column = 0, counted = -1;
                for (int c = 0; c < content.Length; c++)
                {
                    if (content[c] == ' ')
                    {
                        continue;
                    }

                    while (column < candidates.Count && candidates[column] <= at[c])
                    {
                        column++;
                    }

                    if (column != counted)
                    {
                        rowsIn[column]++;
                        counted = column;
                    }
                }
            }

            var cuts = new List<int>(candidates.Count);
            for (int k = 0; k < candidates.Count; k++)
            {
                if (rowsIn[k + 1] >= MinRowsAtCut)
                {
                    cuts.Add(candidates[k]);
                }
            }

            return cuts;
        }

        /// <summary>Whether every gap of the line touches a stretch between columns: its cells sit in the table's columns.</summary>
        private static bool Fits(string content, int[] at, List<int> cuts)
        {
            int cut = 0;
            int c = 0;
            while (c < content.Length)
            {
                if (content[c] != ' ')
                {
                    c++;
                    continue;
                }

                int gapEnd = c;
                while (gapEnd < content.Length && content[gapEnd] == ' ')
                {
                    gapEnd++;
                }

                if (gapEnd - c >= MinColumnGap)
                {
                    // The gap must end at a cut, or hold the column edge just before one (a cell aligned right or centered).
                    while (cut < cuts.Count && cuts[cut] < at[c])
                    {
                        cut++;
                    }

                    bool touches = cut < cuts.Count && cuts[cut] <= at[gapEnd];
                    if (!touches)
                    {
                        return false;
                    }
                }

                c = gapEnd;
            }

            return true;
        }

        /// <summary>The line's text cut at the columns' starts, each cell trimmed; a column the line leaves empty gives "".</summary>
        private static List<string> Split(string content, int[] at, List<int> cuts)
        {
            var cells = new List<string>(cuts.Count + 1);
            int c = 0;
            for (int k = 0; k <= cuts.Count; k++)
            {
                int limit = k < cuts.Count ? cuts[k] : int.MaxValue;
                int start = c;
                while (c < content.Length && at[c] < limit)
                {
                    c++;
                }

                // Words of a column that absorbed one only a single row wrote into keep one space between them.
                var cell = TextSpan.TrimAll(content.AsSpan(start, c - start));
                cells.Add(cell.Contains("  ", StringComparison.Ordinal) ? TextSpan.CollapseSpaces(cell.ToString()) : cell.ToString());
            }

            return cells;
        }
    }

    /// <summary>
    /// Tables drawn as grids: a rule of box-drawing characters (<c>┌─┬─┐</c>, <c>├─┼─┤</c>) or of <c>+---+</c> above,
    /// between and below the rows, each row line opening and closing with a bar (<c>│</c>, <c>|</c>) and holding one at
    /// every junction of the rule. Text inside a grid of bars drawn otherwise (a diagram of boxes in a code listing) is
    /// left alone: its rules hold spaces or its bars miss the junctions.
    /// </summary>
    private static class GridTable
    {
        public static bool IsGridLine(string content) => content.Length > 0 && (IsRule(content) || IsBar(content[0]));

        /// <summary>Reads a grid table starting at <paramref name="start"/>; returns the line after it, or <paramref name="start"/> when there is none.</summary>
        public static int TryRead(IReadOnlyList<RowLine> lines, int start, TextTableLine?[] result, int table)
        {
            var first = lines[start];
            // A grid drawn in box characters starts with its top rule (w3m draws one); rows of '|' may stand without.
            bool ruled = IsRule(first.Content);
            if (!ruled && !(first.Content[0] == '|' && first.Content[^1] == '|'))
            {
                return start;
            }

            // The bars' display columns, from the first line: a rule's junctions or a row's bars.
            var firstAt = Positions(first);
            var bars = new List<int>();
            for (int c = 0; c < first.Content.Length; c++)
            {
                if (ruled ? IsJunction(first.Content[c]) || c == 0 || c == first.Content.Length - 1 : IsBar(first.Content[c]))
                {
                    bars.Add(firstAt[c]);
                }
            }

            if (bars.Count < 3)
            {
                return start;
            }

            var taken = new List<(int Line, List<string>? Cells)>();
            int k = start;
            for (; k < lines.Count && lines[k].Content.Length > 0 && lines[k].Column == first.Column; k++)
            {
                var line = lines[k];
                var at = Positions(line);
                if (IsRule(line.Content))
                {
                    if (at[0] != bars[0] || at[^1] != bars[^1] + 1 || !JunctionsAt(line.Content, at, bars))
                    {
                        break;
                    }

                    taken.Add((k, null));
                    continue;
                }

                if (BarCells(line.Content, at, bars) is not { } cells)
                {
                    break;
                }

                taken.Add((k, cells));
            }

            int rowLines = 0;
            foreach (var (_, cells) in taken)
            {
                rowLines += cells is null ? 0 : 1;
            }

            if (rowLines < 2)
            {
                return start;
            }

            // Lines between two rules make one row where rules part the rows; a single rule under the header (+===+)
            // leaves every line below it a row.
            int innerRules = 0;
            for (int t = 1; t < taken.Count - 1; t++)
            {
                innerRules += taken[t].Cells is null && taken[t - 1].Cells is not null ? 1 : 0;
            }

            bool rulesBetweenRows = innerRules >= 2;

            bool afterRule = true;
            foreach (var (line, cells) in taken)
            {
                result[line] = cells is null
                    ? new TextTableLine(table, [], false)
                    : new TextTableLine(table, cells, !rulesBetweenRows || afterRule);
                afterRule = cells is null;
            }

            return k;
        }

        /// <summary>The cells between a row line's bars, or null when its bars are not at the grid's junctions.</summary>
        private static List<string>? BarCells(string content, int[] at, List<int> bars)
        {
            if (!IsBar(content[0]) || !IsBar(content[^1]) || at[0] != bars[0] || at[^1] != bars[^1] + 1)
            {
                return null;
            }

            var cells = new List<string>(bars.Count - 1);
            int b = 1, cellStart = 1;
            for (int c = 1; c < content.Length; c++)
            {
                if (!IsBar(content[c]))
                {
                    continue;
                }

                // A '|' inside a cell's text ("a | b") is text; a drawn bar off the junctions, or a junction without its bar, is another grid.
                if (b < bars.Count && bars[b] < at[c])
                {
                    return null;
                }

                if (b >= bars.Count || bars[b] != at[c])
                {
                    if (content[c] != '|')
                    {
                        return null;
                    }

                    continue;
                }

                cells.Add(TextSpan.TrimAll(content.AsSpan(cellStart, c - cellStart)).ToString());
                cellStart = c + 1;
                b++;
            }

            return b == bars.Count ? cells : null;
        }

        /// <summary>Whether a rule's junctions between its ends are the grid's (a rule of cells spanning columns is another grid's).</summary>
        private static bool JunctionsAt(string content, int[] at, List<int> bars)
        {
            int b = 1;
            for (int c = 1; c < content.Length - 1; c++)
            {
                if (!IsJunction(content[c]))
                {
                    continue;
                }

                if (b >= bars.Count - 1 || bars[b] != at[c])
                {
                    return false;
                }

                b++;
            }

            return b == bars.Count - 1;
        }

        private static bool IsBar(char c) => c is '│' or '┃' or '║' or '|';

        private static bool IsJunction(char c) => c is '┬' or '┼' or '┴' or '╤' or '╪' or '╧' or '╦' or '╬' or '╩' or '┳' or '╋' or '┻' or '+';

        /// <summary>A rule line: only box-drawing rule characters, or only '+', '-', '=' and ':' opening and closing with '+'.</summary>
        private static bool IsRule(string content)
        {
            if (content.Length < 3)
            {
                return false;
            }

            bool box = content[0] is >= '\u2500' and <= '\u257F';
            bool ascii = content[0] == '+' && content[^1] == '+';
            if (!box && !ascii)
            {
                return false;
            }

            bool rule = false;
            foreach (char c in content)
            {
                if (box ? c is < '\u2500' or > '\u257F' : c is not ('+' or '-' or '=' or ':'))
                {
                    return false;
                }

                rule |= c is '─' or '━' or '═' or '-' or '=';
            }

            return rule;
        }
    }
}
