using AngleSharp.Html.Parser;
using ContentExtract.Html;

namespace ContentExtract.Tests.Html;

/// <summary>Parts a page streams after its skeleton are read where the page's scripts put them.</summary>
public sealed class StreamedContentTests
{
    private const string First = "The council voted on Tuesday to keep the night buses running through the winter, after a petition signed by four thousand residents.";
    private const string Second = "Drivers will be paid the evening rate on every route, and the two busiest lines will run every twenty minutes until two in the morning.";

    private static string Page(string body) =>
        $"<html><head><title>Night buses stay - City News</title></head><body><header><a href='/'>City News</a></header><main><h1>Night buses stay</h1>{body}</main><footer>© City News</footer></body></html>";

    [Fact]
    public void A_completed_boundary_replaces_its_loading_fallback()
    {
        string html = Page($"<p>{First}</p><!--$?--><template id=\"B:0\"></template><div class='skeleton'>Loading story…</div><!--/$-->")
            + $"<div hidden id=\"S:0\"><p>{Second}</p></div><script>$RC(\"B:0\",\"S:0\")</script>";
        var document = ContentExtractor.Default.ExtractHtml(html);
        Assert.Contains("evening rate", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Loading story", document.Text, StringComparison.Ordinal);
        Assert.True(document.Text.IndexOf("petition", StringComparison.Ordinal) < document.Text.IndexOf("evening rate", StringComparison.Ordinal));
    }

    [Fact]
    public void A_completed_segment_takes_its_placeholders_place()
    {
        string html = Page($"<template id=\"P:1\"></template><p>{Second}</p>")
            + $"<div hidden id=\"S:1\"><p>{First}</p></div><script>$RS(\"S:1\",\"P:1\")</script>";
        var document = ContentExtractor.Default.ExtractHtml(html);
        Assert.True(document.Text.IndexOf("petition", StringComparison.Ordinal) is >= 0 and var first
            && first < document.Text.IndexOf("evening rate", StringComparison.Ordinal));
    }

    [Fact]
    public void A_part_whose_script_was_lost_goes_to_the_boundary_of_its_number()
    {
        string html = Page($"<p>{First}</p><!--$?--><template id=\"B:3\"></template><div>Loading…</div><!--/$-->")
            + $"<div hidden id=\"S:3\"><p>{Second}</p></div>";
        var document = ContentExtractor.Default.ExtractHtml(html);
        Assert.Contains("evening rate", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Loading", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_boundary_that_lost_its_comments_keeps_the_page_after_it()
    {
        string html = Page($"<div><template id=\"B:0\"></template><p>{First}</p></div>")
            + $"<div hidden id=\"S:0\"><p>{Second}</p></div><script>$RC(\"B:0\",\"S:0\")</script>";
        var document = ContentExtractor.Default.ExtractHtml(html);
        Assert.Contains("petition", document.Text, StringComparison.Ordinal);
        Assert.Contains("evening rate", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hidden_elements_that_are_no_streamed_parts_stay_hidden()
    {
        string html = Page($"<p>{First}</p><p>{Second}</p><div hidden id=\"S-menu\"><p>Sign in to leave a comment on this story and join the discussion.</p></div>");
        var document = ContentExtractor.Default.ExtractHtml(html);
        Assert.DoesNotContain("Sign in", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Calls_with_ids_of_no_element_move_nothing()
    {
        var document = new HtmlParser().ParseDocument("<body><p>kept</p><script>$RC(\"B:9\",\"S:9\");$RS('S:8','P:8');$RC(</script></body>");
        Assert.Equal(0, StreamedContentResolver.Resolve(document));
        Assert.Equal("kept", document.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Many_boundaries_cost_a_bounded_number_of_moves()
    {
        const int parts = 20_000;
        var markup = new System.Text.StringBuilder("<body><div>");
        for (int i = 0; i < parts; i++)
        {
            markup.Append("<template id=\"B:").Append(i).Append("\"></template><span>wait</span>");
        }

        markup.Append("</div>");
        for (int i = 0; i < parts; i++)
        {
            markup.Append("<div hidden id=\"S:").Append(i).Append("\"><b>part</b></div>");
        }

        var document = new HtmlParser().ParseDocument(markup.Append("</body>").ToString());
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int moved = StreamedContentResolver.Resolve(document);
        Assert.InRange(moved, 100, 200);
        Assert.Equal(moved, document.QuerySelectorAll("div[id^='S:']:not([hidden])").Length);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }
}
