using ContentExtract.Text;

namespace ContentExtract.Tests.Text;

/// <summary>Re-joining a line that a dump tool wrapped at its width.</summary>
public sealed class JoinWrappedTests
{
    [Theory]
    [InlineData("河北农大果树93", "(01)班毕业生", "河北农大果树93(01)班毕业生")]
    [InlineData("全省共有2", "019所学校", "全省共有2019所学校")]
    [InlineData("省委宣传部组织了", "话剧巡演", "省委宣传部组织了话剧巡演")]
    [InlineData("The council voted", "on Tuesday", "The council voted on Tuesday")]
    [InlineData("a well-", "known case", "a well-known case")]
    [InlineData("The score was 93", "(rounded)", "The score was 93 (rounded)")]
    [InlineData("使用", "iPhone的用户", "使用 iPhone的用户")]
    public void Wrapped_lines_join_as_the_text_was_before_wrapping(string left, string right, string joined)
    {
        Assert.Equal(joined, TextSpan.JoinWrapped(left, right));
    }
}
