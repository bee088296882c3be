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
/// <c>"@type"</c> values by hand, in one pass over each script, so that a hostile script cannot make it slow. The
/// scripts and <c>itemtype</c> attributes are found on the page survey's walk, which reads each script's text once for
/// this and for the breadcrumb and article readers.
/// </summary>
internal static class DeclaredTypeReader
{
    /// <summary>Bytes of JSON-LD read per page: type declarations sit near the top of their objects.</summary>
    private const int MaxScriptChars = 256 * 1024;

    /// <summary>
    /// The page's declared types: its Open Graph type, and <paramref name="inMarkup"/>, the types its JSON-LD scripts and
    /// microdata declare, read on the survey's walk over every element (<see cref="HtmlBreadcrumbReader.Survey"/>).
    /// </summary>
    public static DeclaredTypes Read(MetaTags meta, DeclaredTypes inMarkup)
    {
        var types = inMarkup;
        if (meta["og:type"] is { } ogType)
        {
            types |= ogType.StartsWith("article", StringComparison.OrdinalIgnoreCase) ? DeclaredTypes.Article
                : ogType.StartsWith("product", StringComparison.OrdinalIgnoreCase) ? DeclaredTypes.Product : DeclaredTypes.None;
        }

        return types;
    }

    /// <summary>The types a JSON-LD script's text declares, from its first <see cref="MaxScriptChars"/> characters.</summary>
    public static DeclaredTypes FromJsonLd(string script) => ReadJsonLd(script.AsSpan(0, Math.Min(script.Length, MaxScriptChars)));

    /// <summary>The type a microdata <c>itemtype</c> names (<c>https://schema.org/NewsArticle</c>).</summary>
    public static DeclaredTypes FromItemType(string itemType)
    {
        int slash = itemType.LastIndexOf('/');
        return Classify(itemType.AsSpan(slash + 1).Trim());
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
