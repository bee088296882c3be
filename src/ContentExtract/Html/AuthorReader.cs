using AngleSharp.Dom;
using ContentExtract.Text;

namespace ContentExtract.Html;

/// <summary>
/// Finds the author's name. Sources in the order they are trusted: the JSON-LD article's author when it is a person
/// (or says nothing of its kind), the <c>author</c> meta tag, <c>article:author</c>, the byline the markup marks
/// (<c>rel="author"</c>, <c>itemprop="author"</c>), and last a JSON-LD author that is an organization. A value that is
/// an address is never a name: Open Graph's <c>article:author</c> is meant to hold a profile URL, and a page that puts
/// one there (<c>https://www.latimes.com/people/meg-james</c>) still names its author in JSON-LD or its byline.
/// </summary>
internal static class AuthorReader
{
    /// <summary>Characters of a name: longer text is a sentence or a whole byline block, not a name.</summary>
    private const int MaxNameLength = 100;

    /// <summary>Lead-ins a byline puts before the name.</summary>
    private static readonly string[] BylinePrefixes = ["By ", "by ", "BY ", "Von ", "Par ", "Por ", "Door ", "Di ", "Av ", "文/", "作者：", "作者:"];

    /// <summary>The author's name, or several joined by ", "; null when no source names one.</summary>
    /// <param name="authorMarks">The body's elements that mark a byline, in document order (the page survey finds them).</param>
    /// <param name="meta">The page's meta tags.</param>
    /// <param name="jsonLd">What the page's JSON-LD says of its article.</param>
    public static string? Read(IReadOnlyList<IElement> authorMarks, MetaTags meta, JsonLdArticleReader.Facts jsonLd) =>
        jsonLd.People
        ?? Name(meta["author"])
        ?? Name(meta["article:author"])
        ?? FromMarkup(authorMarks)
        ?? jsonLd.Organizations;

    /// <summary>True when a <c>rel</c> or <c>itemprop</c> value marks a byline: it holds the token <c>author</c>.</summary>
    internal static bool MarksAuthor(string? value) => HasToken(value, "author");

    /// <summary>The text as a name: trimmed of a byline's lead-in; null for an address, an empty or an overlong text.</summary>
    internal static string? Name(string? text)
    {
        if (text is null)
        {
            return null;
        }

        string name = TextSpan.CollapseSpaces(text);
        foreach (string prefix in BylinePrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length)
            {
                name = name[prefix.Length..].TrimStart();
                break;
            }
        }

        return name.Length is > 0 and <= MaxNameLength && !TextSpan.IsWebAddress(name) ? name : null;
    }

    /// <summary>The first marked byline in the body: a <c>rel="author"</c> link's text, or an <c>itemprop="author"</c> element's name.</summary>
    private static string? FromMarkup(IReadOnlyList<IElement> authorMarks)
    {
        foreach (var element in authorMarks)
        {
            string? name = null;
            if (HasToken(element.GetAttribute("rel"), "author"))
            {
                name = HtmlBreadcrumbReader.BoundedText(element, MaxNameLength);
            }
            else if (HasToken(element.GetAttribute("itemprop"), "author"))
            {
                name = element.GetAttribute("content")
                    ?? ItemName(element)
                    ?? HtmlBreadcrumbReader.BoundedText(element, MaxNameLength);
            }

            if (Name(name) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The <c>itemprop="name"</c> inside an author item (<c>&lt;span itemprop="author" itemscope&gt;&lt;span itemprop="name"&gt;</c>).</summary>
    private static string? ItemName(IElement author)
    {
        foreach (var element in ElementWalk.Below(author, new Stack<IElement>()))
        {
            if (HasToken(element.GetAttribute("itemprop"), "name"))
            {
                return element.GetAttribute("content") ?? HtmlBreadcrumbReader.BoundedText(element, MaxNameLength);
            }
        }

        return null;
    }

    /// <summary>True when the space-separated attribute value holds the token (<c>rel="author noopener"</c>).</summary>
    private static bool HasToken(string? value, string token) =>
        value is not null && value.Contains(token, StringComparison.OrdinalIgnoreCase)
        && value.Split(AttributeSpaces, StringSplitOptions.RemoveEmptyEntries).Contains(token, StringComparer.OrdinalIgnoreCase);

    private static readonly char[] AttributeSpaces = [' ', '\t', '\n', '\r', '\f'];
}
