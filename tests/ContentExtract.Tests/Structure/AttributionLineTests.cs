using ContentExtract.Rendering;
using ContentExtract.Structure;

namespace ContentExtract.Tests.Structure;

/// <summary>
/// The line that signs a pull quote ("— Maria Lopez, council president") is the quote's speaker, in every shape pages and
/// text dumps give it: a footer or cite inside the block quote, a paragraph after it, a line of a dump.
/// </summary>
public sealed class AttributionLineTests
{
    private const string Quote = "This is the most important decision this council has made in a generation, and I am proud of the work everyone put into it.";

    private const string Before = "<p>The city council voted on Tuesday to approve a long-debated plan to rebuild the old harbour district, ending two years of hearings and public meetings about the project and its cost to residents.</p>"
        + "<p>The plan calls for new housing, a public waterfront park and a ferry terminal, and it will be paid for partly by a bond measure that voters approved last year by a wide margin.</p>";

    private const string After = "<p>Opponents said the plan does too little to protect existing businesses along the waterfront, many of which have operated there for decades and fear rising rents once construction begins.</p>"
        + "<p>Construction is expected to begin next spring and to last about four years, according to the city's planning department.</p>";

    [Theory]
    [InlineData("— Maria Lopez, council president", "Maria Lopez")]
    [InlineData("– Maria Lopez", "Maria Lopez")]
    [InlineData("-- J. R. Smith (economist)", "J. R. Smith")]
    [InlineData("—the Swedish Prosecution Authority", "the Swedish Prosecution Authority")]
    [InlineData("——鲁迅", "鲁迅")]
    [InlineData("― 北京市交通委员会，新闻发言人", "北京市交通委员会")]
    [InlineData("——市公交集团总经理 王建国", "王建国")]
    [InlineData("——王建国 市公交集团总经理", "王建国")]
    [InlineData("——市公交集团总经理王建国", "王建国")]
    [InlineData("——北京市交通委员会", "北京市交通委员会")]
    public void A_dash_and_a_name_sign_a_quote(string line, string name)
    {
        Assert.True(AttributionLine.TryRead(line, markedBySource: false, out _, out string read));
        Assert.Equal(name, read);
    }

    [Theory]
    [InlineData("— Advertisement —")]
    [InlineData("— 12 May 2020")]
    [InlineData("— and then the council voted again, which nobody had expected at all.")]
    [InlineData("Maria Lopez, council president")]
    [InlineData("— Jane Doe (@janedoe) November 18, 2019")]
    [InlineData("- menu")]
    public void Dividers_dates_sentences_undashed_lines_and_post_bylines_do_not(string line)
    {
        Assert.False(AttributionLine.TryRead(line, markedBySource: false, out _, out _));
    }

    [Theory]
    [InlineData($"<blockquote><p>“{Quote}”</p><footer>— Maria Lopez, council president</footer></blockquote>")]
    [InlineData($"<blockquote><p>“{Quote}”</p><cite>Maria Lopez, council president</cite></blockquote>")]
    [InlineData($"<blockquote><p>“{Quote}”</p></blockquote><p>— Maria Lopez, council president</p>")]
    [InlineData($"<blockquote><p>{Quote}</p><p>— Maria Lopez, council president</p></blockquote>")]
    [InlineData($"<figure><blockquote><p>{Quote}</p></blockquote><figcaption>Maria Lopez, council president</figcaption></figure>")]
    [InlineData($"<figure><blockquote>“{Quote}”</blockquote>\n<figcaption>— Maria Lopez, council president</figcaption></figure>")]
    public void A_signed_pull_quote_is_one_quotation_with_its_speaker(string quote)
    {
        var document = ContentExtractor.Default.ExtractHtml($"<html><body><article><h1>City council approves new harbour plan</h1>{Before}{quote}{After}</article></body></html>");

        var quotation = Assert.Single(document.Quotes);
        Assert.Equal(Quote, quotation.Text);
        Assert.Equal("Maria Lopez", quotation.Speaker);

        // The signature stays in the text, once: the quote block's last line, not a heading or a quote of its own.
        var block = Assert.Single(document.Blocks.OfType<QuoteBlock>());
        Assert.EndsWith("Maria Lopez, council president", block.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Blocks, b => b is not QuoteBlock && b.Text.Contains("Maria Lopez", StringComparison.Ordinal));
        string markdown = MarkdownRenderer.Render(document);
        Assert.Equal(1, CountOf(markdown, "Maria Lopez"));
    }

    [Theory]
    [InlineData("<blockquote><p>“{0}”</p><p>——市公交集团总经理 王建国</p></blockquote>")]
    [InlineData("<blockquote><p>“{0}”</p><footer>王建国 市公交集团总经理</footer></blockquote>")]
    [InlineData("<blockquote><p>“{0}”</p></blockquote><p>——市公交集团总经理王建国</p>")]
    public void A_chinese_signature_names_the_person_beside_the_role(string quote)
    {
        const string words = "有意见可以随时打热线电话告诉我们，我们一定认真处理每一条意见。";
        const string filler = "<p>本周一，市公交集团召开新闻发布会，介绍了今年新开通的十二条公交线路以及沿线站点的改造情况，多位乘客代表参加了会议。</p>";
        var html = $"<html><head><meta charset=\"utf-8\"></head><body><article><h1>新线路开通</h1>{filler}{string.Format(System.Globalization.CultureInfo.InvariantCulture, quote, words)}{filler}</article></body></html>";
        var document = ContentExtractor.Default.ExtractHtml(html);

        var quotation = Assert.Single(document.Quotes);
        Assert.Equal("王建国", quotation.Speaker);

        // The renderer still knows the line for the quote's signature and shows the name once.
        Assert.Equal(1, CountOf(MarkdownRenderer.Render(document), "王建国"));
    }

    [Fact]
    public void A_figure_caption_signs_only_a_quote_that_its_figure_holds()
    {
        const string figure = "<figure><img src=\"harbour.jpg\" alt=\"\"><figcaption>Maria Lopez, council president</figcaption></figure>";
        var document = ContentExtractor.Default.ExtractHtml(
            $"<html><body><article><h1>City council approves new harbour plan</h1>{Before}<blockquote><p>{Quote}</p></blockquote>{figure}{After}</article></body></html>");

        Assert.Null(Assert.Single(document.Quotes).Speaker);
    }

    [Fact]
    public void A_text_dump_signs_its_quote_on_the_line_under_it()
    {
        const string dump = $"""
            City council approves new harbour plan

            The city council voted on Tuesday to approve a long-debated plan to rebuild the old harbour district, ending two years of hearings and public meetings about the project and its cost to residents.

            The plan calls for new housing, a public waterfront park and a ferry terminal, and it will be paid for partly by a bond measure that voters approved last year by a wide margin.

            "{Quote}"
            — Maria Lopez, council president

            Opponents said the plan does too little to protect existing businesses along the waterfront, many of which have operated there for decades and fear rising rents once construction begins.
            """;
        var document = ContentExtractor.Default.ExtractText(dump);

        var quotation = Assert.Single(document.Quotes);
        Assert.Equal("Maria Lopez", quotation.Speaker);
        Assert.DoesNotContain(document.Blocks, b => b is HeadingBlock);
        Assert.Contains("— Maria Lopez, council president", document.Text, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
