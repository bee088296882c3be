namespace ContentExtract.Tests.Boilerplate;

/// <summary>
/// A text dump that prints no &lt;title&gt; (w3m, lynx) still shows its headline: a headline-sized line right above the
/// first paragraph, next to its date or under the trail that ends with it, or at the margin over indented prose. It is
/// the title where the layout marks no other line.
/// </summary>
public sealed class DumpHeadlineTests
{
    private static readonly string[] Menu = ["Home", "Gardening", "Kitchen", "Workshop", "Subscribe", "Sign in"];

    private static readonly string[] Paragraphs =
    [
        "The allotments behind the old railway depot have been handed back to the town after four years of negotiations between the council and the rail company.",
        "Forty plots will be let this spring, and the waiting list already holds more than three hundred names from every part of the town and the villages around it.",
        "The council plans to keep a dozen plots for the primary schools, which asked for ground where their pupils could grow vegetables through the summer term.",
        "Water comes from two tanks that collect the rain from the depot's roof, and the first tenants have agreed to share the cost of a new pump for the dry months.",
    ];

    private static string W3mDump(params string[] lines) => string.Join("\n\n", [.. Menu, .. lines, "Share this article", "© 2026 Town Crier"]) + "\n";

    [Fact]
    public void A_headline_over_its_date_line_is_the_title()
    {
        string dump = W3mDump(["Railway depot allotments return to the town", "March 4, 2026", .. Paragraphs, "Who gets a plot first", .. Paragraphs[..2]]);
        var document = ContentExtractor.Default.ExtractText(dump);
        Assert.Equal("Railway depot allotments return to the town", document.Title);
        Assert.Contains("handed back to the town", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_under_the_trail_that_names_it_is_the_title()
    {
        string dump = W3mDump(["Home > Local > Railway depot allotments return to the town", "Railway depot allotments return to the town", .. Paragraphs]);
        var document = ContentExtractor.Default.ExtractText(dump);
        Assert.Equal("Railway depot allotments return to the town", document.Title);
    }

    [Fact]
    public void A_heading_at_the_margin_over_indented_prose_is_the_title_and_a_section_heading_is_not()
    {
        // lynx prints headings at the margin and body text three spaces in.
        var lines = new List<string>(Menu.Select(item => "   " + item)) { "", "Railway depot allotments return to the town", "" };
        lines.AddRange(Paragraphs.SelectMany(paragraph => new[] { "   " + paragraph, "" }));
        lines.AddRange(["Who gets a plot first", "", "   " + Paragraphs[0], "", "   " + Paragraphs[1]]);
        var document = ContentExtractor.Default.ExtractText(string.Join('\n', lines) + "\n");
        Assert.Equal("Railway depot allotments return to the town", document.Title);
    }

    [Fact]
    public void A_line_with_no_mark_of_a_headline_is_not_taken_for_one()
    {
        // Neither dated, nor under a trail, nor set apart by its indent: the dump's shape says nothing, and the finder says nothing.
        var segments = Segment(W3mDump(["Railway depot allotments return to the town", .. Paragraphs]));
        Assert.Equal(-1, ContentExtract.Boilerplate.DumpHeadline.Find(segments));
    }

    [Fact]
    public void A_teaser_title_over_one_short_sentence_is_not_the_headline()
    {
        var segments = Segment(W3mDump(
            ["Council votes on the new bus lanes", "March 2, 2026", "The vote on the bus lanes was put off until April.",
             "More stories", "Newsletter", "Contact", "Railway depot allotments return to the town", "March 4, 2026", .. Paragraphs, .. Paragraphs]));
        int headline = ContentExtract.Boilerplate.DumpHeadline.Find(segments);
        Assert.True(headline >= 0);
        Assert.Equal("Railway depot allotments return to the town", segments[headline].Text);
    }

    [Fact]
    public void A_menu_printed_on_one_line_is_no_headline_and_a_trail_above_the_headline_is_no_prose()
    {
        // w3m prints a menu's items side by side with wide gaps; the trail above the headline reads like a sentence's words but ends none.
        string dump = string.Join("\n\n",
        [
            "Town Crier | Weekend | Jobs | Notices              Wednesday 4 March 2026",
            "Home    News    Sport    Gardening    Kitchen    Workshop    Letters",
            "   You are here: Home >> News >> Local >> Full story",
            "Railway depot allotments return to the town",
            "Published 2026-03-04 09:30  Source: Town Crier  Views: 1204",
            .. Paragraphs.Select(paragraph => "  " + paragraph),
        ]) + "\n";
        var segments = Segment(dump);
        int headline = ContentExtract.Boilerplate.DumpHeadline.Find(segments);
        Assert.True(headline >= 0);
        Assert.Equal("Railway depot allotments return to the town", segments[headline].Text);
        Assert.Equal("Railway depot allotments return to the town", ContentExtractor.Default.ExtractText(dump).Title);
    }

    [Fact]
    public void A_soft_404_dump_stays_an_error_page()
    {
        // The status line names the site after a bar, and the site's name stands alone under it: no headline over an article.
        string dump = string.Join("\n\n",
        [
            "Error 404 - Page not found | Town Crier",
            " Skip to content",
            "Town Crier",
            .. Menu.Select(item => " " + item),
            "Error 404",
            "Page not found",
            "The page you asked for does not exist or has moved.",
            "Back to the front page",
            "Most read",
            "Council votes on the new bus lanes after a long debate in the chamber",
            "Allotment waiting list reaches three hundred names for the first time",
            "Ferry timetable changes for the summer season start next week",
            "© 2026 Town Crier",
        ]) + "\n";
        var document = ContentExtractor.Default.ExtractText(dump);
        Assert.True(document.IsErrorPage);
        Assert.Empty(document.Blocks);
    }

    /// <summary>The dump segmented and classified as the pipeline does it before the article is chosen.</summary>
    private static IReadOnlyList<ContentExtract.Segmentation.Segment> Segment(string dump)
    {
        var segments = new ContentExtract.PlainText.TextSegmenter(new PlainTextOptions()).Segment(dump, CancellationToken.None);
        var context = new ContentExtract.Pipeline.ExtractionContext(segments, InputKind.Text, PageInfo.None, ExtractionOptions.Default, CancellationToken.None);
        new ContentExtract.Boilerplate.BlockClassificationStage().Run(context);
        new ContentExtract.Boilerplate.TextDumpSignals().Run(context);
        return segments;
    }
}
