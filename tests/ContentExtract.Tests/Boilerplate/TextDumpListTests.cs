namespace ContentExtract.Tests.Boilerplate;

/// <summary>
/// In a text dump, a short bulleted list between two paragraphs is the article's, and so is a list of phrases under its
/// labels a few lines from the prose; a long bulleted menu is not, nor a share bar of names a few lines from a paragraph.
/// </summary>
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

    [Fact]
    public void Lists_of_phrases_under_their_labels_stay_in_the_article()
    {
        string dump = Dump(
            "A clamp meter lets an electrician read the current in a live conductor without breaking the circuit, which makes it the safest first test on any panel.",
            "We tried eleven of them this winter, from the cheapest models at the hardware store to the ones that cost as much as a week of wages, and most of them did the job.",
            "Our pick",
            "What we like",
            "* Reads voltage and current in one clamp",
            "* Backlit screen for dark basements",
            "* Survives a drop onto concrete floors",
            "What we do not like",
            "* Test leads feel thin after a year",
            "* No carrying case in the box",
            "How we tested",
            "We carried each meter for a month of service calls and compared its readings with a bench instrument at the end of every week on site.",
            "The readings agreed to within one percent on every meter we kept, and the two that drifted further were sent back to their makers with a note.");
        var document = ContentExtractor.Default.ExtractText(dump);
        Assert.Contains("clamp meter", document.Text, StringComparison.Ordinal);
        Assert.Contains("Backlit screen for dark basements", document.Text, StringComparison.Ordinal);
        Assert.Contains("No carrying case in the box", document.Text, StringComparison.Ordinal);
        Assert.Contains("bench instrument", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checklist_under_its_own_headings_and_pictures_stays_in_the_article()
    {
        // Each list stands more than ten lines from the prose on one side: the headings and picture credits of the
        // checklist's other sections lie between.
        string dump = Dump(
            "Planning a wedding can take two years or three months, and either way the list of things to book grows faster than most couples expect when they start.",
            "We asked planners, venue managers and couples who married last year what they would do first, and the answers agreed more often than we thought they would.",
            "The checklist below follows a twelve-month engagement, so move the steps closer together if your date is sooner, and leave out whatever does not apply to you.",
            "Twelve months before",
            "* Visit and book your reception venue",
            "* Draw up a budget with your partner",
            "* Start planning the guest list together",
            "[venue-picture]",
            "Image by a studio photographer",
            "Eight months before",
            "* Book the band or the DJ for the evening",
            "* Order the wedding cake from a baker",
            "* Reserve rooms for guests who travel far",
            "Image by another studio photographer",
            "Two months before",
            "* Send the invitations to every guest",
            "* Attend the first dress fitting in town",
            "* Choose and order the wedding rings",
            "Whatever the length of your engagement, the last weeks are the busiest, so keep a few evenings free for the calls and fittings that always come up late.",
            "Above all, remember that the day is about the two of you, and that most guests will remember the welcome far longer than the flowers on the tables.");
        var document = ContentExtractor.Default.ExtractText(dump);
        Assert.Contains("Planning a wedding", document.Text, StringComparison.Ordinal);
        Assert.Contains("Order the wedding cake from a baker", document.Text, StringComparison.Ordinal);
        Assert.Contains("Choose and order the wedding rings", document.Text, StringComparison.Ordinal);
        Assert.Contains("the last weeks are the busiest", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_bar_of_names_near_an_author_note_stays_out()
    {
        string dump = Dump(
            "A multimeter is the backbone of every electrician's toolkit. It measures voltage, current and resistance, and a good one lasts for decades of daily work on site.",
            "Wire strippers are one of the most used tools of the trade, because every connection starts with a clean cut of the insulation to the right length.",
            "* Facebook",
            "* Reddit",
            "* Pinterest",
            "* Email",
            "0 comments",
            "Tools and gear",
            "Dana Whitfield",
            "Dana Whitfield has written about the building trades for twelve years, after a decade of wiring houses and small shops across the county herself.",
            "She lives on a farm outside town with two dogs, a workshop full of old radios and a garden that she says gets less attention than it deserves.");
        var document = ContentExtractor.Default.ExtractText(dump);
        Assert.Contains("Wire strippers", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pinterest", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("old radios", document.Text, StringComparison.Ordinal);
    }
}
