using System.Text.Json;
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

    /// <summary>Names kept when several authors are listed.</summary>
    private const int MaxNames = 8;

    /// <summary>Characters of one JSON-LD script read; article metadata is far smaller.</summary>
    private const int MaxScriptChars = 512 * 1024;

    /// <summary>Objects looked at in one JSON-LD script, nested ones included.</summary>
    private const int MaxNodes = 2000;

    private const int MaxDepth = 8;

    /// <summary>Lead-ins a byline puts before the name.</summary>
    private static readonly string[] BylinePrefixes = ["By ", "by ", "BY ", "Von ", "Par ", "Por ", "Door ", "Di ", "Av ", "文/", "作者：", "作者:"];

    public static string? Read(IDocument document)
    {
        var (people, organizations) = FromJsonLd(HtmlBreadcrumbReader.Survey(document).JsonLd);
        return people
            ?? Name(HtmlMetadataReader.Meta(document, "author"))
            ?? Name(HtmlMetadataReader.Meta(document, "article:author"))
            ?? FromMarkup(document)
            ?? organizations;
    }

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
    private static string? FromMarkup(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        foreach (var element in ElementWalk.Below(body, new Stack<IElement>()))
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

    /// <summary>The authors of the first JSON-LD article that names any: people (and authors of no stated kind), and organizations apart.</summary>
    private static (string? People, string? Organizations) FromJsonLd(List<string> scripts)
    {
        string? organizations = null;
        foreach (string script in scripts)
        {
            if (string.IsNullOrWhiteSpace(script) || script.Length > MaxScriptChars)
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(script, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                var nodes = new List<JsonElement>();
                Collect(json.RootElement, nodes, 0);
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
            }
            catch (JsonException)
            {
                // Hand-written JSON-LD is often broken; the other sources still stand.
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

    private static bool IsArticle(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return DeclaredTypeReader.Classify(type.GetString().AsSpan()) == DeclaredTypes.Article;
        }

        return type.ValueKind == JsonValueKind.Array
            && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && DeclaredTypeReader.Classify(t.GetString().AsSpan()) == DeclaredTypes.Article);
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
                JsonValueKind.String => Name(node.GetString()),
                JsonValueKind.Object when node.TryGetProperty("name", out var value) && value.ValueKind == JsonValueKind.String => Name(value.GetString()),
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
