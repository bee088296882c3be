using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>What one line says towards a breadcrumb trail: its items, and the lead-in, separators and marker around them.</summary>
/// <param name="Items">The items in order, without lead-in, separators and current-page marker.</param>
/// <param name="HasLeadIn">The line starts with a label such as "当前位置：" or "You are here:".</param>
/// <param name="Separator">The separator between the items, or null when the line holds at most one item.</param>
/// <param name="StartsWithSeparator">The line opens with a separator: it continues a trail begun on the line above.</param>
/// <param name="EndsWithSeparator">The line ends with a separator: the trail goes on below.</param>
/// <param name="DroppedMarker">The marker that stood for the current page ("正文"), or null.</param>
internal sealed record TrailLine(
    List<string> Items,
    bool HasLeadIn,
    string? Separator,
    bool StartsWithSeparator,
    bool EndsWithSeparator,
    string? DroppedMarker)
{
    public bool IsDirectional => Separator is not null && BreadcrumbLexicon.IsDirectional(Separator);
}

/// <summary>
/// Reads a breadcrumb trail from one line of text: an optional lead-in ("您当前的位置 :", "You are
/// here:"), items joined by one separator (&gt;, &gt;&gt;, », ›, →, /, |), and an optional
/// current-page marker at the end ("正文"). Lines that are menus, sentences or headlines are refused.
/// </summary>
internal static class BreadcrumbRecognizer
{
    private const int MaxLineLength = 240;
    private const int MaxItemLength = 40;
    private const double MaxItemWords = 12;
    private const int MaxPlaceholderLength = 60;

    /// <summary>
    /// A row of this many items joined by "|" or "/" is a menu even when it starts at the front page;
    /// trails are rarely deeper than five levels.
    /// </summary>
    private const int MaxItemsWithoutDirection = 6;

    /// <summary>Returns the trail's items, or null when the line is not a breadcrumb trail.</summary>
    public static IReadOnlyList<string>? Recognize(string line)
    {
        if (line.Length < 3)
        {
            return null;
        }

        var trail = Read(line);
        if (trail is null || trail.Items.Count == 0)
        {
            return null;
        }

        return IsTrailOnItsOwn(trail) ? trail.Items : null;
    }

    /// <summary>
    /// True when a line read by <see cref="Read"/> is a trail without help from the lines around it:
    /// it has a lead-in, or two items joined by an arrow, or starts at the front page.
    /// </summary>
    public static bool IsTrailOnItsOwn(TrailLine trail)
    {
        if (trail.Items.Count == 0)
        {
            return false;
        }

        if (trail.HasLeadIn)
        {
            return true;
        }

        if (trail.Separator is null || trail.StartsWithSeparator || trail.Items.Count < 2)
        {
            return false;
        }

        return trail.IsDirectional || (IsHome(trail.Items[0]) && trail.Items.Count <= MaxItemsWithoutDirection);
    }

    /// <summary>True when a line is only a breadcrumb lead-in, with the items on the lines after it.</summary>
    public static bool IsLeadInOnly(string line)
    {
        var rest = SkipImagePlaceholders(TextSpan.TrimAll(line.AsSpan()));
        return StripLeadIn(ref rest) && rest.IsEmpty;
    }

    /// <summary>
    /// Reads the parts of a trail a line holds, without judging whether the line is a trail: a lone short
    /// phrase comes back as one item, a lone separator or lead-in as none. Null when the line cannot be
    /// part of a trail (a sentence, a long text, an item too long).
    /// </summary>
    public static TrailLine? Read(string line)
    {
        if (line.Length > MaxLineLength)
        {
            return null;
        }

        var rest = SkipImagePlaceholders(TextSpan.TrimAll(line.AsSpan()));
        bool leadIn = StripLeadIn(ref rest);
        string? opening = LeadingSeparator(rest);
        if (opening is not null)
        {
            rest = TextSpan.TrimAll(rest[opening.Length..]);
        }

        var items = new List<string>();
        if (rest.IsEmpty)
        {
            return new TrailLine(items, leadIn, opening, opening is not null, opening is not null, null);
        }

        foreach (var separator in BreadcrumbLexicon.Separators)
        {
            if (!rest.Contains(separator, StringComparison.Ordinal))
            {
                continue;
            }

            if (!Split(rest, separator, items, out bool endsOpen) || items.Count == 0 || (items.Count < 2 && opening is null && !endsOpen))
            {
                items.Clear();
                continue;
            }

            string? marker = DropCurrentPageMarker(items);
            return new TrailLine(items, leadIn, separator, opening is not null, endsOpen, marker);
        }

        if (!IsItem(rest))
        {
            return null;
        }

        items.Add(rest.ToString());
        string? lone = DropCurrentPageMarker(items);
        return new TrailLine(items, leadIn, opening, opening is not null, false, lone);
    }

    /// <summary>Removes a lead-in label ("当前位置：", "You are here:") from the start of the text.</summary>
    public static bool StripLeadIn(ref ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !BreadcrumbLexicon.LeadInInitials.Contains(text[0]))
        {
            return false;
        }

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

