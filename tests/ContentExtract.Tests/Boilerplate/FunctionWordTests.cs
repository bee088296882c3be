using ContentExtract.Boilerplate;
using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.Tests.Boilerplate;

/// <summary>Stopword density: prose in a language whose function words are known has them; a menu row has none.</summary>
public sealed class FunctionWordTests
{
    private const string MenuRow = "Home, News, Sport, Business, Opinion, Culture, Lifestyle, Travel, Weather, Podcasts, Video, Newsletters, Games, Crosswords, Obituaries, Jobs, Property, Motors, Dating, Shop, Offers, Subscribe.";

    [Fact]
    public void Function_words_are_counted_in_every_known_language()
    {
        Assert.Equal((10, 4), LanguageIdentifier.CountStopwords("The council voted on Tuesday to expand the riverside park."));
        Assert.Equal((9, 4), LanguageIdentifier.CountStopwords("Der Stadtrat hat die Pläne für das Bad gebilligt."));
        Assert.Equal((0, 0), LanguageIdentifier.CountStopwords(string.Empty));
    }

    [Fact]
    public void On_a_page_in_a_known_language_a_long_block_without_function_words_is_no_prose()
    {
        var classifier = new BlockClassifier(new BoilerplateOptions()) { PageHasFunctionWords = true };
        var (blockClass, reason) = classifier.Classify(new Segment(0, MenuRow));

        Assert.Equal(BlockClass.Short, blockClass);
        Assert.StartsWith("no function words", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_page_in_another_language_the_rule_stays_silent()
    {
        const string polish = "Rada miasta zdecydowała we wtorek, że park nad rzeką zostanie powiększony o dwanaście hektarów, po dwóch latach sporów o koszty oczyszczenia dawnych terenów przemysłowych.";
        var classifier = new BlockClassifier(new BoilerplateOptions()) { PageHasFunctionWords = false };

        Assert.Equal(BlockClass.Good, classifier.Classify(new Segment(0, polish)).Class);
    }

    [Fact]
    public void A_text_dump_in_an_unknown_language_keeps_its_prose()
    {
        const string dump = """
            Park nad rzeką będzie większy

            Rada miasta zdecydowała we wtorek, że park nad rzeką zostanie powiększony o dwanaście hektarów, po dwóch latach sporów o koszty oczyszczenia dawnych terenów przemysłowych.

            Zwolennicy planu mówią, że gęsto zabudowane północne dzielnice dostaną wreszcie pierwszy duży teren zielony, a przeciwnicy woleliby najpierw wyremontować stare mosty.
            """;
        var document = ContentExtractor.Default.ExtractText(dump);

        Assert.Equal(2, document.Paragraphs.Count());
    }
}
