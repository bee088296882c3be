using ContentExtract.Selection;

namespace ContentExtract.Tests.Selection;

public sealed class RunSelectionTests
{
    [Fact]
    public void The_best_run_bridges_short_headings_but_not_furniture()
    {
        double[] scores = [-12, -3, 40, -3, 55, -30, -1e6, 20];
        var (start, end, score) = RunScorer.BestRun(scores);
        Assert.Equal(2, start);
        Assert.Equal(5, end);
        Assert.Equal(92, score);
    }

    [Fact]
    public void No_positive_block_means_no_run()
    {
        var (start, end, _) = RunScorer.BestRun([-3, -10, -3]);
        Assert.Equal(start, end);
    }

    [Fact]
    public void A_page_with_only_menus_is_empty()
    {
        const string menu = "Home\nNews\nSport\nWeather\n\n* Contact us\n* About\n\nCopyright © 2024 Example News. All rights reserved.\n";
        var document = ContentExtractor.Default.ExtractText(menu);
        Assert.Equal(PageKind.Empty, document.PageKind);
        Assert.Empty(document.Blocks);
    }

    [Fact]
    public void Comment_sections_after_an_end_of_article_heading_are_not_content()
    {
        const string text = """
            Council approves river park

            The council voted six to one on Tuesday to turn the old rail yard beside the river into a park with trails, a boat launch and a playground for the east side.

            Construction crews are expected to begin clearing the site in April, after the state signs off on the environmental review of the former yard.

            Comments

            I have lived on the east side for thirty years and this is the best news I have heard from the council in all that time, thank you all.
            """;
        var document = ContentExtractor.Default.ExtractText(text);
        Assert.DoesNotContain("thirty years", document.Text, StringComparison.Ordinal);
        Assert.Contains("Construction crews", document.Text, StringComparison.Ordinal);
        Assert.Equal("Council approves river park", document.Title);
    }

    [Fact]
    public void A_section_the_article_repeats_with_changes_is_not_a_teaser()
    {
        const string text = """
            Meal plans for the training weeks

            These two plans follow the same nutrition rules, so you can simply pick the one that suits the size of your portions and cook ahead.

            Plan A for smaller portions

            Breakfast before the workout
            Eat one hour before your training
            Oat porridge with berries, a spoon of honey and a glass of milk to drink, which gives you the energy you need for a hard session without weighing you down.
            Lunch after the workout
            Eat within two hours after training
            Chicken salad with tomatoes, cucumber, feta cheese and a slice of bread, so that your muscles get the protein they need to recover after the training.
            Dinner in the evening
            Eat at least two hours before bed
            Baked salmon with potatoes, green beans and lemon on the side, a light meal that keeps you full through the evening and lets you sleep well.

            Plan B for larger portions

            Breakfast before the workout
            Eat one hour before your training
            Oat porridge with berries, two spoons of honey, a banana and milk to drink, which gives you the energy you need for a long session without weighing you down.
            Lunch after the workout
            Eat within two hours after training
            Chicken salad with tomatoes, cucumber, feta cheese and two slices of bread, so that your muscles get the protein they need to recover after the training.
            Dinner in the evening
            Eat at least two hours before bed
            Baked salmon with potatoes, rice, green beans and lemon on the side, a light meal that keeps you full through the evening and lets you sleep well.
            """;
        var document = ContentExtractor.Default.ExtractText(text);
        Assert.Contains("rice, green beans", document.Text, StringComparison.Ordinal);
        Assert.Equal(2, document.Text.Split("Eat one hour before your training").Length - 1);
    }

    [Fact]
    public void A_related_link_between_two_paragraphs_does_not_end_a_text_dump_article()
    {
        const string text = """
            Council approves river park

            The council voted six to one on Tuesday to turn the old rail yard beside the river into a park with trails, a boat launch and a playground for the east side.

            Related: Ten parks that changed their cities

            Construction crews are expected to begin clearing the site in April, after the state signs off on the environmental review of the former yard.

            Related

            Ten parks that changed their cities, and what the people who live next to them say about the change after ten years of it.
            """;
        var document = ContentExtractor.Default.ExtractText(text);
        Assert.Contains("Construction crews", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Related", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ten years of it", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_list_after_the_introduction_of_a_text_dump_is_the_article()
    {
        const string text = """
            Gifts for collectors

            Black Friday is here again, and with it the discounts that shops in half the world now offer for a whole week before the holidays begin.

            Who are we to stay out of the rush? Here are the offers we picked for the collectors among our readers, with the links to buy them.

            1) Star fighter building set
            http://example.com/a1
            2) Electric race track
            http://example.com/a2
            3) Film trilogy box set
            http://example.com/a3
            4) Pocket knife, red
            http://example.com/a4

            Most read

            1) Another story
            2) Yet another story
            3) A third story
            """;
        var document = ContentExtractor.Default.ExtractText(text);
        Assert.Contains("Pocket knife, red", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Yet another story", document.Text, StringComparison.Ordinal);
    }
}
