using System.Text;

namespace ContentExtract.Rendering;

/// <summary>
/// Writes a document as Markdown: the title as <c>#</c>, the breadcrumb under it, the body with its
/// headings, <c>&gt;</c> quotes, lists, tables and fenced code blocks, then each named link list under its own heading.
/// </summary>
/// <remarks>
/// The text ends with one newline, or is empty when the document has nothing to show. The writer and stream forms write
/// as they go, a chunk of a few kilobytes at a time; streams get UTF-8 without a byte-order mark and are left open.
/// </remarks>
public static class MarkdownRenderer
{
    /// <summary>Renders the document as Markdown.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The Markdown text, ending with a newline.</returns>
    public static string Render(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ChunkWriter.ToText(Chunks(document));
    }

    /// <summary>Writes the document as Markdown to a text writer.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    public static void Render(ExtractedDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        ChunkWriter.Write(Chunks(document), writer);
    }

    /// <summary>Writes the document as Markdown to a stream, in UTF-8 without a byte-order mark.</summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    public static void Render(ExtractedDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        ChunkWriter.Write(Chunks(document), stream);
    }

    /// <summary>Writes the document as Markdown to a text writer, asynchronously.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    /// <param name="cancellationToken">Stops the writing between chunks.</param>
    /// <returns>A task that completes when the text is written.</returns>
    public static Task RenderAsync(ExtractedDocument document, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        return ChunkWriter.WriteAsync(Chunks(document), writer, cancellationToken);
    }

    /// <summary>
    /// Writes the document as Markdown to a stream, asynchronously, in UTF-8 without a byte-order mark: for a response
    /// body that refuses synchronous writes.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    /// <param name="cancellationToken">Stops the writing between chunks.</param>
    /// <returns>A task that completes when the text is written and flushed.</returns>
    public static Task RenderAsync(ExtractedDocument document, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        return ChunkWriter.WriteAsync(Chunks(document), stream, cancellationToken);
    }

    private static IEnumerable<StringBuilder> Chunks(ExtractedDocument document)
    {
        var output = new ChunkedText();
        var md = output.Buffer;
        if (document.IsErrorPage)
        {
            var e = document.ErrorPage!;
            md.Append("<!-- error page: ").Append(e.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?")
              .Append(' ').Append(e.Reason).Append(e.Server is null ? string.Empty : $" ({e.Server})").Append(" -->\n");
            yield return output.TakeLast();
            yield break;
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
            AppendBlock(md, block);
            if (output.Full)
            {
                yield return output.TakeChunk();
                output.Resume();
            }
        }

        foreach (var list in document.LinkLists)
        {
            AppendLinkList(md, list);
            if (output.Full)
            {
                yield return output.TakeChunk();
                output.Resume();
            }
        }

        yield return output.TakeLast();
    }

    private static void AppendBlock(StringBuilder md, ContentBlock block)
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

    private static void AppendLinkList(StringBuilder md, LinkList list)
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
