using ContentExtract.Boilerplate;
using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.Tests.Boilerplate;

/// <summary>
/// A furniture phrase makes a line of several words furniture only where it stands as words: "Subscribe" is a control,
/// "subscribers" a word of the story. A one-word label may still hold the phrase as the start of its word ("Publicidade",
/// "Newsletters"), and phrases of scripts written without spaces are found anywhere.
/// </summary>
public sealed class FurniturePhraseWordTests
{
    private static (BlockClass Class, string Reason) Classify(string text) => new BlockClassifier(new BoilerplateOptions()).Classify(new Segment(0, text));

    [Theory]
    [InlineData("86.8% of my subscribers are highly engaged.")]
    [InlineData("My New Subscriber Onboarding Is Broken")]
    [InlineData("Top Social Media Advertising Agencies in the U.S.")]
    [InlineData("Her tweets about the ferry strike were shared widely.")]
    public void A_phrase_inside_a_word_of_a_line_is_no_furniture(string text) => Assert.NotEqual(BlockClass.Bad, Classify(text).Class);

    [Theory]
    [InlineData("Subscribe")]
    [InlineData("Subscribe to our daily briefing")]
    [InlineData("Publicidade")]
    [InlineData("Newsletters")]
    [InlineData("Share this article")]
    [InlineData("本站版权所有，未经许可不得转载")]
    public void A_phrase_as_words_or_a_label_that_starts_with_one_is_furniture(string text) => Assert.Equal(BlockClass.Bad, Classify(text).Class);

    [Theory]
    [InlineData("please subscribe now", true)]
    [InlineData("three subscribers joined", false)]
    [InlineData("resubscribe", false)]
    [InlineData("(Subscribe)", true)]
    [InlineData("京ICP备12345号", true)]
    [InlineData("版权所有者", true)]
    public void Whole_words_are_found_the_same_way_on_both_paths(string text, bool found)
    {
        var set = PhraseSet.Create(["Subscribe", "ICP备", "版权所有"], StringComparison.OrdinalIgnoreCase);

        Assert.Equal(found, set.IsFoundAsWordsIn(text));
        Assert.Equal(found, set.IsFoundInOneByOne(text, wholeWords: true));
        Assert.True(set.IsFoundIn(text) || !found);
    }
}
