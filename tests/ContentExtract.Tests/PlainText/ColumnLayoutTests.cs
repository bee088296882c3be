using ContentExtract.PlainText;

namespace ContentExtract.Tests.PlainText;

public sealed class ColumnLayoutTests
{
    private static readonly TextSegmenter Segmenter = new(new PlainTextOptions { MinWrapWidth = 40 });

    private static readonly string[] Left =
    [
        "The council voted on Tuesday to turn the old rail yard",
        "beside the river into a park with trails, a boat launch and",
        "a playground for the children of the east side.",
        "",
        "Construction crews are expected to begin clearing the site",
        "in April after the state signs off on the environmental",
        "review of the yard and the old freight sheds beside it.",
        "",
        "The mayor said the first trails could open next summer if",
        "the weather holds and the contractors keep to the schedule.",
    ];

    private static readonly string[] Right =
    [
        "Most read",
        "Storm closes schools",
        "Bridge repairs delayed",
        "",
        "Library hours extended",
        "Weather: sunny",
        "Letters to the editor",
        "Obituaries",
        "Classifieds",
        "Contact us",
    ];

    /// <summary>Sets the two columns side by side, the right one starting at a fixed display column, as w3m does.</summary>
    private static string SideBySide(string[] left, string[] right, int at)
    {
        var lines = new List<string>();
        for (int i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            string l = i < left.Length ? left[i] : "";
            string r = i < right.Length ? right[i] : "";
            lines.Add(r.Length == 0 ? "  " + l : ("  " + l).PadRight(at) + r);
        }

        return string.Join('\n', lines) + "\n";
    }

