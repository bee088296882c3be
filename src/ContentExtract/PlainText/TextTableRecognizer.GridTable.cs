using ContentExtract.Text;

namespace ContentExtract.PlainText;

internal static partial class TextTableRecognizer
{
    /// <summary>
    /// Tables drawn as grids: a rule of box-drawing characters (<c>┌─┬─┐</c>, <c>├─┼─┤</c>) or of <c>+---+</c> above,
    /// between and below the rows, each row line opening and closing with a bar (<c>│</c>, <c>|</c>) and holding one at
    /// every junction of the rule. Text inside a grid of bars drawn otherwise (a diagram of boxes in a code listing) is
    /// left alone: its rules hold spaces or its bars miss the junctions.
    /// </summary>
    private static class GridTable
    {
        public static bool IsGridLine(ReadOnlySpan<char> content) => content.Length > 0 && (IsRule(content) || IsBar(content[0]));

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
        private static List<string>? BarCells(ReadOnlySpan<char> content, int[] at, List<int> bars)
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

                cells.Add(TextSpan.TrimAll(content.Slice(cellStart, c - cellStart)).ToString());
                cellStart = c + 1;
                b++;
            }

            return b == bars.Count ? cells : null;
        }

        /// <summary>Whether a rule's junctions between its ends are the grid's (a rule of cells spanning columns is another grid's).</summary>
        private static bool JunctionsAt(ReadOnlySpan<char> content, int[] at, List<int> bars)
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
        private static bool IsRule(ReadOnlySpan<char> content)
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
