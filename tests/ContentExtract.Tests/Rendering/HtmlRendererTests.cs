using ContentExtract.Rendering;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Rendering;

public sealed class HtmlRendererTests
{
    private const string Hostile = "<script>alert(\"x\")</script> & <img src=x onerror=alert(1)> 'quoted'";

    // A page whose every text field and link tries to break out of the report.
    private static readonly ExtractedDocument HostileDocument = new()
    {
        InputKind = InputKind.Html,
        Language = "en\" onload=\"alert(1)",
        Url = "javascript:alert(1)",
        Title = Hostile,
        PageKindEvidence = [Hostile],
        Breadcrumb = [new BreadcrumbItem(Hostile, "javascript:alert(1)"), new BreadcrumbItem("Home", "https://example.com/?a=1&b=\"2\"")],
        Blocks = [new ParagraphBlock(Hostile), new QuoteBlock(Hostile, Hostile), new ListBlock(false, [Hostile]), new TableBlock([[Hostile], [Hostile]]), new CodeBlock(Hostile, "x\" onload=\"alert(1)")],
        Quotes = [new Quotation(Hostile, Hostile, 0, Inline: true)],
        LinkLists = [new LinkList(Hostile, true, "data:text/html,<script>alert(1)</script>", [new LinkItem(Hostile, "javascript:alert(1)", false)])],
        Noise = [new NoiseFragment(NoiseKind.ErrorPage, 404, Hostile, Hostile, Hostile)],
        Metadata = new DocumentMetadata(Hostile, Hostile, Hostile, Hostile),
        Decisions = [new BlockDecision(0, Hostile, BlockRole.Content, Hostile), new BlockDecision(1, Hostile, BlockRole.Noise, Hostile)],
    };

    public static TheoryData<string> HostileRenderings() => new(
        ExplainHtmlRenderer.Render(HostileDocument, Hostile),
        HtmlRenderer.Render(HostileDocument, Hostile));

