using ContentExtract.Selection;

namespace ContentExtract.Tests.Selection;

/// <summary>
/// The page's own text as its JSON-LD states it (a product's description, an article's body) is added where the page's
/// markup does not show most of it, and only then: composed pages, end to end.
/// </summary>
public sealed class StatedTextTests
{
    private const string Description =
        "A medium roast of washed highland beans with notes of cocoa and orange peel. Ground for filter machines, it brews a round cup that keeps its sweetness when it cools.";

    private static readonly string Shell =
        "<nav class='site-nav'><ul><li><a href='/'>Home</a></li><li><a href='/shop'>Shop</a></li><li><a href='/about'>About</a></li><li><a href='/help'>Help</a></li></ul></nav>"
        + "<main><h1>Highland Filter Roast</h1><p class='price'>$14.50</p><form action='/cart'><button>Add to cart</button></form>{0}</main>"
        + "<footer><p>© 2025 Alder Roasters. All rights reserved.</p></footer>";

    private static string ProductJson(string description) =>
        $"{{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Highland Filter Roast\",\"description\":\"{description}\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"14.50\",\"description\":\"Ships in two days from the roastery, free over fifty dollars in the lower states.\"}}}}";

    private static string Page(string json, string shown = "", string scriptWrapper = "{0}") =>
        "<html><head><title>Highland Filter Roast - Alder Roasters</title></head><body>"
        + string.Format(System.Globalization.CultureInfo.InvariantCulture, Shell, shown)
        + string.Format(System.Globalization.CultureInfo.InvariantCulture, scriptWrapper, $"<script type='application/ld+json'>{json}</script>")
        + "</body></html>";

    [Fact]
    public void A_product_whose_description_only_its_metadata_states_gets_it_first()
    {
        var document = ContentExtractor.Default.ExtractHtml(Page(ProductJson(Description)));

        Assert.StartsWith(Description, document.Text, StringComparison.Ordinal);
        Assert.IsType<ParagraphBlock>(document.Blocks[0]);
        Assert.DoesNotContain("Ships in two days", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_the_page_shows_is_not_added_twice()
    {
        string shown = $"<div class='description'><p>{Description}</p><ul><li>Weight: 12 oz</li><li>Roast: medium</li></ul></div>";

        var document = ContentExtractor.Default.ExtractHtml(Page(ProductJson(Description), shown));

        int first = document.Text.IndexOf(Description[..40], StringComparison.Ordinal);
        Assert.True(first >= 0, document.Text);
        Assert.Equal(-1, document.Text.IndexOf(Description[..40], first + 1, StringComparison.Ordinal));
    }

    [Fact]
    public void A_script_inside_a_hidden_element_states_the_text_too()
    {
        // Metadata is no less the page's for sitting in a part its script shows later.
        var document = ContentExtractor.Default.ExtractHtml(Page(ProductJson(Description), scriptWrapper: "<div hidden>{0}</div>"));

        Assert.Contains(Description, document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_the_stated_text_parts_paragraphs_and_its_references_are_decoded()
    {
        string json = ProductJson("<p>A medium roast of washed highland beans, with notes of cocoa &amp; orange peel.</p><p>Ground <strong>for filter machines</strong>, it keeps its sweetness when it cools.</p>");

        var document = ContentExtractor.Default.ExtractHtml(Page(json));

        Assert.Equal("A medium roast of washed highland beans, with notes of cocoa & orange peel.", document.Blocks[0].Text);
        Assert.Equal("Ground for filter machines, it keeps its sweetness when it cools.", document.Blocks[1].Text);
    }

    [Fact]
    public void A_short_tagline_or_the_description_of_a_nested_object_is_not_the_page_s_text()
    {
        var tagline = ContentExtractor.Default.ExtractHtml(Page(ProductJson("Bold, round and sweet")));
        Assert.DoesNotContain("Bold, round and sweet", tagline.Text, StringComparison.Ordinal);

        // A list's items are other pages: their descriptions say nothing of this one.
        string list = $"{{\"@context\":\"https://schema.org\",\"@type\":\"ItemList\",\"itemListElement\":[{{\"@type\":\"ListItem\",\"position\":1,\"item\":{ProductJson(Description)}}}]}}";
        var listed = ContentExtractor.Default.ExtractHtml(Page(list));
        Assert.DoesNotContain(Description[..40], listed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_whose_body_the_page_does_not_show_gets_its_stated_body()
    {
        const string body = "The council voted on Tuesday to close the old bridge to cars from the spring. Cyclists and walkers keep their way across while engineers decide how much of the deck can be saved.";
        string json = $"{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Old bridge closes to cars\",\"description\":\"A summary that is not the body.\",\"articleBody\":\"{body}\"}}";
        string html = $"<html><head><title>Old bridge closes to cars</title><script type='application/ld+json'>{json}</script></head><body><h1>Old bridge closes to cars</h1><p>Subscribe to read the whole story.</p></body></html>";

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.StartsWith(body, document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("A summary that is not the body", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Switched_off_the_rule_adds_nothing()
    {
        var extractor = new ContentExtractor(new ExtractionOptions
        {
            DisabledRules = new HashSet<ContentExtract.Pipeline.Rule> { ContentExtract.Pipeline.Rule.StatedTextFallback },
        });

        var document = extractor.ExtractHtml(Page(ProductJson(Description)));

        Assert.DoesNotContain(Description, document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bäckerei & Café", new[] { "bäckerei", "café" })]
    [InlineData("新款咖啡 Roast 2", new[] { "新", "款", "咖", "啡", "roast", "2" })]
    public void Words_are_letter_runs_and_single_chinese_characters(string text, string[] expected)
    {
        var words = new List<string>();
        StatedTextStage.AddWords(text, words);

        Assert.Equal(expected, words);
    }
}
