using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ContentExtract.Evaluation.Injection;

/// <summary>
/// Renders an error document as the lines a text dump of a page holding it would show: the title, then the visible
/// text of each block-level element on a line of its own, whitespace collapsed, the cells of a table row on one line.
/// </summary>
/// <remarks>
/// A dump tool breaks lines at <c>&lt;br&gt;</c> and keeps the lines of <c>&lt;pre&gt;</c>, so this does too. Rules
/// (<c>&lt;hr&gt;</c>) are left out: each dump tool draws them differently, and the lines of text are what a detector
/// must recognise. The title comes first because a naive scraper's dump starts with it.
/// </remarks>
internal static class ErrorBodyText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "legend",
        "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "tr", "ul",
    };

    private static readonly HashSet<string> InvisibleElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "noscript", "template", "svg", "iframe", "object",
    };

    /// <summary>The document's visible lines, none empty.</summary>
    public static IReadOnlyList<string> Lines(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var lines = new List<string>();
        var line = new StringBuilder();
        if (Collapse(document.Title) is { Length: > 0 } title)
        {
            lines.Add(title);
        }

        if (document.Body is not null)
        {
            Render(document.Body, preformatted: false, lines, line);
        }

        Flush(lines, line);
        return lines;
    }

    private static void Render(INode node, bool preformatted, List<string> lines, StringBuilder line)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text when preformatted:
                    string[] parts = text.Data.Split('\n');
                    for (int index = 0; index < parts.Length; index++)
                    {
                        if (index > 0)
                        {
                            Flush(lines, line);
                        }

                        line.Append(parts[index]);
                    }

                    break;
                case IText text:
                    line.Append(text.Data);
                    break;
                case IElement element when IsHidden(element):
                    break;
                case IElement element when element.LocalName == "br":
                    Flush(lines, line);
                    break;
                case IElement element when element.LocalName is "td" or "th":
                    // Cells of one row share its line, as dump tools lay a table out.
                    line.Append(' ');
                    Render(element, preformatted, lines, line);
                    line.Append(' ');
                    break;
                case IElement element when BlockElements.Contains(element.LocalName):
                    Flush(lines, line);
                    Render(element, preformatted || element.LocalName == "pre", lines, line);
                    Flush(lines, line);
                    break;
                case IElement element:
                    Render(element, preformatted, lines, line);
                    break;
            }
        }
    }

    private static bool IsHidden(IElement element) =>
        InvisibleElements.Contains(element.LocalName)
        || element.HasAttribute("hidden")
        || (element.GetAttribute("style")?.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase) ?? false);

    private static void Flush(List<string> lines, StringBuilder line)
    {
        string text = Collapse(line.ToString());
        line.Clear();
        if (text.Length > 0)
        {
            lines.Add(text);
        }
    }

    private static string Collapse(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
