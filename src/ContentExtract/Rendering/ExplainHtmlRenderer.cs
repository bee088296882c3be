using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentExtract.Rendering;

/// <summary>
/// Writes the decisions behind a document as a self-contained HTML report: every source block of the page
/// in order, kept ones and dropped ones told apart by colour and by a symbol (✓ kept, ✕ dropped), each
/// with its role and the signal that decided it; above them the title, page kind and its evidence, error
/// page, breadcrumb, a legend and counts; after them the removed noise, quotations and link lists. A run of
/// three or more dropped blocks (error-page noise excepted) is one foldable row that says how many and why,
/// and a link near the top leads to the first kept block.
/// </summary>
/// <remarks>
/// The page needs nothing but itself: the style sheet is inline, there is no script, and a content
/// security policy forbids scripts and every outside fetch. All page text is HTML-encoded, and only
/// absolute http and https addresses become links. The writer and stream forms write the same text as the string
/// form, as they go, a chunk of a few kilobytes at a time; streams get UTF-8 without a byte-order mark and are left open.
/// </remarks>
public static partial class ExplainHtmlRenderer
{
    private const string StyleSheet = """
        :root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #ffffff; --wash: #f6f8fa;
          --kept: #1a7f37; --kept-wash: #effaf2; --dropped: #8c959f; --dropped-wash: #f6f8fa;
          --noise: #cf222e; --noise-wash: #fff1f0; --moved: #0969da; --moved-wash: #f0f6ff; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--wash); color: var(--ink);
          font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
        header.report { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 1.25rem 1.5rem; }
        .eyebrow { margin: 0; color: var(--muted); font-size: .8rem; letter-spacing: .04em; text-transform: uppercase; }
        .source { color: var(--muted); font: .85rem/1.4 ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; margin: .15rem 0 0; }
        h1 { font-size: 1.55rem; line-height: 1.25; margin: .6rem 0 .9rem; }
        h1.none { color: var(--muted); font-style: italic; font-weight: 500; }
        h2 { font-size: 1.1rem; margin: 2rem 0 .6rem; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1rem; margin: 0; }
        dl.facts dt { color: var(--muted); font-size: .85rem; padding-top: .1rem; }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        ul.evidence { margin: .3rem 0 0; padding-left: 1.1rem; color: var(--muted); font-size: .9rem; }
        .badge { display: inline-block; padding: .05rem .55rem; border-radius: 999px; font-size: .8rem; font-weight: 600; border: 1px solid currentColor; }
        .kind-article { color: var(--kept); } .kind-error { color: var(--noise); } .kind-challenge { color: #9a6700; }
        .kind-listing { color: var(--moved); } .kind-empty { color: var(--muted); }
        .crumbs { color: var(--muted); } .crumbs .sep { margin: 0 .35rem; }
        .error-box { border: 1px solid var(--noise); background: var(--noise-wash); color: var(--noise); border-radius: 8px; padding: .5rem .8rem; font-weight: 600; }
        .glance { display: grid; grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr)); gap: .6rem; margin-top: 1rem; }
        .count { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: .6rem .8rem; }
        .count b { display: block; font-size: 1.45rem; line-height: 1.2; }
        .count span { color: var(--muted); font-size: .8rem; }
        .count.kept b { color: var(--kept); } .count.dropped b { color: var(--dropped); } .count.noise b { color: var(--noise); }
        .legend { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; margin: .9rem 0 0; padding: 0; list-style: none; font-size: .85rem; color: var(--muted); }
        .legend li { display: flex; align-items: center; gap: .4rem; }
        .swatch { display: inline-flex; width: 1.35rem; height: 1.35rem; border-radius: 5px; align-items: center; justify-content: center; font-weight: 700; border-left: 4px solid; }
        table { width: 100%; border-collapse: collapse; background: var(--paper); border: 1px solid var(--line); border-radius: 10px; overflow: hidden; font-size: .9rem; }
        th, td { text-align: left; padding: .4rem .7rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: var(--wash); color: var(--muted); font-weight: 600; font-size: .8rem; }
        td.verdict-kept { color: var(--kept); font-weight: 600; } td.verdict-dropped { color: var(--muted); }
        td.n { text-align: right; font-variant-numeric: tabular-nums; width: 4rem; }
        tr:last-child td { border-bottom: 0; }
        ol.blocks { list-style: none; margin: 0; padding: 0; display: grid; gap: .35rem; }
        .block { display: grid; grid-template-columns: 15rem 1fr; gap: .15rem 1rem; align-items: baseline;
          background: var(--paper); border: 1px solid var(--line); border-left: 5px solid var(--dropped); border-radius: 6px; padding: .4rem .8rem; }
        .block .meta { display: flex; flex-wrap: wrap; align-items: baseline; gap: .1rem .5rem; font-size: .78rem; color: var(--muted); }
        .block .reason { flex-basis: 100%; }
        .block .mark { font-weight: 700; font-size: .95rem; width: 1rem; text-align: center; }
        .block .verdict { font-weight: 700; text-transform: uppercase; letter-spacing: .04em; font-size: .72rem; }
        .block .index { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
        .block .role { font-weight: 600; }
        .block .text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
        @media (max-width: 40rem) { .block { grid-template-columns: 1fr; } }
        .block.kept { border-left-color: var(--kept); background: var(--kept-wash); }
        .block.kept .mark, .block.kept .verdict { color: var(--kept); }
        .block.dropped .text { color: var(--muted); font-size: .9rem; }
        .block.dropped .mark, .block.dropped .verdict { color: var(--dropped); }
        .block.role-noise { border-left-color: var(--noise); background: var(--noise-wash); }
        .block.role-noise .mark, .block.role-noise .verdict, .block.role-noise .role { color: var(--noise); }
        .block.moved { border-left-color: var(--moved); background: var(--moved-wash); }
        .block.moved .role { color: var(--moved); }
        li.fold > details { background: var(--dropped-wash); border: 1px dashed var(--line); border-left: 5px solid var(--dropped); border-radius: 6px; }
        li.fold > details > summary { cursor: pointer; padding: .4rem .8rem; color: var(--muted); font-size: .85rem; }
        li.fold > details > summary .mark, li.fold > details > summary .verdict { color: var(--dropped); font-weight: 700; }
        li.fold > details > summary .verdict { text-transform: uppercase; letter-spacing: .04em; font-size: .72rem; margin: 0 .2rem 0 .4rem; }
        li.fold > details > summary .index { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
        li.fold > details[open] > summary { border-bottom: 1px dashed var(--line); }
        li.fold > details > ol.blocks { padding: .35rem; }
        p.jump { margin: 0 0 .6rem; }
        .swatch.kept { color: var(--kept); background: var(--kept-wash); border-color: var(--kept); }
        .swatch.moved { color: var(--dropped); background: var(--moved-wash); border-color: var(--moved); }
        .swatch.noise { color: var(--noise); background: var(--noise-wash); border-color: var(--noise); }
        .swatch.dropped { color: var(--dropped); background: var(--dropped-wash); border-color: var(--dropped); }
        ul.plain { margin: 0; padding: 0; list-style: none; display: grid; gap: .4rem; }
        ul.plain > li { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: .5rem .8rem; }
        blockquote { margin: 0; }
        .speaker { color: var(--muted); font-size: .9rem; }
        .links { margin: .3rem 0 0; padding-left: 1.2rem; }
        .muted { color: var(--muted); }
        a { color: var(--moved); }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; }
        @media (prefers-color-scheme: dark) {
          :root { --ink: #e6edf3; --muted: #9198a1; --line: #3d444d; --paper: #151b23; --wash: #0d1117;
            --kept-wash: #12261b; --dropped-wash: #151b23; --noise-wash: #2d1517; --moved-wash: #121d2f; --kept: #3fb950; --noise: #f85149; --moved: #4493f8; }
        }
        """;