    [Theory]
    [MemberData(nameof(HostileRenderings))]
    public void Page_text_is_encoded_and_unsafe_links_stay_text(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onload=\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt; &#39;quoted&#39;", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"und\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com/?a=1&amp;b=%222%22\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HostileRenderings))]
    public void The_page_is_self_contained(string html)
    {
        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_report_lists_every_source_block_with_its_verdict_role_and_reason()
    {
        var document = ScrapeFile.Extract(Path.Combine(RepositoryPaths.Scrapes, "en-html-utf8-error-includes-everywhere.html"));
        string html = ExplainHtmlRenderer.Render(document, "page.html");

        foreach (var decision in document.Decisions)
        {
            string id = $"id=\"block-{decision.Index:D3}\" data-kept=\"{(decision.Kept ? "true" : "false")}\"";
            Assert.Contains(id, html, StringComparison.Ordinal);
        }

        Assert.Contains("<li class=\"block kept role-content\" id=\"block-017\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"mark\" aria-hidden=\"true\">✓</span><span class=\"verdict\">kept</span>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"block dropped role-noise\" id=\"block-025\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"reason\">error-page status line</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"role\">link-list-item</span>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Ferncastle tram depot to become covered market after council sells site for £1</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<td><code>nginx/1.25.3</code></td>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge kind-article\">article</span>", html, StringComparison.Ordinal);
        Assert.Contains(">Related stories</strong>", html, StringComparison.Ordinal);
        Assert.Contains("— Tomasz Wilk", html, StringComparison.Ordinal);
        Assert.Contains("<td>prose (n words)</td><td class=\"n\">9</td>", html, StringComparison.Ordinal);
    }

    /// <summary>A page that opens on 120 navigation links: the report opens on one row for them and a link past it.</summary>
    [Fact]
    public void The_report_folds_runs_of_dropped_blocks_and_links_to_the_first_kept_block()
    {
        string page = "<html><head><title>Harbor dredging to resume in March</title></head><body><nav><ul>"
            + string.Concat(Enumerable.Range(0, 120).Select(i => $"<li><a href=\"/section/{i}\">Section {i}</a></li>"))
            + "</ul></nav><article><h1>Harbor dredging to resume in March</h1>"
            + string.Concat(Enumerable.Range(0, 6).Select(i => $"<p>Paragraph {i} of the story tells how the port authority will resume dredging of the inner harbor channel in March, after a decade of delays.</p>"))
            + "<p>404 Not Found</p><p>nginx/1.24.0</p>"
            + "<p>The commission will post weekly updates on its website while the work goes on, its chair said on Tuesday evening.</p>"
            + "</article><footer><p>About us</p><p>Contact</p><p>Advertise</p><p>Privacy</p></footer></body></html>";
        var document = ContentExtractor.Default.Extract(System.Text.Encoding.UTF8.GetBytes(page));
        var report = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(ExplainHtmlRenderer.Render(document));

        var firstKept = document.Decisions.First(d => d.Kept);
        var jump = report.QuerySelector("p.jump a")!;
        Assert.Equal($"#block-{firstKept.Index:D3}", jump.GetAttribute("href"));
        Assert.Equal($"first kept block: #{firstKept.Index:D3} ↓", jump.TextContent);
        Assert.Equal($"#block-{firstKept.Index:D3}", report.QuerySelector("dl.facts a")!.GetAttribute("href"));

        // The list opens on the fold of the navigation, then the kept blocks; nothing is lost.
        var rows = report.QuerySelectorAll("ol.blocks > li");
        Assert.Equal("fold", rows[0].ClassName);
        var summary = rows[0].QuerySelector("summary")!.TextContent;
        Assert.Matches(@"^✕dropped \d+ blocks #000–#\d{3} \d+ inside a navigation zone", summary);
        Assert.Null(rows[0].QuerySelector("details")!.GetAttribute("open"));
        Assert.Equal(document.Decisions.Count, report.QuerySelectorAll("ol.blocks li.block").Length);
        Assert.True(report.QuerySelectorAll("li.fold li.block").Length >= 120);
        Assert.Contains(rows, row => row.Id == $"block-{firstKept.Index:D3}");

        // Error-page noise is never folded away, and folds hold only dropped blocks.
        Assert.NotEmpty(report.QuerySelectorAll("ol.blocks > li.block.role-noise"));
        Assert.Empty(report.QuerySelectorAll("li.fold li.block.kept"));
        Assert.Empty(report.QuerySelectorAll("li.fold li.block.role-noise"));
    }

    [Fact]
    public void The_report_of_an_error_page_shows_its_status_and_evidence()
    {
        var document = ScrapeFile.Extract(Path.Combine(RepositoryPaths.Scrapes, "en-html-utf8-page-not-found.html"));
        string html = ExplainHtmlRenderer.Render(document);

        Assert.Contains("<span class=\"badge kind-error\">error</span>", html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"evidence\"><li>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"error-box\">✕ 404", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readable_page_has_the_article_and_its_link_lists()
    {
        string html = HtmlRenderer.Render(ScrapeFile.Extract(RepositoryPaths.Seed), "seed.txt");

        Assert.Contains("<html lang=\"zh\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>勇作创先争优排头兵 副省级城市开展创先争优综述</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>推动科学发展</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<footer>— 苏俊良</footer>", html, StringComparison.Ordinal);
        Assert.Contains("<aside>\n<h2>全省动态</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("404 Not Found", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prose (43 words)", "prose (n words)")]
    [InlineData("entry of link list \"Related stories\"", "entry of link list \"…\"")]
    [InlineData("heading of 3 link entries", "heading of n link entries")]
    [InlineData("inside a navigation zone", "inside a navigation zone")]
    public void Counts_group_reasons_by_their_signal_without_values(string reason, string signal) =>
        Assert.Equal(signal, ExplainHtmlRenderer.SignalOf(reason));

    [Fact]
    public void A_code_block_is_a_pre_with_its_lines_encoded()
    {
        var document = new ExtractedDocument { InputKind = InputKind.Html, Title = "T", Blocks = [new CodeBlock("if (a < b)\n\treturn \"&\";", "c")] };
        Assert.Contains("<pre><code class=\"language-c\">if (a &lt; b)\n\treturn &quot;&amp;&quot;;</code></pre>\n", HtmlRenderer.Render(document), StringComparison.Ordinal);
    }
}
