using ContentExtract.PlainText;
using ContentExtract.Segmentation;

namespace ContentExtract.Tests.PlainText;

public sealed class TextSegmenterTests
{
    private static readonly TextSegmenter Segmenter = new(new PlainTextOptions { MinWrapWidth = 40 });

    [Fact]
    public void Each_line_of_an_unwrapped_dump_is_a_segment()
    {
        var segments = Segmenter.Segment("First line.\nSecond line.\n\n  Third, indented.\n", CancellationToken.None);
        Assert.Equal(["First line.", "Second line.", "Third, indented."], segments.Select(s => s.Text));
        Assert.Equal(2, segments[2].Indent);
        Assert.True(segments[2].GapBefore);
        Assert.False(segments[1].GapBefore);
    }

    [Fact]
    public void Lines_hard_wrapped_at_a_fixed_width_are_joined_with_a_space()
    {
        const string dump = """
               The council voted on Tuesday to turn the old rail yard beside
               the river into a park with trails, a boat launch and a
               playground.

               Construction crews are expected to begin clearing the site in
               April after the state signs off on the environmental review of
               the yard.
            """;
        var segments = Segmenter.Segment(dump, CancellationToken.None);
        Assert.Equal(2, segments.Count);
        Assert.Equal("The council voted on Tuesday to turn the old rail yard beside the river into a park with trails, a boat launch and a playground.", segments[0].Text);
    }

    [Fact]
    public void Wrapped_chinese_lines_are_joined_without_a_space()
    {
        string line1 = new string('中', 30) + "，";
        string line2 = new string('文', 30) + "。";
        string dump = $"{line1}\n{line2}\n\n{new string('国', 31)}\n{new string('家', 5)}。\n\n{new string('人', 31)}\n";
        var segments = Segmenter.Segment(dump, CancellationToken.None);
        Assert.Equal(line1 + line2, segments[0].Text);
    }

    [Fact]
    public void Bullets_are_recognized_and_separator_rules_are_not()
    {
        Assert.Equal('·', TextSegmenter.BulletOf("·浙江省交通运输厅", out string body));
        Assert.Equal("浙江省交通运输厅", body);
        Assert.Equal('*', TextSegmenter.BulletOf("* Home", out _));
        Assert.Equal('\0', TextSegmenter.BulletOf("-5°C tonight", out _));
        Assert.Equal('\0', TextSegmenter.BulletOf("-----", out _));
    }

    [Fact]
    public void Windows_and_old_mac_line_ends_are_read()
    {
        var segments = Segmenter.Segment("one.\r\ntwo.\rthree.", CancellationToken.None);
        Assert.Equal(["one.", "two.", "three."], segments.Select(s => s.Text));
    }

    [Fact]
    public void Rows_of_a_rendered_data_table_are_table_rows_with_their_cells()
    {
        const string dump = """
            Final standings after the last race:

            Pos. Driver            Points   Wins
            1    Anna Berg           5040      5
            2    Carl Dahl Jr.       5035      7
            3    Eva Falk            5033      4

            Home   News   Sport
            """;
        var segments = Segmenter.Segment(dump, CancellationToken.None);
        Assert.Equal(MarkupHint.None, segments[0].Markup);
        Assert.All(segments.Skip(1).Take(4), s => Assert.Equal(MarkupHint.TableRow, s.Markup));
        Assert.Equal(["2", "Carl Dahl Jr.", "5035", "7"], segments[3].Cells!);

        // Columns without figures (a menu laid out in a row) are no data table.
        Assert.Equal(MarkupHint.None, segments[5].Markup);
    }

    /// <summary>A navigation row wider than the article's column, as w3m renders a page laid out in table cells.</summary>
    private const string WideNavigation = """
        首页 | 新闻 | 体育 | 财经 | 娱乐 | 科技 | 汽车 | 房产 | 教育 | 旅游 | 健康 | 文化 | 读书 | 视频 | 图片 | 论坛 | 博客 | 天气

        北京 | 上海 | 广州 | 深圳 | 杭州 | 南京 | 成都 | 武汉 | 西安 | 重庆 | 天津 | 苏州 | 长沙 | 郑州 | 沈阳 | 青岛 | 宁波 | 厦门

        登录 | 注册 | 帮助 | 反馈 | 订阅 | 手机版 | English | 网站地图 | 关于我们 | 联系我们 | 广告服务 | 招聘信息 | 法律声明
        """;

    private static string Cell(string text, int indent, int charsPerLine)
    {
        var lines = new List<string>();
        for (int i = 0; i < text.Length; i += charsPerLine)
        {
            lines.Add(new string(' ', indent) + text.Substring(i, Math.Min(charsPerLine, text.Length - i)));
        }

        return string.Join("\n", lines);
    }

    [Fact]
    public void Chinese_paragraphs_wrapped_at_a_table_cell_narrower_than_the_page_are_joined()
    {
        const string first = "新馆周末开放到晚上九点，市民可以借阅图书、参加讲座，也可以在二楼的自习室安静地学习。馆方表示，今年还将增加儿童阅览区的座位。";
        const string second = "据介绍，新馆共有四层，藏书约三十万册，其中地方文献专区收录了本地出版的报刊、县志和老照片，供读者免费查阅和复印。";
        string dump = $"{WideNavigation}\n\n{Cell(first, 10, 24)}\n\n{Cell(second, 10, 24)}\n";

        var segments = Segmenter.Segment(dump, CancellationToken.None);

        Assert.Equal(5, segments.Count);
        Assert.Equal(first, segments[3].Text);
        Assert.Equal(second, segments[4].Text);
    }

