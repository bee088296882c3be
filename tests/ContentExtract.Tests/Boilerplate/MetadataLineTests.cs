using ContentExtract.Boilerplate;
using ContentExtract.Segmentation;

namespace ContentExtract.Tests.Boilerplate;

/// <summary>A labelled line states a fact about the page ("记者：…", "Source: …"); a question or an exclamation under the same label is speech.</summary>
public sealed class MetadataLineTests
{
    private static bool IsMetadata(string line)
    {
        var segment = new Segment(0, line);
        return MetadataLine.IsMetadata(segment.Text, segment.Stats);
    }

    [Theory]
    [InlineData("记者：伊琳 李清芬")]
    [InlineData("来源：新华网 2005年08月16日")]
    [InlineData("Source: Reuters")]
    public void A_labelled_fact_is_metadata(string line) => Assert.True(IsMetadata(line));

    [Theory]
    [InlineData("记者：你们的农机大市场场址在哪？")]
    [InlineData("记者：这真是了不起的成绩！")]
    [InlineData("Source: who told you that?")]
    public void A_question_or_an_exclamation_under_a_label_is_not(string line) => Assert.False(IsMetadata(line));
}
