using System.Globalization;
using System.Text;

namespace ContentExtract.Rendering;

/// <summary>
/// Writes a document the way a reviewer reads a snapshot: one labelled line per fact — kind, title,
/// breadcrumb, every block with its type, quotations with speakers, link lists, removed noise — so
/// that a changed extraction shows up as a diff in words.
/// </summary>
/// <remarks>
/// The writer and stream forms write the same text as the string form, a chunk of a few kilobytes at a time; streams get
/// UTF-8 without a byte-order mark and are left open.
/// </remarks>
public static class ReviewRenderer
{
    /// <summary>Renders the document for review.</summary>
    /// <param name="document">The document.</param>
    /// <param name="includeDecisions">True to end with every source block and why it was kept or dropped.</param>
    /// <returns>The review text, ending with a newline.</returns>
    public static string Render(ExtractedDocument document, bool includeDecisions = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ChunkWriter.ToText(Chunks(document, includeDecisions));
    }

    /// <summary>Writes the document for review to a text writer.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    /// <param name="includeDecisions">True to end with every source block and why it was kept or dropped.</param>
    public static void Render(ExtractedDocument document, TextWriter writer, bool includeDecisions = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        ChunkWriter.Write(Chunks(document, includeDecisions), writer);
    }

    /// <summary>Writes the document for review to a stream, in UTF-8 without a byte-order mark.</summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    /// <param name="includeDecisions">True to end with every source block and why it was kept or dropped.</param>
    public static void Render(ExtractedDocument document, Stream stream, bool includeDecisions = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        ChunkWriter.Write(Chunks(document, includeDecisions), stream);
    }

    /// <summary>Writes the document for review to a text writer, asynchronously.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    /// <param name="includeDecisions">True to end with every source block and why it was kept or dropped.</param>
    /// <param name="cancellationToken">Stops the writing between chunks.</param>
    /// <returns>A task that completes when the text is written.</returns>
    public static Task RenderAsync(ExtractedDocument document, TextWriter writer, bool includeDecisions = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        return ChunkWriter.WriteAsync(Chunks(document, includeDecisions), writer, cancellationToken);
    }

    /// <summary>Writes the document for review to a stream, asynchronously, in UTF-8 without a byte-order mark.</summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    /// <param name="includeDecisions">True to end with every source block and why it was kept or dropped.</param>
    /// <param name="cancellationToken">Stops the writing between chunks.</param>
    /// <returns>A task that completes when the text is written and flushed.</returns>
    public static Task RenderAsync(ExtractedDocument document, Stream stream, bool includeDecisions = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        return ChunkWriter.WriteAsync(Chunks(document, includeDecisions), stream, cancellationToken);
    }

