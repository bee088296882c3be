namespace ContentExtract.Tests.Boilerplate;

/// <summary>
/// Notices that close an article — copyright and reprint lines, ICP numbers, contact lines, app promotions — are furniture
/// in Chinese and in English, while the article's own paragraphs stay.
/// </summary>
public sealed class EndNoticeTests
{
    private static readonly string[] ChineseParagraphs =
    [
        "本周一，市公交集团召开新闻发布会，介绍了今年新开通的十二条公交线路以及沿线站点的改造情况，多位乘客代表参加了会议。",
        "据介绍，新线路主要覆盖城市东部的新建居住区和产业园区，高峰时段发车间隔将缩短到八分钟，方便市民通勤出行。",
        "市公交集团相关负责人表示，下一步还将根据客流变化继续优化线路，并在主要站点增设实时到站信息屏，提升乘客的出行体验。",
    ];

    private static readonly string[] EnglishParagraphs =
    [
        "The city council voted on Tuesday to approve a long-debated plan to rebuild the old harbour district, ending two years of hearings and public meetings about the project.",
        "The plan calls for new housing, a public waterfront park and a ferry terminal, and it will be paid for partly by a bond measure that voters approved last year.",
        "Construction is expected to begin next spring and to last about four years, according to the city's planning department.",
    ];

    [Theory]
    [InlineData("版权所有，未经授权不得转载、摘编或利用其它方式使用上述作品。")]
    [InlineData("免责声明：本文仅代表作者个人观点，与本网无关。")]
    [InlineData("京ICP备12345678号-1 京公网安备11010502030000号")]
    [InlineData("网站经营许可证编号：沪ICP00000000号")]
    [InlineData("本站由某某内容管理系统驱动 © 2003-2009 某某网络科技有限公司")]
    [InlineData("地 址：某市某区滨河路100号　邮编：100000　电话：010-00000000")]
    [InlineData("上一篇：市图书馆周末开放时间调整")]
    public void A_chinese_notice_after_the_article_is_furniture(string notice) =>
        AssertNoticeDropped("公交集团新开十二条线路", ChineseParagraphs, notice);

    [Theory]
    [InlineData("© 2024 Example Media Group. All rights reserved.")]
    [InlineData("This material may not be published, broadcast, rewritten or redistributed without permission.")]
    [InlineData("No part of this article may be reproduced without the prior written permission of the publisher.")]
    [InlineData("Contact us: newsroom@example.com | +1 555 0100")]
    [InlineData("Powered by ExampleCMS 4.2 (c) 2001-2006 Example Software Inc.")]
    [InlineData("Address: 1 Harbour Road, Springfield | Tel: +1 555 0100 | Fax: +1 555 0101")]
    [InlineData("Next article: Ferry terminal design contest opens")]
    public void An_english_notice_after_the_article_is_furniture(string notice) =>
        AssertNoticeDropped("Harbour plan approved", EnglishParagraphs, notice);

    [Theory]
    [InlineData("网站经营许可证编号：沪ICP00000000号")]
    [InlineData("本站由某某内容管理系统驱动 © 2003-2009 某某网络科技有限公司")]
    [InlineData("地 址：某市某区滨河路100号　邮编：100000　电话：010-00000000")]
    [InlineData("上一篇：市图书馆周末开放时间调整")]
    public void A_chinese_notice_after_the_article_is_furniture_in_a_text_dump(string notice)
    {
        var document = ContentExtractor.Default.ExtractText(
            $"公交集团新开十二条线路\n\n{string.Join("\n\n", ChineseParagraphs)}\n\n{notice}\n");

        Assert.Equal(ChineseParagraphs, document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
    }

    private static void AssertNoticeDropped(string headline, string[] paragraphs, string notice)
    {
        string body = string.Concat(paragraphs.Select(p => $"<p>{p}</p>"));
        var document = ContentExtractor.Default.ExtractHtml(
            $"<html><head><meta charset='utf-8'><title>{headline}</title></head><body><div class='content'><h1>{headline}</h1>{body}<p>{notice}</p></div></body></html>");

        Assert.Equal(paragraphs, document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
    }
}
