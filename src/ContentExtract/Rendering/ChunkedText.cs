using System.Text;

namespace ContentExtract.Rendering;

/// <summary>
/// The output buffer of the renderers that write text (Markdown, plain text, HTML, the explain and review texts). A
/// renderer appends to <see cref="Buffer"/> and, once it is <see cref="Full"/>, yields <see cref="TakeChunk"/>; the caller
/// writes the chunk to a string, a <see cref="TextWriter"/> or a stream, synchronously or not, and the renderer goes on.
/// So one rendering routine serves every target and holds at most about one chunk of output (and one block beyond it).
/// </summary>
/// <remarks>
/// Markdown and plain text end with exactly one newline (or are empty when nothing was written): a run of newlines at the
/// end of a chunk is held back until more text follows it. The other renderers' text goes out exactly as appended
/// (<c>trimTrailingNewlines: false</c>).
/// </remarks>
/// <param name="trimTrailingNewlines">True to end the text with exactly one newline, none when nothing was written.</param>
internal sealed class ChunkedText(bool trimTrailingNewlines = true)
{
    /// <summary>Characters gathered before a chunk is handed out: small enough to stay off the large-object heap.</summary>
    internal const int ChunkChars = 16 * 1024;

    private int _heldNewlines;
    private bool _wroteAny;

    /// <summary>Where the renderer appends.</summary>
    public StringBuilder Buffer { get; } = new();

    /// <summary>True when a chunk is ready to be written.</summary>
    public bool Full => Buffer.Length >= ChunkChars;

    /// <summary>The text so far, less its trailing newlines, which are held back; the buffer is emptied when the caller resumes.</summary>
    public StringBuilder TakeChunk()
    {
        if (!trimTrailingNewlines)
        {
            return Buffer;
        }

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
        if (!trimTrailingNewlines)
        {
            return Buffer;
        }

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

/// <summary>
/// A write-only stream over a text writer: it decodes the UTF-8 written to it (the JSON serializer's output) and hands
/// the characters on, a slice at a time. The serializer streams to it as to any stream, so the JSON renderer's
/// text-writer forms never hold the whole document either. Flushing and disposing leave the writer alone.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private const int SliceChars = 8 * 1024;

    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private readonly char[] _chars = new char[SliceChars];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            int used = Decode(buffer, out int written);
            writer.Write(_chars, 0, written);
            buffer = buffer[used..];
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty)
        {
            int used = Decode(buffer.Span, out int written);
            await writer.WriteAsync(_chars.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
            buffer = buffer[used..];
        }
    }

    /// <summary>The writer is the caller's to flush.</summary>
    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Decodes as much of the bytes as fits the character buffer; a sequence cut between two writes waits in the decoder.</summary>
    private int Decode(ReadOnlySpan<byte> bytes, out int written)
    {
        _decoder.Convert(bytes, _chars, flush: false, out int used, out written, out _);
        return used;
    }
}
