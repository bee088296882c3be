using ContentExtract.Structure;

namespace ContentExtract.Tests.Structure;

public sealed class BreadcrumbRecognizerTests
{
    [Theory]
    [InlineData("您当前的位置 :浙江在线 > 浙江新闻 > 之江先锋 > 他山之石 正文", "浙江在线|浙江新闻|之江先锋|他山之石")]
    [InlineData("当前位置：首页 >> 新闻中心 >> 国内新闻", "首页|新闻中心|国内新闻")]
    [InlineData("位置：首页 / 财经 / 正文", "首页|财经")]
    [InlineData("您现在的位置：网站首页 | 教育 | 文章详情", "网站首页|教育")]
    [InlineData("You are here: Home » News » World", "Home|News|World")]
    [InlineData("Home › Sport › Football", "Home|Sport|Football")]
    [InlineData("Home / Business / Markets", "Home|Business|Markets")]
    [InlineData("Home | Opinion | Columnists", "Home|Opinion|Columnists")]
    [InlineData("首页 → 体育 → 足球", "首页|体育|足球")]
    [InlineData("Sie sind hier: Startseite > Politik > Ausland", "Startseite|Politik|Ausland")]
    public void Trails_with_any_common_separator_and_lead_in_are_read(string line, string expected)
    {
        var items = BreadcrumbRecognizer.Recognize(line);
        Assert.NotNull(items);
        Assert.Equal(expected.Split('|'), items);
    }

    [Theory]
    [InlineData("News | Sport | Weather | Travel")]
    [InlineData("The mayor said the plan > the budget, and the council agreed.")]
    [InlineData("勇作创先争优排头兵 副省级城市开展创先争优综述")]
    [InlineData("2011/10/12")]
    [InlineData("Location of the new stadium has not been decided")]
    public void Menus_sentences_headlines_and_dates_are_not_trails(string line)
    {
        Assert.Null(BreadcrumbRecognizer.Recognize(line));
    }
}
