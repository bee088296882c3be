using System.Net;
using System.Text;
using ContentExtract.Pipeline;
using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.Selection;

/// <summary>
/// Adds the page's own text as its schema.org metadata states it (an article's <c>articleBody</c>, a product's
/// <c>description</c>) where the chosen content holds less than half of its words. Shops often render a product's
/// description with JavaScript from the data they also state as JSON-LD, so the markup a scraper stores shows the
/// price, the buttons and the legal notices, and not the description the page is for; a page that states its article's
/// body does the same. The stated text then comes first, as paragraphs, before whatever was chosen. HTML only: a text dump
/// states nothing. Runs once the body's blocks are built, so the comparison is with what the reader gets.
/// </summary>
internal sealed class StatedTextStage : IExtractionStage
{
    /// <summary>Word units below which a stated text is a tagline or a name, not a description worth adding.</summary>
    private const int MinStatedWords = 8;

    /// <summary>Share of the stated text's words that the content must hold for the stated text to count as shown.</summary>
    private const double MinShownShare = 0.5;

    /// <summary>Characters of stated text read: a description or an article body is far shorter; a longer one is cut at a paragraph.</summary>
    private const int MaxStatedChars = 64 * 1024;

    public void Run(ExtractionContext context)
    {
        if (context.StatedText is not { } stated || !context.Options.Applies(Rule.StatedTextFallback))
        {
            return;
        }

        var paragraphs = Paragraphs(stated.Length > MaxStatedChars ? stated[..MaxStatedChars] : stated);
        var statedWords = new List<string>();
        foreach (string paragraph in paragraphs)
        {
            AddWords(paragraph, statedWords);
        }

        if (statedWords.Count < MinStatedWords)
        {
            return;
        }

        var shown = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var block in context.Blocks)
        {
            words.Clear();
            AddWords(block.Text, words);
            shown.UnionWith(words);
        }

        int held = statedWords.Count(shown.Contains);
        if (held >= MinShownShare * statedWords.Count)
        {
            return;
        }

        // The stated text is no block of the page: its source segments stand past the page's last, so that no stage reads a
        // neighbour of theirs on the page as if it were one.
        int index = context.Segments.Count;
        var blocks = new List<ContentBlock>(paragraphs.Count);
        var sources = new List<Segment>(paragraphs.Count);
        foreach (string paragraph in paragraphs)
        {
            var source = new Segment(index++, paragraph);
            source.Decide(BlockRole.Content, $"the page's own text as its schema.org metadata states it; the page's blocks hold {held} of its {statedWords.Count} words");
            blocks.Add(new ParagraphBlock(paragraph));
            sources.Add(source);
        }

        context.Blocks.InsertRange(0, blocks);
        context.BlockSources.InsertRange(0, sources);
    }

    /// <summary>
    /// The stated text's paragraphs: character references decoded, markup taken out (an element that starts a block starts
    /// a paragraph, an inline one leaves its text in place), each line's spaces collapsed, blank lines dropped. One pass.
    /// </summary>
    internal static List<string> Paragraphs(string stated)
    {
        string text = WebUtility.HtmlDecode(stated);
        var plain = new StringBuilder(text.Length);
        int i = 0;

        // The next '>' at or after the cursor, found again only once the cursor has passed it, so that text full of '<'
        // with no '>' after them is read in one pass rather than searched to its end at every '<'.
        int nextClose = text.IndexOf('>');
        while (i < text.Length)
        {
            char c = text[i];
            if (nextClose >= 0 && nextClose <= i)
            {
                nextClose = text.IndexOf('>', i + 1);
            }

            int close = nextClose;
            if (c == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!') && close > 0)
            {
                // An inline element's text runs on as a browser shows it, with no space added.
                if (StartsBlock(text.AsSpan(i + 1, close - i - 1)))
                {
                    plain.Append('\n');
                }

                i = close + 1;
                continue;
            }

            plain.Append(c);
            i++;
        }

        var paragraphs = new List<string>();
        foreach (var line in plain.ToString().Split('\n'))
        {
            string collapsed = TextSpan.CollapseSpaces(line);
            if (collapsed.Length > 0)
            {
                paragraphs.Add(collapsed);
            }
        }

        return paragraphs;
    }

    /// <summary>True for a tag (its text between the angle brackets) of an element that starts a block: a paragraph, a line break, a list item, a heading, a row.</summary>
    private static bool StartsBlock(ReadOnlySpan<char> tag)
    {
        tag = tag.TrimStart('/');
        int end = 0;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end]))
        {
            end++;
        }

        var name = tag[..end];
        return name.Equals("p", StringComparison.OrdinalIgnoreCase) || name.Equals("br", StringComparison.OrdinalIgnoreCase)
            || name.Equals("div", StringComparison.OrdinalIgnoreCase) || name.Equals("li", StringComparison.OrdinalIgnoreCase)
            || name.Equals("ul", StringComparison.OrdinalIgnoreCase) || name.Equals("ol", StringComparison.OrdinalIgnoreCase)
            || name.Equals("tr", StringComparison.OrdinalIgnoreCase) || name.Equals("table", StringComparison.OrdinalIgnoreCase)
            || (name.Length == 2 && name[0] is 'h' or 'H' && name[1] is >= '1' and <= '6');
    }

    /// <summary>
    /// The text's words, lower-cased: runs of letters and digits, and each Chinese, Japanese or Korean character alone, as
    /// those scripts set words without spaces.
    /// </summary>
    internal static void AddWords(string text, List<string> words)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            bool wide = CharClass.IsCjk(c);
            if (char.IsLetterOrDigit(c) && !wide)
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }

            if (wide)
            {
                words.Add(text[i].ToString());
            }
        }
    }
}
