using ContentExtract.Boilerplate;
using ContentExtract.Segmentation;

namespace ContentExtract.Tests.Boilerplate;

/// <summary>A long block that is almost all link and ends next to no sentence is a row of links (headlines, tags), however long.</summary>
public sealed class LongLinkRowTests
{
    private const string HeadlineRow = "今日推荐 明星：盘点女星年终晚会首选小黑裙 两性：能让另一半心动的一些生活细节 口述：一个普通家庭主妇的创业故事 "
        + "财经：央行发布第三季度货币政策报告 国际油价本周小幅回落 新能源汽车销量再创新高 多地出台稳就业新举措 科技：国产大飞机完成首次试飞";

    private const string LinkedProse = "The council voted on Tuesday to turn the old rail yard into a park. Construction crews are expected to begin in April, "
        + "after the state signs off on the review. The park will have trails, a boat launch and a playground. Residents welcomed the plan at the meeting. "
        + "The mayor said the first trails could open next summer.";

    private static Segment Linked(string text, double share) => new(0, text) { LinkChars = (int)(text.Length * share) };

    [Fact]
    public void A_long_row_of_linked_headlines_is_furniture()
    {
        var (blockClass, reason) = new BlockClassifier(new BoilerplateOptions()).Classify(Linked(HeadlineRow, 0.95));

        Assert.Equal(BlockClass.Bad, blockClass);
        Assert.Equal(BlockClassifier.LongLinkRow, reason);
    }

    [Fact]
    public void Linked_prose_that_ends_its_sentences_stays_prose()
    {
        Assert.Equal(BlockClass.Good, new BlockClassifier(new BoilerplateOptions()).Classify(Linked(LinkedProse, 0.95)).Class);
    }

    [Fact]
    public void A_row_with_few_links_stays_what_its_text_makes_it()
    {
        Assert.NotEqual(BlockClassifier.LongLinkRow, new BlockClassifier(new BoilerplateOptions()).Classify(Linked(HeadlineRow, 0.5)).Reason);
    }

    [Fact]
    public void Switched_off_the_long_row_is_read_by_its_text_again()
    {
        var classifier = new BlockClassifier(new BoilerplateOptions()) { ReadsLongLinkRows = false };

        Assert.NotEqual(BlockClass.Bad, classifier.Classify(Linked(HeadlineRow, 0.95)).Class);
    }
}
