using System.Text;

namespace ContentExtract.Rendering;

/// <summary>Writes a document as plain text: the title, a blank line, then <see cref="ExtractedDocument.Text"/>.</summary>
public static class PlainTextRenderer
{
    /// <summary>Renders the document as plain text.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The text, ending with a newline when not empty.</returns>
    public static string Render(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        if (document.Title is { } title)
        {
            text.Append(title).Append("\n\n");
        }

        text.Append(document.Text);
        return text.Length == 0 ? string.Empty : text.ToString().TrimEnd('\n') + "\n";
    }
}
