using System.Text;
using ContentExtract.Rendering;
using CsCheck;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Properties;

/// <summary>
/// Invariants of extraction over generated inputs (issue 11), checked with CsCheck: no exception but the documented
/// <see cref="ContentExtractionException"/>, the same bytes give the same output, allocations grow linearly with
/// the input, and no text between the source and the blocks and noise is silently lost. Each property runs a few
/// seconds at most; CsCheck shrinks a failure to a small input and prints its seed.
/// </summary>
[Collection(Growth.Collection)]
public sealed class ExtractionPropertyTests
{
    private static readonly string[] Words =
    [
        "harbor", "dredging", "council", "résumé", "naïve", "city", "river", "election", "museum", "budget", "school", "water",
        "公交", "线路", "优化", "方案", "市民", "交通", "Straße", "ölçüm", "новости", "город", "&amp;", "&lt;", "&#233;", "&nbsp;",
    ];

    private static readonly string[] BlockTags = ["p", "div", "section", "article", "blockquote", "li", "td", "h1", "h2", "h3", "pre", "nav", "footer", "aside", "header", "main"];

    private static readonly string[] InlineTags = ["a", "b", "i", "span", "em", "strong", "code", "small"];

    private static readonly string[] Classes = ["content", "article-body", "nav", "menu", "footer", "sidebar", "comment", "ad", "share", "related", "post", "entry"];

    private static readonly Gen<string> Word = Either(Gen.OneOf(Words), Gen.String[Gen.Char['a', 'z'], 1, 9]);

    private static readonly Gen<string> Sentence = Word.Array[1, 25].Select(words => string.Join(' ', words));

    /// <summary>Markup as a scraper finds it: nested blocks and inlines, classes, lists, tables, scripts, some tags left open.</summary>
    private static Gen<string> MarkupOf(bool alwaysClosed) => Gen.Recursive<string>((depth, self) =>
    {
        var text = Sentence;
        if (depth >= 5)
        {
            return text;
        }

        var inline = Gen.Select(Gen.OneOf(InlineTags), self, (tag, inner) => $"<{tag} href=\"/x\">{inner}</{tag}>");
        var block = Gen.Select(Gen.OneOf(BlockTags), Gen.OneOf(Classes), self.Array[1, 4], Gen.Bool,
            (tag, cls, children, close) => $"<{tag} class=\"{cls}\">{string.Concat(children)}{(close || alwaysClosed ? $"</{tag}>" : string.Empty)}");
        var list = Sentence.Array[1, 6].Select(items => "<ul>" + string.Concat(items.Select(i => $"<li><a href=\"/{i.Length}\">{i}</a></li>")) + "</ul>");
        var table = Sentence.Array[1, 4].Select(cells => "<table><tr>" + string.Concat(cells.Select(c => $"<td>{c}</td>")) + "</tr></table>");
        var script = Sentence.Select(s => $"<script>var x = \"{s}\";</script><br>");
        return Gen.Frequency<string>((4, text), (3, block), (2, inline), (1, list), (1, table), (1, script));
    });

    /// <summary>Markup as a scraper finds it, some tags left open.</summary>
    private static readonly Gen<string> Markup = MarkupOf(alwaysClosed: false);

    /// <summary>Markup whose blocks all close: repeating it repeats the structure instead of nesting it deeper.</summary>
    private static readonly Gen<string> ClosedMarkup = MarkupOf(alwaysClosed: true);

