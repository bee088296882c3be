namespace ContentExtract.Tests.Html;

/// <summary>
/// The zone-wrapper guard takes a furniture zone that holds most of the page's prose for a theme's wrapper around the
/// article. The page's footer as its markup states it (a <c>&lt;footer&gt;</c> outside any article, the <c>contentinfo</c>
/// role) is no wrapper, however long its fine print; a class name with "footer" in it still can be one.
/// </summary>
public sealed class PageFooterWrapperTests
{
    /// <summary>A maker's product page: a headline, one line of description and short feature lines.</summary>
    private const string Product =
        "<main><h1>Trail Kettle 2</h1><p>Our lightest kettle yet boils a litre on any camp stove and packs down inside its own lid for the trail.</p>"
        + "<h2>Boils in four minutes</h2><p>One litre steel body</p><p>Folding handle</p><p>Drip-free spout</p>"
        + "<h2>Packs inside its lid</h2><p>Weight 310 g</p><p>Height 12 cm</p><p>Width 14 cm</p><p>$49.00</p></main>";

    private static readonly string[] FinePrint =
        [
            "Boiling time was measured at sea level with one litre of water at twenty degrees on a stove of three kilowatts, and times on other stoves will differ.",
            "Offer valid for purchases made in participating stores until the end of the month, while stocks last, and cannot be combined with other offers.",
            "The warranty covers defects in materials and workmanship for two years from the date of purchase and does not cover damage from misuse.",
            "Prices include sales tax where the law requires it, and delivery charges are shown at checkout before you confirm your order.",
        ];

    private static string Footnotes(string open, string close) =>
        $"{open}<ol>{string.Concat(FinePrint.Select(note => $"<li><p>{note}</p></li>"))}</ol><p>Copyright 2025 Alder Outfitters.</p>{close}";

    [Theory]
    [InlineData("<footer>", "</footer>")]
    [InlineData("<div role='contentinfo'>", "</div>")]
    public void The_pages_own_footer_stays_furniture_however_much_fine_print_it_holds(string open, string close)
    {
        string html = $"<html><head><title>Trail Kettle 2</title></head><body>{Product}{Footnotes(open, close)}</body></html>";

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Contains("Folding handle", document.Text, StringComparison.Ordinal);
        foreach (string note in FinePrint)
        {
            Assert.DoesNotContain(note, document.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Switched_off_the_rule_lets_the_footer_be_taken_for_a_wrapper_again()
    {
        var extractor = new ContentExtractor(new ExtractionOptions
        {
            DisabledRules = new HashSet<ContentExtract.Pipeline.Rule> { ContentExtract.Pipeline.Rule.PageFooterNotWrapper },
        });

        var document = extractor.ExtractHtml($"<html><head><title>Trail Kettle 2</title></head><body>{Product}{Footnotes("<footer>", "</footer>")}</body></html>");

        Assert.Contains(FinePrint[0], document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_wrapper_named_for_the_footer_is_still_taken_for_a_wrapper()
    {
        // A theme wraps the whole post in an element named for the area above its footer: that name says nothing of the post.
        string story = string.Concat(FinePrint.Select(paragraph => $"<p>{paragraph}</p>"));
        string html = $"<html><head><title>Notes on a kettle</title></head><body><div class='above-footer'><h1>Notes on a kettle</h1>{story}</div><footer><p>Copyright 2025 Alder Outfitters.</p></footer></body></html>";

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Contains(FinePrint[0], document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright 2025", document.Text, StringComparison.Ordinal);
    }
}
