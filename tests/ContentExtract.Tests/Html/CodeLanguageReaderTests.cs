using ContentExtract.Html;

namespace ContentExtract.Tests.Html;

/// <summary>The language a page names for a code listing, in the markup of the usual highlighters.</summary>
public sealed class CodeLanguageReaderTests
{
    private static string? Language(string body) =>
        new HtmlSegmenter().Segment($"<html><body>{body}</body></html>", PageInfo.None, CancellationToken.None).Segments.Single().CodeLanguage;

    [Theory]
    [InlineData("<pre><code class=\"language-python\">x = 1</code></pre>", "python")]
    [InlineData("<pre class=\"language-TypeScript line-numbers\"><code>x = 1</code></pre>", "typescript")]
    [InlineData("<pre class=\"prettyprint lang-js\">x = 1</pre>", "js")]
    [InlineData("<div class=\"highlight highlight-source-python notranslate\"><pre>x = 1</pre></div>", "python")]
    [InlineData("<div class=\"highlight-bash notranslate\"><div class=\"highlight\"><pre>x = 1</pre></div></div>", "bash")]
    [InlineData("<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>x = 1</code></pre></div></div>", "ruby")]
    [InlineData("<pre class=\"brush: js; gutter: false\">x = 1</pre>", "js")]
    [InlineData("<pre class=\"brush:csharp\">x = 1</pre>", "csharp")]
    [InlineData("<pre tabindex=\"0\" class=\"chroma\"><code class=\"language-go\" data-lang=\"go\">x = 1</code></pre>", "go")]
    [InlineData("<pre data-lang=\"C++\">x = 1</pre>", "c++")]
    [InlineData("<pre data-language=\"shell\">x = 1</pre>", "shell")]
    public void The_highlighters_markup_names_the_language(string body, string language) =>
        Assert.Equal(language, Language(body));

    [Theory]
    [InlineData("<pre>x = 1</pre>")]
    [InlineData("<pre class=\"code-block\">x = 1</pre>")]
    [InlineData("<pre><code class=\"language-none\">x = 1</code></pre>")]
    [InlineData("<div class=\"highlight-default notranslate\"><pre>x = 1</pre></div>")]
    [InlineData("<div class=\"highlight-container\"><pre>x = 1</pre></div>")]
    [InlineData("<pre class=\"language-<script>\">x = 1</pre>")]
    [InlineData("<div class=\"lang-en\"><pre>x = 1</pre></div>")]
    [InlineData("<div class=\"language-python\"><div><div><pre>x = 1</pre></div></div></div>")]
    public void No_language_is_made_up(string body) => Assert.Null(Language(body));
}
