using ContentExtract.Text;

namespace ContentExtract.PlainText;

internal static partial class TextTableRecognizer
{
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
        private static List<string> SplitWords(ReadOnlySpan<char> content, int[] at, List<int> cuts)
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

                int end = content[c..].IndexOf(' ');
                end = end < 0 ? content.Length : c + end;
                while (column < cuts.Count && cuts[column] <= at[c])
                {
                    column++;
                }

                cells[column] = cells[column].Length == 0 ? content[c..end].ToString() : string.Concat(cells[column], " ", content[c..end]);
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

                    int gapEnd = GapEnd(content, c);

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
        private static bool Fits(ReadOnlySpan<char> content, int[] at, List<int> cuts)
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

                int gapEnd = GapEnd(content, c);

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
        private static List<string> Split(ReadOnlySpan<char> content, int[] at, List<int> cuts)
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
                var cell = TextSpan.TrimAll(content[start..c]);
                cells.Add(cell.Contains("  ", StringComparison.Ordinal) ? TextSpan.CollapseSpaces(cell.ToString()) : cell.ToString());
            }

            return cells;
        }
    }
}
