using ContentExtract.Html;
using ContentExtract.Segmentation;

namespace ContentExtract.Tests.Html;

public sealed class HtmlSegmenterTests
{
    private static IReadOnlyList<Segment> Segment(string body) =>
        new HtmlSegmenter().Segment($"<html><head><title>T</title></head><body>{body}</body></html>", PageInfo.None, CancellationToken.None).Segments;

    [Fact]
    public void Block_elements_make_segments_with_their_markup()
    {
        var segments = Segment("<h2>Section</h2><p>One <b>bold</b> paragraph.</p><ul><li>First</li><li>Second</li></ul><blockquote><p>Quoted words.</p></blockquote>");
        Assert.Equal(["Section", "One bold paragraph.", "First", "Second", "Quoted words."], segments.Select(s => s.Text));
        Assert.Equal(MarkupHint.Heading, segments[0].Markup);
        Assert.Equal(2, segments[0].MarkupHeadingLevel);
        Assert.Equal(MarkupHint.ListItem, segments[2].Markup);
        Assert.Equal(MarkupHint.BlockQuote, segments[4].Markup);
    }

    [Fact]
    public void A_single_br_breaks_a_line_and_a_double_br_separates_paragraphs()
    {
        var segments = Segment("<div>Line one<br>line two<br><br>Second paragraph</div>");
        Assert.Equal("Line one\nline two\n\nSecond paragraph", segments.Single().Text);
    }

    [Fact]
    public void Inline_tags_inside_chinese_text_add_no_spaces()
    {
        Assert.Equal("市长<李明>表示", Segment("<p>市长&lt;<a href=\"/x\">李明</a>&gt;表示</p>").Single().Text.Replace("&lt;", "<", StringComparison.Ordinal));
        Assert.Equal("市长李明表示", Segment("<p>市长<a href=\"/x\">李明</a>表示</p>").Single().Text);
    }

    [Fact]
    public void Links_that_touch_are_parted_by_a_space_except_in_chinese_text()
    {
        var menu = Segment("<nav><a href=\"/a\">Send Us Feedback</a><a href=\"/b\">About this Website</a><a href=\"/c\">Jobs</a></nav>").Single();
        Assert.Equal("Send Us Feedback About this Website Jobs", menu.Text);
        Assert.Equal(["Send Us Feedback", "About this Website", "Jobs"], menu.Links.Select(l => l.Text));
        Assert.Equal("新闻体育", Segment("<nav><a href=\"/a\">新闻</a><a href=\"/b\">体育</a></nav>").Single().Text);

        // A link that ends on punctuation, or a word that runs on from a link's text, is left as written.
        Assert.Equal("(see Smith)", Segment("<p>(<a href=\"/a\">see</a> <a href=\"/b\">Smith</a>)</p>").Single().Text);
        Assert.Equal("Smith's view", Segment("<p><a href=\"/a\">Smith</a>'s view</p>").Single().Text);
    }

    [Fact]
    public void Scripts_styles_forms_and_hidden_elements_are_skipped()
    {
        var segments = Segment("<script>var x = 1;</script><style>p{}</style><p hidden>secret</p><p style=\"display:none\">gone</p><select><option>A</option></select><p>Kept.</p>");
        Assert.Equal(["Kept."], segments.Select(s => s.Text));
    }

    [Fact]
    public void An_accordion_header_button_is_read_as_its_heading_and_other_buttons_stay_out()
    {
        // The WAI-ARIA accordion: the button inside the heading element, or the heading inside the button.
        var segments = Segment(
            "<h3><button aria-expanded=\"false\"><span class=\"icon\"></span>How long does delivery take?</button></h3><div><p>Three working days.</p></div>"
            + "<button type=\"button\"><h4>Can I return an order?</h4></button><div><p>Within a month.</p></div>"
            + "<p>Questions left? <button type=\"button\">Open chat</button></p>");
        Assert.Equal(["How long does delivery take?", "Three working days.", "Can I return an order?", "Within a month.", "Questions left?"], segments.Select(s => s.Text));
        Assert.Equal(MarkupHint.Heading, segments[0].Markup);
        Assert.Equal(3, segments[0].MarkupHeadingLevel);
        Assert.Equal(MarkupHint.Heading, segments[2].Markup);
    }

