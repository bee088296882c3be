namespace ContentExtract.Tests.Noise;

/// <summary>What kind of scrape a page is, end to end: error pages, challenges, listings, empty pages, and articles that only look like them.</summary>
public sealed class PageKindTests
{
    private const string ArticleParagraphs = """
        <p>The county board approved a plan on Tuesday to rebuild the footbridge over the Alder River, which has been closed since a flood damaged its piers two winters ago.</p>
        <p>Engineers said the new bridge would sit a metre higher than the old one and would be wide enough for cyclists and pedestrians to pass each other safely.</p>
        <p>Residents of the east bank have had to walk nearly two kilometres to the road bridge since the closure, and several told the board the detour had cut them off from the town centre.</p>
        <p>Work is due to begin in September, and the board expects the bridge to reopen before the end of next summer if the weather allows the piers to be poured on time.</p>
        """;

    private static ExtractedDocument Html(string head, string body) =>
        ContentExtractor.Default.ExtractHtml($"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>");

    [Fact]
    public void A_server_error_page_is_an_error_page_with_its_status_and_server_and_nothing_else()
    {
        var document = Html("<title>504 Gateway Time-out</title>", "<center><h1>504 Gateway Time-out</h1></center><hr><center>nginx/1.24.0</center>");

        Assert.Equal(PageKind.Error, document.PageKind);
        Assert.Equal(new ErrorPageInfo { Status = 504, Reason = "Gateway Time-out", Server = "nginx/1.24.0" }, document.ErrorPage);
        Assert.Null(document.Title);
        Assert.Empty(document.Blocks);
        Assert.NotEmpty(document.PageKindEvidence);
    }

    [Theory]
    [InlineData("<title>Page not found | The Alder Times</title>", "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><h1>Sorry, we couldn’t find that page</h1><p>The page you requested could not be found. It may have been moved.</p>")]
    [InlineData("<title>页面不存在_澄湖新闻网</title>", "<div class='nav'><a href='/'>首页</a></div><h2>抱歉，您访问的页面不存在或已被删除！</h2><p>5秒后将自动跳转到首页</p>")]
    [InlineData("<title>Seite nicht gefunden | Kurier</title>", "<h1>Seite nicht gefunden</h1><p>Die aufgerufene Seite gibt es leider nicht mehr.</p>")]
    [InlineData("<title>Page introuvable - Le Courrier</title>", "<h1>Page introuvable</h1><p>Retour à l'accueil</p>")]
    public void A_soft_404_page_in_any_language_is_an_error_page_with_status_404(string head, string body)
    {
        var document = Html(head, body);

        Assert.True(document.IsErrorPage);
        Assert.Equal(404, document.ErrorPage!.Status);
        Assert.Empty(document.Text);
    }

    [Fact]
    public void A_film_called_Not_Found_is_an_article()
    {
        var document = Html("<title>Not Found review – a thriller about lost records | Journal</title>", "<article><h1>Not Found</h1>" + ArticleParagraphs + "</article>");

        Assert.Equal(PageKind.Article, document.PageKind);
        Assert.False(document.IsErrorPage);
        Assert.Equal(4, document.Paragraphs.Count());
    }

    [Fact]
    public void A_short_notice_of_a_film_called_Not_Found_is_an_article()
    {
        var document = Html(
            "<title>Not Found (2024) – cinema listings | Journal</title>",
            "<article><h1>Not Found</h1><p>Hana Velasquez's debut thriller about a clerk who erases people from the records opens at the Regal on Friday, with a talk by the director after the first evening show.</p></article>");

        Assert.Equal(PageKind.Article, document.PageKind);
        Assert.Single(document.Paragraphs);
    }

    [Fact]
    public void A_short_story_headed_by_a_bare_status_code_is_an_article()
    {
        var document = Html(
            "<title>Error 404 – a play about lost letters | Journal</title>",
            "<article><h1>Error 404</h1><p>The Harbour Players open their new comedy about a post office that loses every letter addressed to the mayor on Friday, with three more evenings next week. Tickets are on sale at the library and cost eight pounds, with half-price seats for pupils and pensioners.</p></article>");

        Assert.Equal(PageKind.Article, document.PageKind);
        Assert.Single(document.Paragraphs);
    }

    [Fact]
    public void An_article_about_server_errors_that_shows_one_in_code_is_an_article_with_nothing_removed()
    {
        const string code = "<pre><code>&lt;html&gt;\n&lt;head&gt;&lt;title&gt;502 Bad Gateway&lt;/title&gt;&lt;/head&gt;\n502 Bad Gateway\nnginx/1.24.0\n&lt;/html&gt;</code></pre>";
        var document = Html("<title>How we got rid of our 502 Bad Gateway errors</title>", "<article><h1>How we got rid of our 502 Bad Gateway errors</h1>" + ArticleParagraphs.Replace("<p>Residents", code + "<p>Residents", StringComparison.Ordinal) + "</article>");

        Assert.Equal(PageKind.Article, document.PageKind);
        Assert.Empty(document.Noise);
        Assert.Contains("nginx/1.24.0", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bot_challenge_is_a_challenge_with_its_evidence()
    {
        var document = Html(
            "<title>Just a moment...</title>",
            "<h1>www.alder-times.example</h1><h2>Checking if the site connection is secure</h2><p>Verifying you are human. This may take a few seconds.</p>");

        Assert.Equal(PageKind.Challenge, document.PageKind);
        Assert.False(document.IsErrorPage);
        Assert.Empty(document.Blocks);
        Assert.Contains(document.PageKindEvidence, e => e.Contains("Just a moment", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_of_headline_links_without_a_body_is_a_listing()
    {
        var items = string.Concat(Enumerable.Range(1, 20).Select(i =>
            $"<li><a href='/local/2024/06/{i}.html'>Council story number {i} about roads and the new bridge plan</a> <span>2024-06-{i:00}</span></li>"));
        var document = Html("<title>Local news - The Alder Times</title>", $"<h1>Local news</h1><ul class='news-list'>{items}</ul>");

        Assert.Equal(PageKind.Listing, document.PageKind);
        Assert.Contains(document.PageKindEvidence, e => e.Contains("list of 20 alike linked items", StringComparison.Ordinal));

        // A listing keeps its items in the body, and lists them as links too.
        Assert.Contains("Council story number 7 about roads", document.Text, StringComparison.Ordinal);
        var links = Assert.Single(document.LinkLists, list => list.Title == "Local news");
        Assert.Equal(20, links.Links.Count);
        Assert.Equal("/local/2024/06/3.html", links.Links[2].Url);
    }

    [Fact]
    public void An_article_with_long_related_lists_is_still_an_article()
    {
        var items = string.Concat(Enumerable.Range(1, 20).Select(i =>
            $"<li><a href='/local/2024/06/{i}.html'>Council story number {i} about roads and the new bridge plan</a></li>"));
        var document = Html("<title>Footbridge to be rebuilt</title>", $"<article><h1>Footbridge to be rebuilt</h1>{ArticleParagraphs}</article><aside><h2>Related</h2><ul>{items}</ul></aside>");

        Assert.Equal(PageKind.Article, document.PageKind);
        Assert.Empty(document.PageKindEvidence);
    }

    [Fact]
    public void A_page_with_nothing_to_read_is_empty()
    {
        var document = Html("<title>Loading</title>", "<div id='app'></div><script>start()</script>");

        Assert.Equal(PageKind.Empty, document.PageKind);
        Assert.NotEmpty(document.PageKindEvidence);
    }
}
