using AngleSharp.Dom;
using ContentExtract.Text;

namespace ContentExtract.Html;

/// <summary>Reads what the page says about itself in its head: title, language, author, date, site name, description.</summary>
internal static class HtmlMetadataReader
{
    public static string? ReadTitle(IDocument document)
    {
        string? title = Meta(document, "og:title") ?? Meta(document, "twitter:title");
        if (!string.IsNullOrWhiteSpace(title))
        {
            return TextSpan.CollapseSpaces(title);
        }

        string? h1 = document.QuerySelector("h1")?.TextContent;
        if (!string.IsNullOrWhiteSpace(h1))
        {
            return TextSpan.CollapseSpaces(h1);
        }

        string pageTitle = document.Title ?? string.Empty;
        return pageTitle.Length > 0 ? TextSpan.CollapseSpaces(pageTitle) : null;
    }

    public static string? ReadLanguage(IDocument document)
    {
        string? lang = document.DocumentElement?.GetAttribute("lang") ?? Meta(document, "og:locale");
        if (string.IsNullOrWhiteSpace(lang))
        {
            return null;
        }

        int cut = lang.IndexOfAny(['-', '_']);
        string primary = (cut > 0 ? lang[..cut] : lang).Trim().ToLowerInvariant();
        return primary.Length is 2 or 3 ? primary : null;
    }

    public static DocumentMetadata ReadMetadata(IDocument document) => new(
        Author: Meta(document, "author") ?? Meta(document, "article:author"),
        Published: Meta(document, "article:published_time") ?? Meta(document, "pubdate") ?? Meta(document, "publishdate"),
        SiteName: Meta(document, "og:site_name"),
        Description: Meta(document, "description") ?? Meta(document, "og:description"));

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.Head?.Children ?? Enumerable.Empty<IElement>())
        {
            if (meta.LocalName != "meta")
            {
                continue;
            }

            string? key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                string? content = meta.GetAttribute("content");
                return string.IsNullOrWhiteSpace(content) ? null : TextSpan.CollapseSpaces(content);
            }
        }

        return null;
    }
}
