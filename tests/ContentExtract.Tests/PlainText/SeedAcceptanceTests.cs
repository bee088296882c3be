using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.PlainText;

/// <summary>The seed page through the plain-text path, point by point as the foundation issue states it.</summary>
public sealed class SeedAcceptanceTests
{
    private static readonly Lazy<ExtractedDocument> Seed = new(() => ScrapeFile.Extract(RepositoryPaths.Seed));

    private static ExtractedDocument Document => Seed.Value;

    [Fact]
    public void Two_error_fragments_are_removed_and_reported_without_making_an_error_page()
    {
        Assert.False(Document.IsErrorPage);
        Assert.Equal(PageKind.Article, Document.PageKind);
        Assert.Equal(2, Document.Noise.Count);
        Assert.All(Document.Noise, n =>
        {
            Assert.Equal(NoiseKind.ErrorPage, n.Kind);
            Assert.Equal(404, n.Status);
            Assert.Equal("Not Found", n.Reason);
            Assert.Equal("ZJOL/1.24.96", n.Server);
        });
    }

    [Fact]
    public void Breadcrumb_drops_lead_in_separators_and_current_page_marker()
    {
        Assert.Equal(["浙江在线", "浙江新闻", "之江先锋", "他山之石"], Document.Breadcrumb.Select(b => b.Text));
    }

    [Fact]
    public void Title_is_the_headline()
    {
        Assert.Equal("勇作创先争优排头兵 副省级城市开展创先争优综述", Document.Title);
    }

    [Fact]
    public void Pull_quotes_and_the_quoted_paragraph_are_quote_blocks()
    {
        var quotes = Document.Blocks.OfType<QuoteBlock>().Select(q => q.Text).ToList();
        Assert.Equal(5, quotes.Count);
        Assert.StartsWith("“关键时刻有党员冲锋在前", quotes[0]);
        Assert.StartsWith("“通过党员承诺和领导点评", quotes[3]);
        Assert.StartsWith("“西安世园会的成功举办", quotes[4]);
    }

    [Fact]
    public void Section_titles_are_headings_with_their_subtitles_one_level_lower()
    {
        var headings = Document.Headings.ToList();
        Assert.Equal(["推动科学发展", "促进社会和谐", "服务人民群众", "加强基层组织"], headings.Where(h => h.Level == 2).Select(h => h.Text));
        var subtitles = headings.Where(h => h.Level == 3).Select(h => h.Text).ToList();
        Assert.Equal(4, subtitles.Count);
        Assert.StartsWith("围绕中心定主题", subtitles[0]);
        Assert.StartsWith("不搞“一阵风”", subtitles[3]);
    }

    [Fact]
    public void Body_paragraphs_run_in_order_from_first_to_last_unchanged()
    {
        var paragraphs = Document.Paragraphs.Select(p => p.Text).Where(t => t != "……").ToList();
        Assert.StartsWith("从雪花飞舞的冰城", paragraphs[0]);
        Assert.StartsWith("多一分耕耘就多一分收获", paragraphs[^1]);
        Assert.Equal(18, paragraphs.Count);
        string seedText = File.ReadAllText(RepositoryPaths.Seed);
        Assert.All(paragraphs, p => Assert.Contains(p, seedText, StringComparison.Ordinal));
        var positions = paragraphs.Select(p => seedText.IndexOf(p, StringComparison.Ordinal)).ToList();
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Quotations_carry_the_speakers_the_text_names()
    {
        var quotes = Document.Quotes;
        Assert.Equal("苏俊良", quotes.Single(q => q.Text.StartsWith("西安世园会", StringComparison.Ordinal)).Speaker);
        Assert.Equal("王奶奶", quotes.Single(q => q.Text.StartsWith("我的儿子还没走", StringComparison.Ordinal)).Speaker);
        Assert.Equal("宋善云", quotes.Single(q => q.Text.StartsWith("大连市把创先争优", StringComparison.Ordinal)).Speaker);
        Assert.Equal("麻渝生", quotes.Single(q => q.Text.StartsWith("我们以‘三增强’", StringComparison.Ordinal)).Speaker);
        var inline = quotes.Single(q => q.Text.StartsWith("一杯热水还没喝完", StringComparison.Ordinal));
        Assert.True(inline.Inline);
        Assert.IsType<ParagraphBlock>(Document.Blocks[inline.BlockIndex]);
        Assert.All(quotes.Where(q => !q.Inline), q => Assert.IsType<QuoteBlock>(Document.Blocks[q.BlockIndex]));
    }

    [Fact]
    public void Link_lists_are_named_with_clean_truncated_entries()
    {
        var lists = Document.LinkLists.Where(l => l.Links.Count > 0).ToList();
        Assert.Equal(["全省动态", "系统传真", "地市行动"], lists.Select(l => l.Title));
        Assert.All(lists, l => Assert.Equal(8, l.Links.Count));
        Assert.True(lists[0].HasMore);
        var first = lists[0].Links[0];
        Assert.Equal("浙江省2013年第二季度“闪光言行之星”", first.Text);
        Assert.True(first.Truncated);
        Assert.False(lists[2].Links[3].Truncated);
        Assert.All(lists.SelectMany(l => l.Links), link =>
        {
            Assert.DoesNotContain("·", link.Text, StringComparison.Ordinal);
            Assert.False(link.Text.EndsWith("...", StringComparison.Ordinal));
        });
        Assert.DoesNotContain(Document.LinkLists, l => l.Title is "相关稿件" or "视频播报" && l.Links.Count > 0);
    }

    [Theory]
    [InlineData("404 Not Found")]
    [InlineData("ZJOL")]
    [InlineData("您当前的位置")]
    [InlineData("请您文明上网")]
    [InlineData("我要注册")]
    [InlineData("复制本文标题地址")]
    [InlineData("发表评论")]
    [InlineData("相关稿件")]
    [InlineData("全省动态")]
    [InlineData("更多...")]
    [InlineData("·")]
    public void Text_holds_no_page_furniture(string furniture)
    {
        Assert.DoesNotContain(furniture, Document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Language_is_chinese_and_input_kind_is_text()
    {
        Assert.Equal("zh", Document.Language);
        Assert.Equal(InputKind.Text, Document.InputKind);
    }
}