    private static readonly Gen<string> Page = Gen.Select(Sentence, Markup.Array[1, 8], (title, body) =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>{string.Concat(body)}</body></html>");

    /// <summary>Text dumps: lines of words, some indented, some bullets or rules, blank lines between paragraphs.</summary>
    private static readonly Gen<string> Dump = Gen.Frequency<string>(
            (6, Sentence),
            (2, Sentence.Select(s => "   " + s)),
            (1, Sentence.Select(s => "  * " + s)),
            (1, Gen.Const(string.Empty)),
            (1, Gen.Const("________________")))
        .Array[1, 60].Select(lines => string.Join('\n', lines) + "\n");

    private static readonly Gen<byte[]> Bytes = Gen.Byte.Array[0, 3000];

    [Fact]
    public void Generated_pages_raise_nothing_but_the_documented_exception() =>
        Either(Page.Select(p => (Encoding.UTF8.GetBytes(p), InputMode.Auto)), Dump.Select(d => (Encoding.UTF8.GetBytes(d), InputMode.Text)))
            .Sample(input => ExtractOrDocumentedFailure(input.Item1, input.Item2), iter: 150);

    [Fact]
    public void Random_bytes_raise_nothing_but_the_documented_exception() =>
        Gen.Select(Bytes, Gen.OneOf(InputMode.Auto, InputMode.Html, InputMode.Text))
            .Sample((bytes, mode) => ExtractOrDocumentedFailure(bytes, mode), iter: 300);

    [Fact]
    public void Mutated_pages_raise_nothing_but_the_documented_exception() =>
        Gen.Select(Page, Gen.Int[0, 1 << 20].Array[1, 12], Gen.Byte.Array[12, 12], (page, positions, values) =>
            {
                var bytes = Encoding.UTF8.GetBytes(page);
                for (int i = 0; i < positions.Length; i++)
                {
                    bytes[positions[i] % bytes.Length] = values[i];
                }

                return bytes;
            })
            .Sample(bytes => ExtractOrDocumentedFailure(bytes, InputMode.Auto), iter: 150);

    [Fact]
    public void The_same_bytes_give_the_same_output() =>
        Either(Page.Select(p => (p, InputMode.Html)), Dump.Select(d => (d, InputMode.Text)))
            .Sample(input =>
            {
                var bytes = Encoding.UTF8.GetBytes(input.Item1);
                string first = Render(ContentExtractor.Default.Extract(bytes, input.Item2));
                string second = Render(new ContentExtractor().Extract(bytes, input.Item2));
                Assert.Equal(first, second);
            }, iter: 80);

    [Fact]
    public void Allocations_grow_linearly_with_the_page()
    {
        // The page's body repeated: four times the input may allocate at most six times as much (plus a fixed
        // allowance for the first-use costs of a page), and never more than a constant times its size. The blocks
        // close: a body with open tags repeated nests each copy inside the last, and in this process AngleSharp's scope
        // checks, until the runtime has optimized them, box an enum for every open element at each block's start tag,
        // which grows with the depth (up to MarkupGuard's 512 levels). This property found that; our own share (every
        // segment held a copy of its block ancestry) is gone, and PeakMemoryTests checks the growth with the code optimized.
        Gen.Select(ClosedMarkup.Array[2, 6], Sentence).Sample((body, title) =>
        {
            string Make(int copies) =>
                $"<html><head><title>{title}</title></head><body>{string.Concat(Enumerable.Repeat(string.Concat(body), copies))}</body></html>";

            var one = Encoding.UTF8.GetBytes(Make(8));
            var four = Encoding.UTF8.GetBytes(Make(32));
            long atOne = Allocated(one);
            long atFour = Allocated(four);
            Assert.True(atFour <= 6 * atOne + (1 << 20), $"{one.Length} bytes allocate {atOne:N0}; {four.Length} bytes allocate {atFour:N0}");
            Assert.True(atFour <= MaxAllocatedPerByte * four.Length + (4 << 20), $"{four.Length} bytes allocate {atFour:N0} ({atFour / four.Length} a byte)");
        }, iter: 25);
    }

    [Fact]
    public void Allocations_grow_linearly_with_a_text_dump() =>
        Dump.Sample(dump =>
        {
            var one = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(dump + "\n", 8)));
            var four = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(dump + "\n", 32)));
            long atOne = Allocated(one, InputMode.Text);
            long atFour = Allocated(four, InputMode.Text);
            Assert.True(atFour <= 6 * atOne + (1 << 20), $"{one.Length} bytes allocate {atOne:N0}; {four.Length} bytes allocate {atFour:N0}");
            Assert.True(atFour <= MaxAllocatedPerByte * four.Length + (4 << 20), $"{four.Length} bytes allocate {atFour:N0} ({atFour / four.Length} a byte)");
        }, iter: 25);

    [Fact]
    public void No_word_of_a_text_dump_is_lost_between_the_source_and_the_blocks() =>
        Dump.Sample(dump =>
        {
            var document = ContentExtractor.Default.Extract(dump, InputMode.Text);
            var seen = Tokens(Accounted(document));
            var lost = Tokens(dump).Where(t => !seen.Contains(t)).ToList();
            Assert.True(lost.Count == 0, $"lost: {string.Join(", ", lost.Take(10))} from {dump}");
        }, iter: 120);

    [Fact]
    public void No_word_of_a_page_is_lost_between_the_source_and_the_blocks() =>
        Page.Sample(page =>
        {
            var document = ContentExtractor.Default.Extract(page, InputMode.Html);

            // Inline elements join their text to the next without a space ("one</i>two" reads "onetwo"), so a
            // word of a text node is looked for inside the accounted text with its white space taken out.
            string seen = string.Concat(Accounted(document).Where(c => !char.IsWhiteSpace(c)));
            var lost = Tokens(VisibleText(page)).Where(t => !seen.Contains(t, StringComparison.Ordinal)).ToList();
            Assert.True(lost.Count == 0, $"lost: {string.Join(", ", lost.Take(10))} from {page}");
        }, iter: 120);

    /// <summary>A generous bound on what an extraction allocates for each byte of a generated page: a constant, not a tight figure.</summary>
    private const long MaxAllocatedPerByte = 2000;

    private static Gen<T> Either<T>(params Gen<T>[] gens) => Gen.OneOf([.. gens.Cast<IGen<T>>()]);

    private static void ExtractOrDocumentedFailure(byte[] bytes, InputMode mode)
    {
        try
        {
            var document = ContentExtractor.Default.Extract(bytes, mode);
            Render(document);
            MarkdownRenderer.Render(document);
            PlainTextRenderer.Render(document);
        }
        catch (ContentExtractionException)
        {
        }
    }

    private static string Render(ExtractedDocument document) => JsonRenderer.Render(document, "property", indented: false, explain: true);

    /// <summary>
    /// Without the SmartReader second opinion: it is asked only where the judge doubts, so a page and the same page
    /// repeated may differ in whether it runs, a step in allocations that says nothing about how our passes grow.
    /// </summary>
    private static readonly ContentExtractor WithoutSecondOpinion = new(new ExtractionOptions
    {
        DisabledRules = new HashSet<ContentExtract.Pipeline.Rule> { ContentExtract.Pipeline.Rule.SecondOpinionOnDoubt },
    });

    private static long Allocated(byte[] bytes, InputMode mode = InputMode.Html)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        WithoutSecondOpinion.Extract(bytes, mode);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>Every place a source word may go: a block (kept or dropped), the title, the breadcrumb, noise, link lists.</summary>
    private static string Accounted(ExtractedDocument document) => string.Join('\n',
        document.Decisions.Select(d => d.Text)
            .Append(document.Title ?? string.Empty)
            .Append(document.Text)
            .Concat(document.Breadcrumb.Select(b => b.Text))
            .Concat(document.Noise.Select(n => n.Text))
            .Concat(document.LinkLists.SelectMany(l => l.Links.Select(k => k.Text))));

    /// <summary>The text a reader sees in the body: tags, scripts and the head taken out, entities decoded.</summary>
    private static string VisibleText(string page)
    {
        var parsed = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        foreach (var hidden in parsed.QuerySelectorAll("script, style").ToList())
        {
            hidden.Remove();
        }

        // Text node by text node: block boundaries separate words even where the markup puts no space.
        var texts = new List<string>();
        var pending = new Stack<AngleSharp.Dom.INode>([parsed.Body!]);
        while (pending.TryPop(out var node))
        {
            if (node is AngleSharp.Dom.IText text)
            {
                texts.Add(text.Data);
            }

            foreach (var child in node.ChildNodes)
            {
                pending.Push(child);
            }
        }

        return string.Join(' ', texts);
    }

    /// <summary>Latin-script words and single CJK characters: joining wrapped lines may move spaces, never letters.</summary>
    private static HashSet<string> Tokens(string text)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (char c in text)
        {
            if (c is >= '\u3400' and <= '\u9FFF')
            {
                Flush();
                tokens.Add(c.ToString());
            }
            else if (char.IsLetter(c))
            {
                word.Append(c);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (word.Length > 0)
            {
                tokens.Add(word.ToString());
                word.Clear();
            }
        }
    }
}
