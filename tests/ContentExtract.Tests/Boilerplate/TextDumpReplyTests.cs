using ContentExtract.Boilerplate;
using ContentExtract.Segmentation;

namespace ContentExtract.Tests.Boilerplate;

/// <summary>In a text dump, replies headed "re: the post's title" are a comment thread, however long the title.</summary>
public sealed class TextDumpReplyTests
{
    [Theory]
    [InlineData("re: 新馆周末开放到晚上九点，市民可以借阅图书  2026-03-02 12:46  读者小王")]
    [InlineData("# Re: Council votes for a park  2026-03-02 12:46  river")]
    [InlineData("RE：新馆开放时间调整")]
    public void A_reply_subject_line_is_comment_metadata(string line) =>
        Assert.True(TextDumpSignals.IsCommentMeta(new Segment(0, line)));

    [Theory]
    [InlineData("Reading the council's plan: what the park will hold")]
    [InlineData("Renewal of the rail yard: council votes for a park")]
    [InlineData("我们的新馆：周末开放到晚上九点")]
    public void A_line_that_only_starts_like_a_reply_is_not(string line) =>
        Assert.False(TextDumpSignals.IsCommentMeta(new Segment(0, line)));

    [Fact]
    public void Replies_headed_with_the_posts_title_stay_out_of_the_article()
    {
        const string title = "新馆周末开放到晚上九点";
        var parts = new List<string>
        {
            "我的博客",
            "首页",
            "联系",
            title,
            "新馆周末开放到晚上九点，市民可以借阅图书、参加讲座，也可以在二楼的自习室安静地学习。馆方表示，今年还将增加儿童阅览区的座位。",
            "据介绍，新馆共有四层，藏书约三十万册，其中地方文献专区收录了本地出版的报刊、县志和老照片，供读者免费查阅和复印。",
            "发表于 2026年3月2日 12:40 - (阅读:372;评论:9)",
            "评论",
        };
        string[] replies =
        [
            "开放时间延长真是太好了，下班以后终于可以去借书了。",
            "希望周末的讲座能提前在网上公布题目，这样大家可以安排时间。我上次去的时候人很多，二楼的自习室几乎没有空位，建议馆方考虑增加座位，或者实行网上预约，让远道而来的读者不至于白跑一趟。另外，地方文献专区的复印价格也应该公布出来。",
            "同意楼上的意见。自习室的座位确实不够，周末早上八点就已经坐满了，很多学生只能在走廊里看书。馆方如果能把三楼的会议室在周末开放出来作为临时自习室，问题就能解决一大半。希望有关部门能听到大家的声音。",
            "儿童阅览区什么时候开放？孩子已经等不及了。",
            "新馆的环境确实不错，但是停车太难了，周围的路边都贴满了罚单。建议馆方和交通部门协商，在周末开放附近学校的停车场，或者增加公交线路的班次，方便市民前往。这样的公共设施，交通问题不解决，再好的服务也会打折扣。",
        ];
        for (int i = 0; i < replies.Length; i++)
        {
            parts.Add($"# re: {title}  2026-03-02 1{i}:0{i}  读者{i}");
            parts.Add(replies[i]);
        }

        parts.Add("Copyright © 2026 我的博客");
        var document = ContentExtractor.Default.ExtractText(string.Join("\n\n", parts) + "\n");

        Assert.Contains("藏书约三十万册", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("停车太难了", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("自习室的座位确实不够", document.Text, StringComparison.Ordinal);
    }
}
