using ContentExtract.Text;

namespace ContentExtract.Segmentation;

/// <summary>
/// One source block of a page: a line or paragraph of a text dump, or a block element of an HTML
/// page. Both input paths produce segments, so noise, boilerplate and structure recognition are
/// written once. The stages fill in <see cref="Role"/> and <see cref="Reason"/> as they decide.
/// </summary>
internal sealed class Segment
{
    private TextStats? _stats;
    private (int Words, int Stopwords)? _functionWords;
    private string? _collapsedText;

    public Segment(int index, string text)
    {
        Index = index;
        Text = text;
    }

    /// <summary>Position among the page's segments.</summary>
    public int Index { get; }

    /// <summary>
    /// The block's text, trimmed; hard-wrapped lines already joined. A preformatted block
    /// (<see cref="MarkupHint.Preformatted"/>) keeps its lines exactly, indentation and blank lines included.
    /// </summary>
    public string Text { get; }

    public TextStats Stats => _stats ??= TextStats.Of(Text);

    /// <summary>
    /// The text with its runs of white space collapsed (<see cref="TextSpan.CollapseSpaces(string)"/>), made once: the
    /// title, link-list, teaser and body stages each compare blocks by it.
    /// </summary>
    public string CollapsedText => _collapsedText ??= TextSpan.CollapseSpaces(Text);

    /// <summary>The block's words and the function words among them (<see cref="LanguageIdentifier.CountStopwords"/>), counted once.</summary>
    public (int Words, int Stopwords) FunctionWords => _functionWords ??= LanguageIdentifier.CountStopwords(Text);

    /// <summary>Columns of indentation in a text dump; zero for HTML.</summary>
    public int Indent { get; init; }

    /// <summary>True when a blank line (or a block boundary with margin) separates this segment from the previous one.</summary>
    public bool GapBefore { get; init; }

    /// <summary>The bullet the block starts with (·, •, *, -, …), or '\0'.</summary>
    public char Bullet { get; init; }

    /// <summary>The text without its leading bullet.</summary>
    public string BodyText { get; init; } = string.Empty;

    /// <summary>Structure the source markup states outright (a heading level, a list item, a block quote).</summary>
    public MarkupHint Markup { get; init; }

    /// <summary>Heading level stated by markup (h1 = 1 … h6 = 6), or 0.</summary>
    public int MarkupHeadingLevel { get; init; }

    /// <summary>Characters of the text that sit inside links; zero where the source has no links.</summary>
    public int LinkChars { get; init; }

    /// <summary>The links inside the block, where the source has them.</summary>
    public IReadOnlyList<SegmentLink> Links { get; init; } = [];

    /// <summary>The page zone the block sits in (navigation, comments, captions …), from markup; None for text dumps.</summary>
    public PageZone Zone { get; set; }

    /// <summary>True when markup marks the block as part of the article's own text (itemprop=articleBody, "article-body").</summary>
    public bool InArticleBody { get; init; }

    /// <summary>
    /// The innermost block element around the segment, as its number in the page's <see cref="BlockTree"/>; -1 for text
    /// dumps (and for text outside every block). The elements around it are that element's chain of parents.
    /// </summary>
    public int Element { get; init; } = -1;

    /// <summary>True when the block comes from a <c>&lt;noscript&gt;</c> element: what the page shows a reader without JavaScript.</summary>
    public bool FromNoScript { get; init; }

    /// <summary>True when the block is a quotation's <c>&lt;cite&gt;</c> or <c>&lt;footer&gt;</c> alone: the line that signs it, by markup.</summary>
    public bool SignsQuote { get; init; }

    /// <summary>The language markup names for a preformatted block's code ("python"), or null.</summary>
    public string? CodeLanguage { get; init; }

    /// <summary>Table cells, for a table row from markup (and a text dump's data-table row, <see cref="MarkupHint.TableRow"/>).</summary>
    public IReadOnlyList<string>? Cells { get; init; }

    /// <summary>
    /// For a block of a text dump made of lines of one table (<see cref="PlainText.TextTableRecognizer"/>), those lines with
    /// their cells; empty elsewhere. The structure stage makes consecutive content blocks of one table a table block.
    /// </summary>
    public IReadOnlyList<PlainText.TextTableLine> TableLines { get; init; } = [];

    /// <summary>The number (from 1) of the text dump's table this block is of, or 0.</summary>
    public int Table => TableLines.Count > 0 ? TableLines[0].Table : 0;

    /// <summary>The context-free class the boilerplate stage gave the segment.</summary>
    public Boilerplate.BlockClass Class { get; set; } = Boilerplate.BlockClass.Short;

    /// <summary>True when the block's own words say it is furniture, whatever its zone or links; set with <see cref="Class"/>.</summary>
    public bool SaysFurniture { get; set; }

    /// <summary>The signal behind <see cref="Class"/>.</summary>
    public string ClassReason { get; set; } = string.Empty;

    /// <summary>What the stages decided the segment is; null while undecided.</summary>
    public BlockRole? Role { get; private set; }

    /// <summary>The signal behind <see cref="Role"/>.</summary>
    public string Reason { get; private set; } = string.Empty;

    public bool IsDecided => Role is not null;

    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;

    public void Decide(BlockRole role, string reason)
    {
        Role = role;
        Reason = reason;
    }

    public override string ToString() => $"#{Index} {Role?.ToString() ?? "?"} {Text}";
}

/// <summary>Structure stated by the source markup.</summary>
internal enum MarkupHint
{
    None,
    Heading,
    ListItem,
    OrderedListItem,
    BlockQuote,
    TableRow,
    Preformatted,
}

/// <summary>A link inside a segment.</summary>
internal sealed record SegmentLink(string Text, string? Url);
