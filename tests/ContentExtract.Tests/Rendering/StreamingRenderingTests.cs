using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContentExtract.Rendering;
using ContentExtract.Tests.Model;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Rendering;

/// <summary>The writer, stream and Utf8JsonWriter forms of the renderers write what the string forms return.</summary>
public sealed class StreamingRenderingTests
{
    public static TheoryData<string> Scrapes() => Fixtures.Names();

    [Theory]
    [MemberData(nameof(Scrapes))]
    public async Task Markdown_to_a_writer_or_a_stream_is_the_string(string name)
    {
        var document = Fixtures.Document(name);
        string expected = MarkdownRenderer.Render(document);

        Assert.Equal(expected, ToText(writer => MarkdownRenderer.Render(document, writer)));
        Assert.Equal(expected, ToUtf8(stream => MarkdownRenderer.Render(document, stream)));
        Assert.Equal(expected, await ToTextAsync(writer => MarkdownRenderer.RenderAsync(document, writer)));
        Assert.Equal(expected, await ToUtf8Async(stream => MarkdownRenderer.RenderAsync(document, stream)));
    }

    [Theory]
    [MemberData(nameof(Scrapes))]
    public async Task Plain_text_to_a_writer_or_a_stream_is_the_string(string name)
    {
        var document = Fixtures.Document(name);
        string expected = PlainTextRenderer.Render(document);

        Assert.Equal(expected, ToText(writer => PlainTextRenderer.Render(document, writer)));
        Assert.Equal(expected, ToUtf8(stream => PlainTextRenderer.Render(document, stream)));
        Assert.Equal(expected, await ToTextAsync(writer => PlainTextRenderer.RenderAsync(document, writer)));
        Assert.Equal(expected, await ToUtf8Async(stream => PlainTextRenderer.RenderAsync(document, stream)));
    }

    [Theory]
    [MemberData(nameof(Scrapes))]
    public async Task Json_to_a_writer_a_stream_or_a_Utf8JsonWriter_is_the_string(string name)
    {
        var document = Fixtures.Document(name);
        foreach (bool indented in (bool[])[true, false])
        {
            string expected = JsonRenderer.Render(document, name, indented, explain: true);

            Assert.Equal(expected, ToText(writer => JsonRenderer.Render(document, writer, name, indented, explain: true)));
            Assert.Equal(expected, ToUtf8(stream => JsonRenderer.Render(document, stream, name, indented, explain: true)));
            Assert.Equal(expected, await ToTextAsync(writer => JsonRenderer.RenderAsync(document, writer, name, indented, explain: true)));
            Assert.Equal(expected, await ToUtf8Async(stream => JsonRenderer.RenderAsync(document, stream, name, indented, explain: true)));
            Assert.Equal(expected, ToUtf8(stream =>
            {
                using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                JsonRenderer.Render(document, writer, name, explain: true);
            }));
        }
    }

    [Fact]
    public async Task An_archive_record_renders_alike_in_every_form()
    {
        var result = new ContentExtract.Archives.ArchiveRecordResult
        {
            Record = new ContentExtract.Archives.ArchiveRecordInfo { Index = 3, Offset = 99, Type = "response", TargetUri = "https://example.com/news/harbor", HttpStatus = 200 },
            Outcome = ContentExtract.Archives.ArchiveRecordOutcome.Extracted,
            Document = ValueEqualityTests.Sample(),
            Reason = "extracted from a damaged body",
        };
        string expected = JsonRenderer.Render(result, "crawl.warc#3", indented: false);

        Assert.Contains("\"record\":{\"index\":3", expected, StringComparison.Ordinal);
        Assert.Equal(expected, ToText(writer => JsonRenderer.Render(result, writer, "crawl.warc#3", indented: false)));
        Assert.Equal(expected, ToUtf8(stream => JsonRenderer.Render(result, stream, "crawl.warc#3", indented: false)));
        Assert.Equal(expected, await ToTextAsync(writer => JsonRenderer.RenderAsync(result, writer, "crawl.warc#3", indented: false)));
        Assert.Equal(expected, await ToUtf8Async(stream => JsonRenderer.RenderAsync(result, stream, "crawl.warc#3", indented: false)));
        Assert.Equal(expected, ToUtf8(stream =>
        {
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            JsonRenderer.Render(result, writer, "crawl.warc#3");
        }));
        Assert.Throws<ArgumentException>(() => JsonRenderer.Render(result with { Document = null }, Stream.Null));
    }

