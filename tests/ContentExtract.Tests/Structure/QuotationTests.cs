using ContentExtract.Structure;
using ContentExtract.Text;

namespace ContentExtract.Tests.Structure;

public sealed class QuotationTests
{
    [Theory]
    [InlineData("“关键时刻有党员冲锋在前,我们就有了主心骨。”")]
    [InlineData("「這是我們的責任，也是我們的承諾。」")]
    [InlineData("«Nous allons reconstruire le pont avant l'hiver», a déclaré le maire.")]
    [InlineData("\"We will rebuild the bridge before winter,\" the mayor said.")]
    [InlineData("„Wir bauen die Brücke vor dem Winter wieder auf“, sagte die Bürgermeisterin.")]
    public void Quotations_of_speech_are_found_in_every_quote_style(string paragraph)
    {
        var document = ContentExtractor.Default.ExtractText(Filler + "\n\n" + paragraph + "\n\n" + Filler);
        Assert.Contains(document.Quotes, q => paragraph.Contains(q.Text, StringComparison.Ordinal) && q.Text.Length > 5);
    }

    [Theory]
    [InlineData("两张皮")]
    [InlineData("为民服务、创先争优")]
    [InlineData("smart city")]
    public void Terms_and_slogans_in_quotation_marks_are_not_quotations(string inner)
    {
        Assert.False(QuotationRecognizer.IsSpeech(inner));
    }

    [Fact]
    public void A_wholly_quoted_line_is_a_quote_block_and_a_line_that_only_opens_with_one_is_not()
    {
        Assert.True(QuoteMarks.IsWhollyQuoted("“关键时刻有党员冲锋在前,我们就有了主心骨。”"));
        Assert.True(QuoteMarks.IsWhollyQuoted("“我们以‘三增强’为目标。”。"));
        Assert.False(QuoteMarks.IsWhollyQuoted("“一杯热水还没喝完,事情竟然办好了。”许大伯是来办理退休业务的。"));
    }

    [Fact]
    public void A_pronoun_takes_the_speaker_named_before_it()
    {
        const string text = """
            Council approves river park

            The council voted six to one on Tuesday to turn the old rail yard beside the river into a park with trails, a boat launch and a playground for the east side.

            "This is the biggest park the city has built in fifty years," said Mayor Ellen Park, who campaigned on the project.

            "It will take three summers to finish, and we will open each part as soon as it is ready," she added, standing on the gravel where the first trail will run.

            Construction crews are expected to begin clearing the site in April, after the state signs off on the environmental review of the former yard.
            """;
        var quotes = ContentExtractor.Default.ExtractText(text).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Mayor Ellen Park", quotes[0].Speaker);
        Assert.Equal("Mayor Ellen Park", quotes[1].Speaker);
    }

    private const string Filler = "The regional council met on Monday to review the budget for the coming year, and members spent most of the session on the cost of repairing roads after the spring floods.";
}
