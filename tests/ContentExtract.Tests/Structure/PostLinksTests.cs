using System.Text.RegularExpressions;
using ContentExtract.Structure;
using CsCheck;

namespace ContentExtract.Tests.Structure;

public sealed class PostLinksTests
{
    /// <summary>The pattern the scanner replaced; on short text it is quick, and the scanner must cut where it matched.</summary>
    private static readonly Regex Original = new(@"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+))+\s*$", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("Great news today https://t.co/abc", "Great news today")]
    [InlineData("Great news pic.twitter.com/xyz https://t.co/abc  \n", "Great news")]
    [InlineData("wordshttps://t.co/abc", "words")]
    [InlineData("no links here", "no links here")]
    [InlineData("a bare prefix https://", "a bare prefix https://")]
    [InlineData("https://t.co/only", "")]
    public void Trailing_links_are_cut_where_the_old_pattern_cut(string text, string expected)
    {
        Assert.Equal(expected, PostLinks.TrimTrailing(text));
        Assert.Equal(Original.Replace(text, string.Empty), PostLinks.TrimTrailing(text));
    }

    [Fact]
    public void The_scanner_agrees_with_the_old_pattern_on_generated_text()
    {
        var piece = Gen.OneOf("http://", "https://", "pic.twitter.com/", "https", "pic.", "a", "b/", " ", "  ", "\n", "\u00A0", ":", "t.co/x");
        piece.Array[0, 10].Select(string.Concat).Sample(text =>
            Assert.Equal(Original.Replace(text, string.Empty), PostLinks.TrimTrailing(text)), iter: 20_000);
    }
}
