using AngleSharp.Html.Parser;
using ContentExtract.Html;

namespace ContentExtract.Tests.Html;

/// <summary>
/// The page's meta tags, read in one pass and asked by name: the answers the readers got when each question walked the
/// head (and the body's tags before its first block) on its own.
/// </summary>
public sealed class MetaTagsTests
{
    private static MetaTags Read(string html) => MetaTags.Read(new HtmlParser().ParseDocument(html));

    [Fact]
    public void A_name_is_property_else_name_else_itemprop_and_is_asked_without_case()
    {
        var meta = Read("""
            <html><head>
            <meta property="og:title" name="title" content="Harbour  plan   approved">
            <meta name="Description" content="The council voted on Monday.">
            <meta itemprop="datePublished" content="2024-06-01">
            </head><body><p>Text</p></body></html>
            """);

        Assert.Equal("Harbour plan approved", meta["OG:TITLE"]);
        Assert.Null(meta["title"]);
        Assert.Equal("The council voted on Monday.", meta["description"]);
        Assert.Equal("2024-06-01", meta["datePublished"]);
    }

    [Fact]
    public void The_first_tag_of_a_name_answers_even_when_it_states_nothing()
    {
        var meta = Read("""
            <html><head>
            <meta name="author" content="  ">
            <meta name="author" content="Jane Doe">
            <meta name="og:site_name" content="First">
            <meta property="og:site_name" content="Second">
            </head><body></body></html>
            """);

        Assert.Null(meta["author"]);
        Assert.Equal("First", meta["og:site_name"]);
    }

    [Fact]
    public void The_head_answers_before_the_body_and_the_body_only_before_its_first_block()
    {
        // The <img> ends the head early: the tags after it open the body, and are still the page's until its first block.
        var meta = Read("""
            <html><head>
            <meta name="description" content="From the head">
            <noscript><img src="pixel.gif"></noscript>
            <meta name="description" content="From the body">
            <meta property="og:type" content="article">
            <meta itemprop="author" content="Not a head tag">
            </head><body>
            <div><p>Article</p></div>
            <meta name="keywords" content="after the first block">
            </body></html>
            """);

        Assert.Equal("From the head", meta["description"]);
        Assert.Equal("article", meta["og:type"]);
        Assert.Null(meta["author"]);
        Assert.Null(meta["keywords"]);
    }
}