    private static IEnumerable<StringBuilder> Chunks(ExtractedDocument document, bool includeDecisions)
    {
        var output = new ChunkedText(trimTrailingNewlines: false);
        var r = output.Buffer;
        r.Append("kind: ").Append(JsonRenderer.NameOf(document.PageKind))
         .Append(" | input: ").Append(document.InputKind == InputKind.Html ? "html" : "text")
         .Append(" | language: ").Append(document.Language ?? "?").Append('\n');
        if (document.PageKindEvidence.Count > 0)
        {
            r.Append("kind evidence: ").AppendJoin("; ", document.PageKindEvidence).Append('\n');
        }

        if (document.ErrorPage is { } e)
        {
            r.Append("error page: ").Append(Describe(e.Status, e.Reason, e.Server)).Append('\n');
        }

        r.Append("title: ").Append(document.Title ?? "(none)").Append('\n');
        r.Append("breadcrumb: ").Append(document.Breadcrumb.Count == 0 ? "(none)" : string.Join(" > ", document.Breadcrumb.Select(b => b.Text))).Append('\n');
        if (document.Metadata != DocumentMetadata.Empty)
        {
            var m = document.Metadata;
            r.Append("metadata: author=").Append(m.Author ?? "-").Append(" published=").Append(m.Published is { } published ? JsonRenderer.FormatDate(published) : "-")
             .Append(m.PublishedOffsetUnknown ? " (no offset stated)" : string.Empty)
             .Append(" site=").Append(m.SiteName ?? "-").Append('\n');
        }

        r.Append('\n').Append("blocks (").Append(document.Blocks.Count.ToString(CultureInfo.InvariantCulture)).Append("):\n");
        for (int i = 0; i < document.Blocks.Count; i++)
        {
            r.Append(CultureInfo.InvariantCulture, $"[{i}] ");
            switch (document.Blocks[i])
            {
                case HeadingBlock h:
                    r.Append(CultureInfo.InvariantCulture, $"h{h.Level}: ").Append(h.Text);
                    break;
                case QuoteBlock q:
                    r.Append("quote: ").Append(q.Text).Append(q.Speaker is null ? string.Empty : $"  — {q.Speaker}");
                    break;
                case ListBlock l:
                    r.Append(l.Ordered ? "ordered list:" : "list:");
                    foreach (var item in l.Items)
                    {
                        r.Append("\n    - ").Append(item.Replace("\n", " / ", StringComparison.Ordinal));
                    }

                    break;
                case TableBlock t:
                    r.Append("table:");
                    foreach (var row in t.Rows)
                    {
                        r.Append("\n    | ").Append(string.Join(" | ", row)).Append(" |");
                    }

                    break;
                case CodeBlock c:
                    // One line of the snapshot per line of code, so that a changed indentation or a lost blank line shows in the diff.
                    r.Append("code").Append(c.Language is null ? string.Empty : $" ({c.Language})").Append(':');
                    foreach (var line in c.Text.Split('\n'))
                    {
                        r.Append("\n    |").Append(line.Length > 0 ? " " : string.Empty).Append(line);
                    }

                    break;
                default:
                    r.Append("p: ").Append(document.Blocks[i].Text.Replace("\n", " / ", StringComparison.Ordinal));
                    break;
            }

            r.Append('\n');
            if (output.Full)
            {
                yield return output.TakeChunk();
                output.Resume();
            }
        }

        r.Append('\n').Append("quotes (").Append(document.Quotes.Count.ToString(CultureInfo.InvariantCulture)).Append("):\n");
        foreach (var q in document.Quotes)
        {
            r.Append(CultureInfo.InvariantCulture, $"- [{q.BlockIndex}{(q.Inline ? ", inline" : string.Empty)}] ")
             .Append(q.Text.Replace("\n", " / ", StringComparison.Ordinal)).Append("  — ").Append(q.Speaker ?? "(no speaker)").Append('\n');
            if (output.Full)
            {
                yield return output.TakeChunk();
                output.Resume();
            }
        }

        r.Append('\n').Append("link lists (").Append(document.LinkLists.Count.ToString(CultureInfo.InvariantCulture)).Append("):\n");
        foreach (var list in document.LinkLists)
        {
            r.Append("- ").Append(list.Title).Append(list.HasMore ? " [more" + (list.MoreUrl is null ? "]" : $": {list.MoreUrl}]") : string.Empty)
             .Append(CultureInfo.InvariantCulture, $" ({list.Links.Count} links)\n");
            foreach (var link in list.Links)
            {
                r.Append("    - ").Append(link.Text).Append(link.Truncated ? " [truncated]" : string.Empty)
                 .Append(link.Url is null ? string.Empty : " <").Append(link.Url).Append(link.Url is null ? string.Empty : ">").Append('\n');
            }

            if (output.Full)
            {
                yield return output.TakeChunk();
                output.Resume();
            }
        }

        r.Append('\n').Append("noise (").Append(document.Noise.Count.ToString(CultureInfo.InvariantCulture)).Append("):\n");
        foreach (var n in document.Noise)
        {
            r.Append("- ").Append(Describe(n.Status, n.Reason, n.Server)).Append(": ").Append(n.Text).Append('\n');
            if (output.Full)
            {
                yield return output.TakeChunk();
                output.Resume();
            }
        }

        if (includeDecisions)
        {
            r.Append('\n').Append("decisions (+ kept, - dropped):\n");
            foreach (var decision in document.Decisions)
            {
                ExplainRenderer.AppendDecision(r, decision, 60, escapeCommentEnd: false);
                if (output.Full)
                {
                    yield return output.TakeChunk();
                    output.Resume();
                }
            }
        }

        yield return output.TakeLast();
    }

    private static string Describe(int? status, string? reason, string? server) =>
        $"{status?.ToString(CultureInfo.InvariantCulture) ?? "?"} {reason ?? "?"} ({server ?? "no server banner"})";
}
