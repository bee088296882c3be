using System.Collections.Frozen;

namespace ContentExtract.Html;

/// <summary>Element classes the HTML path needs, built once.</summary>
internal static class HtmlLexicon
{
    /// <summary>Elements whose text is never page content.</summary>
    public static readonly FrozenSet<string> NeverContent = FrozenSet.ToFrozenSet(
        ["script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select", "option", "button", "input", "textarea", "head", "title", "video", "audio", "map", "dialog"]);

    /// <summary>Elements that start and end a block of text.</summary>
    public static readonly FrozenSet<string> BlockElements = FrozenSet.ToFrozenSet(
        [
            "address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "thead", "tfoot", "td", "th", "tr", "ul", "caption", "body", "html", "menu", "legend", "dir", "frameset", "frame", "listing", "xmp", "plaintext",
        ]);

    /// <summary>Elements that make a table row layout, not data, when they stand inside it; matched as CSS matches a type, in any case.</summary>
    public static readonly FrozenSet<string> RowBlockElements = FrozenSet.ToFrozenSet(["p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "pre"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements whose white space is the text's layout (a code listing's lines and indentation), kept as it is.</summary>
    public static readonly FrozenSet<string> PreformattedElements = FrozenSet.ToFrozenSet(["pre", "listing", "xmp", "plaintext"]);
}
