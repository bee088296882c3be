using ContentExtract.Selection;

namespace ContentExtract.Tests.Selection;

/// <summary>
/// In a text dump an article cut in two by its own spec box keeps both halves where the second is about the same thing;
/// a box of another subject beyond the same gap, a copy of a paragraph the article already holds, and prose past the
/// footer's furniture stay out.
/// </summary>
public sealed class SplitArticleStitchingTests
{
    private const string Headline = "The Navee GT3 scooter rides like one twice its price";

    private const string FirstHalf =
        "The Navee GT3 scooter delivers hardware you rarely see at this price: dual suspension, a strong rear motor, turn signals and wide tubeless tires that soak up broken pavement on the daily commute.\n\n"
        + "In our tests the scooter reached twenty miles an hour and covered nineteen miles of real commuting range on one charge, which is plenty for most riders who cross a city twice a day.\n\n"
        + "The deck is wide enough for both feet side by side, the folding latch locks in one step, and the bright color display shows speed, range and battery at a glance even in full sunlight.";

    private const string SecondHalf =
        "On the daily commute the dual suspension of the Navee GT3 soaked up broken pavement, and the rear motor kept the scooter at twenty miles an hour on the steepest hill of our city route.\n\n"
        + "The commuting range held up in cold weather too: the scooter covered eighteen miles on one charge, and the wide tubeless tires kept their grip on frosty mornings for riders who cross the city twice a day.";

    private const string OtherSubject =
        "The company behind this site was founded by two former teachers in a small town near the coast, who wanted a place where families could compare toys before the holidays.\n\n"
        + "Today a team of twelve people writes about furniture, gardening and cooking from an old bakery they rent from the town council, and they still answer every letter by hand.";

    // A spec box of short single-spaced lines: each costs the run a little, all of them more than the second half weighs.
    private static readonly string[] SpecBox =
    [
        "Specifications", "Tested speed 20.6 MPH", "Tested range 23.3 miles", "Weight 48.5 lbs", "Max load 265 lbs", "Battery 477 Wh",
        "Motor 400 W rear hub", "Brakes drum and regen", "Tires 10 inch tubeless", "Suspension dual spring", "Lights front and rear",
        "Display color LCD", "Folding one step latch", "Charger 2 A", "Charge time 7 hours", "Water rating IPX4", "Deck width 6 inches",
        "Handlebar height 45 inches", "Folded length 44 inches", "Climbing grade 18 percent", "Rider height up to 6 ft 5",
        "Warranty 12 months", "Colors black and grey", "Price $549 at launch", "Ride modes three", "Cruise control no",
        "Kickstand side mounted", "Bell included", "App none", "Horn electric", "Frame aluminium alloy", "Stem steel clamp",
        "Throttle thumb lever", "Top speed setting 25 MPH", "Start mode kick",
    ];

    private static string Dump(string afterTheBox) =>
        string.Join("\n\n", [Headline, "Home", "Reviews", "Deals", Headline, FirstHalf, .. SpecBox, afterTheBox, "© 2026 Ride Weekly. All rights reserved."]) + "\n";

    private static ExtractedDocument Extract(string dump, bool stitching = true) =>
        stitching
            ? ContentExtractor.Default.ExtractText(dump)
            : new ContentExtractor(new ExtractionOptions { DisabledRules = new HashSet<ContentExtract.Pipeline.Rule> { ContentExtract.Pipeline.Rule.SplitArticleStitching } }).ExtractText(dump);

    [Fact]
    public void The_half_after_the_spec_box_joins_the_article()
    {
        var document = Extract(Dump(SecondHalf));
        Assert.Contains("dual suspension", document.Text, StringComparison.Ordinal);
        Assert.Contains("steepest hill", document.Text, StringComparison.Ordinal);
        Assert.Contains("frosty mornings", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_rule_the_box_cuts_the_article()
    {
        var document = Extract(Dump(SecondHalf), stitching: false);
        Assert.Contains("dual suspension", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("steepest hill", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_of_another_subject_beyond_the_box_stays_out()
    {
        var document = Extract(Dump(OtherSubject));
        Assert.Contains("dual suspension", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("former teachers", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_of_the_article_s_own_paragraph_beyond_the_box_stays_out()
    {
        string copied = FirstHalf.Split("\n\n")[0] + "\n\n" + SecondHalf.Split("\n\n")[0];
        var document = Extract(Dump(copied));
        Assert.DoesNotContain("steepest hill", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_furniture_line_in_the_gap_is_not_crossed()
    {
        string dump = string.Join("\n\n", [Headline, "Home", "Reviews", Headline, FirstHalf, .. SpecBox[..12], "Share this article", .. SpecBox[12..], SecondHalf]) + "\n";
        var document = Extract(dump);
        Assert.Contains("dual suspension", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("steepest hill", document.Text, StringComparison.Ordinal);
    }

    private static string Listicle(string secondItemHeading) =>
        string.Join("\n\n",
        [
            "Five tools every new electrician needs", "Home", "Guides", "Five tools every new electrician needs",
            "Every new electrician builds a toolkit over the first years on the job, and the right hand tools save hours on every site visit, from small repairs to the full rewiring of old houses.",
            "We asked twenty working electricians which tools they reach for first on a normal working day, and five tools came up again and again in their answers.",
            "1. Multimeter",
            "A multimeter measures voltage, current and resistance, and every electrician carries one from the first day on the job to the last, because no wire is safe until it has been tested.",
            .. SpecBox,
            secondItemHeading,
            "Wire strippers are the tool an electrician uses next on the job: they cut insulation to the right length so the copper strands stay intact, and a safe connection on every site visit starts with a clean strip.",
            "© 2026 Trade Weekly. All rights reserved.",
        ]) + "\n";

    [Fact]
    public void A_listicle_s_next_numbered_item_joins_with_its_one_paragraph()
    {
        Assert.Contains("copper strands", Extract(Listicle("2. Wire strippers")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("copper strands", Extract(Listicle("Wire strippers")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Topic_words_leave_out_function_words_and_pair_han_characters()
    {
        var words = new HashSet<ulong>();
        SplitArticleStitcher.AddWords("The scooter and THE Scooter of 2026", words);
        Assert.Single(words);

        var han = new HashSet<ulong>();
        SplitArticleStitcher.AddWords("房产税", han);
        Assert.Equal(2, han.Count);
    }
}
