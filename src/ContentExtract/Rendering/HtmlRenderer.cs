using System.Globalization;
using System.Text;

namespace ContentExtract.Rendering;

/// <summary>
/// Writes a document as a clean, self-contained HTML page to read: the title, the breadcrumb and what is
/// known of author and date, the body with its headings, quotes (with speakers), lists, tables and code, and the
/// named link lists after it. An error page becomes a short notice of its status.
/// </summary>
/// <remarks>
/// Like <see cref="ExplainHtmlRenderer"/>, the page has an inline style sheet, no script and a content
/// security policy that forbids scripts and outside fetches; all page text is HTML-encoded and only
/// absolute http and https addresses become links. The writer and stream forms write the same text as the string form,
/// as they go, a chunk of a few kilobytes at a time; streams get UTF-8 without a byte-order mark and are left open.
/// </remarks>
public static class HtmlRenderer
{
    private const string StyleSheet = """
        :root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #ffffff; --accent: #0969da; --alert: #cf222e; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--paper); color: var(--ink);
          font: 18px/1.65 Georgia, "Noto Serif", "Noto Serif CJK SC", "Songti SC", "DejaVu Serif", serif; }
        main { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
        .crumbs, .byline, .source, aside, th, .kind { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; }
        .crumbs { color: var(--muted); font-size: .85rem; margin: 0; } .crumbs .sep { margin: 0 .35rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: .4rem 0 .6rem; }
        h2, h3, h4, h5, h6 { line-height: 1.3; margin: 2rem 0 .6rem; }
        .byline { color: var(--muted); font-size: .9rem; margin: 0 0 1.8rem; }
        .kind { display: inline-block; border: 1px solid var(--muted); color: var(--muted); border-radius: 999px; padding: 0 .6rem; font-size: .8rem; }
        .kind.error { border-color: var(--alert); color: var(--alert); }
        p { margin: 0 0 1.1rem; white-space: pre-line; }
        blockquote { margin: 1.5rem 0; padding: .2rem 0 .2rem 1.1rem; border-left: 4px solid var(--line); font-style: italic; }
        blockquote p { margin: 0 0 .4rem; }
        blockquote footer { font-style: normal; color: var(--muted); font-size: .9rem; }
        table { border-collapse: collapse; margin: 1.2rem 0; font-size: .9rem; width: 100%; }
        th, td { border: 1px solid var(--line); padding: .35rem .6rem; text-align: left; vertical-align: top; }
        pre { margin: 1.2rem 0; padding: .8rem 1rem; overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; tab-size: 4;
          font: 14px/1.5 ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", monospace; }
        aside { border-top: 1px solid var(--line); margin-top: 2.5rem; padding-top: .5rem; font-size: .95rem; }
        aside h2 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
        aside ul { margin: 0; padding-left: 1.2rem; }
        .source { color: var(--muted); font-size: .75rem; margin-top: 3rem; overflow-wrap: anywhere; }
        a { color: var(--accent); }
        @media (prefers-color-scheme: dark) { :root { --ink: #e6edf3; --muted: #9198a1; --line: #3d444d; --paper: #0d1117; --accent: #4493f8; --alert: #f85149; } }
        """;

    /// <summary>Renders the document as a page to read.</summary>
    /// <param name="document">The document.</param>
    /// <param name="source">Where the page came from (a path, <c>-</c>, or <c>archive#index</c>), shown at the foot of the page; null to leave it out.</param>
    /// <returns>A complete HTML document, ending with a newline.</returns>
    public static string Render(ExtractedDocument document, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ChunkWriter.ToText(Chunks(document, source));
    }

    /// <summary>Writes the page to read to a text writer.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    /// <param name="source">Where the page came from, shown at the foot of the page; null to leave it out.</param>
    public static void Render(ExtractedDocument document, TextWriter writer, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        ChunkWriter.Write(Chunks(document, source), writer);
    }

