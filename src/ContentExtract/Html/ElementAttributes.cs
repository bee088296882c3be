using AngleSharp.Dom;

namespace ContentExtract.Html;

/// <summary>
/// The attributes the HTML readers look at, taken in one pass over an element's attributes: each
/// <c>GetAttribute</c> is a search of its own, and the segmenter would otherwise make seven for every element, the
/// page survey as many again.
/// The parser lower-cases attribute names and keeps only the first of a repeated one, so each name is found once.
/// </summary>
internal readonly record struct ElementAttributes(string? Class, string? Id, string? Role, string? ItemProp, string? ItemType, string? AriaLabel, string? Rel, bool Hidden)
{
    public static ElementAttributes Of(IElement element)
    {
        string? className = null, id = null, role = null, itemProp = null, itemType = null, label = null, rel = null;
        bool hidden = false, hiddenByStyle = false;
        var attributes = element.Attributes;
        for (int i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "class":
                    className = attribute.Value;
                    break;
                case "id":
                    id = attribute.Value;
                    break;
                case "role":
                    role = attribute.Value;
                    break;
                case "itemprop":
                    itemProp = attribute.Value;
                    break;
                case "itemtype":
                    itemType = attribute.Value;
                    break;
                case "aria-label":
                    label = attribute.Value;
                    break;
                case "rel":
                    rel = attribute.Value;
                    break;
                case "hidden":
                    hidden = true;
                    break;
                case "aria-hidden":
                    hidden |= string.Equals(attribute.Value, "true", StringComparison.OrdinalIgnoreCase);
                    break;
                case "style":
                    hiddenByStyle = HidesByStyle(attribute.Value);
                    break;
            }
        }

        return new ElementAttributes(className, id, role, itemProp, itemType, label, rel, hidden || hiddenByStyle);
    }

    /// <summary>A style that hides the element from readers.</summary>
    private static bool HidesByStyle(string style) =>
        style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
        || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase) || style.Contains("visibility: hidden", StringComparison.OrdinalIgnoreCase);
}
