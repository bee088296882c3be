using ContentExtract.Structure;

namespace ContentExtract.Tests.Structure;

public sealed class BreadcrumbRecognizerTests
{
    [Theory]
    [InlineData("您当前的位置 :浙江在线 > 浙江新闻 > 之江先锋 > 他山之石 正文", "浙江在线|浙江新闻|之江先锋|他山之石")]
    [InlineData("当前位置：首页 >> 新闻中心 >> 国内新闻", "首页|新闻中心|国内新闻")]
    [InlineData("位置：首页 / 财经 / 正文", "首页|财经")]
    [InlineData("您现在的位置：网站首页 | 教育 | 文章详情", "网站首页|教育")]
    [InlineData("您所在的位置： 首页 > 要闻 > 本地", "首页|要闻|本地")]
    [InlineData("You are here: Home » News » World", "Home|News|World")]
    [InlineData("Home › Sport › Football", "Home|Sport|Football")]
    [InlineData("Home / Business / Markets", "Home|Business|Markets")]
    [InlineData("Home | Opinion | Columnists", "Home|Opinion|Columnists")]
    [InlineData("首页 → 体育 → 足球", "首页|体育|足球")]
    [InlineData("首页 - 学会动态", "首页|学会动态")]
    [InlineData("Sie sind hier: Startseite > Politik > Ausland", "Startseite|Politik|Ausland")]
    [InlineData("Sie befinden sich hier: Startseite > Kultur", "Startseite|Kultur")]
    public void Trails_with_any_common_separator_and_lead_in_are_read(string line, string expected)
    {
        var items = BreadcrumbRecognizer.Recognize(line);
        Assert.NotNull(items);
        Assert.Equal(expected.Split('|'), items);
    }

    [Theory]
    [InlineData("当前位置：首页 > 新闻中心 > 本地新闻 > 订阅RSS 网站首页", "首页|新闻中心|本地新闻")]
    [InlineData("Home > News > Local > Subscribe via RSS", "Home|News|Local")]
    [InlineData("首页 > 房产 > 地产新闻 > 正文 申请入驻", "首页|房产|地产新闻")]
    [InlineData("首页 > 房产 > 地产新闻 > 正文 [banner_02.gif]", "首页|房产|地产新闻")]
    public void Controls_after_the_trail_and_after_its_article_marker_are_no_crumbs(string line, string expected)
    {
        Assert.Equal(expected.Split('|'), BreadcrumbRecognizer.Recognize(line));
    }

    [Theory]
    [InlineData("[logo_city.png] 首页 > 城事 > 正文", "首页|城事")]
    [InlineData("[logo01][logo02] 江城网>>社会", "江城网|社会")]
    [InlineData("[88213]当前位置： 首页 >交通 >地铁", "首页|交通|地铁")]
    public void Image_placeholders_a_text_browser_leaves_before_the_trail_are_skipped(string line, string expected)
    {
        Assert.Equal(expected.Split('|'), BreadcrumbRecognizer.Recognize(line));
    }

    [Theory]
    [InlineData("Home / Archive / 02/2022", "Home|Archive|02/2022")]
    [InlineData("Home > Spin-off news > Start-ups", "Home|Spin-off news|Start-ups")]
    [InlineData("首页 > 1-10月数据", "首页|1-10月数据")]
    public void A_slash_or_hyphen_inside_a_word_does_not_split_the_item(string line, string expected)
    {
        Assert.Equal(expected.Split('|'), BreadcrumbRecognizer.Recognize(line));
    }

    [Theory]
    [InlineData("News | Sport | Weather | Travel")]
    [InlineData("首页|新闻|图片|评论|娱乐|时尚|财经|军事|体育")]
    [InlineData("Home | News | Sport | Weather | Travel | Culture | Video")]
    [InlineData("The mayor said the plan > the budget, and the council agreed.")]
    [InlineData("勇作创先争优排头兵 副省级城市开展创先争优综述")]
    [InlineData("1-10月全市固定资产投资结构趋稳趋优")]
    [InlineData("2011/10/12")]
    [InlineData("Location of the new stadium has not been decided")]
    [InlineData("国内新闻>正文")]
    public void Menus_sentences_headlines_dates_and_half_trails_are_not_trails_on_their_own(string line)
    {
        Assert.Null(BreadcrumbRecognizer.Recognize(line));
    }

    [Fact]
    public void A_line_that_opens_with_a_separator_continues_a_trail()
    {
        var line = BreadcrumbRecognizer.Read(">发展规划 >项目建设 >投资运行");
        Assert.NotNull(line);
        Assert.True(line.StartsWithSeparator);
        Assert.Equal(["发展规划", "项目建设", "投资运行"], line.Items);
        Assert.False(BreadcrumbRecognizer.IsTrailOnItsOwn(line));
    }

    [Fact]
    public void A_lead_in_alone_announces_the_items_on_the_lines_below()
    {
        Assert.True(BreadcrumbRecognizer.IsLeadInOnly("当前位置："));
        Assert.True(BreadcrumbRecognizer.IsLeadInOnly("You are here:"));
        Assert.False(BreadcrumbRecognizer.IsLeadInOnly("当前位置：首页"));

        var line = BreadcrumbRecognizer.Read("当前位置：");
        Assert.NotNull(line);
        Assert.True(line.HasLeadIn);
        Assert.Empty(line.Items);
    }

    [Fact]
    public void A_lone_item_before_the_article_marker_keeps_the_marker_it_dropped()
    {
        var line = BreadcrumbRecognizer.Read("江城网  正文");
        Assert.NotNull(line);
        Assert.Equal(["江城网"], line.Items);
        Assert.Equal("正文", line.DroppedMarker);
    }

    [Fact]
    public void A_sentence_cannot_be_part_of_a_trail()
    {
        Assert.Null(BreadcrumbRecognizer.Read("市政府昨天召开新闻发布会，介绍了今年的工作安排。"));
    }
}
