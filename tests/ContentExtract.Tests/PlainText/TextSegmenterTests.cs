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
}