    /// <summary>Renders the report page for one document.</summary>
    /// <param name="document">The document, with its <see cref="ExtractedDocument.Decisions"/>.</param>
    /// <param name="source">Where the page came from (a path, <c>-</c>, or <c>archive#index</c>), shown under the heading; null to leave it out.</param>
    /// <returns>A complete HTML document, ending with a newline.</returns>
    public static string Render(ExtractedDocument document, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ChunkWriter.ToText(Chunks(document, source));
    }

    /// <summary>Writes the report page to a text writer.</summary>
    /// <param name="document">The document, with its <see cref="ExtractedDocument.Decisions"/>.</param>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    /// <param name="source">Where the page came from, shown under the heading; null to leave it out.</param>
    public static void Render(ExtractedDocument document, TextWriter writer, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        ChunkWriter.Write(Chunks(document, source), writer);
    }

    /// <summary>Writes the report page to a stream, in UTF-8 without a byte-order mark (the page declares UTF-8).</summary>
    /// <param name="document">The document, with its <see cref="ExtractedDocument.Decisions"/>.</param>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    /// <param name="source">Where the page came from, shown under the heading; null to leave it out.</param>
    public static void Render(ExtractedDocument document, Stream stream, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        ChunkWriter.Write(Chunks(document, source), stream);
    }

