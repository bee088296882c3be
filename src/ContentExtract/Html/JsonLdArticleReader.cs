using System.Text.Json;

namespace ContentExtract.Html;

/// <summary>
/// What the page's JSON-LD says about its article: who wrote it, when it was published, and apart from those the page's own
/// text where the JSON-LD states it (an article's <c>articleBody</c>, a product's <c>description</c>: <see cref="ReadStatedText"/>,
/// over the scripts <see cref="DeclaredTypeReader"/> found declaring one). Every script is parsed once per extraction
/// (<see cref="JsonLdDocuments"/>), within limits (512 KiB of script, 2,000 objects, 8 levels of nesting); a script that is not JSON is passed over, and the
/// other scripts and the page's other sources still stand.
/// </summary>
internal static class JsonLdArticleReader
{
    /// <summary>Names kept when several authors are listed.</summary>
    private const int MaxNames = 8;

    /// <summary>Characters of one JSON-LD script read; article metadata is far smaller.</summary>
    private const int MaxScriptChars = 512 * 1024;

    /// <summary>Objects looked at in one JSON-LD script, nested ones included.</summary>
    private const int MaxNodes = 2000;

    private const int MaxDepth = 8;

    /// <summary>What the scripts say; every part null when they say nothing readable.</summary>
    /// <param name="People">The authors who are people (or of no stated kind), joined by ", ".</param>
    /// <param name="Organizations">The authors who are organizations, joined by ", ": a byline of last resort.</param>
    /// <param name="Published">The article's <c>datePublished</c>, read as <see cref="HtmlMetadataReader.ParseDate"/> reads a date.</param>
    internal sealed record Facts(string? People, string? Organizations, StatedDate? Published);

    /// <summary>
    /// Reads the scripts in page order. Authors: those of the first script whose article names a person, else those of
    /// any other object there (a WebPage's). The date: the <c>datePublished</c> of the page's own article — an article
    /// object at the top of a script, in its <c>@graph</c>, or the <c>mainEntity</c> of one of those — else of another
    /// object there (the WebPage's); the first one that reads as a date. Articles nested deeper (the items of an
    /// <c>ItemList</c> on a front page, a <c>citation</c>) are other pages, and their dates are never the page's.
    /// </summary>
    public static Facts Read(List<string> scripts, JsonLdDocuments parsed)
    {
        string? people = null, organizations = null;
        StatedDate? articleDate = null, otherDate = null;
        foreach (string script in scripts)
        {
            if (string.IsNullOrWhiteSpace(script) || script.Length > MaxScriptChars)
            {
                continue;
            }

            // Hand-written JSON-LD is often broken; the other sources still stand.
            if (parsed.Parse(script) is not { } json)
            {
                continue;
            }

            if (people is null)
            {
                (people, organizations) = Authors(json.RootElement, organizations);
            }

            if (articleDate is null)
            {
                foreach (var node in PageNodes(json.RootElement))
                {
                    if (DatePublished(node) is not { } date)
                    {
                        continue;
                    }

                    if (IsArticle(node))
                    {
                        articleDate = date;
                        break;
                    }

                    otherDate ??= date;
                }
            }

            if (people is not null && articleDate is not null)
            {
                break;
            }
        }

        return new Facts(people, people is null ? organizations : null, articleDate ?? otherDate);
    }

    /// <summary>The authors of the script's article that names any: people, and organizations apart (the first found so far kept).</summary>
    private static (string? People, string? Organizations) Authors(JsonElement root, string? organizations)
    {
        var nodes = new List<JsonElement>();
        Collect(root, nodes, 0);
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (node.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String && node.TryGetProperty("name", out _))
            {
                byId.TryAdd(id.GetString()!, node);
            }
        }

        // The article's author first; any other object's author (a WebPage's) only when no article names one.
        foreach (bool article in (bool[])[true, false])
        {
            foreach (var node in nodes)
            {
                if (IsArticle(node) == article && node.TryGetProperty("author", out var author))
                {
                    var (people, organization) = Names(author, byId);
                    if (people.Count > 0)
                    {
                        return (string.Join(", ", people), organizations);
                    }

                    organizations ??= organization.Count > 0 ? string.Join(", ", organization) : null;
                }
            }
        }

