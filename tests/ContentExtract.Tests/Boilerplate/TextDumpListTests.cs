namespace ContentExtract.Tests.Boilerplate;

/// <summary>In a text dump, a short bulleted list between two paragraphs is the article's; a long bulleted menu is not.</summary>
public sealed class TextDumpListTests
{
    private static readonly string[] Menu =
        ["* Home", "* News", "* Sport", "* Business", "* Weather", "* Opinion", "* Culture", "* Travel", "* Video", "* Podcasts",
         "* Newsletters", "* Events", "* Jobs", "* Obituaries", "* Puzzles", "* Archive", "* Contact", "* Subscribe"];

    private static string Dump(params string[] body) =>
        string.Join("\n\n", ["Five tools every new electrician needs", .. Menu, "Five tools every new electrician needs", .. body, "© 2026 Trade Weekly. All rights reserved."]) + "\n";

    [Fact]
    public void Each_short_list_between_paragraphs_stays_in_the_article()
    {
        string dump = Dump(
            "A multimeter is the backbone of every electrician's toolkit. It measures voltage, current and resistance, and a good one lasts for decades of daily work on site.",
            "Recommended models:",
            "* Fluke 117",
            "* Klein Tools MM400",
            "Wire strippers are one of the most used tools of the trade, because every connection starts with a clean cut of the insulation to the right length.",
            "Recommended models:",
            "* Klein Tools 11061",
            "* Irwin Vise-Grip",
            "Needle-nose pliers reach into tight boxes and bend small loops in wire, and the trade uses them on almost every job where space is short.");
        var document = ContentExtractor.Default.ExtractText(dump);
        Assert.Contains("backbone", document.Text, StringComparison.Ordinal);
        Assert.Contains("Needle-nose pliers", document.Text, StringComparison.Ordinal);
        Assert.Contains("Irwin Vise-Grip", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_bulleted_menu_stays_out()
    {
        string dump = Dump(
            "A multimeter is the backbone of every electrician's toolkit. It measures voltage, current and resistance, and a good one lasts for decades of daily work on site.",
            "Wire strippers are one of the most used tools of the trade, because every connection starts with a clean cut of the insulation to the right length.");
        var document = ContentExtractor.Default.ExtractText(dump);
        Assert.Contains("backbone", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Podcasts", document.Text, StringComparison.Ordinal);
    }
}
