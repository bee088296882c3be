using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using ContentExtract.Structure;
using ContentExtract.Text;

namespace ContentExtract.Html;

/// <summary>
/// The trail a page states for machines: a schema.org BreadcrumbList in JSON-LD (found at any depth of a graph, its
/// items ordered by position) or in microdata, whose shown items a reader sees too.
/// </summary>
internal static partial class HtmlBreadcrumbReader
{
    private static List<BreadcrumbItem>? FromJsonLd(List<string> blocks, JsonLdDocuments parsed)
    {
        foreach (string block in blocks)
        {
            if (string.IsNullOrWhiteSpace(block))
            {
                continue;
            }

            // Hand-written JSON-LD is often broken; the other sources still stand.
            if (parsed.Parse(block) is { } json && FindBreadcrumbList(json.RootElement, 0) is { } list && ReadListItems(list) is { Count: > 0 } items)
            {
                return items;
            }
        }

        return null;
    }

    private static JsonElement? FindBreadcrumbList(JsonElement element, int depth)
    {
        if (depth > MaxJsonDepth)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in element.EnumerateArray())
            {
                if (FindBreadcrumbList(entry, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("@type", out var type) && NamesType(type, "BreadcrumbList"))
        {
            return element;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && FindBreadcrumbList(property.Value, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static bool NamesType(JsonElement type, string name) => type.ValueKind switch
    {
        JsonValueKind.String => string.Equals(type.GetString(), name, StringComparison.OrdinalIgnoreCase),
        JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && string.Equals(t.GetString(), name, StringComparison.OrdinalIgnoreCase)),
        _ => false,
    };

    private static List<BreadcrumbItem>? ReadListItems(JsonElement list)
    {
        if (!list.TryGetProperty("itemListElement", out var elements))
        {
            return null;
        }

        var entries = elements.ValueKind == JsonValueKind.Array ? elements.EnumerateArray().ToList() : [elements];
        var positioned = new List<(double Position, BreadcrumbItem Item)>();
        foreach (var entry in entries)
        {
            if (entry.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            entry.TryGetProperty("item", out var target);
            string? name = StringProperty(entry, "name") ?? (target.ValueKind == JsonValueKind.Object ? StringProperty(target, "name") : null);
            string? url = target.ValueKind switch
            {
                JsonValueKind.String => target.GetString(),
                JsonValueKind.Object => StringProperty(target, "@id") ?? StringProperty(target, "url"),
                _ => StringProperty(entry, "url"),
            };

            if (name is null)
            {
                continue;
            }

            string text = TextSpan.CollapseSpaces(WebUtility.HtmlDecode(name));
            if (text.Length == 0)
            {
                continue;
            }

            positioned.Add((Position(entry, positioned.Count), new BreadcrumbItem { Text = text, Url = UsableHref(url) }));
        }

        return positioned.Count is > 0 and <= MaxItems ? positioned.OrderBy(p => p.Position).Select(p => p.Item).ToList() : null;
    }

    private static double Position(JsonElement entry, int fallback)
    {
        if (entry.TryGetProperty("position", out var position))
        {
            if (position.ValueKind == JsonValueKind.Number && position.TryGetDouble(out double number))
            {
                return number;
            }

            if (position.ValueKind == JsonValueKind.String && double.TryParse(position.GetString(), System.Globalization.CultureInfo.InvariantCulture, out number))
            {
                return number;
            }
        }

        return fallback;
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The items of a schema.org BreadcrumbList in microdata; <paramref name="shown"/> is the same element read as a shown trail.</summary>
    private static List<BreadcrumbItem>? FromMicrodata(IElement list, out List<BreadcrumbItem>? shown)
    {
        shown = null;
        var positioned = new List<(double Position, BreadcrumbItem Item)>();
        foreach (var entry in list.QuerySelectorAll("[itemprop~='itemListElement']"))
        {
            var nameElement = entry.QuerySelector("[itemprop~='name']");
            string name = TextSpan.CollapseSpaces(nameElement?.GetAttribute("content") ?? nameElement?.TextContent ?? entry.TextContent);
            if (name.Length == 0)
            {
                continue;
            }

            var target = entry.QuerySelector("[itemprop~='item']") ?? entry.QuerySelector("a[href]");
            string? url = target?.GetAttribute("href") ?? target?.GetAttribute("itemid") ?? target?.GetAttribute("content");
            string? position = entry.QuerySelector("[itemprop~='position']")?.GetAttribute("content");
            double order = double.TryParse(position, System.Globalization.CultureInfo.InvariantCulture, out double number) ? number : positioned.Count;
            positioned.Add((order, new BreadcrumbItem { Text = name, Url = UsableHref(url) }));
        }

        if (positioned.Count is 0 or > MaxItems)
        {
            return null;
        }

        shown = ReadContainer(list, strongName: true);
        return positioned.OrderBy(p => p.Position).Select(p => p.Item).ToList();
    }
}
