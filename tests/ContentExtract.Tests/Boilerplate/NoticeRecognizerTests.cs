using ContentExtract.Boilerplate;
using ContentExtract.Text;

namespace ContentExtract.Tests.Boilerplate;

/// <summary>The shapes of closing notices: a copyright mark with a year, an ICP licence number, labelled contact fields, a link to the next article.</summary>
public sealed class NoticeRecognizerTests
{
    [Theory]
    [InlineData("© 2024 Example Media")]
    [InlineData("Copyright 1998-2006 Example Press Ltd.")]
    [InlineData("copyright © 2011 某某网")]
    [InlineData("Built with ExampleCMS (c) 2019")]
    [InlineData("ⓒ 2023 예시일보")]
    [InlineData("Powered by ExampleBoard 5.0.0 © 2001-2006 Example Inc.")]
    public void A_copyright_mark_followed_by_a_year_is_recognized(string text) => Assert.True(NoticeRecognizer.HasCopyrightYear(text));

    [Theory]
    [InlineData("The photo is © Example Agency")]
    [InlineData("Copyright law changed in 1998, the court said.")]
    [InlineData("Version (c) of the plan")]
    [InlineData("© 20000 units")]
    [InlineData("Harbour charts (Springfield : Example Press, ©1921.), by Example Press Inc (scans at an archive)")]
    [InlineData("This is an excerpt from a career guide by A. Writer, Copyright 2013. It is reprinted here with permission.")]
    public void A_copyright_mark_without_a_year_after_it_is_not(string text) => Assert.False(NoticeRecognizer.HasCopyrightYear(text));

    [Theory]
    [InlineData("京ICP备12345678号", true)]
    [InlineData("ICP证：B2-20040000", true)]
    [InlineData("经营许可证编号：沪ICP00000000号", true)]
    [InlineData("EPICP2 protein levels rose", false)]
    [InlineData("The ICP of the patient was monitored", false)]
    public void An_icp_licence_is_the_letters_and_a_number(string text, bool expected) => Assert.Equal(expected, NoticeRecognizer.HasLicenceNumber(text));

    [Theory]
    [InlineData("地址：某市滨河路1号　邮编：100000", 2)]
    [InlineData("地 址：某市滨河路1号 联系电话：010-00000000 传真：010-00000001", 3)]
    [InlineData("Address: 1 Main St | Tel: 555 0100 | E-mail: desk@example.com", 3)]
    [InlineData("Hotel: The Grand | Theme: history", 0)]
    [InlineData("报名咨询电话：010-00000000", 1)]
    public void Contact_fields_are_the_colons_after_a_contact_label(string text, int fields) =>
        Assert.Equal(fields, NoticeRecognizer.CountContactFields(text));

    [Theory]
    [InlineData("上一篇：市图书馆周末开放时间调整", true)]
    [InlineData("下一篇 ：公园夜间开放", true)]
    [InlineData("Previous post: Ten years of the harbour festival", true)]
    [InlineData("上一篇文章里我们谈到了公交线路的调整。", false)]
    [InlineData("Next article in the series will look at ferries", false)]
    public void A_link_to_the_neighbouring_article_is_its_label_and_a_colon(string text, bool expected) =>
        Assert.Equal(expected, NoticeRecognizer.IsAdjacentArticleLink(text));

    [Fact]
    public void A_long_paragraph_that_mentions_a_notice_is_not_one()
    {
        const string paragraph = "The publisher said the archive, first printed under a © 1998 notice, would be reissued next year with new maps, "
            + "a foreword by the author and a set of letters that had never been published before, according to a statement released on Monday.";

        Assert.Null(NoticeRecognizer.NoticeReason(paragraph, TextStats.Of(paragraph)));
    }
}
