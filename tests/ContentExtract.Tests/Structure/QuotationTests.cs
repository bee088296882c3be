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
        Assert.Equal("Ellen Park", quotes[0].Speaker);
        Assert.Equal("Ellen Park", quotes[1].Speaker);
    }

    [Fact]
    public void A_quotation_without_its_closing_mark_runs_to_the_end_of_its_paragraph()
    {
        var quotes = Article("Cheng Wai-lok, the district commander, said: “These men broke the law. They will have to answer for what they did.");
        Assert.Contains(quotes, q => q.Text == "These men broke the law. They will have to answer for what they did." && q.Speaker == "Cheng Wai-lok");
    }

    [Fact]
    public void A_quotation_closed_with_the_wrong_mark_ends_at_that_mark()
    {
        var quotes = Article("\"Open the door, this is the police! We are coming in now!” one of the officers shouts on the recording.");
        Assert.Contains(quotes, q => q.Text == "Open the door, this is the police! We are coming in now!");
    }

    [Fact]
    public void A_straight_mark_set_where_a_quotation_opens_nests_a_quotation_inside_the_one_it_is_in()
    {
        const string text = "\"The old model is ending. The shift from \"seat licences\" to services will speed up,\" said Omar Haddad.";
        Assert.Equal(text.IndexOf(",\" said", StringComparison.Ordinal) + 1, QuoteMarks.FindClose(text, 0));
        var quotes = Article(text);
        Assert.Contains(quotes, q => q.Text == "The old model is ending. The shift from \"seat licences\" to services will speed up," && q.Speaker == "Omar Haddad");
    }

    [Fact]
    public void A_straight_mark_closed_with_a_curly_one_ends_there_though_a_later_quotation_uses_straight_marks()
    {
        var quotes = Article("Lena Brandt says even one cup keeps some of her clients awake. \"It is a matter of tolerance, and everyone is different,” she says. A review in a medical journal concludes that \"coffee is safe for most adults within usual amounts.\"");
        Assert.Contains(quotes, q => q.Text == "It is a matter of tolerance, and everyone is different," && q.Speaker == "Lena Brandt");
        Assert.Contains(quotes, q => q.Text == "coffee is safe for most adults within usual amounts.");
    }

    [Fact]
    public void An_unbalanced_straight_mark_inside_a_quotation_leaves_the_marks_read_in_order()
    {
        const string text = "\"We lost to \"the champions and the season is over, the coach said.";
        Assert.Equal(text.IndexOf("\"the", StringComparison.Ordinal), QuoteMarks.FindClose(text, 0));
    }

    [Fact]
    public void An_apostrophe_does_not_close_a_single_quoted_quotation()
    {
        Assert.Equal(31, QuoteMarks.FindClose("‘I don’t think we’re ready yet,’ she said.", 0));
    }

    [Fact]
    public void A_heading_set_in_quotation_marks_is_a_quotation_nobody_is_said_to_have_said()
    {
        var html = $"<html><body><article><h1>Hearing, day three</h1><p>{Filler}</p><h2>3. \"Not a single shortcut was taken\"</h2><p>{Filler}</p></article></body></html>";
        var quotes = ContentExtractor.Default.ExtractHtml(html).Quotes;
        var heading = Assert.Single(quotes);
        Assert.Equal("Not a single shortcut was taken", heading.Text);
        Assert.Null(heading.Speaker);
    }

    [Fact]
    public void A_post_a_text_dump_left_as_plain_lines_is_a_quotation_without_its_links()
    {
        const string text = """
            Smog returns to the valley

            The valley's air turned grey again this week, and the mayor took to social media to tell residents how to protect themselves from the smoke.

            The smoke from the fields has turned our valley into a gas chamber
            Please keep the windows shut and wear the masks we handed out today pic.twitter.com/AbCdEf1234

            — Rosa Lind (@rosalind) November 1, 2019

            The regional council met on Monday to review the budget for the coming year, and members spent most of the session on the cost of the new air filters.

            Schools stayed closed on Tuesday and Wednesday, and the hospital asked people with asthma to stay indoors until the wind turns.

            Farmers say they have no other way to clear the stubble before the winter sowing, and the state has offered machines to only a few villages.
            """;
        var quotes = ContentExtractor.Default.ExtractText(text).Quotes;
        Assert.Contains(quotes, q => q.Text.EndsWith("wear the masks we handed out today", StringComparison.Ordinal) && q.Speaker is null);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("@rosalind", StringComparison.Ordinal));
    }

    [Fact]
    public void A_photo_caption_between_the_paragraphs_of_a_quotation_does_not_end_it()
    {
        var quotes = Article(
            "Cheng Wai-lok, the district commander, said: “These men broke the law. They will have to answer for what they did.",
            "Officers stand guard outside the campus gates on Sunday night (Image: GETTY)",
            "“Other than walking out and giving themselves up, I do not see any other way out for them.”");
        Assert.Equal(["Cheng Wai-lok", "Cheng Wai-lok"], quotes.Select(q => q.Speaker));
    }

    [Theory]
    [InlineData("杨海涛认为，如果眼睛里进了东西，“一翻眼皮就看见了”。", "一翻眼皮就看见了")]
    [InlineData("对此，赵敏证实，当时没检查出异常，“冲也冲不出来什么”。", "冲也冲不出来什么")]
    [InlineData("有网友感叹“免费的午餐正在远去”。", "免费的午餐正在远去")]
    public void A_short_chinese_clause_is_a_quotation_when_a_verb_of_saying_introduces_it(string paragraph, string quotation)
    {
        var quotes = ContentExtractor.Default.ExtractText("新线路开通\n\n" + ChineseFiller + "\n\n" + paragraph + "\n\n" + ChineseFiller);
        Assert.Contains(quotes.Quotes, q => q.Text == quotation);
    }

    [Theory]
    [InlineData("目前，全市公交形成了“三纵三横加一环”的格局。")]
    [InlineData("“七岁男孩坐错公交车”经电视台报道后引发关注。")]
    [InlineData("他们推出了“支付一分钱乘车一小时”的优惠活动。")]
    public void A_short_chinese_phrase_that_names_something_is_not_a_quotation(string paragraph)
    {
        var quotes = ContentExtractor.Default.ExtractText("新线路开通\n\n" + ChineseFiller + "\n\n" + paragraph + "\n\n" + ChineseFiller);
        Assert.Empty(quotes.Quotes);
    }

    [Fact]
    public void A_chinese_paragraph_a_dump_broke_inside_a_quotation_is_read_whole()
    {
        const string text = """
            新线路开通

            本周一，市公交集团召开新闻发布会，介绍了今年新开通的十二条公交线路以及沿线站点的改造情况，多位乘客代表参加了会议。

            “我都记不清一共改了多少遍。就在开通前一天，我们还对东部几个站点的位置做了较大

            的调整。”线路规划师张晓明表示，接下来还会根据乘客的意见继续调整站点，让换乘更方便。

            本周一，市公交集团召开新闻发布会，介绍了今年新开通的十二条公交线路以及沿线站点的改造情况，多位乘客代表参加了会议。
            """;
        var quote = Assert.Single(ContentExtractor.Default.ExtractText(text).Quotes);
        Assert.Equal("我都记不清一共改了多少遍。就在开通前一天，我们还对东部几个站点的位置做了较大的调整。", quote.Text);
        Assert.Equal("张晓明", quote.Speaker);
    }

    private static List<Quotation> Article(params string[] paragraphs)
    {
        var body = string.Concat(paragraphs.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>"));
        var html = $"<html><body><article><h1>Campus siege enters second week</h1><p>{Filler}</p>{body}<p>{Filler}</p></article></body></html>";
        return [.. ContentExtractor.Default.ExtractHtml(html).Quotes];
    }

    private const string ChineseFiller = "本周一，市公交集团召开新闻发布会，介绍了今年新开通的十二条公交线路以及沿线站点的改造情况，多位乘客代表参加了会议。";

    private const string Filler = "The regional council met on Monday to review the budget for the coming year, and members spent most of the session on the cost of repairing roads after the spring floods.";
}