    /// <summary>Writes the page to read to a stream, in UTF-8 without a byte-order mark (the page declares UTF-8).</summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    /// <param name="source">Where the page came from, shown at the foot of the page; null to leave it out.</param>
    public static void Render(ExtractedDocument document, Stream stream, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        ChunkWriter.Write(Chunks(document, source), stream);
    }

    /// <summary>Writes the page to read to a text writer, asynchronously.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    /// <param name="source">Where the page came from, shown at the foot of the page; null to leave it out.</param>
    /// <param name="cancellationToken">Stops the writing between chunks.</param>
    /// <returns>A task that completes when the page is written.</returns>
    public static Task RenderAsync(ExtractedDocument document, TextWriter writer, string? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        return ChunkWriter.WriteAsync(Chunks(document, source), writer, cancellationToken);
    }

    /// <summary>
    /// Writes the page to read to a stream, asynchronously, in UTF-8 without a byte-order mark: for a response body that
    /// refuses synchronous writes.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    /// <param name="source">Where the page came from, shown at the foot of the page; null to leave it out.</param>
    /// <param name="cancellationToken">Stops the writing between chunks.</param>
    /// <returns>A task that completes when the page is written and flushed.</returns>
    public static Task RenderAsync(ExtractedDocument document, Stream stream, string? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        return ChunkWriter.WriteAsync(Chunks(document, source), stream, cancellationToken);
    }

    private static IEnumerable<StringBuilder> Chunks(ExtractedDocument document, string? source)
    {
        var output = new ChunkedText(trimTrailingNewlines: false);
        var html = output.Buffer;
        var error = document.ErrorPage;
        string heading = document.Title ?? (error is not null ? "Error page: " + HtmlMarkup.DescribeError(error.Status, error.Reason, error.Server) : "Untitled page");
        html.AppendPageStart(document.Language, heading, StyleSheet);
        html.Append("<main>\n<article>\n");
        AppendBreadcrumb(html, document.Breadcrumb);
        if (error is not null)
        {
            html.Append("<h1>").AppendText(heading).Append("</h1>\n<p class=\"byline\"><span class=\"kind error\">error page</span> ")
                .Append("The page is an error page; nothing on it was kept.</p>\n");
        }
        else
        {
            html.Append("<h1>").AppendText(document.Title ?? "Untitled page").Append("</h1>\n");
            AppendByline(html, document);
            foreach (var block in document.Blocks)
            {
                AppendBlock(html, block);
                if (output.Full)
                {
                    yield return output.TakeChunk();
                    output.Resume();
                }
            }
        }

        html.Append("</article>\n");
        if (document.LinkLists.Count > 0)
        {
            html.Append("<aside>\n");
            foreach (var list in document.LinkLists)
            {
                AppendLinkList(html, list);
                if (output.Full)
                {
                    yield return output.TakeChunk();
                    output.Resume();
                }
            }

            html.Append("</aside>\n");
        }

        if (source is not null)
        {
            html.Append("<p class=\"source\">Extracted by ContentExtract from ").AppendText(source).Append("</p>\n");
        }

        html.Append("</main>\n").AppendPageEnd();
        yield return output.TakeLast();
    }

    private static void AppendBreadcrumb(StringBuilder html, IReadOnlyList<BreadcrumbItem> breadcrumb)
    {
        if (breadcrumb.Count == 0)
        {
            return;
        }

        html.Append("<nav aria-label=\"Breadcrumb\"><p class=\"crumbs\">");
        for (int i = 0; i < breadcrumb.Count; i++)
        {
            if (i > 0)
            {
                html.Append("<span class=\"sep\" aria-hidden=\"true\">›</span>");
            }

            html.AppendLink(breadcrumb[i].Text, breadcrumb[i].Url);
        }

        html.Append("</p></nav>\n");
    }

