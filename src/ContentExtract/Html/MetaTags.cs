using AngleSharp.Dom;
using ContentExtract.Text;

namespace ContentExtract.Html;

/// <summary>
/// The page's meta tags by name (<c>property</c>, else <c>name</c>, else in the head <c>itemprop</c>), read in one pass.
/// The readers ask for about a dozen names a page (title, type, language, dates, author, site, description); asked of
/// the head each time, every question walked every meta element and read three attributes of each.
/// </summary>
internal sealed class MetaTags
{
    /// <summary>The first meta element of each name: the head's before the body's, each in document order.</summary>
    private readonly Dictionary<string, IElement> _first = new(StringComparer.OrdinalIgnoreCase);

    private MetaTags()
    {
    }

    /// <summary>Reads the meta tags of the head, then those before the body's first block.</summary>
    public static MetaTags Read(IDocument document)
    {
        var tags = new MetaTags();
        if (document.Head is { } head)
        {
            foreach (var meta in head.Children)
            {
                if (meta.LocalName == "meta" && (meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop")) is { } key)
                {
                    tags._first.TryAdd(key, meta);
                }
            }
        }

        // Markup a head may not hold (a tracking pixel's <noscript><img>) ends the head early, and the tags after it open
        // the body; those are still the page's. They stand before the first block of the page; microdata's itemprop tags
        // further down describe other things.
        if (document.Body is { } body)
        {
            foreach (var element in body.Children)
            {
                if (HtmlLexicon.BlockElements.Contains(element.LocalName))
                {
                    break;
                }

                if (element.LocalName == "meta" && (element.GetAttribute("property") ?? element.GetAttribute("name")) is { } key)
                {
                    tags._first.TryAdd(key, element);
                }
            }
        }

        return tags;
    }

    /// <summary>
    /// The content of the first meta tag of the name (compared without case), spaces collapsed; null when no tag has the
    /// name or the first one states nothing.
    /// </summary>
    public string? this[string name]
    {
        get
        {
            if (!_first.TryGetValue(name, out var meta))
            {
                return null;
            }

            string? content = meta.GetAttribute("content");
            return string.IsNullOrWhiteSpace(content) ? null : TextSpan.CollapseSpaces(content);
        }
    }
}
