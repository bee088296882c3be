namespace ContentExtract.Tests.Structure;

public sealed class BreadcrumbStageTests
{
    private const string Body = """
        溪口镇今年新建的三座桥梁已全部通车，沿线四个村的村民出行时间平均缩短了二十分钟，镇里还在桥头新设了公交站点。

        据镇交通办介绍，三座桥梁总投资一千二百万元，由县交通局和镇政府共同出资建设，从去年九月开工到今年五月完工。

        下一步，镇里将继续推进农村公路提档升级，计划年内再完成十五公里道路的拓宽改造，方便群众出行和农产品外运。
        """;

    [Fact]
    public void A_trail_spread_over_lines_after_a_lead_in_is_read_as_one()
    {
        string dump = $"""
            首页

            新闻

            当前位置：

            首页

             >乡镇动态

             >交通建设

            溪口镇三座新桥全部通车

            2024-05-12 来源：溪口镇政府

            {Body}
            """;

        var document = ContentExtractor.Default.ExtractText(dump);

        Assert.Equal(["首页", "乡镇动态", "交通建设"], document.Breadcrumb.Select(b => b.Text));
        Assert.DoesNotContain("乡镇动态", document.Text, StringComparison.Ordinal);
        Assert.Equal("溪口镇三座新桥全部通车", document.Title);
    }

    [Fact]
    public void A_trail_whose_second_line_goes_on_with_a_separator_is_read_as_one()
    {
        string dump = $"""
               当前位置： 首页
               >乡镇动态 >交通建设

               溪口镇三座新桥全部通车
               2024-05-12 来源：溪口镇政府

            {Body}
            """;

        var document = ContentExtractor.Default.ExtractText(dump);

        Assert.Equal(["首页", "乡镇动态", "交通建设"], document.Breadcrumb.Select(b => b.Text));
    }

    [Fact]
    public void Bullets_after_a_lead_in_are_the_trail_items()
    {
        const string dump = """
            You are here:
              • Home
              • Local news
              • Transport

            Three new bridges open in Eastbrook

            Published 12 May 2024

            All three bridges that Eastbrook began building last autumn are now open to traffic, cutting the trip to town for four villages by about twenty minutes.

            The bridges cost 1.2 million pounds, shared between the county and the town council, and were finished two months ahead of schedule this spring.

            The council plans to widen another fifteen kilometres of rural road this year, starting with the lanes that lead to the new bridges.
            """;

        var document = ContentExtractor.Default.ExtractText(dump);

        Assert.Equal(["Home", "Local news", "Transport"], document.Breadcrumb.Select(b => b.Text));
        Assert.Equal("Three new bridges open in Eastbrook", document.Title);
    }

    [Fact]
    public void A_channel_logo_on_the_line_above_a_one_item_trail_is_its_root()
    {
        string dump = $"""
            扫码登录

            新闻中心

               国内新闻>正文

            溪口镇三座新桥全部通车

            2024年05月12日 09:05 溪口日报

            {Body}
            """;

        var document = ContentExtractor.Default.ExtractText(dump);

        Assert.Equal(["新闻中心", "国内新闻"], document.Breadcrumb.Select(b => b.Text));
    }

    [Fact]
    public void A_site_name_before_the_article_marker_is_a_trail_of_one()
    {
        string dump = $"""
            时政 地方 财经 体育 娱乐 科技 教育 健康 旅游 视频 图片 专题 评论 论坛 房产 汽车 彩票 公益 数据

            溪口网  正文

            溪口镇三座新桥全部通车

            2024-05-12 09:05:00 来源：溪口日报

            {Body}
            """;

        var document = ContentExtractor.Default.ExtractText(dump);

        Assert.Equal(["溪口网"], document.Breadcrumb.Select(b => b.Text));
    }

    [Fact]
    public void A_menu_that_starts_at_the_front_page_is_passed_over_for_the_trail_below()
    {
        string dump = $"""
             首页|新闻|图片|评论|娱乐|时尚|财经|军事|体育|旅游|汽车

              首页 >> 教育资讯 >> 教育新闻 >> 正文

            溪口镇三座新桥全部通车

            {Body}
            """;

        var document = ContentExtractor.Default.ExtractText(dump);

        Assert.Equal(["首页", "教育资讯", "教育新闻"], document.Breadcrumb.Select(b => b.Text));
    }

    [Fact]
    public void A_page_without_a_trail_has_none()
    {
        string dump = $"""
            首页

            新闻

            财经

            溪口镇三座新桥全部通车

            2024-05-12 来源：溪口镇政府

            {Body}

            上一篇：溪口镇举办农民丰收节
            """;

        var document = ContentExtractor.Default.ExtractText(dump);

        Assert.Empty(document.Breadcrumb);
    }

    [Fact]
    public void The_title_line_a_plain_dump_starts_with_picks_the_headline_among_the_lines()
    {
        string dump = $"""
            溪口镇三座新桥全部通车_乡镇动态_溪口网

            调整字体

            首页 > 乡镇动态

            溪口镇三座新桥全部通车

             2024-05-12 09:05 来源: 溪口网

            分享到

            {Body}
            """;

        var document = ContentExtractor.Default.ExtractText(dump);

        Assert.Equal("溪口镇三座新桥全部通车", document.Title);
        Assert.Equal(["首页", "乡镇动态"], document.Breadcrumb.Select(b => b.Text));
    }

    [Fact]
    public void The_headline_over_the_byline_and_date_wins_over_buttons_nearer_the_text()
    {
        string dump = $"""
            溪口镇三座新桥全部通车

            [banner01]

            记者：王小明

            2024-05-12 09:05 来源: 溪口网

            调整字体

            Scan me!

            {Body}
            """;

        var document = ContentExtractor.Default.ExtractText(dump);

        Assert.Equal("溪口镇三座新桥全部通车", document.Title);
    }
}
