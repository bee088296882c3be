using System.Text;

namespace ContentExtract.Tests.Support;

/// <summary>A unified-style line diff (longest common subsequence) for failure messages a reviewer can read.</summary>
internal static class LineDiff
{
    /// <summary>Lines only in <paramref name="expected"/> start with "-", lines only in <paramref name="actual"/> with "+",
    /// with <paramref name="context"/> unchanged lines around each change and "@@ line n" before each hunk.</summary>
    public static string Render(string expected, string actual, int context = 3)
    {
        string[] a = expected.Split('\n');
        string[] b = actual.Split('\n');
        var edits = Edits(a, b);
        var changed = edits.Select((e, i) => (e, i)).Where(x => x.e.Kind != ' ').Select(x => x.i).ToList();
        if (changed.Count == 0)
        {
            return "(no difference)";
        }

        var show = new bool[edits.Count];
        foreach (int i in changed)
        {
            for (int j = Math.Max(0, i - context); j <= Math.Min(edits.Count - 1, i + context); j++)
            {
                show[j] = true;
            }
        }

        var text = new StringBuilder();
        for (int i = 0; i < edits.Count; i++)
        {
            if (!show[i])
            {
                continue;
            }

            if (i == 0 || !show[i - 1])
            {
                text.Append("@@ line ").Append(edits[i].Line + 1).Append(" @@\n");
            }

            text.Append(edits[i].Kind).Append(' ').Append(edits[i].Text).Append('\n');
        }

        return text.ToString();
    }

    private static List<(char Kind, string Text, int Line)> Edits(string[] a, string[] b)
    {
        // lcs[i, j] = length of the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var edits = new List<(char, string, int)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                edits.Add((' ', a[x], x));
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                edits.Add(('-', a[x], x));
                x++;
            }
            else
            {
                edits.Add(('+', b[y], x));
                y++;
            }
        }

        return edits;
    }
}
