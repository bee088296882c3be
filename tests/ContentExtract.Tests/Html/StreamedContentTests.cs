using ContentExtract.Html;
using ContentExtract.Segmentation;

namespace ContentExtract.Tests.Html;

/// <summary>Content a streaming server renderer sends late, hidden, and moves in place with a script.</summary>
public sealed class StreamedContentTests
{
    private const string Header = "<header><p>Site name</p></header>";
    private const string Footer = "<footer><p>Footer line</p></footer>";
    private const string Article = "<h1>Harbour bridge reopens</h1><p>The bridge reopened on Monday after a year of repairs.</p>";

    private static string[] Texts(string body) =>
        [.. new HtmlSegmenter().Segment($"<html><head><title>T</title></head><body>{body}</body></html>", PageInfo.None, CancellationToken.None).Segments.Select(s => s.Text)];

    [Fact]
    public void A_completed_boundary_replaces_its_loading_skeleton_where_the_script_says()
    {
        string page = Header
            + "<!--$?--><template id=\"B:0\"></template><div class=\"skeleton\"><p>Loading…</p></div><!--/$-->"
            + Footer
            + $"<div hidden id=\"S:0\">{Article}</div><script>$RC=function(b,c){{}};$RC(\"B:0\",\"S:0\")</script>";

        Assert.Equal(["Site name", "Harbour bridge reopens", "The bridge reopened on Monday after a year of repairs.", "Footer line"], Texts(page));
    }

    [Fact]
    public void A_skeleton_with_a_nested_boundary_goes_whole_and_a_segment_takes_its_placeholder()
    {
        string page = Header
            + "<!--$?--><template id=\"B:3\"></template><div><p>Loading page</p><!--$--><p>Loading part</p><!--/$--></div><!--/$-->"
            + "<aside><template id=\"P:7\"></template></aside>"
            + Footer
            + $"<div hidden id=\"S:9\">{Article}</div><div hidden id=\"S:4\"><p>Most read today</p></div>"
            + "<script>$RC('B:3', 'S:9');$RS(\"S:4\",\"P:7\")</script>";

        Assert.Equal(["Site name", "Harbour bridge reopens", "The bridge reopened on Monday after a year of repairs.", "Most read today", "Footer line"], Texts(page));
    }

    [Fact]
    public void Without_its_scripts_a_segment_goes_to_the_placeholder_of_its_number_and_the_skeleton_stays()
    {
        // Archived copies of pages often lose their scripts and comments; the renderer numbers boundaries and segments in step.
        string page = Header + "<template id=\"B:0\"></template><div class=\"skeleton\"><span></span></div>" + Footer + $"<div hidden id=\"S:0\">{Article}</div>";

        Assert.Equal(["Site name", "Harbour bridge reopens", "The bridge reopened on Monday after a year of repairs.", "Footer line"], Texts(page));
    }

    [Fact]
    public void Hidden_content_that_no_renderer_streamed_stays_hidden()
    {
        string page = Header + "<div hidden id=\"S:0\"><p>A dialog nobody opened.</p></div><div hidden id=\"panel\"><p>A closed panel.</p></div>" + Footer;

        Assert.Equal(["Site name", "Footer line"], Texts(page));
    }

    [Fact]
    public void Calls_are_read_with_either_quote_and_anything_else_is_passed_over()
    {
        var calls = StreamedContent.Calls("$RB=[];$RC=function(b,c){};$RC(\"B:0\",\"S:0\");$RS( 'S:1' , 'P:1' );$RC(x,y);$RX(\"a\",\"b\");$RC(\"B:2\"");
        Assert.Equal([(true, "B:0", "S:0"), (false, "S:1", "P:1")], calls);
    }

    [Fact]
    public void Thousands_of_streamed_segments_all_land_in_order()
    {
        // One pass finds the renderer's ids: a call costs no search of the tree, so this page is read in linear time.
        const int count = 5000;
        var page = new System.Text.StringBuilder(Header);
        for (int i = 0; i < count; i++)
        {
            page.Append($"<!--$?--><template id=\"B:{i}\"></template><p>Loading</p><!--/$-->");
        }

        var calls = new System.Text.StringBuilder();
        for (int i = 0; i < count; i++)
        {
            page.Append($"<div hidden id=\"S:{i}\"><p>Item {i}</p></div>");
            calls.Append($"$RC(\"B:{i}\",\"S:{i}\");");
        }

        page.Append("<script>").Append(calls).Append("</script>");
        var texts = Texts(page.ToString());
        Assert.Equal(count + 1, texts.Length);
        Assert.Equal("Item 0", texts[1]);
        Assert.Equal($"Item {count - 1}", texts[^1]);
    }
}