    private static readonly string[] WrappedAtSixty =
    [
        "The council voted on Tuesday to turn the old rail yard",
        "beside the river into a park with trails, a boat launch and",
        "a playground for the children of the east side. Construction",
        "crews are expected to begin clearing the site in April after",
        "the state signs off on the environmental review.",
        "",
        "The mayor said the first trails could open next summer if",
        "the weather holds and the contractors keep to the schedule",
        "they agreed with the city.",
    ];

    private const string FirstOfWrappedAtSixty = "The council voted on Tuesday to turn the old rail yard beside the river into a park with trails, a boat launch and a playground for the children of the east side. Construction crews are expected to begin clearing the site in April after the state signs off on the environmental review.";

    [Fact]
    public void A_right_aligned_line_does_not_set_the_wrap_width()
    {
        // "[Comment] [Close]" set far right ends past the paragraphs' margin; as the widest line it hid the margin.
        string dump = string.Join('\n', WrappedAtSixty[..6]) + "\n" + new string(' ', 62) + "[Comment] [Close]\n\n" + string.Join('\n', WrappedAtSixty[6..]) + "\n";

        Assert.Equal(FirstOfWrappedAtSixty, Segmenter.Segment(dump, CancellationToken.None)[0].Text);
        var byWidestLine = new TextSegmenter(new PlainTextOptions { MinWrapWidth = 40 }) { ReadsWrapWidthFromText = false };
        Assert.Equal(WrappedAtSixty[0], byWidestLine.Segment(dump, CancellationToken.None)[0].Text);
    }

    [Fact]
    public void A_rule_drawn_a_little_past_the_text_does_not_set_the_wrap_width()
    {
        // w3m draws a cell's rule to the cell's border, a few columns past where the cell's text wraps.
        string dump = new string('-', 64) + "\n\n" + string.Join('\n', WrappedAtSixty) + "\n";

        Assert.Equal(FirstOfWrappedAtSixty, Segmenter.Segment(dump, CancellationToken.None)[1].Text);
        var byWidestLine = new TextSegmenter(new PlainTextOptions { MinWrapWidth = 40 }) { ReadsWrapWidthFromText = false };
        Assert.Equal(WrappedAtSixty[0], byWidestLine.Segment(dump, CancellationToken.None)[1].Text);
    }

    [Fact]
    public void Lines_broken_by_their_author_where_nothing_on_the_page_is_wider_stay_lines()
    {
        // A page of <br>-ended lines: only rules run past the lines' common width, so nothing shows a table cell, and
        // the breaks may be the author's, which the page's readers (and the HTML path) keep.
        const string first = "新馆周末开放到晚上九点，市民可以借阅图书、参加讲座，也可以在二楼的自习室安静地学习。馆方表示，今年还将增加儿童阅览区的座位。";
        const string second = "据介绍，新馆共有四层，藏书约三十万册，其中地方文献专区收录了本地出版的报刊、县志和老照片，供读者免费查阅和复印。";
        string rule = new('━', 60);
        string dump = $"{rule}\n\n{Cell(first, 0, 24)}\n\n{Cell(second, 0, 24)}\n\n{rule}\n";

        var segments = Segmenter.Segment(dump, CancellationToken.None);

        Assert.Equal(first[..24], segments[1].Text);
        Assert.Equal(2 + (first.Length + 23) / 24 + (second.Length + 23) / 24, segments.Count);
    }

    [Fact]
    public void Latin_lines_of_one_width_in_a_narrow_column_are_not_taken_for_a_cell_margin()
    {
        // Latin lines end where a word did not fit, so items of a list match a margin as often as wrapped prose does:
        // only the page column's wrap width joins them.
        const string dump = """
            Home | News | Sport | Business | Weather | Travel | Culture | Science | Health | Opinion | Video | Podcasts | Newsletters

            Search | Sign in | Subscribe | Contact us | Advertise | Jobs | Terms of use | Privacy policy | Cookie settings | Help

            Local | National | World | Politics | Education | Environment | Technology | Motoring | Property | Obituaries | Puzzles

                  o Rail yard: council votes for a park, trails and a launch
                  o Budget: the library gets two more branches and a bus
                  o Schools: a new term starts with fewer buses, more bikes
                  o Weather: a dry week ahead, then rain from the west coast
            """;

        var segments = Segmenter.Segment(dump, CancellationToken.None);

        Assert.Equal(7, segments.Count);
    }

    [Fact]
    public void A_list_of_headlines_of_one_length_in_a_narrow_cell_stays_a_list()
    {
        string[] headlines =
        [
            "新馆周末开放到晚上九点市民可借阅图书参加讲座",
            "地方文献专区收录本地报刊县志和老照片供查阅",
            "儿童阅览区今年增加座位假期开放时间再次延长",
            "二楼自习室实行预约制度每天上午八点开放预约",
        ];
        string dump = $"{WideNavigation}\n\n" + string.Join("\n", headlines.Select(h => "          " + h)) + "\n";

        var segments = Segmenter.Segment(dump, CancellationToken.None);

        Assert.Equal(headlines, segments.Skip(3).Select(s => s.Text));
    }

    [Fact]
    public void A_cell_margin_reached_by_a_single_line_is_not_believed()
    {
        // One full line and a short one: a heading over a caption, or one wrapped line; without other lines reaching
        // the same margin the two stay apart.
        string dump = $"{WideNavigation}\n\n          新馆周末开放到晚上九点，市民可以借阅图书、参加讲座，也可\n          以自习。\n";

        var segments = Segmenter.Segment(dump, CancellationToken.None);

        Assert.Equal(5, segments.Count);
    }
}