        return (null, organizations);
    }

    /// <summary>Every object in the script, outermost first, nested ones included, within the depth and count limits.</summary>
    private static void Collect(JsonElement element, List<JsonElement> nodes, int depth)
    {
        if (depth > MaxDepth || nodes.Count >= MaxNodes)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Object)
        {
            nodes.Add(element);
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    Collect(property.Value, nodes, depth + 1);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, nodes, depth + 1);
            }
        }
    }

    /// <summary>
    /// The objects that describe the page itself, in script order: the script's object (or each object of its array), the
    /// members of their <c>@graph</c>, and the <c>mainEntity</c> of each of those.
    /// </summary>
    private static IEnumerable<JsonElement> PageNodes(JsonElement root)
    {
        var tops = new List<JsonElement>();
        foreach (var top in root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root])
        {
            if (top.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            tops.Add(top);
            if (top.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
            {
                tops.AddRange(graph.EnumerateArray().Where(member => member.ValueKind == JsonValueKind.Object));
            }
        }

        foreach (var node in tops.Take(MaxNodes))
        {
            yield return node;
            if (node.TryGetProperty("mainEntity", out var main))
            {
                foreach (var entity in main.ValueKind == JsonValueKind.Array ? main.EnumerateArray().ToList() : [main])
                {
                    if (entity.ValueKind == JsonValueKind.Object)
                    {
                        yield return entity;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The page's own text as its JSON-LD states it (see <see cref="StatedTextOf"/>), markup left in: from the first script
    /// that states one, within the same limits as <see cref="Read"/>; null when none does.
    /// </summary>
    public static string? ReadStatedText(List<string> scripts, JsonLdDocuments parsed)
    {
        foreach (string script in scripts)
        {
            if (string.IsNullOrWhiteSpace(script) || script.Length > MaxScriptChars)
            {
                continue;
            }

            // A broken script states nothing; the next one may.
            if (parsed.Parse(script) is { } json && StatedTextOf(json.RootElement) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// The text of the object the script says the page is about: the <c>articleBody</c> of its article, else the
    /// <c>description</c> of its product, the first non-blank one of the page's own objects (<see cref="PageNodes"/>). A
    /// product's description is the text its page is for; an article's or a web page's <c>description</c> is a summary,
    /// and the objects nested deeper (the items of a list, the offers of a product) are other things than the page.
    /// </summary>
    private static string? StatedTextOf(JsonElement root)
    {
        foreach (var node in PageNodes(root))
        {
            string key = Declares(node, DeclaredTypes.Article) ? "articleBody" : Declares(node, DeclaredTypes.Product) ? "description" : string.Empty;
            if (key.Length > 0 && node.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
                && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The object's <c>datePublished</c> when it is a string that reads as a date.</summary>
    private static StatedDate? DatePublished(JsonElement node) =>
        node.TryGetProperty("datePublished", out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text
            ? HtmlMetadataReader.ParseDate(text)
            : null;

    private static bool IsArticle(JsonElement node) => Declares(node, DeclaredTypes.Article);

    /// <summary>True when the object's <c>@type</c>, or one of its types, is of the kind.</summary>
    private static bool Declares(JsonElement node, DeclaredTypes kind)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return DeclaredTypeReader.Classify(type.GetString().AsSpan()) == kind;
        }

        return type.ValueKind == JsonValueKind.Array
            && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && DeclaredTypeReader.Classify(t.GetString().AsSpan()) == kind);
    }

    /// <summary>The names an <c>author</c> value gives: a string, an object with a name or an <c>@id</c> of one, or an array of those.</summary>
    private static (List<string> People, List<string> Organizations) Names(JsonElement author, Dictionary<string, JsonElement> byId)
    {
        List<string> people = [], organizations = [];
        foreach (var item in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().Take(MaxNames * 2).ToArray() : [author])
        {
            var node = item;
            if (node.ValueKind == JsonValueKind.Object && !node.TryGetProperty("name", out _)
                && node.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String && byId.TryGetValue(id.GetString()!, out var referenced))
            {
                node = referenced;
            }

            string? name = node.ValueKind switch
            {
                JsonValueKind.String => AuthorReader.Name(node.GetString()),
                JsonValueKind.Object when node.TryGetProperty("name", out var value) && value.ValueKind == JsonValueKind.String => AuthorReader.Name(value.GetString()),
                _ => null,
            };

            var list = IsOrganization(node) ? organizations : people;
            if (name is not null && list.Count < MaxNames && !list.Contains(name, StringComparer.Ordinal))
            {
                list.Add(name);
            }
        }

        return (people, organizations);
    }

    private static bool IsOrganization(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String
        && type.GetString() is "Organization" or "NewsMediaOrganization" or "Corporation" or "GovernmentOrganization";
}