    [Fact]
    public void A_button_holds_a_heading_only_among_its_first_sixteen_elements_in_document_order()
    {
        // Nested spans come before their following siblings: the heading is the 16th element in the first button and the 17th
        // in the second, so only the first is an accordion header.
        static string Button(int spans) =>
            $"<button type=\"button\"><span><span></span></span>{string.Concat(Enumerable.Repeat("<span></span>", spans - 2))}<h4>Question {spans}</h4></button><p>Answer {spans}.</p>";

        var segments = Segment(Button(15) + Button(16));
        Assert.Equal(["Question 15", "Answer 15.", "Answer 16."], segments.Select(s => s.Text));
        Assert.Equal(MarkupHint.Heading, segments[0].Markup);
    }

    [Fact]
    public void Links_and_link_characters_are_recorded_and_resolved()
    {
        var page = new PageInfo { Url = new Uri("https://example.com/news/1.html") };
        var segment = new HtmlSegmenter().Segment("<p><a href=\"/a\">Alpha</a> and <a href=\"b\">Beta</a></p>", page, CancellationToken.None).Segments.Single();
        Assert.Equal(["https://example.com/a", "https://example.com/news/b"], segment.Links.Select(l => l.Url));
        Assert.Equal(9, segment.LinkChars);
    }

    [Fact]
    public void Data_table_rows_carry_their_cells_without_script_text()
    {
        var segments = Segment("<table><tr><th>Team</th><th>Points</th></tr><tr><td>Harwick<script>ad()</script></td><td>12</td></tr></table>");
        Assert.Equal(MarkupHint.TableRow, segments[1].Markup);
        Assert.Equal(["Harwick", "12"], segments[1].Cells);
    }

    [Fact]
    public void Markup_inside_a_script_template_is_never_read()
    {
        // A script's text is a program's data, whatever its type says: reading it took JavaScript for the article.
        var segments = Segment("<div class=\"post-body\"><p>Shown.</p><script type=\"text/template\"><p>The template is here.</p></script></div>");
        Assert.Equal("Shown.", segments.Single().Text);
    }

    [Fact]
    public void Segments_know_their_zone_and_whether_they_sit_in_the_article_body()
    {
        var segments = Segment("<div class=\"entry-content\"><p>Body text, long enough to count as prose for the guard, with commas and a stop.</p></div><div class=\"comments\"><p>A comment.</p></div>");
        Assert.True(segments[0].InArticleBody);
        Assert.Equal(PageZone.None, segments[0].Zone);
        Assert.Equal(PageZone.Comments, segments[1].Zone);
    }

    [Fact]
    public void A_furniture_zone_that_wraps_most_of_the_prose_is_undone()
    {
        const string prose = "<p>The council voted on Tuesday to turn the old rail yard into a park, with trails, a boat launch and a playground.</p>";
        var segments = Segment($"<div class=\"content-sidebar-wrap\">{prose}{prose}{prose}</div><div class=\"sidebar\"><p>Short.</p></div>");
        Assert.All(segments.Take(3), s => Assert.Equal(PageZone.None, s.Zone));
        Assert.Equal(PageZone.Sidebar, segments[3].Zone);
    }

    [Fact]
    public void A_pre_keeps_its_indentation_tabs_runs_of_spaces_and_blank_lines()
    {
        // The newline right after <pre> and the blank lines before </pre> are not part of the listing.
        var segment = Segment("<p>Before.</p><pre>\ndef area(r):\n    return 3.14  *  r * r\n\n\n\tprint(area(2))\n\n   \n</pre><p>After.</p>")[1];
        Assert.Equal("def area(r):\n    return 3.14  *  r * r\n\n\n\tprint(area(2))", segment.Text);
        Assert.Equal(MarkupHint.Preformatted, segment.Markup);
    }

    [Fact]
    public void The_first_line_keeps_its_indentation()
    {
        Assert.Equal("    x = 1\n        y = 2", Segment("<pre>\n\n    x = 1\n        y = 2\n</pre>").Single().Text);
    }

    [Fact]
    public void Highlighting_spans_and_links_inside_a_pre_give_their_text_and_keep_it_one_segment()
    {
        // Prism's "token comment" and "token tag" would name a comment or tag zone on any other element.
        var segment = Segment("""
            <pre class="language-python"><code class="language-python"><span class="token keyword">def</span> <span class="token function">greet</span><span class="token punctuation">(</span>name<span class="token punctuation">)</span><span class="token punctuation">:</span>
                <span class="token comment"># say hello</span>
                <span class="token keyword">return</span> <a href="/docs/f-strings">f"Hello, {name}"</a>
            </code></pre>
            """).Single();
        Assert.Equal("def greet(name):\n    # say hello\n    return f\"Hello, {name}\"", segment.Text);
        Assert.Equal(PageZone.None, segment.Zone);
        Assert.Equal("python", segment.CodeLanguage);
        Assert.Equal("f\"Hello, {name}\"", Assert.Single(segment.Links).Text);
    }

