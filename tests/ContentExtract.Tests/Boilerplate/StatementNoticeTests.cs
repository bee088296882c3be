using ContentExtract.Boilerplate;
using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.Tests.Boilerplate;

/// <summary>
/// The statements Chinese sites set under an article — a disclaimer, a reprint notice, a forum's rules — open with a
/// statement's label and a colon ("声明：…"), or stand under the label alone ("郑重声明", often letter-spaced), which ends the article.
/// </summary>
public sealed class StatementNoticeTests
{
    private static BlockClassifier Classifier => new(new BoilerplateOptions());

    [Theory]
    [InlineData("声明：本报力求信息真实、准确，文章提及内容仅供参考，不构成投资建议，据此操作风险自担。", true)]
    [InlineData("特别声明：以上内容仅代表作者本人观点，不代表本站立场。", true)]
    [InlineData("【免责声明】：本文转自网络，版权归原作者所有。", true)]
    [InlineData("声 明：转载请注明出处。", true)]
    [InlineData("声明称，双方将于下月举行会谈。", false)]
    [InlineData("外交部发表声明：坚决反对任何形式的干涉。", false)]
    public void A_statement_opens_with_its_label_and_a_colon(string text, bool expected) =>
        Assert.Equal(expected, NoticeRecognizer.IsLabelledStatement(text));

    [Theory]
    [InlineData("郑重声明", true)]
    [InlineData("郑 重 声 明", true)]
    [InlineData("【特别声明】", true)]
    [InlineData("声明", true)]
    [InlineData("声明全文", false)]
    [InlineData("Disclaimer", false)]
    public void The_label_alone_is_a_statement_heading(string text, bool expected) =>
        Assert.Equal(expected, NoticeRecognizer.IsStatementHeading(text));

    [Fact]
    public void A_labelled_statement_is_furniture_and_the_label_alone_ends_the_article()
    {
        const string statement = "声明：本文仅代表作者本人观点，不代表本站立场，如有侵权请联系删除。";

        Assert.Equal(BlockClass.Bad, Classifier.Classify(new Segment(0, statement)).Class);
        Assert.Equal((BlockClass.Terminator, BlockClassifier.StatementHeading), Classifier.Classify(new Segment(0, "郑 重 声 明")));
    }

    [Fact]
    public void Switched_off_neither_the_statement_nor_its_label_is_read_as_one()
    {
        var classifier = new BlockClassifier(new BoilerplateOptions()) { ReadsStatementNotices = false };

        Assert.NotEqual(BlockClass.Bad, classifier.Classify(new Segment(0, "声明：本文仅代表作者本人观点，不代表本站立场，如有侵权请联系删除。")).Class);
        Assert.NotEqual(BlockClass.Terminator, classifier.Classify(new Segment(0, "郑 重 声 明")).Class);
    }

    [Theory]
    [InlineData("相 关 新 闻")]
    [InlineData("点 击 排 行")]
    [InlineData("阅读排行")]
    public void A_letter_spaced_or_most_read_end_heading_ends_the_article(string heading) =>
        Assert.Equal(BlockClass.Terminator, Classifier.Classify(new Segment(0, heading)).Class);

    [Fact]
    public void Letter_spacing_is_read_through_only_between_cjk_characters()
    {
        Assert.Equal(7, NoticeRecognizer.MatchThroughLetterSpacing("相 关 新 闻", "相关新闻", StringComparison.Ordinal));
        Assert.Equal(-1, NoticeRecognizer.MatchThroughLetterSpacing("相 关 报 告", "相关新闻", StringComparison.Ordinal));
        Assert.Equal(4, NoticeRecognizer.MatchThroughLetterSpacing("相关新闻：", "相关新闻", StringComparison.Ordinal));
    }

    [Fact]
    public void A_forum_posts_rules_and_replies_after_the_statement_heading_are_left_out()
    {
        const string dump = """
            亲子教育演讲精选

            所以爱是什么，爱是由接受的人决定的。你认为你那些行为都是爱你的先生、太太和你的孩子吗？问题是他们有没有接收到，对他们来讲是叫爱吗？

            爱可以让你跟你的孩子更贴心，但这种爱不是私，要先分辨清楚，爱不是只有一种你想到爱的方式，而是以接受的一方为主的方式。

            郑 重 声 明

            1. 任何言论纯属作者个人观点，与本论坛无关；

            2. 禁止发表违反国家法律、法规的言论、信息，禁止利用本论坛进行违法行为，任何转载或转贴都应注明真实作者和真实出处；

            3. 欢迎在本论坛建立自己的讨论区，与更多的网友交流亲子教育的经验和体会，共同进步，一起成长。
            """;

        var document = ContentExtractor.Default.ExtractText(dump);

        Assert.Contains("爱是由接受的人决定的", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("任何言论纯属作者个人观点", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("建立自己的讨论区", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_labelled_statement_is_no_notice_when_a_long_paragraph_cites_it()
    {
        string paragraph = "声明：" + string.Concat(Enumerable.Repeat("公司董事会于本周召开会议，审议通过了年度报告和利润分配方案，并决定提名新的独立董事候选人。", 3));

        Assert.Null(NoticeRecognizer.NoticeReason(paragraph, TextStats.Of(paragraph)));
    }
}
