using ContentExtract.Boilerplate;
using ContentExtract.Segmentation;

namespace ContentExtract.Tests.Boilerplate;

/// <summary>
/// An end-of-article phrase with a colon and a title after it ("Related: …", "相关阅读：…") is a teaser of another story
/// set inside the article: furniture, but the article goes on after it. The phrase alone, or with a name after it, still
/// ends the article.
/// </summary>
public sealed class InlineTeaserTests
{
    private static (BlockClass Class, string Reason) Classify(string text) => new BlockClassifier(new BoilerplateOptions()).Classify(new Segment(0, text));

    [Theory]
    [InlineData("Related: Your Guide to Harbour Dredging and What It Costs")]
    [InlineData("See also: How the council chose the new ferry route")]
    [InlineData("相关阅读：新公交线路规划出炉")]
    public void A_phrase_with_a_colon_and_a_title_is_a_teaser_not_the_end(string text)
    {
        var (blockClass, reason) = Classify(text);
        Assert.True(blockClass == BlockClass.Bad && reason.Contains("teaser", StringComparison.Ordinal), $"{blockClass}: {reason}");
    }

    [Theory]
    [InlineData("Related")]
    [InlineData("Related:")]
    [InlineData("Comments: 12")]
    [InlineData("责任编辑：王明")]
    public void The_phrase_alone_or_with_a_name_still_ends_the_article(string text) => Assert.Equal(BlockClass.Terminator, Classify(text).Class);

    [Fact]
    public void A_dump_keeps_the_paragraphs_on_both_sides_of_a_teaser_line()
    {
        string[] before =
        [
            "The port authority will resume dredging of the inner harbour channel in March, after a winter pause that left two berths too shallow for the larger container ships that call each week.",
            "Officials said the work would take about six weeks and would be done at night, so that ferries and fishing boats can keep their usual daytime schedules without delays.",
        ];
        string[] after =
        [
            "The dredged sand will be pumped to the eastern beach, which lost much of its width in the storms of the past two years, the authority's engineers said on Tuesday.",
            "Residents near the beach have been told to expect pipes across the sand for a month and some noise from the pumps, which will run around the clock during that time.",
        ];
        string dump = string.Join("\n\n", [.. before, "Related: Your Guide to the Harbour Ferry Timetable", .. after]);

        var document = ContentExtractor.Default.ExtractText(dump);

        Assert.Equal([.. before, .. after], document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
    }
}
