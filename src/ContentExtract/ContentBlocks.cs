namespace ContentExtract;

/// <summary>
/// One block of the main content, in reading order. The hierarchy is closed: a block is a
/// <see cref="HeadingBlock"/>, <see cref="ParagraphBlock"/>, <see cref="QuoteBlock"/>,
/// <see cref="ListBlock"/>, <see cref="TableBlock"/> or <see cref="CodeBlock"/>.
/// </summary>
/// <remarks>
/// Blocks are compared by value, their lists by content. A block whose content is its text takes the text in its
/// constructor; every other value is an <c>init</c> property, so that a value added later breaks no caller.
/// </remarks>
public abstract record ContentBlock
{
    private protected ContentBlock()
    {
    }

    /// <summary>The block's plain text, as it appears in <see cref="ExtractedDocument.Text"/>.</summary>
    public abstract string Text { get; }
}

/// <summary>A section heading inside the content.</summary>
/// <example><c>new HeadingBlock("Background") { Level = 2 }</c></example>
public sealed record HeadingBlock : ContentBlock
{
    /// <summary>Creates a heading; its <see cref="Level"/> is required too.</summary>
    /// <param name="text">The heading text.</param>
    public HeadingBlock(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The heading level, 2 to 6 (level 1 is the page title).</summary>
    public required int Level { get; init; }

    /// <summary>The heading text.</summary>
    public override string Text { get; }
}

/// <summary>A paragraph of running text; line breaks the page makes inside it are kept as <c>\n</c>.</summary>
public sealed record ParagraphBlock : ContentBlock
{
    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">The paragraph text.</param>
    public ParagraphBlock(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The paragraph text.</summary>
    public override string Text { get; }
}

/// <summary>A block quotation: a <c>&lt;blockquote&gt;</c> or a paragraph that is entirely quoted.</summary>
public sealed record QuoteBlock : ContentBlock
{
    /// <summary>Creates a quotation block.</summary>
    /// <param name="text">The quoted text, quotation marks included as the page shows them.</param>
    public QuoteBlock(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The quoted text, quotation marks included as the page shows them.</summary>
    public override string Text { get; }

    /// <summary>Who is quoted, when the text names them; otherwise null.</summary>
    public string? Speaker { get; init; }
}

/// <summary>A bulleted or numbered list inside the content.</summary>
public sealed record ListBlock : ContentBlock
{
    /// <summary>True for a numbered list.</summary>
    public bool Ordered { get; init; }

    /// <summary>The item texts, in order; compared by content.</summary>
    public required IReadOnlyList<string> Items { get; init => field = ValueList.From(value); }

    /// <inheritdoc />
    public override string Text => string.Join('\n', Items);
}

/// <summary>A table inside the content.</summary>
public sealed record TableBlock : ContentBlock
{
    /// <summary>The rows, each a list of cell texts; compared by content.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Rows { get; init => field = ValueList.Rows(value); }

    /// <inheritdoc />
    public override string Text => string.Join('\n', Rows.Select(row => string.Join('\t', row)));
}

/// <summary>
/// A preformatted block, such as a code listing (<c>&lt;pre&gt;</c>): its lines exactly as the page shows them,
/// with their indentation, runs of spaces, tabs and blank lines; only blank lines before the first line and
/// after the last are left out.
/// </summary>
public sealed record CodeBlock : ContentBlock
{
    /// <summary>Creates a preformatted block.</summary>
    /// <param name="text">The lines, separated by <c>\n</c>.</param>
    public CodeBlock(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The lines, separated by <c>\n</c>.</summary>
    public override string Text { get; }

    /// <summary>
    /// The language the page names for the code (<c>python</c> from <c>class="language-python"</c>, <c>lang-js</c>,
    /// <c>highlight-source-python</c>, <c>brush: js</c> or <c>data-lang</c>), lower-cased; null when it names none.
    /// </summary>
    public string? Language { get; init; }
}
