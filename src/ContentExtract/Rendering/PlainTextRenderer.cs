using System.Text;

namespace ContentExtract.Rendering;

/// <summary>Writes a document as plain text: the title, a blank line, then <see cref="ExtractedDocument.Text"/>.</summary>
/// <remarks>
/// The text ends with one newline, or is empty when the document has neither title nor text. Streams get UTF-8 without a
/// byte-order mark and are left open.
/// </remarks>
public static class PlainTextRenderer
{
    /// <summary>Renders the document as plain text.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The text, ending with a newline when not empty.</returns>
    public static string Render(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ChunkWriter.ToText(Chunks(document));
    }

    /// <summary>Writes the document as plain text to a text writer.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    public static void Render(ExtractedDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        ChunkWriter.Write(Chunks(document), writer);
    }

    /// <summary>Writes the document as plain text to a stream, in UTF-8 without a byte-order mark.</summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    public static void Render(ExtractedDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        ChunkWriter.Write(Chunks(document), stream);
    }

    /// <summary>Writes the document as plain text to a text writer, asynchronously.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the text is written.</returns>
    public static Task RenderAsync(ExtractedDocument document, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        return ChunkWriter.WriteAsync(Chunks(document), writer, cancellationToken);
    }

    /// <summary>Writes the document as plain text to a stream, asynchronously, in UTF-8 without a byte-order mark.</summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
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
        if (document.Title is { } title)
        {
            output.Buffer.Append(title).Append("\n\n");
        }

        // The body is one string already; it goes out in slices so that the buffer never holds all of it.
        string text = document.Text;
        for (int at = 0; at < text.Length; at += Slice)
        {
            output.Buffer.Append(text, at, Math.Min(Slice, text.Length - at));
            if (output.Full)
            {
                yield return output.TakeChunk();
                output.Resume();
            }
        }

        yield return output.TakeLast();
    }

    private const int Slice = 8 * 1024;
}
