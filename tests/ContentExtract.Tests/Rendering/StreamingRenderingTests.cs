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

    [Theory]
    [MemberData(nameof(Scrapes))]
    public async Task Html_and_the_html_report_to_a_writer_or_a_stream_are_the_string(string name)
    {
        var document = Fixtures.Document(name);
        foreach (string? source in (string?[])[name, null])
        {
            string expected = HtmlRenderer.Render(document, source);
            Assert.Equal(expected, ToText(writer => HtmlRenderer.Render(document, writer, source)));
            Assert.Equal(expected, ToUtf8(stream => HtmlRenderer.Render(document, stream, source)));
            Assert.Equal(expected, await ToTextAsync(writer => HtmlRenderer.RenderAsync(document, writer, source)));
            Assert.Equal(expected, await ToUtf8Async(stream => HtmlRenderer.RenderAsync(document, stream, source)));

            string report = ExplainHtmlRenderer.Render(document, source);
            Assert.Equal(report, ToText(writer => ExplainHtmlRenderer.Render(document, writer, source)));
            Assert.Equal(report, ToUtf8(stream => ExplainHtmlRenderer.Render(document, stream, source)));
            Assert.Equal(report, await ToTextAsync(writer => ExplainHtmlRenderer.RenderAsync(document, writer, source)));
            Assert.Equal(report, await ToUtf8Async(stream => ExplainHtmlRenderer.RenderAsync(document, stream, source)));
        }
    }

    [Theory]
    [MemberData(nameof(Scrapes))]
    public async Task The_explain_and_review_texts_to_a_writer_or_a_stream_are_the_string(string name)
    {
        var document = Fixtures.Document(name);
        string explain = ExplainRenderer.Render(document);
        Assert.Equal(explain, ToText(writer => ExplainRenderer.Render(document, writer)));
        Assert.Equal(explain, ToUtf8(stream => ExplainRenderer.Render(document, stream)));
        Assert.Equal(explain, await ToTextAsync(writer => ExplainRenderer.RenderAsync(document, writer)));
        Assert.Equal(explain, await ToUtf8Async(stream => ExplainRenderer.RenderAsync(document, stream)));

        foreach (bool decisions in (bool[])[true, false])
        {
            string review = ReviewRenderer.Render(document, decisions);
            Assert.Equal(review, ToText(writer => ReviewRenderer.Render(document, writer, decisions)));
            Assert.Equal(review, ToUtf8(stream => ReviewRenderer.Render(document, stream, decisions)));
            Assert.Equal(review, await ToTextAsync(writer => ReviewRenderer.RenderAsync(document, writer, decisions)));
            Assert.Equal(review, await ToUtf8Async(stream => ReviewRenderer.RenderAsync(document, stream, decisions)));
        }
    }

    [Fact]
    public void Every_public_renderer_has_the_writer_and_stream_forms()
    {
        var renderers = typeof(JsonRenderer).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(JsonRenderer).Namespace && t.Name.EndsWith("Renderer", StringComparison.Ordinal))
            .ToList();
        Assert.True(renderers.Count >= 7, string.Join(", ", renderers.Select(t => t.Name)));

        foreach (var renderer in renderers)
        {
            var methods = renderer.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static);
            foreach (var (name, target, returns) in ((string, Type, Type)[])
                [("Render", typeof(TextWriter), typeof(void)), ("Render", typeof(Stream), typeof(void)), ("RenderAsync", typeof(TextWriter), typeof(Task)), ("RenderAsync", typeof(Stream), typeof(Task))])
            {
                Assert.True(
                    methods.Any(m => m.Name == name && m.ReturnType == returns && m.GetParameters() is [{ } first, { } second, ..]
                        && first.ParameterType == typeof(ExtractedDocument) && second.ParameterType == target),
                    $"{renderer.Name} has no {name}(ExtractedDocument, {target.Name}, ...)");
            }

            Assert.Contains(methods, m => m.Name == "Render" && m.ReturnType == typeof(string) && m.GetParameters()[0].ParameterType == typeof(ExtractedDocument));
            Assert.True(Forms.ContainsKey(FormName(renderer)), $"{renderer.Name} is not among the renderers the large-document tests run");
        }
    }

    private static string FormName(Type renderer) => renderer.Name switch
    {
        nameof(MarkdownRenderer) => "markdown",
        nameof(PlainTextRenderer) => "text",
        nameof(HtmlRenderer) => "html",
        nameof(ExplainHtmlRenderer) => "explain-html",
        nameof(ExplainRenderer) => "explain",
        nameof(ReviewRenderer) => "review",
        nameof(JsonRenderer) => "json",
        _ => renderer.Name,
    };

    /// <summary>Every renderer, by name: its string form, and its text-writer and stream forms.</summary>
    public static TheoryData<string> Renderers() => [.. Forms.Keys.Order(StringComparer.Ordinal)];

    private static readonly Dictionary<string, (Func<ExtractedDocument, string> String, Action<ExtractedDocument, TextWriter> Writer, Action<ExtractedDocument, Stream> Stream)> Forms = new(StringComparer.Ordinal)
    {
        ["markdown"] = (MarkdownRenderer.Render, MarkdownRenderer.Render, MarkdownRenderer.Render),
        ["text"] = (PlainTextRenderer.Render, PlainTextRenderer.Render, PlainTextRenderer.Render),
        ["html"] = (d => HtmlRenderer.Render(d, "big.html"), (d, w) => HtmlRenderer.Render(d, w, "big.html"), (d, s) => HtmlRenderer.Render(d, s, "big.html")),
        ["explain-html"] = (d => ExplainHtmlRenderer.Render(d, "big.html"), (d, w) => ExplainHtmlRenderer.Render(d, w, "big.html"), (d, s) => ExplainHtmlRenderer.Render(d, s, "big.html")),
        ["explain"] = (ExplainRenderer.Render, ExplainRenderer.Render, ExplainRenderer.Render),
        ["review"] = (d => ReviewRenderer.Render(d), (d, w) => ReviewRenderer.Render(d, w), (d, s) => ReviewRenderer.Render(d, s)),
        ["json"] = (d => JsonRenderer.Render(d, "big.html", explain: true), (d, w) => JsonRenderer.Render(d, w, "big.html", explain: true), (d, s) => JsonRenderer.Render(d, s, "big.html", explain: true)),
    };

    [Theory]
    [MemberData(nameof(Renderers))]
    public void A_large_document_goes_out_in_chunks_not_one_string(string renderer)
    {
        var (toString, toWriter, _) = Forms[renderer];
        var document = LargeDocument();
        string expected = toString(document);

        var writer = new RecordingWriter();
        toWriter(document, writer);

        Assert.True(expected.Length > 500_000, $"{expected.Length} characters");
        Assert.Equal(expected, writer.Text);
        Assert.True(writer.Writes > 20, $"{writer.Writes} writes");
        Assert.True(writer.LongestWrite <= 64 * 1024, $"a write of {writer.LongestWrite} characters");
    }

    [Theory]
    [MemberData(nameof(Renderers))]
    public void A_large_document_is_streamed_without_allocating_its_text(string renderer)
    {
        var (toString, _, toStream) = Forms[renderer];
        var document = LargeDocument();
        long chars = toString(document).Length;

        // The string form holds the whole text at least twice (the builder's chunks and the string): over 2 bytes a
        // character. The stream form holds about one chunk and the stream writer's buffers: a small fraction, whatever
        // the size of the document. The bound is a quarter of the string's own size, far above what it takes.
        long asString = AllocatedBytes(() => toString(document));
        long toNowhere = AllocatedBytes(() => toStream(document, Stream.Null));

        Assert.True(asString > chars * 2, $"the string form allocated {asString:N0} bytes for {chars:N0} characters");
        Assert.True(toNowhere < chars / 2, $"the stream form allocated {toNowhere:N0} bytes for {chars:N0} characters");
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
        Assert.Throws<ArgumentNullException>(() => { _ = HtmlRenderer.RenderAsync(document, (Stream)null!); });
        Assert.Throws<ArgumentNullException>(() => { _ = HtmlRenderer.RenderAsync(null!, new StringWriter()); });
        Assert.Throws<ArgumentNullException>(() => HtmlRenderer.Render(document, (TextWriter)null!));
        Assert.Throws<ArgumentNullException>(() => { _ = ExplainHtmlRenderer.RenderAsync(document, (TextWriter)null!); });
        Assert.Throws<ArgumentNullException>(() => ExplainHtmlRenderer.Render(null!, Stream.Null));
        Assert.Throws<ArgumentNullException>(() => { _ = ExplainRenderer.RenderAsync(document, (Stream)null!); });
        Assert.Throws<ArgumentNullException>(() => ReviewRenderer.Render(document, (TextWriter)null!));
        Assert.Throws<ArgumentNullException>(() => { _ = ReviewRenderer.RenderAsync(null!, Stream.Null); });
    }

    /// <summary>
    /// A document of some two million characters with every part the renderers write: 5,000 paragraphs, a decision for
    /// each (19 in 20 dropped, so that the report folds runs of them), quotations and link lists.
    /// </summary>
    private static ExtractedDocument LargeDocument()
    {
        const int Paragraphs = 5000;
        var blocks = Enumerable.Range(0, Paragraphs).Select(i => (ContentBlock)new ParagraphBlock($"Paragraph {i}: " + new string('x', 400))).ToList();
        return new ExtractedDocument
        {
            InputKind = InputKind.Html,
            Title = "Long",
            Blocks = blocks,
            Text = string.Join("\n\n", blocks.Select(b => b.Text)),
            Quotes = [.. Enumerable.Range(0, 500).Select(i => new Quotation { Text = $"Quotation {i}: " + new string('q', 100), Speaker = "Someone", BlockIndex = i })],
            LinkLists = [.. Enumerable.Range(0, 50).Select(i => new LinkList
            {
                Title = $"Related {i}",
                Links = [.. Enumerable.Range(0, 20).Select(j => new LinkItem { Text = $"Story {i}.{j}", Url = $"https://example.com/{i}/{j}" })],
            })],
            Decisions = [.. blocks.Select((b, i) => new BlockDecision { Index = i, Role = i % 20 == 0 ? BlockRole.Content : BlockRole.Boilerplate, Reason = i % 20 == 0 ? "prose (70 words)" : "link density 0.9", Text = b.Text })],
        };
    }

    /// <summary>Bytes the test's thread allocated in the action, measured on its second run (the first JIT-compiles and fills caches).</summary>
    private static long AllocatedBytes(Action action)
    {
        action();
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
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
        public Action? OnWrite { get; init; }

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

        public override Task WriteAsync(StringBuilder? value, CancellationToken cancellationToken = default)
        {
            Write(value);
            return Task.CompletedTask;
        }

        public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return Task.CompletedTask;
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Note(buffer.Length);
            base.Write(buffer);
        }

        private void Note(int length)
        {
            OnWrite?.Invoke();
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
