using ContentExtract.Structure;

namespace ContentExtract.Tests.Structure;

public sealed class LinkListRecognizerTests
{
    [Theory]
    [InlineData("全省动态 更多...", "全省动态", true)]
    [InlineData("热点推荐 更多>>", "热点推荐", true)]
    [InlineData("Related stories", "Related stories", false)]
    [InlineData("Most read More »", "Most read", true)]
    [InlineData("Evermore", "Evermore", false)]
    public void More_markers_are_stripped_from_headings(string heading, string title, bool hasMore)
    {
        Assert.Equal(title, LinkListRecognizer.StripMoreMarker(heading, out bool more));
        Assert.Equal(hasMore, more);
    }

    [Fact]
    public void Bulleted_groups_under_a_heading_become_named_lists_and_empty_headings_do_not()
    {
        const string text = """
            Council approves river park

            The council voted six to one on Tuesday to turn the old rail yard beside the river into a park with trails, a boat launch and a playground for the east side.

            Construction crews are expected to begin clearing the site in April, after the state signs off on the environmental review of the former yard.

            Related

            More from Local News »
            • School board delays vote on new calendar
            • Bridge repairs to close Main Street for a week...
            • Library extends weekend hours

            Most read
            • Storm knocks out power to 3,000 homes
            • Farmers market returns to the square
            """;
        var lists = ContentExtractor.Default.ExtractText(text).LinkLists;
        Assert.Equal(["More from Local News", "Most read"], lists.Select(l => l.Title));
        Assert.True(lists[0].HasMore);
        Assert.Equal(3, lists[0].Links.Count);
        Assert.Equal("Bridge repairs to close Main Street for a week", lists[0].Links[1].Text);
        Assert.True(lists[0].Links[1].Truncated);
        Assert.Equal(2, lists[1].Links.Count);
    }
}
