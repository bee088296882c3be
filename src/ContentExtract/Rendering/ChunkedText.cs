using System.Buffers;
using System.Text;

namespace ContentExtract.Rendering;

/// <summary>
/// The output buffer of the text renderers (Markdown, plain text). A renderer appends to <see cref="Buffer"/> and, once
/// it is <see cref="Full"/>, yields <see cref="TakeChunk"/>; the caller writes the chunk to a string, a
/// <see cref="TextWriter"/> or a stream, synchronously or not, and the renderer goes on. So one rendering routine serves
/// every target and holds at most about one chunk of output. The text ends with exactly one newline (or is empty when
/// nothing was written): a run of newlines at the end of a chunk is held back until more text follows it.
/// </summary>
internal sealed class ChunkedText
{
    /// <summary>Characters gathered before a chunk is handed out: small enough to stay off the large-object heap.</summary>
    private const int ChunkChars = 16 * 1024;

    private int _heldNewlines;
    private bool _wroteAny;

    /// <summary>Where the renderer appends.</summary>
    public StringBuilder Buffer { get; } = new();

    /// <summary>True when a chunk is ready to be written.</summary>
    public bool Full => Buffer.Length >= ChunkChars;

    /// <summary>The text so far, less its trailing newlines, which are held back; the buffer is emptied when the caller resumes.</summary>
    public StringBuilder TakeChunk()
    {
        _wroteAny |= Buffer.Length > 0;
        _heldNewlines = TrailingNewlines();
        Buffer.Length -= _heldNewlines;
        return Buffer;
    }

    /// <summary>Empties the buffer after the chunk was written, keeping the newlines held back.</summary>
    public void Resume()
    {
        Buffer.Clear();
        Buffer.Append('\n', _heldNewlines);
        _heldNewlines = 0;
    }

    /// <summary>The last chunk: trailing newlines trimmed to one, none when nothing at all was written.</summary>
    public StringBuilder TakeLast()
    {
        _wroteAny |= Buffer.Length > 0;
        Buffer.Length -= TrailingNewlines();
        if (_wroteAny)
        {
            Buffer.Append('\n');
        }

        return Buffer;
    }

    private int TrailingNewlines()
    {
        int count = 0;
        while (count < Buffer.Length && Buffer[Buffer.Length - 1 - count] == '\n')
        {
            count++;
        }

        return count;
    }
}

/// <summary>Writes the chunks of a text renderer to each kind of target.</summary>
internal static class ChunkWriter
{
    /// <summary>UTF-8 without a byte-order mark, as the renderers' string output is written to files.</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string ToText(IEnumerable<StringBuilder> chunks)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(chunks, writer);
        return writer.ToString();
    }

    public static void Write(IEnumerable<StringBuilder> chunks, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var chunk in chunks)
        {
            writer.Write(chunk);
        }
    }

    public static async Task WriteAsync(IEnumerable<StringBuilder> chunks, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var chunk in chunks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    public static void Write(IEnumerable<StringBuilder> chunks, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
        Write(chunks, writer);
    }

    public static async Task WriteAsync(IEnumerable<StringBuilder> chunks, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var writer = new StreamWriter(stream, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            await WriteAsync(chunks, writer, cancellationToken).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>Writes UTF-8 JSON to a text writer, decoded a slice at a time.</summary>
internal static class JsonText
{
    private const int SliceChars = 8 * 1024;

    public static void Write(ArrayBufferWriter<byte> utf8, TextWriter writer)
    {
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = new char[SliceChars];
        var bytes = utf8.WrittenSpan;
        while (!bytes.IsEmpty)
        {
            decoder.Convert(bytes, chars, flush: true, out int used, out int written, out _);
            writer.Write(chars, 0, written);
            bytes = bytes[used..];
        }
    }

    public static async Task WriteAsync(ArrayBufferWriter<byte> utf8, TextWriter writer, CancellationToken cancellationToken)
    {
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = new char[SliceChars];
        int at = 0;
        while (at < utf8.WrittenCount)
        {
            decoder.Convert(utf8.WrittenSpan[at..], chars, flush: true, out int used, out int written, out _);
            await writer.WriteAsync(chars.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
            at += used;
        }
    }
}
