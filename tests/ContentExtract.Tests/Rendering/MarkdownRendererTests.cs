using ContentExtract.Rendering;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    private static readonly Lazy<string> Seed = new(() => MarkdownRenderer.Render(ScrapeFile.Extract(RepositoryPaths.Seed)));

    [Fact]
    public void Title_headings_quotes_and_link_lists_use_markdown_syntax()
    {
        string md = Seed.Value;
        Assert.StartsWith("# 勇作创先争优排头兵 副省级城市开展创先争优综述\n", md, StringComparison.Ordinal);
        Assert.Contains("\n## 推动科学发展\n", md, StringComparison.Ordinal);
        Assert.Contains("\n### 围绕中心定主题", md, StringComparison.Ordinal);
        Assert.Contains("\n> “关键时刻有党员冲锋在前", md, StringComparison.Ordinal);
        Assert.Contains("> — 苏俊良", md, StringComparison.Ordinal);
        int body = md.IndexOf("多一分耕耘", StringComparison.Ordinal);
        int lists = md.IndexOf("## 全省动态", StringComparison.Ordinal);
        Assert.True(body > 0 && lists > body, "link lists come after the body");
        Assert.Contains("- 浙江省2013年第二季度“闪光言行之星”…", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_that_would_read_as_markup_are_escaped()
    {
        var document = new ExtractedDocument
        {
            InputKind = InputKind.Text,
            Blocks = [new ParagraphBlock("# not a heading"), new ParagraphBlock("1. not a list"), new ListBlock { Ordered = true, Items = ["one", "two"] }],
        };
        string md = MarkdownRenderer.Render(document);
        Assert.Contains("\\# not a heading", md, StringComparison.Ordinal);
        Assert.Contains("\\1. not a list", md, StringComparison.Ordinal);
        Assert.Contains("1. one\n2. two", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_is_the_title_then_the_text()
    {
        var document = ScrapeFile.Extract(RepositoryPaths.Seed);
        Assert.Equal(document.Title + "\n\n" + document.Text + "\n", PlainTextRenderer.Render(document));
    }

    [Fact]
    public void A_code_block_is_fenced_with_its_language_and_its_lines_unescaped()
    {
        var document = new ExtractedDocument
        {
            InputKind = InputKind.Html,
            Blocks = [new ParagraphBlock("Run:"), new CodeBlock("# a comment, not a heading\n\n  - not a list") { Language = "python" }, new ParagraphBlock("Done.")],
        };
        Assert.Equal("Run:\n\n```python\n# a comment, not a heading\n\n  - not a list\n```\n\nDone.\n", MarkdownRenderer.Render(document));
    }

    [Theory]
    [InlineData("no backticks", "```")]
    [InlineData("a `span` and ``two``", "```")]
    [InlineData("```js\nnested fence\n```", "````")]
    [InlineData("`````", "``````")]
    public void The_fence_is_longer_than_any_run_of_backticks_in_the_code(string code, string fence)
    {
        var document = new ExtractedDocument { InputKind = InputKind.Html, Blocks = [new CodeBlock(code)] };
        Assert.Equal($"{fence}\n{code}\n{fence}\n", MarkdownRenderer.Render(document));
    }

    [Fact]
    public void Plain_text_keeps_the_lines_of_code()
    {
        var document = new ExtractedDocument { InputKind = InputKind.Html, Text = "if x:\n    y()", Blocks = [new CodeBlock("if x:\n    y()")] };
        Assert.Equal("if x:\n    y()\n", PlainTextRenderer.Render(document));
    }
}
