using System.Text;

namespace ContentExtract.Rendering;

/// <summary>
/// Writes a document as Markdown: the title as <c>#</c>, the breadcrumb under it, the body with its
/// headings, <c>&gt;</c> quotes, lists, tables and fenced code blocks, then each named link list under its own heading.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>Renders the document as Markdown.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The Markdown text, ending with a newline.</returns>
    public static string Render(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var md = new StringBuilder();
        if (document.IsErrorPage)
        {
            var e = document.ErrorPage!;
            md.Append("<!-- error page: ").Append(e.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?")
              .Append(' ').Append(e.Reason).Append(e.Server is null ? string.Empty : $" ({e.Server})").Append(" -->\n");
            return md.ToString();
        }

        if (document.Title is { } title)
        {
            md.Append("# ").Append(Escape(title)).Append("\n\n");
        }

        if (document.Breadcrumb.Count > 0)
        {
            md.Append(string.Join(" › ", document.Breadcrumb.Select(b => b.Url is null ? Escape(b.Text) : $"[{Escape(b.Text)}]({b.Url})"))).Append("\n\n");
        }

        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    md.Append('#', h.Level).Append(' ').Append(Escape(h.Text)).Append("\n\n");
                    break;
                case QuoteBlock q:
                    var (quoted, signature) = QuoteSignature.Split(q);
                    foreach (var line in quoted.Split('\n'))
                    {
                        md.Append("> ").Append(Escape(line)).Append('\n');
                    }

                    if (signature is not null)
                    {
                        md.Append(">\n> ").Append(Escape(signature)).Append('\n');
                    }
                    else if (q.Speaker is not null)
                    {
                        md.Append(">\n> — ").Append(Escape(q.Speaker)).Append('\n');
                    }

                    md.Append('\n');
                    break;
                case ListBlock l:
                    for (int i = 0; i < l.Items.Count; i++)
                    {
                        md.Append(l.Ordered ? $"{i + 1}. " : "- ").Append(Escape(l.Items[i]).Replace("\n", "\n  ", StringComparison.Ordinal)).Append('\n');
                    }

                    md.Append('\n');
                    break;
                case TableBlock t:
                    AppendTable(md, t);
                    break;
                case CodeBlock c:
                    AppendCode(md, c);
                    break;
                default:
                    md.Append(Escape(block.Text).Replace("\n", "  \n", StringComparison.Ordinal)).Append("\n\n");
                    break;
            }
        }

        foreach (var list in document.LinkLists)
        {
            md.Append("## ").Append(Escape(list.Title)).Append("\n\n");
            foreach (var link in list.Links)
            {
                string text = Escape(link.Text) + (link.Truncated ? "…" : string.Empty);
                md.Append("- ").Append(link.Url is null ? text : $"[{text}]({link.Url})").Append('\n');
            }

            if (list.HasMore && list.MoreUrl is not null)
            {
                md.Append("- [more](").Append(list.MoreUrl).Append(")\n");
            }

            md.Append('\n');
        }

        return md.Length == 0 ? string.Empty : md.ToString().TrimEnd('\n') + "\n";
    }

    private static void AppendTable(StringBuilder md, TableBlock table)
    {
        int columns = table.Rows.Max(r => r.Count);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            md.Append('|');
            for (int c = 0; c < columns; c++)
            {
                string cell = c < table.Rows[r].Count ? table.Rows[r][c] : string.Empty;
                md.Append(' ').Append(Escape(cell).Replace("|", "\\|", StringComparison.Ordinal)).Append(" |");
            }

            md.Append('\n');
            if (r == 0)
            {
                md.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", columns))).Append('\n');
            }
        }

        md.Append('\n');
    }

    /// <summary>
    /// A fenced block, its lines unescaped. The fence is one backtick longer than the longest run of backticks in
    /// the code (and at least three), so that no line of the code can close it.
    /// </summary>
    private static void AppendCode(StringBuilder md, CodeBlock code)
    {
        int longest = 0, run = 0;
        foreach (char c in code.Text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        int fence = Math.Max(3, longest + 1);
        md.Append('`', fence).Append(code.Language).Append('\n')
          .Append(code.Text).Append('\n')
          .Append('`', fence).Append("\n\n");
    }

    /// <summary>Escapes what Markdown would read as markup at the start of a line.</summary>
    private static string Escape(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        char first = text[0];
        bool lineStartMarkup = first is '#' or '>' or '-' or '+' or '*' or '=' || (char.IsAsciiDigit(first) && text.AsSpan().IndexOfAnyExceptInRange('0', '9') is int k && k > 0 && k < text.Length && text[k] is '.' or ')');
        return lineStartMarkup ? "\\" + text : text;
    }
}