    /// <summary>Writes the report page to a text writer, asynchronously.</summary>
    /// <param name="document">The document, with its <see cref="ExtractedDocument.Decisions"/>.</param>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    /// <param name="source">Where the page came from, shown under the heading; null to leave it out.</param>
    /// <param name="cancellationToken">Stops the writing between chunks.</param>
    /// <returns>A task that completes when the page is written.</returns>
    public static Task RenderAsync(ExtractedDocument document, TextWriter writer, string? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        return ChunkWriter.WriteAsync(Chunks(document, source), writer, cancellationToken);
    }

    /// <summary>
    /// Writes the report page to a stream, asynchronously, in UTF-8 without a byte-order mark: for a response body that
    /// refuses synchronous writes.
    /// </summary>
    /// <param name="document">The document, with its <see cref="ExtractedDocument.Decisions"/>.</param>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    /// <param name="source">Where the page came from, shown under the heading; null to leave it out.</param>
    /// <param name="cancellationToken">Stops the writing between chunks.</param>
    /// <returns>A task that completes when the page is written and flushed.</returns>
    public static Task RenderAsync(ExtractedDocument document, Stream stream, string? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        return ChunkWriter.WriteAsync(Chunks(document, source), stream, cancellationToken);
    }

    /// <summary>
    /// The report, a chunk at a time: the source blocks (a page can have a hundred thousand) and the quotations and link
    /// lists go out as they are written; the header, the counts and the table of signals are small.
    /// </summary>
    private static IEnumerable<StringBuilder> Chunks(ExtractedDocument document, string? source)
    {
        var output = new ChunkedText(trimTrailingNewlines: false);
        var html = output.Buffer;
        var signalNames = new SignalNames();
        string heading = document.Title ?? (document.ErrorPage is { } e ? "Error page: " + HtmlMarkup.DescribeError(e.Status, e.Reason, e.Server) : "(no title found)");
        html.AppendPageStart(document.Language, "Explain: " + heading, StyleSheet);
        html.Append("<main>\n");
        AppendHeader(html, document, source);
        AppendGlance(html, document);
        AppendNoise(html, document);

        html.Append("<h2>Source blocks, in page order</h2>\n");
        var decisions = document.Decisions;
        if (decisions.Count == 0)
        {
            html.Append("<p class=\"muted\">The page had no source blocks.</p>\n");
        }
        else
        {
            AppendJumpToFirstKept(html, document, "p");
            html.Append("<ol class=\"blocks\">\n");
            for (int start = 0; start < decisions.Count;)
            {
                int end = start;
                while (end < decisions.Count && IsFoldable(decisions[end]))
                {
                    end++;
                }

                bool fold = end - start >= FoldFrom;
                if (!fold)
                {
                    end = Math.Max(end, start + 1);
                }
                else
                {
                    AppendFoldStart(html, decisions, start, end, signalNames);
                }

                for (; start < end; start++)
                {
                    AppendBlock(html, decisions[start]);
                    if (output.Full)
                    {
                        yield return output.TakeChunk();
                        output.Resume();
                    }
                }

                if (fold)
                {
                    html.Append("</ol></details></li>\n");
                }
            }

            html.Append("</ol>\n");
        }

        if (document.Quotes.Count > 0)
        {
            html.Append("<h2>Quotations (").Append(document.Quotes.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h2>\n<ul class=\"plain quotes\">\n");
            foreach (var quote in document.Quotes)
            {
                AppendQuote(html, quote);
                if (output.Full)
                {
                    yield return output.TakeChunk();
                    output.Resume();
                }
            }

            html.Append("</ul>\n");
        }

        if (document.LinkLists.Count > 0)
        {
            html.Append("<h2>Link lists (").Append(document.LinkLists.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h2>\n<ul class=\"plain link-lists\">\n");
            foreach (var list in document.LinkLists)
            {
                AppendLinkList(html, list);
                if (output.Full)
                {
                    yield return output.TakeChunk();
                    output.Resume();
                }
            }

            html.Append("</ul>\n");
        }

        AppendCountsBySignal(html, document, signalNames);
        html.Append("</main>\n").AppendPageEnd();
        yield return output.TakeLast();
    }

