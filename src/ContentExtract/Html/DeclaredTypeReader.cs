using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ContentExtract.Html;

/// <summary>What a page declares itself to be, in schema.org types and Open Graph; several may hold at once.</summary>
[Flags]
internal enum DeclaredTypes
{
    None = 0,

    /// <summary>An article, blog post, news report (og:type article, schema.org *Article, BlogPosting, Report).</summary>
    Article = 1,

    /// <summary>A product (schema.org Product, ProductGroup, og:type product).</summary>
    Product = 2,

    /// <summary>A discussion: a forum thread, a question with answers (DiscussionForumPosting, QAPage, Question).</summary>
    Discussion = 4,

    /// <summary>A list of things: a collection, a search result, a catalogue (CollectionPage, ItemList, SearchResultsPage, OfferCatalog).</summary>
    Collection = 8,
}

/// <summary>
/// Reads the types a page declares in its JSON-LD, microdata and Open Graph. JSON-LD is scanned for its
/// <c>"@type"</c> values by hand, in one pass over each script, so that a hostile script cannot make it slow.
/// </summary>
internal static class DeclaredTypeReader
{
    /// <summary>Bytes of JSON-LD read per page: type declarations sit near the top of their objects.</summary>
    private const int MaxScriptChars = 256 * 1024;

    /// <param name="document">The parsed page.</param>
    /// <param name="statingScripts">
    /// Filled, when given, with the JSON-LD scripts that declare an article or a product, hidden parts of the page
    /// included: the ones that may state the page's own text (<see cref="JsonLdArticleReader.ReadStatedText"/>).
    /// </param>
    public static DeclaredTypes Read(IDocument document, List<string>? statingScripts = null)
    {
        var types = DeclaredTypes.None;
        if (HtmlMetadataReader.Meta(document, "og:type") is { } ogType)
        {
            types |= ogType.StartsWith("article", StringComparison.OrdinalIgnoreCase) ? DeclaredTypes.Article
                : ogType.StartsWith("product", StringComparison.OrdinalIgnoreCase) ? DeclaredTypes.Product : DeclaredTypes.None;
        }

        // One walk over every element, head and hidden parts included, for JSON-LD scripts and microdata types.
        foreach (var element in ElementWalk.Below(document, new Stack<IElement>()))
        {
            if (element is IHtmlScriptElement script && string.Equals(script.Type?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                string text = script.Text;
                var declared = ReadJsonLd(text.AsSpan(0, Math.Min(text.Length, MaxScriptChars)));
                types |= declared;
                if ((declared & (DeclaredTypes.Article | DeclaredTypes.Product)) != 0)
                {
                    statingScripts?.Add(text);
                }
            }

            if (element.GetAttribute("itemtype") is { } itemType)
            {
                int slash = itemType.LastIndexOf('/');
                types |= Classify(itemType.AsSpan(slash + 1).Trim());
            }
        }

        return types;
    }

    /// <summary>Every value of every <c>"@type"</c> key: a string, or an array of strings.</summary>
    internal static DeclaredTypes ReadJsonLd(ReadOnlySpan<char> json)
    {
        var types = DeclaredTypes.None;
        const string Key = "\"@type\"";
        int at = 0;
        while (at < json.Length)
        {
            int found = json[at..].IndexOf(Key, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            int i = at + found + Key.Length;
            i = SkipSpaces(json, i);
            if (i >= json.Length || json[i] != ':')
            {
                at = i;
                continue;
            }

            i = SkipSpaces(json, i + 1);
            bool array = i < json.Length && json[i] == '[';
            if (array)
            {
                i++;
            }

            while (true)
            {
                i = SkipSpaces(json, i);
                if (i >= json.Length || json[i] != '"')
                {
                    break;
                }

                int end = json[(i + 1)..].IndexOf('"');
                if (end < 0)
                {
                    return types;
                }

                types |= Classify(json.Slice(i + 1, end));
                i += end + 2;
                i = SkipSpaces(json, i);
                if (!array || i >= json.Length || json[i] != ',')
                {
                    break;
                }

                i++;
            }

            at = i;
        }

        return types;
    }

    private static int SkipSpaces(ReadOnlySpan<char> json, int i)
    {
        while (i < json.Length && json[i] is ' ' or '\t' or '\n' or '\r')
        {
            i++;
        }

        return i;
    }

    internal static DeclaredTypes Classify(ReadOnlySpan<char> type)
    {
        if (type.EndsWith("Article", StringComparison.Ordinal) || type is "BlogPosting" or "Report" or "NewsArticle" or "LiveBlogPosting")
        {
            return DeclaredTypes.Article;
        }

        return type switch
        {
            "Product" or "ProductGroup" or "IndividualProduct" or "ProductModel" => DeclaredTypes.Product,
            "DiscussionForumPosting" or "QAPage" or "Question" or "SocialMediaPosting" => DeclaredTypes.Discussion,
            "CollectionPage" or "ItemList" or "SearchResultsPage" or "OfferCatalog" => DeclaredTypes.Collection,
            _ => DeclaredTypes.None,
        };
    }
}
