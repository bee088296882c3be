using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// Reads a breadcrumb trail from one line of text: an optional lead-in ("您当前的位置 :", "You are
/// here:"), items joined by one separator (&gt;, &gt;&gt;, », ›, →, /, |), and an optional
/// current-page marker at the end ("正文"). Lines that are menus, sentences or headlines are refused.
/// </summary>
internal static class BreadcrumbRecognizer
{
    private const int MaxLineLength = 240;
    private const double MaxItemWords = 12;

    /// <summary>Returns the trail's items, or null when the line is not a breadcrumb trail.</summary>
    public static IReadOnlyList<string>? Recognize(string line)
    {
        if (line.Length is < 3 or > MaxLineLength)
        {
            return null;
        }

        var rest = TextSpan.TrimAll(line.AsSpan());
        bool leadIn = StripLeadIn(ref rest);
        if (rest.IsEmpty)
        {
            return null;
        }

        foreach (var separator in BreadcrumbLexicon.Separators)
        {
            if (!rest.Contains(separator, StringComparison.Ordinal))
            {
                continue;
            }

            var items = Split(rest, separator);
            if (items is null || items.Count < 2)
            {
                continue;
            }

            if (!leadIn && !BreadcrumbLexicon.IsDirectional(separator) && !IsHome(items[0]))
            {
                return null;
            }

            DropCurrentPageMarker(items);
            return items.Count >= (leadIn ? 1 : 2) ? items : null;
        }

        // A lead-in with a single item ("当前位置：首页") is still a trail.
        if (leadIn && IsItem(rest))
        {
            var single = new List<string> { rest.ToString() };
            DropCurrentPageMarker(single);
            return single.Count > 0 ? single : null;
        }

        return null;
    }

    /// <summary>True when a line is only a breadcrumb lead-in, with the items on the lines after it.</summary>
    public static bool IsLeadInOnly(string line)
    {
        var rest = TextSpan.TrimAll(line.AsSpan());
        return StripLeadIn(ref rest) && rest.IsEmpty;
    }

    private static bool StripLeadIn(ref ReadOnlySpan<char> text)
    {
        foreach (var leadIn in BreadcrumbLexicon.LeadIns)
        {
            if (!text.StartsWith(leadIn, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var after = TextSpan.TrimAll(text[leadIn.Length..]);
            bool colon = after.Length > 0 && after[0] is ':' or '：';
            if (colon)
            {
                after = TextSpan.TrimAll(after[1..]);
            }

            // "位置" and "Location" are also ordinary words: only a long Chinese label may go without its colon.
            if (!colon && (leadIn.Length < 4 || !CharClass.IsCjk(leadIn[0])))
            {
                continue;
            }

            text = after;
            return true;
        }

        return false;
    }

    private static List<string>? Split(ReadOnlySpan<char> text, string separator)
    {
        var items = new List<string>();
        foreach (var range in text.Split(separator))
        {
            var item = TextSpan.TrimAll(text[range]);
            if (item.IsEmpty)
            {
                // "首页 > > 新闻": an empty slot is a doubled separator; an empty end is a trailing arrow.
                continue;
            }

            if (!IsItem(item))
            {
                return null;
            }

            items.Add(item.ToString());
        }

        return items;
    }

    private static bool IsItem(ReadOnlySpan<char> item)
    {
        var stats = TextStats.Of(item);
        return stats.Words <= MaxItemWords && stats.SentenceEnds == 0 && stats.Chars > 0 && item.Length <= 40;
    }

    private static bool IsHome(string item)
    {
        foreach (var name in BreadcrumbLexicon.HomeNames)
        {
            if (item.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void DropCurrentPageMarker(List<string> items)
    {
        string last = items[^1];
        foreach (var marker in BreadcrumbLexicon.CurrentPageMarkers)
        {
            if (last == marker)
            {
                items.RemoveAt(items.Count - 1);
                return;
            }

            if (last.Length > marker.Length + 1 && last.EndsWith(marker, StringComparison.Ordinal) && CharClass.IsSpace(last[^(marker.Length + 1)]))
            {
                items[^1] = TextSpan.TrimAll(last[..^marker.Length]);
                return;
            }
        }
    }
}
