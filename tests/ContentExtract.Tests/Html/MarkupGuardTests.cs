using ContentExtract.Html;

namespace ContentExtract.Tests.Html;

public sealed class MarkupGuardTests
{
    private static int Count(string text, string what)
    {
        int count = 0;
        for (int at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Theory]
    [InlineData("div")]
    [InlineData("DIV")]
    [InlineData("dIv")]
    public void A_tag_name_is_one_element_in_any_case(string written)
    {
        // Nested past the limit: the start tags below it go, and so do as many end tags, matched to them by name whatever
        // the case the page wrote it in.
        int depth = MarkupGuard.MaxNestingDepth + 40;
        string html = string.Concat(Enumerable.Repeat($"<{written} class=\"a\">", depth)) + "text" + string.Concat(Enumerable.Repeat("</div>", depth));

        string guarded = MarkupGuard.Apply(html, int.MaxValue, int.MaxValue, CancellationToken.None);

        Assert.Equal(MarkupGuard.MaxNestingDepth, Count(guarded, $"<{written} "));
        Assert.Equal(MarkupGuard.MaxNestingDepth, Count(guarded, "</div>"));
        Assert.Contains("text", guarded, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_within_the_limit_is_returned_as_it_is()
    {
        string html = "<HTML><Body><DIV><p>One<P>Two</DIV><Ul><LI>a<li>b</uL></body></html>";
        Assert.Same(html, MarkupGuard.Apply(html, int.MaxValue, int.MaxValue, CancellationToken.None));
    }
}