    [Fact]
    public void A_large_document_goes_out_in_chunks_not_one_string()
    {
        // 2,000 paragraphs of about 300 characters: some 600,000 characters of Markdown.
        var document = new ExtractedDocument
        {
            InputKind = InputKind.Html,
            Title = "Long",
            Blocks = [.. Enumerable.Range(0, 2000).Select(i => new ParagraphBlock($"Paragraph {i}: " + new string('x', 300)))],
        };
        document = document with { Text = string.Join("\n\n", document.Blocks.Select(b => b.Text)) };

        foreach (var render in (Action<ExtractedDocument, TextWriter>[])[MarkdownRenderer.Render, PlainTextRenderer.Render])
        {
            var writer = new RecordingWriter();
            render(document, writer);

            Assert.True(writer.Writes > 20, $"{writer.Writes} writes");
            Assert.True(writer.LongestWrite <= 64 * 1024, $"a write of {writer.LongestWrite} characters");
            Assert.True(writer.Text.Length > 600_000);
        }

        Assert.Equal(MarkdownRenderer.Render(document), ToText(writer => MarkdownRenderer.Render(document, writer)));
        Assert.Equal(PlainTextRenderer.Render(document), ToText(writer => PlainTextRenderer.Render(document, writer)));
    }

    [Fact]
    public async Task The_asynchronous_forms_never_write_synchronously()
    {
        // An ASP.NET Core response body refuses synchronous writes; so does this stream.
        var document = Fixtures.Document(Fixtures.SeedName);
        foreach (var render in (Func<Stream, Task>[])
        [
            stream => MarkdownRenderer.RenderAsync(document, stream),
            stream => PlainTextRenderer.RenderAsync(document, stream),
            stream => JsonRenderer.RenderAsync(document, stream),
        ])
        {
            await using var stream = new AsynchronousOnlyStream();
            await render(stream);
            Assert.True(stream.Length > 1000);
            Assert.True(stream.CanWrite, "left open");
        }
    }

    [Fact]
    public async Task A_cancelled_token_stops_the_asynchronous_forms()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var document = Fixtures.Document(Fixtures.SeedName);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => MarkdownRenderer.RenderAsync(document, new MemoryStream(), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PlainTextRenderer.RenderAsync(document, new StringWriter(), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => JsonRenderer.RenderAsync(document, new MemoryStream(), cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Streams_get_utf8_without_a_byte_order_mark_and_stay_open()
    {
        var document = Fixtures.Document(Fixtures.SeedName);
        using var stream = new MemoryStream();
        MarkdownRenderer.Render(document, stream);
        JsonRenderer.Render(document, stream);

        Assert.True(stream.CanWrite);
        Assert.Equal((byte)'#', stream.ToArray()[0]);
        Assert.Contains("勇作创先争优排头兵", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_arguments_are_refused_before_anything_is_written()
    {
        var document = Fixtures.Document(Fixtures.SeedName);
        // Thrown by the call, not by the task it would return.
        Assert.Throws<ArgumentNullException>(() => { _ = MarkdownRenderer.RenderAsync(document, (Stream)null!); });
        Assert.Throws<ArgumentNullException>(() => { _ = PlainTextRenderer.RenderAsync(null!, new StringWriter()); });
        Assert.Throws<ArgumentNullException>(() => { _ = JsonRenderer.RenderAsync(document, (TextWriter)null!); });
        Assert.Throws<ArgumentNullException>(() => JsonRenderer.Render(document, (Utf8JsonWriter)null!));
    }

    private static string ToText(Action<TextWriter> render)
    {
        using var writer = new StringWriter();
        render(writer);
        return writer.ToString();
    }

    private static async Task<string> ToTextAsync(Func<TextWriter, Task> render)
    {
        await using var writer = new StringWriter();
        await render(writer);
        return writer.ToString();
    }

    private static string ToUtf8(Action<Stream> render)
    {
        using var stream = new MemoryStream();
        render(stream);
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(stream.ToArray());
    }

    private static async Task<string> ToUtf8Async(Func<Stream, Task> render)
    {
        await using var stream = new MemoryStream();
        await render(stream);
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(stream.ToArray());
    }

    private sealed class RecordingWriter : StringWriter
    {
        public int Writes { get; private set; }

        public int LongestWrite { get; private set; }

        public string Text => ToString();

        public override void Write(StringBuilder? value)
        {
            Note(value?.Length ?? 0);
            base.Write(value);
        }

        public override void Write(string? value)
        {
            Note(value?.Length ?? 0);
            base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Note(count);
            base.Write(buffer, index, count);
        }

        private void Note(int length)
        {
            Writes++;
            LongestWrite = Math.Max(LongestWrite, length);
        }
    }

    /// <summary>A stream that refuses synchronous writes and flushes, as an ASP.NET Core response body does.</summary>
    private sealed class AsynchronousOnlyStream : Stream
    {
        private readonly MemoryStream _written = new();
        private bool _closed;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => !_closed;

        public override long Length => _written.Length;

        public override long Position { get => _written.Position; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _written.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _closed = true;
            base.Dispose(disposing);
        }
    }
}
