using ContentExtract.Structure;

namespace ContentExtract.Tests.Structure;

public sealed class EnglishTokenizerTests
{
    [Theory]
    [InlineData("Mr. Reyes said.", "Mr.|Reyes|said|.")]
    [InlineData("Gov. Lee and Dr. Ngo spoke.", "Gov.|Lee|and|Dr.|Ngo|spoke|.")]
    [InlineData("It rose in Sept. and fell in Mr.", "It|rose|in|Sept.|and|fell|in|Mr.")]
    [InlineData("He met gov. staff.", "He|met|gov|.|staff|.")]
    [InlineData("A. Smith won.", "A.|Smith|won|.")]
    public void An_abbreviation_or_initial_keeps_its_period_and_a_sentence_end_does_not(string text, string expected)
    {
        var tokens = new List<Token>();
        EnglishTokenizer.Tokenize(text, 0, text.Length, tokens);
        Assert.Equal(expected, string.Join('|', tokens.Select(token => token.Text)));
    }
}
