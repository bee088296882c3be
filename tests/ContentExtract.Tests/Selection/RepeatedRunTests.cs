namespace ContentExtract.Tests.Selection;

/// <summary>
/// A run of blocks that a page repeats right after itself (a copy for another screen size, a carousel's cloned slides) is
/// read once; a page's own repeated structure (the same entries on two days of a plan) and a lone repeated label stay.
/// </summary>
public sealed class RepeatedRunTests
{
    private static string Page(string body) =>
        $"<html><head><title>Trail Kettle - Alder Outfitters</title></head><body><h1>Trail Kettle</h1>{body}</body></html>";

    private static int Count(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private const string Description =
        "A light steel kettle for camp stoves that boils a litre of water in under four minutes and packs down inside its own lid.";

    private static readonly string Features =
        "<div class='features'><h2>Built for the trail</h2><p>The handle folds flat against the body, and the spout pours without dripping onto the burner.</p>"
        + "<h2>Easy to clean</h2><p>A wide mouth lets you reach every corner with a sponge after a day of brewing coffee and tea by the fire.</p></div>";

    [Fact]
    public void A_section_repeated_right_after_itself_is_read_once()
    {
        string html = Page($"<p>{Description}</p><div class='desktop'>{Features}</div><div class='mobile'>{Features}</div><p>Sold with a two-year warranty against rust and dents.</p>");

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Equal(1, Count(document.Text, "The handle folds flat"));
        Assert.Equal(1, Count(document.Text, "A wide mouth lets you reach"));
        Assert.Contains("two-year warranty", document.Text, StringComparison.Ordinal);
        Assert.Contains(Description, document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_the_page_repeats_apart_from_each_other_stay()
    {
        // A plan lists the same two entries under two days, with each day's own entry first: the page shows both.
        string Day(string name, string own) =>
            $"<h2>{name}</h2><p>{own}</p><p>Breakfast: oats with a handful of berries and a spoon of honey</p><p>Lunch: a bowl of lentil soup with bread and a green salad</p>";
        string html = Page($"<p>{Description}</p>{Day("Day one", "Hike ten miles along the ridge and camp by the lake at dusk.")}{Day("Day two", "Climb to the pass early and come down through the forest to the valley.")}");

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Equal(2, Count(document.Text, "Breakfast: oats"));
        Assert.Equal(2, Count(document.Text, "Lunch: a bowl of lentil soup"));
    }

    [Fact]
    public void A_short_repeated_label_stays()
    {
        string item(string name, string text) => $"<h3>{name}</h3><p>Ideal for:</p><p>Size</p><p>{text}</p>";
        string html = Page($"<p>{Description}</p>{item("One litre", "The classic size for one or two walkers on a weekend trip.")}{item("Two litres", "Enough water for a group of four to have tea at every stop.")}");

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Equal(2, Count(document.Text, "Ideal for:"));
    }

    [Fact]
    public void Switched_off_the_rule_keeps_the_copy()
    {
        var extractor = new ContentExtractor(new ExtractionOptions
        {
            DisabledRules = new HashSet<ContentExtract.Pipeline.Rule> { ContentExtract.Pipeline.Rule.RepeatedRunRemoval },
        });

        var document = extractor.ExtractHtml(Page($"<p>{Description}</p><div class='desktop'>{Features}</div><div class='mobile'>{Features}</div>"));

        Assert.Equal(2, Count(document.Text, "The handle folds flat"));
    }
}
