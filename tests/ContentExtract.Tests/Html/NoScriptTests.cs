namespace ContentExtract.Tests.Html;

/// <summary>&lt;noscript&gt; is read as a reader without JavaScript sees it.</summary>
public sealed class NoScriptTests
{
    private const string Post = "I replaced the pads last spring: soak the caliper bolts in penetrating oil overnight and use a breaker bar, and they come loose without a fight.";

    [Fact]
    public void A_thread_shown_only_without_javascript_is_read()
    {
        string html = $"<html><head><title>Brake pads - Forum</title></head><body><div id='app'></div><noscript><h1>Brake pads</h1><div class='post'><p>{Post}</p><p>{Post.Replace("spring", "autumn", StringComparison.Ordinal)}</p></div></noscript></body></html>";
        var document = ContentExtractor.Default.ExtractHtml(html);
        Assert.Contains("last autumn", document.Text, StringComparison.Ordinal);
        Assert.Equal(PageKind.Article, document.PageKind);
    }

    [Fact]
    public void A_noscript_copy_of_the_shown_article_is_not_read_twice()
    {
        string html = $"<html><head><title>Brake pads</title></head><body><h1>Brake pads</h1><p>{Post}</p><noscript><p>{Post}</p></noscript></body></html>";
        var document = ContentExtractor.Default.ExtractHtml(html);
        Assert.Single(document.Text.Split("soak the caliper bolts")[1..]);
    }

    [Fact]
    public void The_enable_javascript_notice_of_an_article_page_is_no_challenge()
    {
        string html = $"<html><head><title>Brake pads</title></head><body><noscript>You need to enable JavaScript to view this site.</noscript><h1>Brake pads</h1><p>{Post}</p></body></html>";
        var document = ContentExtractor.Default.ExtractHtml(html);
        Assert.Equal(PageKind.Article, document.PageKind);
        Assert.DoesNotContain("enable JavaScript", document.Text, StringComparison.Ordinal);
    }
}
