namespace ContentExtract.Tests.Html;

/// <summary>The HTML engine end to end on composed pages: what is kept, what is dropped, and why.</summary>
public sealed class HtmlExtractionTests
{
    private const string Prose = "The council voted six to one on Tuesday to turn the old rail yard beside the river into a park with trails, a boat launch and a playground.";

    private static string Page(string body, string title = "River park approved") =>
        $"<html><head><title>{title} - Harwick Herald</title><meta property=\"og:title\" content=\"{title}\"></head><body>{body}</body></html>";

    [Fact]
    public void Navigation_comments_and_related_links_stay_out_of_the_text()
    {
        string html = Page($"""
            <nav><a href="/">Home</a><a href="/news">News</a></nav>
            <article><h1>River park approved</h1><p class="byline">By Jane Doe</p>
            <div class="entry-content"><p>{Prose}</p><p>Construction crews will begin clearing the site in April, after the state signs off on the review.</p></div></article>
            <section class="related"><h3>Related</h3><ul><li><a href="/a">Library opens a branch downtown</a></li><li><a href="/b">Bridge repairs close Main Street</a></li></ul></section>
            <div id="comments"><p>I have lived here for thirty years and this is the best news I have heard from the council, thank you all.</p></div>
            """);
        var document = ContentExtractor.Default.ExtractHtml(html);
        Assert.Equal("River park approved", document.Title);
        Assert.Equal(2, document.Paragraphs.Count());
        Assert.DoesNotContain("thirty years", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("By Jane Doe", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", document.Text, StringComparison.Ordinal);
        Assert.Contains(document.LinkLists, l => l.Title == "Related" && l.Links.Count == 2);
    }

    [Fact]
    public void Tables_and_lists_inside_the_article_are_kept_as_blocks()
    {
        string html = Page($"""
            <h1>River park approved</h1><div class="article-body"><p>{Prose}</p>
            <table><tr><th>Phase</th><th>Cost</th></tr><tr><td>Trails</td><td>$1.2m</td></tr><tr><td>Boat launch</td><td>$0.8m</td></tr></table>
            <ul><li>Trails open in June</li><li>The launch opens in August</li></ul>
            <p>Construction crews will begin clearing the site in April, after the state signs off on the review.</p></div>
            """);
        var document = ContentExtractor.Default.ExtractHtml(html);
        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["Trails open in June", "The launch opens in August"], Assert.Single(document.Blocks.OfType<ListBlock>()).Items);
    }

    [Fact]
    public void Paragraphs_separated_only_by_double_br_become_separate_paragraphs()
    {
        string html = Page($"<h1>River park approved</h1><div class=\"content\">{Prose}<br><br>Construction starts in April, after the state signs off on the review of the yard.<br><br>The park should open in two years, the mayor said.</div>");
        var document = ContentExtractor.Default.ExtractHtml(html);
        Assert.Equal(3, document.Paragraphs.Count());
    }

    [Fact]
    public void Appeals_at_the_end_of_the_article_are_dropped()
    {
        string html = Page($"<h1>River park approved</h1><div class=\"article-body\"><p>{Prose}</p><p>Construction starts in April, after the state signs off on the review of the yard.</p><p>Follow us on Twitter and Instagram for the latest news from Harwick.</p></div>");
        Assert.DoesNotContain("Follow us", ContentExtractor.Default.ExtractHtml(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void When_page_zones_leave_no_article_the_choice_is_made_again_without_them()
    {
        // A theme's "widget" flags on both halves of the article: neither half holds most of the prose alone.
        string half = $"<p>{Prose}</p><p>Construction crews will begin clearing the site in April, after the state signs off on the review.</p>";
        string html = Page($"<div class=\"sidebar\">{half}</div><div class=\"sidebar\">{half}</div><p>Short note.</p>");
        var document = ContentExtractor.Default.ExtractHtml(html);
        Assert.Equal(PageKind.Article, document.PageKind);
        Assert.Contains("rail yard", document.Text, StringComparison.Ordinal);
        Assert.Contains(document.Decisions, d => d.Kept && d.Reason.Contains("page zones set aside", StringComparison.Ordinal));
    }

    [Fact]
    public void A_code_listing_keeps_its_lines_in_its_block_and_in_the_text()
    {
        const string code = "def build(board):\n    for name in board.names:\n        print(\"widget:  %s\" % name)\n\n\n\treturn board";
        string html = Page($"""
            <h1>River park approved</h1><div class="article-body"><p>{Prose}</p>
            <div class="highlight highlight-source-python"><pre>
            {code.Replace("print", "<span class=\"nb\">print</span>", StringComparison.Ordinal)}

            </pre></div>
            <p>Construction crews will begin clearing the site in April, after the state signs off on the review.</p></div>
            """);
        var document = ContentExtractor.Default.ExtractHtml(html);

        var block = Assert.Single(document.Blocks.OfType<CodeBlock>());
        Assert.Equal(code, block.Text);
        Assert.Equal("python", block.Language);
        Assert.Contains("\n\n" + code + "\n\n", document.Text, StringComparison.Ordinal);
        Assert.Equal(3, document.Blocks.Count);
    }

    [Fact]
    public void Code_in_a_listing_is_not_speech()
    {
        string html = Page($"""
            <h1>River park approved</h1><div class="article-body"><p>{Prose}</p>
            <pre><code>"We will open the park in two years," said the mayor.</code></pre>
            <p>Construction crews will begin clearing the site in April, after the state signs off on the review.</p></div>
            """);
        var document = ContentExtractor.Default.ExtractHtml(html);
        Assert.Single(document.Blocks.OfType<CodeBlock>());
        Assert.Empty(document.Quotes);
    }
}
