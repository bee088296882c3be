using ContentExtract.Boilerplate;
using ContentExtract.Segmentation;

namespace ContentExtract.Tests.Boilerplate;

/// <summary>
/// An end-of-article heading behind a bullet or a bracket ("■相关链接", "（ 责任编辑：…）", "» Related") ends the article
/// as the bare heading does; a decorated line that goes on to a title is a teaser inside the article and does not.
/// </summary>
public sealed class DecoratedEndHeadingTests
{
    private static BlockClass ClassOf(string text) => new BlockClassifier(new BoilerplateOptions()).Classify(new Segment(0, text)).Class;

    [Theory]
    [InlineData("■相关链接")]
    [InlineData("（ 责任编辑：魏喆 ）")]
    [InlineData("【相关新闻】")]
    [InlineData("» Related")]
    [InlineData("▶ Comments")]
    [InlineData("相关链接")]
    public void A_decorated_end_heading_ends_the_article(string text) => Assert.Equal(BlockClass.Terminator, ClassOf(text));

    [Theory]
    [InlineData("[Related: Council approves the harbour plan after two years]")]
    [InlineData("» Related Reading: A Guide to Car Insurance for Seniors")]
    [InlineData("“Comments like these are not helpful,” the mayor said.")]
    public void A_decorated_teaser_or_a_quote_does_not(string text) => Assert.NotEqual(BlockClass.Terminator, ClassOf(text));

    [Fact]
    public void An_editor_line_in_brackets_ends_the_run_before_the_page_furniture_after_it()
    {
        string[] paragraphs =
        [
            "本周一，市公交集团召开新闻发布会，介绍了今年新开通的十二条公交线路以及沿线站点的改造情况，多位乘客代表参加了会议。",
            "据介绍，新线路主要覆盖城市东部的新建居住区和产业园区，高峰时段发车间隔将缩短到八分钟，方便市民通勤出行。",
            "市公交集团相关负责人表示，下一步还将根据客流变化继续优化线路，并在主要站点增设实时到站信息屏，提升乘客的出行体验。",
        ];
        string body = string.Concat(paragraphs.Select(p => $"<p>{p}</p>"));
        const string after = "网站导航 - 新闻 - 体育 - 财经 - 汽车 - 房产 - 招聘 - 网站登录 - 广告服务 - 联系方式，本站热线电话长期有效，欢迎各界朋友随时来电咨询合作事宜。";
        var document = ContentExtractor.Default.ExtractHtml(
            $"<html><head><meta charset='utf-8'><title>公交集团新开十二条线路</title></head><body><table><tr><td><h1>公交集团新开十二条线路</h1>{body}<p>（ 责任编辑：王明 ）</p><p>■相关链接</p><p>{after}</p></td></tr></table></body></html>");

        Assert.Equal(paragraphs, document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
    }
}
