namespace ContentExtract;

/// <summary>
/// One block of the main content, in reading order. The hierarchy is closed: a block is a
/// <see cref="HeadingBlock"/>, <see cref="ParagraphBlock"/>, <see cref="QuoteBlock"/>,
/// <see cref="ListBlock"/>, <see cref="TableBlock"/> or <see cref="CodeBlock"/>.
/// </summary>
public abstract record ContentBlock
{
    private protected ContentBlock()
    {
    }

    /// <summary>The block's plain text, as it appears in <see cref="ExtractedDocument.Text"/>.</summary>
    public abstract string Text { get; }
}

/// <summary>A section heading inside the content.</summary>
/// <param name="Level">The heading level, 2 to 6 (level 1 is the page title).</param>
/// <param name="Text">The heading text.</param>
public sealed record HeadingBlock(int Level, string Text) : ContentBlock
{
    /// <inheritdoc />
    public override string Text { get; } = Text;
}

/// <summary>A paragraph of running text; line breaks the page makes inside it are kept as <c>\n</c>.</summary>
/// <param name="Text">The paragraph text.</param>
public sealed record ParagraphBlock(string Text) : ContentBlock
{
    /// <inheritdoc />
    public override string Text { get; } = Text;
}

/// <summary>A block quotation: a <c>&lt;blockquote&gt;</c> or a paragraph that is entirely quoted.</summary>
/// <param name="Text">The quoted text, quotation marks included as the page shows them.</param>
/// <param name="Speaker">Who is quoted, when the text names them; otherwise null.</param>
public sealed record QuoteBlock(string Text, string? Speaker) : ContentBlock
{
    /// <inheritdoc />
    public override string Text { get; } = Text;
}

/// <summary>A bulleted or numbered list inside the content.</summary>
/// <param name="Ordered">True for a numbered list.</param>
/// <param name="Items">The item texts, in order.</param>
public sealed record ListBlock(bool Ordered, IReadOnlyList<string> Items) : ContentBlock
{
    /// <inheritdoc />
    public override string Text => string.Join('\n', Items);
}

/// <summary>A table inside the content.</summary>
/// <param name="Rows">The rows, each a list of cell texts.</param>
public sealed record TableBlock(IReadOnlyList<IReadOnlyList<string>> Rows) : ContentBlock
{
    /// <inheritdoc />
    public override string Text => string.Join('\n', Rows.Select(row => string.Join('\t', row)));
}

/// <summary>
/// A preformatted block, such as a code listing (<c>&lt;pre&gt;</c>): its lines exactly as the page shows them,
/// with their indentation, runs of spaces, tabs and blank lines; only blank lines before the first line and
/// after the last are left out.
/// </summary>
/// <param name="Text">The lines, separated by <c>\n</c>.</param>
/// <param name="Language">
/// The language the page names for the code (<c>python</c> from <c>class="language-python"</c>, <c>lang-js</c>,
/// <c>highlight-source-python</c>, <c>brush: js</c> or <c>data-lang</c>), lower-cased; null when it names none.
/// </param>
public sealed record CodeBlock(string Text, string? Language) : ContentBlock
{
    /// <inheritdoc />
    public override string Text { get; } = Text;
}
