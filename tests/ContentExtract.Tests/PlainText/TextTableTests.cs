using ContentExtract.PlainText;

namespace ContentExtract.Tests.PlainText;

/// <summary>Tables in text dumps, read from their shape (<see cref="TextTableRecognizer"/>): composed dumps, never corpus text.</summary>
public sealed class TextTableTests
{
    private static readonly TextSegmenter Segmenter = new(new PlainTextOptions());

    private const string Before = """
        Harbour board publishes the spring water figures for the three reservoirs

        The harbour board published its spring figures on Thursday, showing that all three reservoirs that supply the
        district filled faster than in any year since the new dam was finished, after a wet winter and a late thaw.

        Engineers said the figures would let the board lift the watering limits it set last summer, although they warned
        that a dry June could still bring them back before the school holidays begin in the middle of July.
        """;

    private const string After = """
        The board will publish its next figures at the end of June, and it asked households to keep reporting leaks on
        the number printed on their bills, since every burst main found early saves water the district needs later on.

        Councillors are due to debate a second pipeline from the northern reservoir at their meeting next month, when the
        engineers will present the cost of the work and the time it would take to finish before the next dry summer.
        """;

    private static ExtractedDocument Extract(string table) => ContentExtractor.Default.ExtractText(Before + "\n\n" + table + "\n\n" + After);

    private static TableBlock SingleTable(ExtractedDocument document) => Assert.Single(document.Blocks.OfType<TableBlock>());

    [Fact]
    public void A_table_w3m_lays_out_in_padded_columns_is_one_table_block_with_its_header_row()
    {
        // The second row's first cell fills its column, so one space alone sets it apart from the next cell.
        const string table = """
            Reservoir                 Capacity (Ml)    Level
            North Fell                12,400           96%
            Lower Greendale Reservoir 8,150            88%
            Ashby Moss                3,020            71%
            """;
        var document = Extract(table);
        var rows = SingleTable(document).Rows;
        Assert.Equal(4, rows.Count);
        Assert.Equal(["Reservoir", "Capacity (Ml)", "Level"], rows[0]);
        Assert.Equal(["Lower Greendale Reservoir", "8,150", "88%"], rows[2]);
        Assert.DoesNotContain(document.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("North Fell", StringComparison.Ordinal));
    }