    private static void AppendHeader(StringBuilder html, ExtractedDocument document, string? source)
    {
        html.Append("<header class=\"report\">\n<p class=\"eyebrow\">content-extract · explain</p>\n");
        if (source is not null)
        {
            html.Append("<p class=\"source\">").AppendText(source).Append("</p>\n");
        }

        if (document.Title is { } title)
        {
            html.Append("<h1>").AppendText(title).Append("</h1>\n");
        }
        else
        {
            html.Append("<h1 class=\"none\">No title found</h1>\n");
        }

        html.Append("<dl class=\"facts\">\n");
        string kind = JsonRenderer.NameOf(document.PageKind);
        html.Append("<dt>Page kind</dt><dd><span class=\"badge kind-").Append(kind).Append("\">").Append(kind).Append("</span>");
        if (document.PageKindEvidence.Count > 0)
        {
            html.Append("\n<ul class=\"evidence\">");
            foreach (var evidence in document.PageKindEvidence)
            {
                html.Append("<li>").AppendText(evidence).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("</dd>\n");
        if (document.ErrorPage is { } error)
        {
            html.Append("<dt>Error page</dt><dd><span class=\"error-box\">✕ ").AppendText(HtmlMarkup.DescribeError(error.Status, error.Reason, error.Server))
                .Append("</span> <span class=\"muted\">the whole page is an error page; its content fields are empty</span></dd>\n");
        }

        html.Append("<dt>Content</dt><dd>");
        AppendJumpToFirstKept(html, document, "span");
        html.Append("</dd>\n");
        html.Append("<dt>Input</dt><dd>").Append(document.InputKind == InputKind.Html ? "HTML" : "text dump")
            .Append(" · language ").AppendText(document.Language ?? "unknown").Append("</dd>\n");
        if (document.Url?.AbsoluteUri is { } url)
        {
            html.Append("<dt>URL</dt><dd>").AppendLink(url, url).Append("</dd>\n");
        }

        html.Append("<dt>Breadcrumb</dt><dd>");
        if (document.Breadcrumb.Count == 0)
        {
            html.Append("<span class=\"muted\">none</span>");
        }
        else
        {
            html.Append("<span class=\"crumbs\">");
            for (int i = 0; i < document.Breadcrumb.Count; i++)
            {
                if (i > 0)
                {
                    html.Append("<span class=\"sep\" aria-hidden=\"true\">›</span>");
                }

                html.AppendLink(document.Breadcrumb[i].Text, document.Breadcrumb[i].Url);
            }

            html.Append("</span>");
        }

        html.Append("</dd>\n");
        var metadata = document.Metadata;
        AppendFact(html, "Author", metadata.Author);
        AppendFact(html, "Published", metadata.Published is { } published
            ? JsonRenderer.FormatDate(published) + (metadata.PublishedOffsetUnknown ? " (the page states no offset: its clock time, not UTC)" : string.Empty)
            : null);
        AppendFact(html, "Site", metadata.SiteName);
        AppendFact(html, "Description", metadata.Description);
        html.Append("</dl>\n</header>\n");
    }

    private static void AppendFact(StringBuilder html, string label, string? value)
    {
        if (value is not null)
        {
            html.Append("<dt>").Append(label).Append("</dt><dd>").AppendText(value).Append("</dd>\n");
        }
    }

    private static void AppendGlance(StringBuilder html, ExtractedDocument document)
    {
        int kept = document.Decisions.Count(d => d.Kept);
        int dropped = document.Decisions.Count - kept;
        html.Append("<section aria-label=\"At a glance\">\n<div class=\"glance\">\n");
        AppendCount(html, "blocks", document.Decisions.Count, "source blocks");
        AppendCount(html, "kept", kept, "✓ kept as content");
        AppendCount(html, "dropped", dropped, "✕ dropped");
        AppendCount(html, "noise", document.Noise.Count, "noise fragments removed");
        AppendCount(html, "quotes", document.Quotes.Count, "quotations");
        AppendCount(html, "lists", document.LinkLists.Count, "link lists");
        html.Append("</div>\n<ul class=\"legend\" aria-label=\"Legend\">\n")
            .Append("<li><span class=\"swatch kept\">✓</span> kept: part of the main content</li>\n")
            .Append("<li><span class=\"swatch moved\">✕</span> dropped from the body, used as title, breadcrumb or link list</li>\n")
            .Append("<li><span class=\"swatch dropped\">✕</span> dropped as boilerplate</li>\n")
            .Append("<li><span class=\"swatch noise\">✕</span> dropped as error-page noise</li>\n")
            .Append("</ul>\n</section>\n");
    }

    private static void AppendCount(StringBuilder html, string cssClass, int count, string label) =>
        html.Append("<div class=\"count ").Append(cssClass).Append("\"><b>").Append(count.ToString(CultureInfo.InvariantCulture))
            .Append("</b><span>").Append(label).Append("</span></div>\n");

    private static void AppendNoise(StringBuilder html, ExtractedDocument document)
    {
        if (document.Noise.Count == 0)
        {
            return;
        }

        html.Append("<h2>Noise removed (").Append(document.Noise.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h2>\n")
            .Append("<table class=\"noise\">\n<thead><tr><th>status</th><th>reason</th><th>server</th><th>removed text</th></tr></thead>\n<tbody>\n");
        foreach (var fragment in document.Noise)
        {
            html.Append("<tr><td>").AppendText(fragment.Status?.ToString(CultureInfo.InvariantCulture) ?? "–")
                .Append("</td><td>").AppendText(fragment.Reason ?? "–")
                .Append("</td><td><code>").AppendText(fragment.Server ?? "–")
                .Append("</code></td><td>").AppendText(fragment.Text).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>Runs of this many dropped blocks or more are folded into one row (a page can open on a hundred navigation links).</summary>
    private const int FoldFrom = 3;

    /// <summary>Dropped blocks fold, except error-page noise: what the extractor found wrong with the page stays in view.</summary>
    private static bool IsFoldable(BlockDecision decision) => !decision.Kept && decision.Role != BlockRole.Noise;

    /// <summary>A link to the first kept block, which a page full of navigation pushes far down the report.</summary>
    private static void AppendJumpToFirstKept(StringBuilder html, ExtractedDocument document, string element)
    {
        var decisions = document.Decisions;
        int first = 0;
        while (first < decisions.Count && !decisions[first].Kept)
        {
            first++;
        }

        html.Append('<').Append(element).Append(" class=\"jump\">");
        if (first == decisions.Count)
        {
            html.Append("<span class=\"muted\">no block was kept</span>");
        }
        else
        {
            string index = decisions[first].Index.ToString("D3", CultureInfo.InvariantCulture);
            html.Append("<a href=\"#block-").Append(index).Append("\">first kept block: #").Append(index).Append(" ↓</a>");
            if (first > 0)
            {
                html.Append(" <span class=\"muted\">after ").Append(first.ToString(CultureInfo.InvariantCulture)).Append(first == 1 ? " block" : " blocks").Append("</span>");
            }
        }

        html.Append("</").Append(element).Append(">\n");
    }

    /// <summary>
    /// Opens one foldable row for a run of dropped blocks: how many, their index range and the signals that dropped them,
    /// most frequent first; opened, the blocks themselves, which the caller appends and closes with
    /// <c>&lt;/ol&gt;&lt;/details&gt;&lt;/li&gt;</c>.
    /// </summary>
    private static void AppendFoldStart(StringBuilder html, IReadOnlyList<BlockDecision> decisions, int start, int end, SignalNames names)
    {
        var signals = new List<(string Signal, int Count)>();
        for (int i = start; i < end; i++)
        {
            string signal = names.Of(decisions[i].Reason);
            int at = signals.Count - 1;
            while (at >= 0 && signals[at].Signal != signal)
            {
                at--;
            }

            if (at < 0)
            {
                signals.Add((signal, 1));
            }
            else
            {
                signals[at] = (signal, signals[at].Count + 1);
            }
        }

        // Stable: equal counts keep page order.
        var ordered = signals.Select((s, i) => (s.Signal, s.Count, i)).OrderByDescending(s => s.Count).ThenBy(s => s.i).ToList();
        string from = decisions[start].Index.ToString("D3", CultureInfo.InvariantCulture);
        string to = decisions[end - 1].Index.ToString("D3", CultureInfo.InvariantCulture);
        html.Append("<li class=\"fold\"><details><summary><span class=\"mark\" aria-hidden=\"true\">✕</span>")
            .Append("<span class=\"verdict\">dropped</span> <b>").Append((end - start).ToString(CultureInfo.InvariantCulture)).Append(" blocks</b> ")
            .Append("<span class=\"index\">#").Append(from).Append("–#").Append(to).Append("</span> <span class=\"signals\">");
        for (int i = 0; i < Math.Min(3, ordered.Count); i++)
        {
            html.Append(i > 0 ? " · " : string.Empty).Append(ordered[i].Count.ToString(CultureInfo.InvariantCulture)).Append(' ').AppendText(ordered[i].Signal);
        }

        if (ordered.Count > 3)
        {
            int rest = ordered.Skip(3).Sum(s => s.Count);
            html.Append(" · ").Append(rest.ToString(CultureInfo.InvariantCulture)).Append(" more");
        }

        html.Append("</span></summary>\n<ol class=\"blocks\">\n");
    }

    private static void AppendBlock(StringBuilder html, BlockDecision decision)
    {
        // The index is formatted into the output twice rather than held as a string: a report can list 100,000 blocks.
        string role = JsonRenderer.NameOf(decision.Role);
        int index = decision.Index;
        html.Append("<li class=\"block ").Append(decision.Kept ? "kept" : "dropped")
            .Append(IsUsedElsewhere(decision.Role) ? " moved" : string.Empty)
            .Append(" role-").Append(role).Append("\" id=\"block-").Append(CultureInfo.InvariantCulture, $"{index:D3}").Append("\" data-kept=\"").Append(decision.Kept ? "true" : "false").Append("\">")
            .Append("<div class=\"meta\"><span class=\"mark\" aria-hidden=\"true\">").Append(decision.Kept ? "✓" : "✕").Append("</span>")
            .Append("<span class=\"verdict\">").Append(decision.Kept ? "kept" : "dropped").Append("</span>")
            .Append("<span class=\"index\">#").Append(CultureInfo.InvariantCulture, $"{index:D3}").Append("</span>")
            .Append("<span class=\"role\">").Append(role).Append("</span>")
            .Append("<span class=\"reason\">").AppendText(decision.Reason).Append("</span></div>")
            .Append("<p class=\"text\">").AppendText(decision.Text).Append("</p></li>\n");
    }

    /// <summary>Roles whose text leaves the body but is not lost: it becomes the title, the breadcrumb or a link list.</summary>
    private static bool IsUsedElsewhere(BlockRole role) => role is BlockRole.Title or BlockRole.Breadcrumb or BlockRole.LinkListTitle or BlockRole.LinkListItem;

    private static void AppendQuote(StringBuilder html, Quotation quote) =>
        html.Append("<li><blockquote>").AppendText(quote.Text).Append("</blockquote><div class=\"speaker\">— ")
            .AppendText(quote.Speaker ?? "no speaker found")
            .Append(" · article block ").Append(quote.BlockIndex.ToString(CultureInfo.InvariantCulture))
            .Append(quote.Inline ? ", inside a paragraph" : ", a quote block").Append("</div></li>\n");

    private static void AppendLinkList(StringBuilder html, LinkList list)
    {
        html.Append("<li><strong>").AppendText(list.Title).Append("</strong> <span class=\"muted\">")
            .Append(list.Links.Count.ToString(CultureInfo.InvariantCulture)).Append(list.Links.Count == 1 ? " link" : " links");
        if (list.HasMore)
        {
            html.Append(" · ").AppendLink("more", list.MoreUrl);
        }

        html.Append("</span>\n<ul class=\"links\">");
        foreach (var link in list.Links)
        {
            html.Append("<li>").AppendLink(link.Truncated ? link.Text + "…" : link.Text, link.Url).Append("</li>");
        }

        html.Append("</ul></li>\n");
    }

    private static void AppendCountsBySignal(StringBuilder html, ExtractedDocument document, SignalNames names)
    {
        if (document.Decisions.Count == 0)
        {
            return;
        }

        // Reasons carry their values ("prose (43 words)"); counting by the signal without its value groups alike blocks.
        var groups = document.Decisions
            .GroupBy(d => (d.Kept, Role: JsonRenderer.NameOf(d.Role), Signal: names.Of(d.Reason)))
            .OrderByDescending(g => g.Key.Kept)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.Role, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Signal, StringComparer.Ordinal);
        html.Append("<h2>Kept and dropped, by signal</h2>\n<table class=\"signals\">\n<thead><tr><th></th><th>role</th><th>signal</th><th class=\"n\">blocks</th></tr></thead>\n<tbody>\n");
        foreach (var group in groups)
        {
            html.Append("<tr><td class=\"").Append(group.Key.Kept ? "verdict-kept\">✓ kept" : "verdict-dropped\">✕ dropped").Append("</td><td>").Append(group.Key.Role)
                .Append("</td><td>").AppendText(group.Key.Signal).Append("</td><td class=\"n\">")
                .Append(group.Count().ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>
    /// The signals of one report's reasons, each worked out once: most blocks of a page share a handful of reasons, and
    /// the folds and the table of signals ask for every block's.
    /// </summary>
    private sealed class SignalNames
    {
        private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);

        public string Of(string reason)
        {
            ref string? signal = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_known, reason, out _);
            return signal ??= SignalOf(reason);
        }
    }

    /// <summary>A reason without its values: numbers become <c>n</c> and quoted text <c>"…"</c>.</summary>
    internal static string SignalOf(string reason) => Numbers().Replace(QuotedText().Replace(reason, "\"…\""), "n");

    [GeneratedRegex("\\d+(?:\\.\\d+)?")]
    private static partial Regex Numbers();

    [GeneratedRegex("\"[^\"]*\"|“[^”]*”")]
    private static partial Regex QuotedText();
}
