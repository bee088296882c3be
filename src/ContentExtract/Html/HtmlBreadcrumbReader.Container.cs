using AngleSharp.Dom;
using ContentExtract.Structure;
using ContentExtract.Text;

namespace ContentExtract.Html;

/// <summary>
/// The trail a page shows readers: an element whose class, id or aria-label names a trail ("breadcrumb", "crumbs"),
/// read as its links and short labels in document order (a leading label and a hover menu's sibling pages left out); the
/// page's own headline as a last item is no crumb.
/// </summary>
internal static partial class HtmlBreadcrumbReader
{
    /// <summary>Null when the element's class, id and aria-label do not name a trail; otherwise whether they name it strongly enough for a trail of one item.</summary>
    private static bool? NameOfTrail(ElementAttributes names)
    {
        if (names.AriaLabel is { } label && label.AsSpan().ContainsAny(BreadcrumbLexicon.AriaLabelParts))
        {
            return true;
        }

        bool? found = null;
        foreach (string? value in (ReadOnlySpan<string?>)[names.Class, names.Id])
        {
            var span = value.AsSpan();
            if (!span.ContainsAny(BreadcrumbLexicon.ContainerNameHints))
            {
                continue;
            }

            foreach (var range in span.SplitAny(" \t\n\r\f"))
            {
                if (NameWordOfTrail(span[range]) is { } word)
                {
                    bool strong = BreadcrumbLexicon.StrongContainerNameWords.Contains(word);
                    found = (found ?? false) || strong;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The trail word a class or id ends with ("news-position", "artDet_crumbs", "contentBreadcrumbs2", "breadcrumbs-3K4SWxEh"
    /// with its build hash), or that a container word follows ("breadcrumb-nav", "c-breadcrumb__list"); null for other names.
    /// </summary>
    private static string? NameWordOfTrail(ReadOnlySpan<char> name)
    {
        var unnumbered = name.TrimEnd("0123456789");
        if (unnumbered.Length < name.Length && unnumbered.Length > 0 && unnumbered[^1] is '-' or '_')
        {
            // "pos_3", "item-2": a number after the word counts places in a list; it does not name a container.
            return null;
        }

        name = unnumbered;
        int cut = name.LastIndexOfAny('-', '_');
        if (cut > 0 && name[(cut + 1)..].IndexOfAnyInRange('0', '9') >= 0)
        {
            // A build tool's hash after the name ("breadcrumbs-3K4SWxEh") says nothing.
            name = name[..cut].TrimEnd("-_");
        }

        var last = LastWord(name, out var rest);
        if (ContainerNameWords.Contains(last))
        {
            return last.ToString();
        }

        if (ContainerWords.Contains(last))
        {
            var before = LastWord(rest, out _);
            return ContainerNameWords.Contains(before) ? before.ToString() : null;
        }

        return null;
    }

    /// <summary>The last word of a name, words being split at '-', '_' and a change from lower to upper case.</summary>
    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> name, out ReadOnlySpan<char> rest)
    {
        name = name.TrimEnd("-_");
        int start = name.Length;
        while (start > 0 && name[start - 1] is not '-' and not '_' && !(start < name.Length && char.IsUpper(name[start]) && char.IsLower(name[start - 1])))
        {
            start--;
        }

        rest = name[..start];
        return name[start..];
    }

    private static bool HoldsFormControls(IElement element) => element.QuerySelector("form, input, select, textarea") is not null;

    /// <summary>One piece of a container's content: a link's text, or a text node outside links.</summary>
    /// <param name="Text">The text, spaces collapsed.</param>
    /// <param name="Url">The link's address as written, or null.</param>
    /// <param name="IsLink">The piece is a link.</param>
    /// <param name="ListItem">Which list item of the container holds the piece (numbered in document order), or 0 outside any.</param>
    private readonly record struct Piece(string Text, string? Url, bool IsLink, int ListItem);

    private static List<BreadcrumbItem>? ReadContainer(IElement container, bool strongName)
    {
        if (HasMoreTextThan(container, MaxContainerChars * 2))
        {
            return null;
        }

        var pieces = new List<Piece>();
        int listItems = 0;
        Collect(container, pieces, 0, ref listItems, 0);
        if (pieces.Sum(p => p.Text.Length) > MaxContainerChars)
        {
            return null;
        }

        var items = new List<BreadcrumbItem>();
        bool leadIn = false, linked = false;
        string? marker = null;

        // Once the trail draws separators between its items, an item that follows a linked item or the current-page
        // marker in the same list item with no separator between them ("… > 本地新闻 > 订阅RSS 网站首页", "… > 正文 申请入驻")
        // is a control beside the trail: the trail ended. A label before a link ("/ Archives for <a>Recipes</a>") is not.
        bool drawsSeparators = false, itemSinceSeparator = false;
        Piece? lastItem = null;
        for (int p = 0; p < pieces.Count; p++)
        {
            var piece = pieces[p];
            bool last = p == pieces.Count - 1;
            if (!piece.IsLink && IsSymbolSeparator(piece.Text))
            {
                drawsSeparators = true;
                itemSinceSeparator = false;
                continue;
            }

            if (!piece.IsLink && piece.Text.Length > 0 && IsSeparatorOrSpace(piece.Text[0]))
            {
                drawsSeparators = true;
                itemSinceSeparator = false;
            }

            if (drawsSeparators && itemSinceSeparator && lastItem is { } before && (before.IsLink || marker is not null) && before.ListItem == piece.ListItem)
            {
                break;
            }

            if (piece.IsLink)
            {
                // "‹ Zurück", "« Back": a link to the previous page sits beside the trail, not in it.
                if (piece.Text.AsSpan().IndexOfAny(BreadcrumbLexicon.BackArrows) == 0)
                {
                    continue;
                }

                if (!BreadcrumbRecognizer.IsItem(piece.Text))
                {
                    if (last && BreadcrumbRecognizer.IsPageName(piece.Text))
                    {
                        // The page's own headline closes the trail: it shows where the trail ends, and is no crumb.
                        continue;
                    }

                    return null;
                }

                AddItem(items, ref marker, new BreadcrumbItem { Text = piece.Text, Url = piece.Url });
                linked |= piece.Url is not null;
                itemSinceSeparator = true;
                lastItem = piece;
                continue;
            }

            if (items.Count == 0 && !leadIn && IsLabel(piece.Text))
            {
                leadIn = true;
                continue;
            }

            var line = BreadcrumbRecognizer.Read(piece.Text);
            if (line is null)
            {
                // The current page's own headline may close the trail, unlinked: it ends the trail and is no crumb.
                if (last && BreadcrumbRecognizer.IsPageName(piece.Text.TrimStart(SeparatorsAndSpaces)))
                {
                    continue;
                }

                return null;
            }

            if (line.HasLeadIn)
            {
                if (items.Count > 0)
                {
                    return null;
                }

                leadIn = true;
            }

            foreach (var text in line.Items)
            {
                AddItem(items, ref marker, new BreadcrumbItem { Text = text });
            }

            marker = line.DroppedMarker ?? marker;
            itemSinceSeparator = (itemSinceSeparator || line.Items.Count > 0 || line.DroppedMarker is not null) && !EndsWithSeparator(piece.Text);
            lastItem = line.Items.Count > 0 || line.DroppedMarker is not null ? piece : lastItem;
        }

        // "订阅本站", "RSS" after the last crumb: a feed or subscription control, never a section of the site.
        if (items.Count > 1 && BreadcrumbRecognizer.IsFeedControl(items[^1].Text))
        {
            items.RemoveAt(items.Count - 1);
        }

        if (items.Count is 0 or > MaxItems || !(linked || leadIn))
        {
            return null;
        }

        // One item is a trail only when something says so: a label, an article marker after it, or a name that says breadcrumb.
        return items.Count > 1 || leadIn || marker is not null || strongName ? items : null;
    }

    private static bool EndsWithSeparator(string text) => text.Length > 0 && IsSeparatorOrSpace(text[^1]);

    private static bool IsSeparatorOrSpace(char c) => Array.IndexOf(SeparatorsAndSpaces, c) >= 0;

    /// <summary>Counts text only until the limit: a container named like a trail can wrap a whole page.</summary>
    private static bool HasMoreTextThan(INode node, int limit)
    {
        var pending = new Stack<INode>();
        pending.Push(node);
        int length = 0;
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is IText text)
            {
                length += text.Data.Length;
                if (length > limit)
                {
                    return true;
                }

                continue;
            }

            foreach (var child in current.ChildNodes)
            {
                pending.Push(child);
            }
        }

        return false;
    }

    /// <summary>
    /// A label before the items: one a trail is known to start with ("当前位置", "Pfadnavigation", a screen reader's
    /// "Breadcrumb"), or any short phrase ending in a colon ("Durchsuchen:").
    /// </summary>
    private static bool IsLabel(string text)
    {
        var span = TextSpan.TrimAll(text.AsSpan());
        if (span.Length > 1 && span[^1] is ':' or '：')
        {
            return TextStats.Of(span).Words <= MaxLabelWords;
        }

        foreach (var leadIn in BreadcrumbLexicon.LeadIns)
        {
            if (span.Equals(leadIn, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds an item; a current-page marker followed by more items was an item after all ("内容" is also a section name).</summary>
    private static void AddItem(List<BreadcrumbItem> items, ref string? marker, BreadcrumbItem item)
    {
        if (marker is not null)
        {
            items.Add(new BreadcrumbItem { Text = marker });
            marker = null;
        }

        items.Add(item);
    }

    /// <summary>True when <paramref name="text"/> is the page's headline: an h1 or headline element's text, or the start of its title.</summary>
    private static bool IsHeadline(string text, PageSurvey found, string? documentTitle)
    {
        string item = TextSpan.CollapseSpaces(text);
        if (item.Length < MinHeadlineLength)
        {
            return false;
        }

        foreach (var headline in found.Headlines[0].Concat(found.Headlines[2]))
        {
            if (string.Equals(TextSpan.CollapseSpaces(headline), item, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return documentTitle is not null && TextSpan.CollapseSpaces(documentTitle).StartsWith(item, StringComparison.OrdinalIgnoreCase)
            && item.Length * 2 >= documentTitle.Trim().Length;
    }

    /// <summary>"·", "»", "::" between items; a comma or an enumeration mark instead makes a list, not a trail.</summary>
    private static bool IsSymbolSeparator(string text)
    {
        if (text.Length > MaxSymbolSeparatorLength)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c) || CharClass.IsClauseMark(c) || CharClass.IsSentenceEnd(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Gathers the pieces of a container in document order. A list inside a list item is the item's dropdown of
    /// sibling pages, which the reader sees only on hovering, not part of the trail.
    /// </summary>
    private static void Collect(INode node, List<Piece> pieces, int depth, ref int listItems, int listItem)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                string data = TextSpan.CollapseSpaces(text.Data);
                if (data.Length > 0)
                {
                    pieces.Add(new Piece(data, null, false, listItem));
                }

                continue;
            }

            if (child is not IElement element || HtmlLexicon.NeverContent.Contains(element.LocalName) || IsHidden(element) || IsHiddenByClass(element)
                || string.Equals(element.GetAttribute("itemprop"), "position", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (element.LocalName == "a" && element.HasAttribute("href"))
            {
                // A link is one item whatever it holds; a logo link holds only an image and no text.
                string linkText = TextSpan.CollapseSpaces(element.TextContent);
                if (linkText.Length > 0)
                {
                    pieces.Add(new Piece(linkText, UsableHref(element.GetAttribute("href")), true, listItem));
                }

                continue;
            }

            if (listItem > 0 && element.LocalName is "ul" or "ol")
            {
                continue;
            }

            if (depth < MaxDepth)
            {
                Collect(element, pieces, depth + 1, ref listItems, element.LocalName == "li" ? ++listItems : listItem);
            }
        }
    }

    /// <summary>The link as written, or null for a link that leads nowhere ("#", "javascript:").</summary>
    private static string? UsableHref(string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        return href == "#" || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) ? null : href;
    }

    private static string Resolve(string href, Uri? linkBase)
    {
        // On Unix "/a.html" parses as an absolute file URI: only a scheme makes a link absolute.
        bool hasScheme = char.IsAsciiLetter(href[0]) && href.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
            && href.AsSpan(0, colon).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-") < 0;
        if (hasScheme && Uri.TryCreate(href, UriKind.Absolute, out var absolute))
        {
            return absolute.AbsoluteUri;
        }

        return linkBase is not null && Uri.TryCreate(linkBase, href, out var resolved) ? resolved.AbsoluteUri : href;
    }

    /// <summary>Hidden by a class a stylesheet hides ("sr-only", "hidden"): microdata positions, screen-reader labels.</summary>
    private static bool IsHiddenByClass(IElement element)
    {
        foreach (string name in element.ClassList)
        {
            if (BreadcrumbLexicon.HiddenClassNames.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The segmenter's rule, so that a trail the segmenter leaves out as hidden is not read either.</summary>
    private static bool IsHidden(IElement element) => ElementAttributes.Of(element).Hidden;
}