    /// <summary>The most words the current page's name can have where it closes a trail.</summary>
    private const double MaxPageNameWords = 30;

    /// <summary>
    /// True when the text can be the current page's own name closing a trail (its headline): at most a few dozen words
    /// and one sentence. Such a name ends the trail and is no crumb.
    /// </summary>
    public static bool IsPageName(ReadOnlySpan<char> text)
    {
        var stats = TextStats.Of(text);
        return stats.Words is > 0 and <= MaxPageNameWords && stats.SentenceEnds <= 1;
    }

    /// <summary>True when the text is short enough and plain enough to be one item of a trail.</summary>
    public static bool IsItem(ReadOnlySpan<char> item)
    {
        var stats = TextStats.Of(item);
        return stats.Words is > 0 and <= MaxItemWords && stats.SentenceEnds == 0 && item.Length <= MaxItemLength;
    }

    /// <summary>A feed or subscription control ("订阅RSS", "Subscribe"): no section of a site is named so.</summary>
    public static bool IsFeedControl(string item) => BreadcrumbLexicon.FeedControlWords.IsFoundIn(item);

    public static bool IsHome(string item)
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

    /// <summary>
    /// Removes what closes a trail after its last crumb: a current-page marker, alone, after the last item ("他山之石 正文")
    /// or before a control ("正文 申请入驻"), or a feed control (<see cref="IsFeedControl"/>); returns the marker, if any.
    /// </summary>
    public static string? DropCurrentPageMarker(List<string> items)
    {
        if (items.Count == 0)
        {
            return null;
        }

        string last = items[^1];

        // "正文 申请入驻": the marker closes the trail, and what follows it on the line is a control beside the trail.
        foreach (var marker in BreadcrumbLexicon.ArticlePageMarkers)
        {
            if (last.Length > marker.Length + 1 && last.StartsWith(marker, StringComparison.Ordinal) && CharClass.IsSpace(last[marker.Length]))
            {
                items.RemoveAt(items.Count - 1);
                return marker;
            }
        }

        // "订阅RSS 网站首页" after the last crumb: a feed or subscription control beside the trail, never a crumb.
        if (items.Count > 1 && IsFeedControl(last))
        {
            items.RemoveAt(items.Count - 1);
            return null;
        }

        foreach (var marker in BreadcrumbLexicon.CurrentPageMarkers)
        {
            if (last == marker)
            {
                items.RemoveAt(items.Count - 1);
                return marker;
            }

            if (last.Length > marker.Length + 1 && last.EndsWith(marker, StringComparison.Ordinal) && CharClass.IsSpace(last[^(marker.Length + 1)]))
            {
                items[^1] = TextSpan.TrimAll(last[..^marker.Length]);
                return marker;
            }
        }

        return null;
    }

    /// <summary>
    /// Skips the image placeholders text browsers leave where a logo or icon stood ("[logo01.png]",
    /// "[4224]"): a trail often sits right after the site's logo.
    /// </summary>
    private static ReadOnlySpan<char> SkipImagePlaceholders(ReadOnlySpan<char> text)
    {
        while (text.Length > 2 && text[0] == '[')
        {
            int close = text.IndexOf(']');
            if (close < 2 || close > MaxPlaceholderLength || text[1..close].Contains('['))
            {
                break;
            }

            text = TextSpan.TrimAll(text[(close + 1)..]);
        }

        return text;
    }

    private static string? LeadingSeparator(ReadOnlySpan<char> text)
    {
        foreach (var separator in BreadcrumbLexicon.Separators)
        {
            if (text.StartsWith(separator, StringComparison.Ordinal))
            {
                return separator;
            }
        }

        return null;
    }

    private static bool Split(ReadOnlySpan<char> text, string separator, List<string> items, out bool endsOpen)
    {
        endsOpen = false;
        int start = 0;
        for (int from = 0; from <= text.Length;)
        {
            int at = from < text.Length ? text[from..].IndexOf(separator, StringComparison.Ordinal) : -1;
            int end = at < 0 ? text.Length : from + at;
            if (at >= 0 && JoinsWord(text, end, separator.Length))
            {
                from = end + separator.Length;
                continue;
            }

            var item = TextSpan.TrimAll(text[start..end]);
            endsOpen = item.IsEmpty;

            // "首页 > > 新闻": an empty slot is a doubled separator; an empty end is a trailing arrow.
            if (!item.IsEmpty)
            {
                if (!IsItem(item))
                {
                    return false;
                }

                items.Add(item.ToString());
            }

            if (at < 0)
            {
                break;
            }

            start = from = end + separator.Length;
        }

        return true;
    }

    /// <summary>"02/2022", "TCP/IP", "and/or": a slash between two Latin letters or digits is part of a word, not a separator.</summary>
    private static bool JoinsWord(ReadOnlySpan<char> text, int at, int length) =>
        length == 1 && text[at] == '/' && at > 0 && at + 1 < text.Length && char.IsAsciiLetterOrDigit(text[at - 1]) && char.IsAsciiLetterOrDigit(text[at + 1]);
}
