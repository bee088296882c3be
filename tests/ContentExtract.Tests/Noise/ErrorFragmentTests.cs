namespace ContentExtract.Tests.Noise;

/// <summary>Error-page text left inside text dumps, end to end through the extractor.</summary>
public sealed class ErrorFragmentTests
{
    private const string Article = """
        City opens new library branch

        The city of Harwick opened its third library branch on Saturday, with shelves for forty thousand books and a reading room that looks out over the river.

        Mayor Ellen Park said the branch had been planned for a decade and was finally paid for by a bond measure that voters approved last spring.

        Librarians expect the branch to serve about two thousand visitors a week once the school year begins, and the reading room will stay open late on weekdays.
        """;

    [Fact]
    public void Fragments_at_top_middle_and_bottom_are_all_removed_and_reported()
    {
        string text = "404 Not Found\n\nnginx/1.24.0\n\n" + Article.Replace("\n\nMayor", "\n\n502 Bad Gateway\nopenresty\n\nMayor", StringComparison.Ordinal)
            + "\n\n503 Service Temporarily Unavailable\n\nTengine\n";
        var document = ContentExtractor.Default.ExtractText(text);
        var clean = ContentExtractor.Default.ExtractText(Article);

        Assert.Equal(3, document.Noise.Count);
        Assert.Equal([404, 502, 503], document.Noise.Select(n => n.Status!.Value));
        Assert.Equal(["nginx/1.24.0", "openresty", "Tengine"], document.Noise.Select(n => n.Server));
        Assert.Equal(clean.Text, document.Text);
        Assert.Equal(clean.Title, document.Title);
        Assert.False(document.IsErrorPage);
    }

    [Fact]
    public void A_page_that_is_only_an_error_page_is_reported_as_one_with_empty_content()
    {
        var document = ContentExtractor.Default.ExtractText("404 Not Found\n\n404 Not Found\n\nnginx/1.24.0\n");
        Assert.True(document.IsErrorPage);
        Assert.Equal(PageKind.Error, document.PageKind);
        Assert.Equal(404, document.ErrorPage!.Status);
        Assert.Equal("nginx/1.24.0", document.ErrorPage.Server);
        Assert.Empty(document.Blocks);
        Assert.Equal(string.Empty, document.Text);
    }

    [Fact]
    public void An_article_that_quotes_an_error_message_keeps_it_and_reports_no_noise()
    {
        const string text = """
            Why broken links hurt small publishers

            When a reader follows an old link and the server answers 404 Not Found, most of them never come back, according to a survey of regional newspapers published this week.

            The survey found that one in five links in archived stories now leads to an error page, and that the share doubles for stories older than ten years.

            Editors interviewed for the study said the fix is rarely technical: it is a habit of keeping old addresses alive when a site moves to new software.
            """;
        var document = ContentExtractor.Default.ExtractText(text);
        Assert.Empty(document.Noise);
        Assert.False(document.IsErrorPage);
        Assert.Contains("404 Not Found", document.Text, StringComparison.Ordinal);
    }
}
