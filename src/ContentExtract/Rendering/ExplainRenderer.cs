using System.Globalization;
using System.Text;

namespace ContentExtract.Rendering;

/// <summary>Lists every source block with the decision taken on it, so a user can see why text went missing.</summary>
public static class ExplainRenderer
{
    /// <summary>Renders the decisions as an HTML/Markdown comment, one line per source block.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The comment text.</returns>
    public static string Render(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder("\n<!-- explain: every source block, kept (+) or dropped (-), with the signal that decided it\n");
        text.Append("page kind: ").Append(JsonRenderer.NameOf(document.PageKind));
        if (document.PageKindEvidence.Count > 0)
        {
            text.Append(" (").AppendJoin("; ", document.PageKindEvidence).Append(')');
        }

        text.Append('\n');
        if (document.Selection is { } selection)
        {
            text.Append("article: ").Append(selection.Describe().Replace("--", "- -", StringComparison.Ordinal)).Append('\n');
        }

        foreach (var decision in document.Decisions)
        {
            // "--" would end the comment early.
            AppendDecision(text, decision, 80, escapeCommentEnd: true);
        }

        return text.Append("-->\n").ToString();
    }

    internal static void AppendDecision(StringBuilder text, BlockDecision decision, int maxChars, bool escapeCommentEnd)
    {
        string excerpt = decision.Text.Length > maxChars ? decision.Text[..maxChars] + "…" : decision.Text;
        excerpt = excerpt.Replace("\n", " / ", StringComparison.Ordinal);
        if (escapeCommentEnd)
        {
            excerpt = excerpt.Replace("--", "- -", StringComparison.Ordinal);
        }

        text.Append(decision.Kept ? "+ " : "- ")
            .Append(decision.Index.ToString("D3", CultureInfo.InvariantCulture)).Append(' ')
            .Append(JsonRenderer.NameOf(decision.Role)).Append(" (").Append(decision.Reason).Append("): ")
            .Append(excerpt).Append('\n');
    }
}