    private static List<(int Start, int Length)> Ranges(string text)
    {
        var ranges = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                ranges.Add((start, i - start));
                start = i + 1;
            }
        }

        return ranges;
    }

    [Fact]
    public void A_page_laid_out_in_two_columns_reads_the_left_column_then_the_right()
    {
        string dump = SideBySide(Left, Right, 70);
        var texts = Segmenter.Segment(dump, CancellationToken.None).Select(s => s.Text).ToList();

        Assert.Equal("The council voted on Tuesday to turn the old rail yard beside the river into a park with trails, a boat launch and a playground for the children of the east side.", texts[0]);
        Assert.Equal("The mayor said the first trails could open next summer if the weather holds and the contractors keep to the schedule.", texts[2]);
        Assert.Equal(["Most read", "Storm closes schools", "Bridge repairs delayed", "Library hours extended", "Weather: sunny", "Letters to the editor", "Obituaries", "Classifieds", "Contact us"], texts[3..]);
    }

    [Fact]
    public void A_gutter_of_the_fewest_spaces_still_splits_the_columns()
    {
        // Every left line ends three spaces before the right column: the narrowest gutter there is.
        string[] left = [.. Left.Select(line => line.Length == 0 ? "" : line[..39] + "s")];
        string dump = SideBySide(left, Right, 2 + 40 + 3);
        Assert.NotNull(ColumnLayout.Arrange(dump, Ranges(dump)));
    }

    [Fact]
    public void Indents_and_double_spaces_make_no_gutter()
    {
        string dump = string.Join('\n', Left.Select((line, i) => new string(' ', 2 + (i % 3) * 4) + line.Replace(" ", "  ", StringComparison.Ordinal))) + "\n   \n";
        Assert.Null(ColumnLayout.Arrange(dump, Ranges(dump)));
    }

    [Fact]
    public void A_sparse_sidebar_under_a_page_header_is_still_a_column()
    {
        // The header's gutter sits elsewhere than the columns' (one failing band from the top), and the sidebar writes
        // on few lines of its own: most lines are the left column's alone or the right column's alone.
        static string At(string left, string right) => ("  " + left).PadRight(70) + right;
        string right = new(' ', 70);
        string[] lines =
        [
            ("  You are here: Home | Local news | Politics and the city").PadRight(90) + "[Search]",
            "",
            At(Left[0], "Most read"),
            "  " + Left[1],
            At(Left[2], "Storm closes schools"),
            right + "Bridge repairs delayed",
            "  " + Left[4],
            At(Left[5], "Library hours extended"),
            "  " + Left[6],
            right + "Weather: sunny",
            right + "Obituaries",
            "  " + Left[8],
            At(Left[9], "Classifieds"),
            right + "Contact us",
        ];

        var texts = Segmenter.Segment(string.Join('\n', lines) + "\n", CancellationToken.None).Select(s => s.Text).ToList();
        Assert.Contains("The council voted on Tuesday to turn the old rail yard beside the river into a park with trails, a boat launch and a playground for the children of the east side.", texts);
        Assert.Contains("The mayor said the first trails could open next summer if the weather holds and the contractors keep to the schedule.", texts);
        Assert.Contains("Storm closes schools", texts);
    }

    [Fact]
    public void The_article_running_on_below_a_shorter_sidebar_stays_ahead_of_the_sidebar()
    {
        // w3m sets the cells side by side for as many lines as the taller needs: the second paragraph's last line and the
        // third paragraph stand below the sidebar's last line, in the article's column alone.
        string[] right = ["Most read", "Storm closes schools", "Bridge repairs delayed", "Library hours extended", "Weather: sunny", "Obituaries"];
        string dump = SideBySide(Left, right, 70);
        const string second = "Construction crews are expected to begin clearing the site in April after the state signs off on the environmental review of the yard and the old freight sheds beside it.";

        var texts = Segmenter.Segment(dump, CancellationToken.None).Select(s => s.Text).ToList();
        Assert.Equal(second, texts[1]);
        Assert.Equal("The mayor said the first trails could open next summer if the weather holds and the contractors keep to the schedule.", texts[2]);
        Assert.Equal(right, texts[3..]);

        // Without the rule the block ends at the sidebar's last line, and the paragraph's last line is read after the sidebar.
        var cut = new TextSegmenter(new PlainTextOptions { MinWrapWidth = 40 }) { ContinuesColumns = false };
        var cutTexts = cut.Segment(dump, CancellationToken.None).Select(s => s.Text).ToList();
        Assert.DoesNotContain(second, cutTexts);
        Assert.True(cutTexts.IndexOf("Obituaries") < cutTexts.FindIndex(t => t.StartsWith("review of the yard", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_line_that_writes_across_the_gutter_ends_the_column_below_the_sidebar()
    {
        // A full-width footer under both cells is no line of the article's column: the sidebar is read before it.
        string[] right = ["Most read", "Storm closes schools", "Bridge repairs delayed", "Library hours extended", "Weather: sunny", "Obituaries"];
        string footer = "  Copyright 2024 The River City Courier, all rights reserved. Terms of use, privacy policy and contact details";
        string dump = SideBySide(Left[..8], right, 70) + footer + "\n";

        var texts = Segmenter.Segment(dump, CancellationToken.None).Select(s => s.Text).ToList();
        Assert.Equal(footer.Trim(), texts[^1]);
        Assert.Equal("Obituaries", texts[^2]);
    }

    [Fact]
    public void Chinese_columns_are_measured_in_display_columns()
    {
        string[] left =
        [
            "一个约定，信守十五年，感人至深；一段真情，延续十五年，催人泪下。六月三日上午，",
            "话剧全省各市巡演活动来到张家口。话剧结尾，全体演员喊出铿锵誓言，全场响起经久",
            "不息的掌声，许多观众流下感动的泪水。",
            "这样的掌声、这样的感动，如今已经传遍河北大地。为深入学习优秀毕业生群体的先进",
            "事迹、大力弘扬社会主义核心价值体系，省委宣传部组织了话剧全省各市巡演活动，",
            "自五月下旬开始，先后在石家庄、邢台、邯郸、衡水、沧州、廊坊、唐山等地演出。",
        ];
        string[] right = ["河北新闻", "收费站停止收费", "迎来首次高考", "道德模范", "文化遗产日", "燕赵新闻周刊"];
        var lines = new List<string>();
        for (int i = 0; i < left.Length; i++)
        {
            // Two columns a CJK character: pad by display width, not by characters.
            int width = 2 + left[i].Sum(c => c < 0x2E80 ? 1 : 2);
            lines.Add("  " + left[i] + new string(' ', 90 - width) + right[i]);
        }

        var texts = Segmenter.Segment(string.Join('\n', lines), CancellationToken.None).Select(s => s.Text).ToList();
        Assert.Equal(string.Concat(left[0..3]), texts[0]);
        Assert.Equal(string.Concat(left[3..6]), texts[1]);
        Assert.Equal(right, texts[2..]);
    }

    [Fact]
    public void Wrapped_prose_is_left_as_it_is()
    {
        string dump = string.Join('\n', Left.Select(l => "   " + l)) + "\n";
        Assert.Null(ColumnLayout.Arrange(dump, Ranges(dump)));
    }

    [Fact]
    public void Centered_and_indented_lines_are_no_columns()
    {
        string dump = string.Join('\n', Left.Select((l, i) => new string(' ', i % 2 == 0 ? 3 : 20) + l)) + "\n";
        Assert.Null(ColumnLayout.Arrange(dump, Ranges(dump)));
    }

    [Fact]
    public void A_data_table_is_not_split_into_columns()
    {
        const string dump = """
               Team                               Played   Won   Drawn   Lost   Points
               Manchester City Football Club      38       28    5       5      89
               Arsenal Football Club of London    38       26    6       6      84
               Liverpool Football Club Limited    38       24    10      4      82
               Aston Villa Football Club of B.    38       20    8       10     68
               Tottenham Hotspur Football Club    38       20    6       12     66
               Chelsea Football Club of London    38       18    9       11     63
               Newcastle United Football Club     38       18    6       14     60
            """;
        Assert.Null(ColumnLayout.Arrange(dump, Ranges(dump)));
    }

    [Fact]
    public void A_lynx_dump_with_indented_paragraphs_is_not_split()
    {
        const string dump = """
            The council voted on Tuesday to turn the old rail yard beside the river
               into a park with trails, a boat launch and a playground for the
               children of the east side of town.

               Construction crews are expected to begin clearing the site in April
               after the state signs off on the environmental review of the yard.

                 * Home
                 * News
                 * Sport

               The mayor said the first trails could open next summer if the
               weather holds and the contractors keep to the schedule.
            """;
        Assert.Null(ColumnLayout.Arrange(dump, Ranges(dump)));
    }
}
