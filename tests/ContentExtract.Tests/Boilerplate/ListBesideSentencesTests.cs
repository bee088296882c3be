using ContentExtract.Pipeline;

namespace ContentExtract.Tests.Boilerplate;

/// <summary>
/// A text dump does not say which bulleted lines were links: a short list of names stands for the article's own where
/// prose stands just before and after it, and a guide's picks stand between whole sentences as often as between paragraphs.
/// </summary>
public sealed class ListBesideSentencesTests
{
    private static readonly string[] Guide =
    [
        "Touch screens changed how people hold their phones, and the apps that feel effortless are the ones designed around the thumb rather than the mouse pointer of a desktop screen.",
        "Design for touch",
        "Since users tap with their thumbs, keep every control within reach.",
        "Tips for touch-friendly design:",
        "• Large buttons",
        "• Wide gaps",
        "• Thumb zone",
        "Design for one-handed use on the bus and on the train.",
        "Test on real phones",
        "An emulator on a laptop hides most of the problems a thumb finds in a minute, so every build should be tried on a small phone and a large one before it ships to anyone outside the team.",
    ];

    private static string Dump(params string[] lines) =>
        string.Join("\n\n", ["Home", "• Apps", "• Design", "• Contact", .. lines, "• Privacy", "• Terms"]) + "\n";

    [Fact]
    public void A_list_between_two_sentences_is_the_articles_own()
    {
        var document = ContentExtractor.Default.ExtractText(Dump(Guide));
        Assert.Contains("Wide gaps", document.Text, StringComparison.Ordinal);
        Assert.Contains("so every build should be tried", document.Text, StringComparison.Ordinal);

        // With the rule off, only paragraphs of prose count, and the list is taken for a menu that cuts the article in two.
        var paragraphsOnly = new ContentExtractor(new ExtractionOptions { DisabledRules = new HashSet<Rule> { Rule.ListBesideSentences } });
        Assert.DoesNotContain("Wide gaps", paragraphsOnly.ExtractText(Dump(Guide)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_that_ends_no_sentence_is_no_prose_beside_a_list()
    {
        // Teasers' headlines under a "More" box are punctuated like sentences but end in none: the box stays a menu.
        string[] page =
        [
            .. Guide[..3],
            "Explore more:",
            "• Equipment",
            "• Phones & Tablets",
            "• Accessories",
            "The 14 Best Phones, Whether You Like Android, iOS, Big, Small,",
        ];
        var document = ContentExtractor.Default.ExtractText(Dump(page));
        Assert.DoesNotContain("Phones & Tablets", document.Text, StringComparison.Ordinal);
    }
}