    [Fact]
    public void Br_and_line_blocks_inside_a_pre_are_line_breaks_and_do_not_split_it()
    {
        var segments = Segment("<pre>one<br>two<br><br><br>five<div class=\"line\">six</div><div class=\"line\">  seven</div>eight</pre>");
        Assert.Equal("one\ntwo\n\n\nfive\nsix\n  seven\neight", segments.Single().Text);
    }

    [Fact]
    public void Text_around_a_pre_is_collapsed_as_before()
    {
        var segments = Segment("<div>Run   this:\n  <pre>make   all</pre>  and then   that.</div>");
        Assert.Equal(["Run this:", "make   all", "and then that."], segments.Select(s => s.Text));
        Assert.Equal([MarkupHint.None, MarkupHint.Preformatted, MarkupHint.None], segments.Select(s => s.Markup));
    }

    [Fact]
    public void A_table_row_holding_a_pre_keeps_the_code_lines()
    {
        // Hugo and Pygments put line numbers and code in two cells of one row.
        var segments = Segment("<table class=\"lntable\"><tr><td><pre>1\n2</pre></td><td><pre><code class=\"language-go\">x := 1\ny := 2</code></pre></td></tr></table>");
        Assert.Equal(["1\n2", "x := 1\ny := 2"], segments.Select(s => s.Text));
        Assert.All(segments, s => Assert.Equal(MarkupHint.Preformatted, s.Markup));
        Assert.Equal("go", segments[1].CodeLanguage);
    }

    [Fact]
    public void Xmp_and_listing_are_preformatted_too()
    {
        var segments = Segment("<xmp>a  <b>\n  c</xmp><listing>\nd\n  e</listing>");
        Assert.Equal(["a  <b>\n  c", "d\n  e"], segments.Select(s => s.Text));
        Assert.All(segments, s => Assert.Equal(MarkupHint.Preformatted, s.Markup));
    }

    [Fact]
    public void The_parse_keeps_no_attribute_observer_and_reads_what_it_would_read_with_one()
    {
        // The elements whose attributes AngleSharp's observer acts on (an image's source, a stylesheet link, an input's
        // type, a frame's document): without the observer their attributes and the text around them read the same.
        const string Body = "<link rel=\"stylesheet\" href=\"/s.css\"><p class=\"lead\">Text <img src=\"/a.png\" srcset=\"/a2.png 2x\" alt=\"A\"> beside"
            + " <a href=\"/next\" rel=\"next\">a link</a>.</p><iframe srcdoc=\"<p>Framed</p>\"></iframe><form><input type=\"hidden\" value=\"x\"></form><p>After.</p>";
        var html = new HtmlSegmenter().Segment($"<html><head><title>T</title></head><body>{Body}</body></html>", new PageInfo { Url = new Uri("https://example.org/a/") }, CancellationToken.None);
        Assert.Empty(html.Document.Context.GetServices<AngleSharp.Dom.IAttributeObserver>());
        Assert.Equal(["Text beside a link.", "After."], html.Segments.Select(s => s.Text));
        Assert.Equal("https://example.org/next", html.Segments[0].Links.Single().Url);
        var image = html.Document.QuerySelector("img")!;
        Assert.Equal("/a2.png 2x", image.GetAttribute("srcset"));
        Assert.Equal("lead", html.Document.QuerySelector("p")!.ClassName);
    }

    [Theory]
    [InlineData("Harbour plan approved after long debate - Harwick Herald", "<title>Harwick Herald</title>")]
    [InlineData(null, "<title>Harbour plan approved after long debate | Harwick Herald</title>")]
    public void The_title_is_the_headline_a_stated_title_agrees_with_once_its_site_suffix_is_off(string? openGraph, string head)
    {
        // Several headlines stand before the one that agrees; each is held against the stated title without its suffix.
        string meta = openGraph is null ? string.Empty : $"<meta property=\"og:title\" content=\"{openGraph}\">";
        const string Body = "<h2>Weather</h2><h2>Most read</h2><h1>Harbour plan approved after long debate</h1><h2>Harbour plan</h2><p>Text.</p>";
        var html = new HtmlSegmenter().Segment($"<html><head>{head}{meta}</head><body>{Body}</body></html>", PageInfo.None, CancellationToken.None);
        Assert.Equal("Harbour plan approved after long debate", html.Title);
    }
}
