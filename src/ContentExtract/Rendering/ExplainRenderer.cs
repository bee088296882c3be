using System.Globalization;
using System.Text;

namespace ContentExtract.Rendering;

/// <summary>Lists every source block with the decision taken on it, so a user can see why text went missing.</summary>
/// <remarks>
/// The text is an HTML comment, which Markdown shows to no reader: the tool appends it to the Markdown or text of a page
/// with <c>--explain</c>. The writer and stream forms write the same text as the string form, a chunk of a few kilobytes
/// at a time; streams get UTF-8 without a byte-order mark and are left open.
/// </remarks>
public static class ExplainRenderer
{
    /// <summary>Renders the decisions as an HTML/Markdown comment, one line per source block.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The comment text, starting and ending with a newline.</returns>
    public static string Render(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ChunkWriter.ToText(Chunks(document));
    }

    /// <summary>Writes the decisions as an HTML/Markdown comment to a text writer.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    public static void Render(ExtractedDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        ChunkWriter.Write(Chunks(document), writer);
    }

    /// <summary>Writes the decisions as an HTML/Markdown comment to a stream, in UTF-8 without a byte-order mark.</summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    public static void Render(ExtractedDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        ChunkWriter.Write(Chunks(document), stream);
    }

    /// <summary>Writes the decisions as an HTML/Markdown comment to a text writer, asynchronously.</summary>
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

    /// <summary>Writes the decisions as an HTML/Markdown comment to a stream, asynchronously, in UTF-8 without a byte-order mark.</summary>
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
        var output = new ChunkedText(trimTrailingNewlines: false);
        var text = output.Buffer;
        text.Append("\n<!-- explain: every source block, kept (+) or dropped (-), with the signal that decided it\n");
        text.Append("page kind: ").Append(JsonRenderer.NameOf(document.PageKind));
        if (document.PageKindEvidence.Count > 0)
        {
            text.Append(" (").AppendJoin("; ", document.PageKindEvidence).Append(')');
        }

        text.Append('\n');
        if (document.Selection is { } selection)
        {
            text.Append("article: ").Append(selection.Describe().Replace("--", "- -", StringComparison.Ordinal)).Append('\n');
        }

        foreach (var decision in document.Decisions)
        {
            AppendDecision(text, decision, 80, escapeCommentEnd: true);
            if (output.Full)
            {
                yield return output.TakeChunk();
                output.Resume();
            }
        }

        text.Append("-->\n");
        yield return output.TakeLast();
    }

    /// <summary>
    /// One line per decision: kept or dropped, the block's index, role and reason, and the start of its text on one line
    /// (line breaks shown as <c>/</c>), written straight into the output without copies of the text.
    /// </summary>
    internal static void AppendDecision(StringBuilder text, BlockDecision decision, int maxChars, bool escapeCommentEnd)
    {
        text.Append(decision.Kept ? "+ " : "- ")
            .Append(CultureInfo.InvariantCulture, $"{decision.Index:D3} ")
            .Append(JsonRenderer.NameOf(decision.Role)).Append(" (").Append(decision.Reason).Append("): ");

        var excerpt = decision.Text.AsSpan(0, Math.Min(decision.Text.Length, maxChars));
        for (int i = 0; i < excerpt.Length; i++)
        {
            char c = excerpt[i];
            if (c == '\n')
            {
                text.Append(" / ");
            }
            else if (escapeCommentEnd && c == '-' && i + 1 < excerpt.Length && excerpt[i + 1] == '-')
            {
                // "--" would end the comment early.
                text.Append("- -");
                i++;
            }
            else
            {
                text.Append(c);
            }
        }

        if (decision.Text.Length > maxChars)
        {
            text.Append('…');
        }

        text.Append('\n');
    }
}