    /// <summary>
    /// The date as a reader wants it: <c>2024-06-01 12:30 +02:00</c>, <c>2024-06-01 10:30 UTC</c>; when the page stated no
    /// offset, the time it shows without one (<c>2024-06-01 12:30</c>, or <c>2024-06-01</c> for a date alone).
    /// </summary>
    private static string ReadableDate(DateTimeOffset date, bool offsetUnknown) =>
        offsetUnknown
            ? date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : date.Offset == TimeSpan.Zero
                ? date.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    private static void AppendByline(StringBuilder html, ExtractedDocument document)
    {
        var parts = new List<string>();
        if (document.PageKind != PageKind.Article)
        {
            parts.Add(JsonRenderer.NameOf(document.PageKind) + " page");
        }

        // A byline names people: an author that is an address (a profile link a page put in article:author) is left out.
        if (document.Metadata.Author is { } author && !Text.TextSpan.IsWebAddress(author))
        {
            parts.Add(author);
        }

        if (document.Metadata.Published is { } published)
        {
            parts.Add(ReadableDate(published, document.Metadata.PublishedOffsetUnknown));
        }

        if (document.Metadata.SiteName is { } site)
        {
            parts.Add(site);
        }

        if (document.Url is not null)
        {
            parts.Add(document.Url.AbsoluteUri);
        }

        if (parts.Count == 0)
        {
            return;
        }

        html.Append("<p class=\"byline\">");
        for (int i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                html.Append(" · ");
            }

            if (ReferenceEquals(parts[i], document.Url))
            {
                html.AppendLink(parts[i], parts[i]);
            }
            else
            {
                html.AppendText(parts[i]);
            }
        }

        html.Append("</p>\n");
    }

    private static void AppendBlock(StringBuilder html, ContentBlock block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                // The document's own h1 is the title: body headings start at h2.
                string level = Math.Clamp(heading.Level, 2, 6).ToString(CultureInfo.InvariantCulture);
                html.Append("<h").Append(level).Append('>').AppendText(heading.Text).Append("</h").Append(level).Append(">\n");
                break;
            case QuoteBlock quote:
                var (quoted, signature) = QuoteSignature.Split(quote);
                html.Append("<blockquote><p>").AppendText(quoted).Append("</p>");
                if (signature is not null)
                {
                    html.Append("<footer>").AppendText(signature).Append("</footer>");
                }
                else if (quote.Speaker is not null)
                {
                    html.Append("<footer>— ").AppendText(quote.Speaker).Append("</footer>");
                }

                html.Append("</blockquote>\n");
                break;
            case ListBlock list:
                string tag = list.Ordered ? "ol" : "ul";
                html.Append('<').Append(tag).Append('>');
                foreach (var item in list.Items)
                {
                    html.Append("<li>").AppendText(item).Append("</li>");
                }

                html.Append("</").Append(tag).Append(">\n");
                break;
            case TableBlock table:
                AppendTable(html, table);
                break;
            case CodeBlock code:
                html.Append("<pre><code");
                if (code.Language is not null)
                {
                    html.Append(" class=\"language-").AppendAttribute(code.Language).Append('"');
                }

                html.Append('>').AppendText(code.Text).Append("</code></pre>\n");
                break;
            default:
                html.Append("<p>").AppendText(block.Text).Append("</p>\n");
                break;
        }
    }

    private static void AppendTable(StringBuilder html, TableBlock table)
    {
        html.Append("<table>\n");
        for (int r = 0; r < table.Rows.Count; r++)
        {
            // The first row of an extracted table is its header row, as in the Markdown rendering.
            string cell = r == 0 ? "th" : "td";
            html.Append("<tr>");
            foreach (var value in table.Rows[r])
            {
                html.Append('<').Append(cell).Append('>').AppendText(value).Append("</").Append(cell).Append('>');
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendLinkList(StringBuilder html, LinkList list)
    {
        html.Append("<h2>").AppendText(list.Title).Append("</h2>\n<ul>");
        foreach (var link in list.Links)
        {
            html.Append("<li>").AppendLink(link.Truncated ? link.Text + "…" : link.Text, link.Url).Append("</li>");
        }

        if (list.HasMore && list.MoreUrl is not null)
        {
            html.Append("<li>").AppendLink("more", list.MoreUrl).Append("</li>");
        }

        html.Append("</ul>\n");
    }
}