    [Fact]
    public void A_series_of_dates_and_values_is_a_table_even_where_a_wider_date_closes_the_gap_to_one_space()
    {
        // Two columns, both figures: a series, not a run of datelines. From October the date fills its column.
        string table = "Month      Level (%)\n" + string.Join("\n", Enumerable.Range(1, 14).Select(m => $"{(m - 1) % 12 + 1}/1/{2023 + (m - 1) / 12}".PadRight(10) + $"{60 + m}.5%"));
        var document = Extract(table);

        var rows = SingleTable(document).Rows;
        Assert.Equal(15, rows.Count);
        Assert.Equal(["10/1/2023", "70.5%"], rows[10]);
        var paragraphs = document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();
        Assert.Contains(paragraphs, p => p.StartsWith("The harbour board published", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("Councillors are due", StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_set_apart_by_blank_lines_and_a_cell_wrapped_under_its_row_make_one_row_each()
    {
        const string table = """
            Works                    Cost         Notes

            Spillway repair          £1.2m        Finished in March

            Northern pipeline        £8.5m        Waits for the council's
                                                  vote next month

            Meter replacement        £0.4m        Half the district done
            """;
        var rows = SingleTable(Extract(table)).Rows;
        Assert.Equal(4, rows.Count);
        Assert.Equal(["Northern pipeline", "£8.5m", "Waits for the council's vote next month"], rows[2]);
    }

    [Fact]
    public void A_grid_of_box_drawing_lines_is_a_table_whose_rows_span_the_lines_between_rules()
    {
        const string table = """
            ┌──────────────┬─────────────┬─────────┐
            │ Reservoir    │ Capacity    │ Level   │
            │              │ (Ml)        │         │
            ├──────────────┼─────────────┼─────────┤
            │ North Fell   │ 12,400      │ 96%     │
            ├──────────────┼─────────────┼─────────┤
            │ Ashby Moss   │ 3,020       │ 71%     │
            └──────────────┴─────────────┴─────────┘
            """;
        var rows = SingleTable(Extract(table)).Rows;
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Reservoir", "Capacity (Ml)", "Level"], rows[0]);
        Assert.Equal(["Ashby Moss", "3,020", "71%"], rows[2]);
    }

    [Fact]
    public void A_grid_of_plus_and_minus_rules_and_bars_is_a_table()
    {
        const string table = """
            +------------+---------+-------+
            | Reservoir  | Ml      | Level |
            +============+=========+=======+
            | North Fell | 12,400  | 96%   |
            | Ashby Moss | 3,020   | 71%   |
            +------------+---------+-------+
            """;
        var rows = SingleTable(Extract(table)).Rows;
        Assert.Equal([["Reservoir", "Ml", "Level"], ["North Fell", "12,400", "96%"], ["Ashby Moss", "3,020", "71%"]], rows);
    }

    [Fact]
    public void A_cell_of_wide_characters_counts_two_columns_each_as_w3m_draws_it()
    {
        // 北岭水库 is four characters and eight display columns: the next cell starts where the other rows' cells do.
        const string table = """
            Reservoir       Capacity    Level
            北岭水库        12,400      96%
            Ashby Moss      3,020       71%
            东湾            2,800       64%
            """;
        var rows = SingleTable(Extract(table)).Rows;
        Assert.Equal(["北岭水库", "12,400", "96%"], rows[1]);
        Assert.Equal(["东湾", "2,800", "64%"], rows[3]);
    }

    [Fact]
    public void A_table_of_chinese_cells_is_read_by_display_columns()
    {
        var segments = Segmenter.Segment("""
            水库名称    库容（万立方米）    水位
            北岭水库    1240                96%
            东湾水库    815                 88%
            """, CancellationToken.None);
        Assert.All(segments, s => Assert.Equal(1, s.Table));
        Assert.Equal(["东湾水库", "815", "88%"], segments[2].TableLines[0].Cells);
    }

    [Fact]
    public void Two_page_columns_of_prose_beside_a_sidebar_are_no_table()
    {
        // Too few lines for the column layout to take apart: the lines stay as they are, and still read as prose.
        const string dump = """
            The harbour board published its spring figures on Thursday,      Most read
            showing that all three reservoirs that supply the district       Ferry timetable changes
            filled faster than in any year since the new dam was finished.   Road works on the coast
            """;
        var segments = Segmenter.Segment(dump, CancellationToken.None);
        Assert.All(segments, s => Assert.Empty(s.TableLines));
    }

    [Fact]
    public void A_wrapped_paragraph_whose_double_spaces_line_up_is_no_table()
    {
        const string dump = """
            The board met on Thursday.  Engineers said the reservoirs had filled faster than in
            any year since the dam.     They warned that a dry June could still bring the limits
            back before the holidays.   Councillors will debate the pipeline at the next meeting
            """;
        var segments = Segmenter.Segment(dump, CancellationToken.None);
        Assert.All(segments, s => Assert.Empty(s.TableLines));
    }

    [Fact]
    public void A_code_listing_with_aligned_comments_is_no_table()
    {
        const string dump = """
            level = read_gauge(north)      # metres above datum
            limit = config.max_level       # from the board's rules
            alert(level > limit);          // raises the warning
            """;
        var segments = Segmenter.Segment(dump, CancellationToken.None);
        Assert.All(segments, s => Assert.Empty(s.TableLines));
    }

    [Fact]
    public void A_diagram_of_boxes_is_no_grid_table()
    {
        const string dump = """
            ┌────────────┐     ┌────────────┐
            │ Gauge      │     │ Board      │
            │ (North)    │     │ office     │
            └─────┬──────┘     └─────┬──────┘
                  └────────┬─────────┘
            """;
        var segments = Segmenter.Segment(dump, CancellationToken.None);
        Assert.All(segments, s => Assert.Empty(s.TableLines));
    }

    [Fact]
    public void A_menu_row_under_a_table_stays_out_of_it()
    {
        const string dump = """
            Reservoir       Capacity    Level
            North Fell      12,400      96%
            Ashby Moss      3,020       71%

            Home   News   Sport   Contact
            """;
        var segments = Segmenter.Segment(dump, CancellationToken.None);
        Assert.All(segments.Take(3), s => Assert.Equal(1, s.Table));
        Assert.Empty(segments[3].TableLines);
    }

    [Fact]
    public void Two_aligned_lines_of_two_short_columns_are_no_table()
    {
        const string dump = """
            Home        About us
            News        Contact
            """;
        var segments = Segmenter.Segment(dump, CancellationToken.None);
        Assert.All(segments, s => Assert.Empty(s.TableLines));
    }

    [Fact]
    public void A_table_keeps_every_word_of_its_rows_in_the_text()
    {
        const string table = """
            Reservoir                Capacity (Ml)    Level
            North Fell               12,400           96%
            Ashby Moss               3,020            71%
            """;
        var document = Extract(table);
        Assert.Contains("Reservoir\tCapacity (Ml)\tLevel\nNorth Fell\t12,400\t96%\nAshby Moss\t3,020\t71%", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_tables_stays_linear_on_a_dump_of_many_wide_gapped_lines()
    {
        // Each line is gapped and the next one's columns differ: every run is read once, not once per line.
        var lines = Enumerable.Range(0, 20_000).Select(i => new string('x', 1 + (i % 37)) + "   " + new string('y', 1 + (i % 53)) + new string(' ', 2 + (i % 11)) + "z");
        string dump = string.Join("\n\n", lines);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var segments = Segmenter.Segment(dump, CancellationToken.None);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.NotEmpty(segments);

        // Generous: a few hundred bytes per character of the dump would mean work per pair of lines.
        Assert.True(allocated < dump.Length * 200L, $"{allocated:N0} bytes allocated for {dump.Length:N0} characters");
    }
}
