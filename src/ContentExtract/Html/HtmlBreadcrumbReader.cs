using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using ContentExtract.Structure;
using ContentExtract.Text;

namespace ContentExtract.Html;

/// <summary>
/// Reads the breadcrumb trail from the markup, where the page states it outright: a JSON-LD
/// BreadcrumbList, schema.org microdata, or an element whose class, id or aria-label names a trail
/// ("breadcrumb", "crumbs", "position", "location", and the pinyin "weizhi" or "dqwz" of Chinese
/// CMSs). The markup tells items from separators, which a line of text cannot always do, and gives
/// each item its link.
/// </summary>
internal static class HtmlBreadcrumbReader
{
    private const int MaxItems = 10;
    private const int MaxHeadlineElements = 40;
    private const int MaxHeadlineLength = 200;
    private const int MinHeadlineLength = 4;

    /// <summary>What the class or id of an element holding a headline says.</summary>
    private static readonly Text.PhraseSet HeadlineNames = Text.PhraseSet.Create(["title", "headline"], StringComparison.OrdinalIgnoreCase);
    private const int MaxJsonDepth = 12;
    private const int MaxDepth = 512;

    /// <summary>A container with more text than this holds more than a trail (a whole header bar, a page column).</summary>
    private const int MaxContainerChars = 400;

    /// <summary>The last item may be the article's own headline, longer than any section name.</summary>
    private const double MaxCurrentPageWords = 30;

    /// <summary>A piece of text this short made of symbols only stands between items ("·", "»", "::").</summary>
    private const int MaxSymbolSeparatorLength = 3;

    /// <summary>A label ending in a colon before the items ("Durchsuchen:", "Jesteś tutaj:") has at most this many words.</summary>
    private const double MaxLabelWords = 5;

    private static readonly char[] SeparatorsAndSpaces = [.. ">»›→＞〉/|／｜:- \u00A0\u3000"];

    private static readonly SpanLookupSet ContainerNameWords = new(BreadcrumbLexicon.ContainerNameWords);

    private static readonly SpanLookupSet ContainerWords = new(BreadcrumbLexicon.ContainerWords);

    /// <summary>
    /// Returns the trail the markup states, or an empty list. JSON-LD and microdata state it for machines; the
    /// container shows it to readers and often adds what the structured data leaves out (the front page, the
    /// current section). The shown trail wins when it holds every stated item in order; otherwise the stated one does.
    /// </summary>
    public static IReadOnlyList<BreadcrumbItem> Read(IDocument document, Uri? baseUrl)
    {
        var found = Survey(document);
        List<BreadcrumbItem>? shownByMicrodata = null;
        var stated = FromJsonLd(found.JsonLd) ?? (found.MicrodataList is { } list ? FromMicrodata(list, out shownByMicrodata) : null);
        var shown = found.Container ?? shownByMicrodata;
        var trail = shown is not null && (stated is null || Holds(shown, stated)) ? stated is null ? shown : WithStatedUrls(shown, stated) : stated;
        if (trail is null)
        {
            return [];
        }

        if (trail.Count > 1 && trail[^1].Url is null && IsHeadline(trail[^1].Text, found, document.Title))
        {
            // "Home › News › City council approves harbour plan": the page's own headline ends the trail, and is no crumb.
            trail = trail[..^1];
        }

        var linkBase = baseUrl ?? Absolute(found.StatedBase);
        return trail.ConvertAll(item => item.Url is null ? item : item with { Url = Resolve(item.Url, linkBase) });
    }

    /// <summary>
    /// What one walk over a page finds: JSON-LD blocks, the first microdata BreadcrumbList, the first named container
    /// that reads as a trail, the page's own address, and — for the title, so that the page is walked only once — the
    /// texts of its headline elements.
    /// </summary>
    internal sealed class PageSurvey
    {
        public List<string> JsonLd { get; } = [];

        public IElement? MicrodataList { get; set; }

        public List<BreadcrumbItem>? Container { get; set; }

        /// <summary>The &lt;base&gt; or canonical address, written as the page writes it.</summary>
        public string? StatedBase { get; set; }

        /// <summary>Texts of h1 elements, of h2 elements, and of elements whose class or id names a title or headline.</summary>
        public List<string>[] Headlines { get; } = [[], [], []];
    }

    /// <summary>The survey of a document, made on first use and kept while the document lives.</summary>
    internal static PageSurvey Survey(IDocument document) => Surveys.GetValue(document, Walk);

    private static readonly ConditionalWeakTable<IDocument, PageSurvey> Surveys = [];

    /// <summary>
    /// Walks the page once, in document order and outermost first. Elements the reader never sees (scripts, hidden
    /// blocks) are not entered; the head is entered only for its JSON-LD and its address.
    /// </summary>
    private static PageSurvey Walk(IDocument document)
    {
        var found = new PageSurvey();
        if (document.DocumentElement is not { } root)
        {
            return found;
        }

        var pending = new Stack<(INodeList Nodes, int Index, int Depth)>();
        pending.Push((root.ChildNodes, 0, 1));
        while (pending.Count > 0)
        {
            var (nodes, index, depth) = pending.Pop();
            if (index >= nodes.Length)
            {
                continue;
            }

            pending.Push((nodes, index + 1, depth));
            if (nodes[index] is IElement element && Visit(element, found) && depth < MaxDepth)
            {
                pending.Push((element.ChildNodes, 0, depth + 1));
            }
        }

        return found;
    }

    /// <summary>Notes what the element says about the trail; returns whether to walk into it.</summary>
    private static bool Visit(IElement element, PageSurvey found)
    {
        string tag = element.LocalName;
        switch (tag)
        {
            case "script":
                if (string.Equals(element.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    found.JsonLd.Add(element.TextContent);
                }

                return false;
            case "head":
                return true;
            case "base" or "link":
                bool stating = tag == "base" || string.Equals(element.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase);
                found.StatedBase ??= stating ? element.GetAttribute("href") : null;
                return false;
        }

        var names = ElementAttributes.Of(element);
        if (HtmlLexicon.NeverContent.Contains(tag) || names.Hidden)
        {
            return false;
        }

        NoteHeadline(element, names, found.Headlines);
        if (found.MicrodataList is null && names.ItemType is { } type && type.Contains("BreadcrumbList", StringComparison.OrdinalIgnoreCase))
        {
            found.MicrodataList = element;
        }

        // An outer container that also holds a search box is a header bar: the trail inside it is looked for on its own.
        if (found.Container is null && NameOfTrail(names) is { } strong && ReadContainer(element, strong) is { } trail && !HoldsFormControls(element))
        {
            found.Container = trail;
        }

        return true;
    }

    private static void NoteHeadline(IElement element, ElementAttributes names, List<string>[] headlines)
    {
        var list = element.LocalName switch
        {
            "h1" => headlines[0],
            "h2" => headlines[1],
            _ => NamesHeadline(names) ? headlines[2] : null,
        };

        if (list is { Count: < MaxHeadlineElements } && BoundedText(element, MaxHeadlineLength) is { Length: >= MinHeadlineLength } text)
        {
            list.Add(text);
        }
    }

    private static bool NamesHeadline(ElementAttributes names) =>
        names.Class.AsSpan().ContainsAny(HeadlineNames) || names.Id.AsSpan().ContainsAny(HeadlineNames);

    /// <summary>
    /// The element's text with white space collapsed, or null when it is longer than a headline: reading stops there,
    /// since an element named "title" can wrap a whole article.
    /// </summary>
    private static string? BoundedText(IElement element, int limit)
    {
        var text = new StringBuilder();
        var pending = new Stack<INode>();
        pending.Push(element);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is IText node)
            {
                text.Append(node.Data);
                if (text.Length > limit * 2)
                {
                    return null;
                }

                continue;
            }

            for (int i = current.ChildNodes.Length - 1; i >= 0; i--)
            {
                pending.Push(current.ChildNodes[i]);
            }
        }

        string collapsed = TextSpan.CollapseSpaces(text.ToString());
        return collapsed.Length <= limit ? collapsed : null;
    }

    private static Uri? Absolute(string? address) =>
        address is not null && Uri.TryCreate(address.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute : null;

    /// <summary>True when every stated item is among the shown ones, in the same order.</summary>
    private static bool Holds(List<BreadcrumbItem> shown, List<BreadcrumbItem> stated)
    {
        int next = 0;
        foreach (var item in shown)
        {
            if (next < stated.Count && string.Equals(item.Text, stated[next].Text, StringComparison.OrdinalIgnoreCase))
            {
                next++;
            }
        }

        return next == stated.Count;
    }

    private static List<BreadcrumbItem> WithStatedUrls(List<BreadcrumbItem> shown, List<BreadcrumbItem> stated) =>
        shown.ConvertAll(item => item.Url is not null ? item
            : item with { Url = stated.Find(s => string.Equals(s.Text, item.Text, StringComparison.OrdinalIgnoreCase))?.Url });

    private static List<BreadcrumbItem>? FromJsonLd(List<string> blocks)
    {
        foreach (string block in blocks)
        {
            if (string.IsNullOrWhiteSpace(block))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(block, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindBreadcrumbList(json.RootElement, 0) is { } list && ReadListItems(list) is { Count: > 0 } items)
                {
                    return items;
                }
            }
            catch (JsonException)
            {
                // Hand-written JSON-LD is often broken; the other sources still stand.
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

            positioned.Add((Position(entry, positioned.Count), new BreadcrumbItem(text, UsableHref(url))));
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
            positioned.Add((order, new BreadcrumbItem(name, UsableHref(url))));
        }

        if (positioned.Count is 0 or > MaxItems)
        {
            return null;
        }

        shown = ReadContainer(list, strongName: true);
        return positioned.OrderBy(p => p.Position).Select(p => p.Item).ToList();
    }

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
    private readonly record struct Piece(string Text, string? Url, bool IsLink);

    private static List<BreadcrumbItem>? ReadContainer(IElement container, bool strongName)
    {
        if (HasMoreTextThan(container, MaxContainerChars * 2))
        {
            return null;
        }

        var pieces = new List<Piece>();
        Collect(container, pieces, 0);
        if (pieces.Sum(p => p.Text.Length) > MaxContainerChars)
        {
            return null;
        }

        var items = new List<BreadcrumbItem>();
        bool leadIn = false, linked = false;
        string? marker = null;
        for (int p = 0; p < pieces.Count; p++)
        {
            var piece = pieces[p];
            bool last = p == pieces.Count - 1;
            if (piece.IsLink)
            {
                // "‹ Zurück", "« Back": a link to the previous page sits beside the trail, not in it.
                if (piece.Text.AsSpan().IndexOfAny(BreadcrumbLexicon.BackArrows) == 0)
                {
                    continue;
                }

                if (!BreadcrumbRecognizer.IsItem(piece.Text))
                {
                    if (last && IsCurrentPageTitle(piece.Text))
                    {
                        // The page's own headline closes the trail: it shows where the trail ends, and is no crumb.
                        continue;
                    }

                    return null;
                }

                AddItem(items, ref marker, new BreadcrumbItem(piece.Text, piece.Url));
                linked |= piece.Url is not null;
                continue;
            }

            if (IsSymbolSeparator(piece.Text))
            {
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
                if (last && IsCurrentPageTitle(piece.Text.TrimStart(SeparatorsAndSpaces)))
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
                AddItem(items, ref marker, new BreadcrumbItem(text, null));
            }

            marker = line.DroppedMarker ?? marker;
        }

        if (items.Count is 0 or > MaxItems || !(linked || leadIn))
        {
            return null;
        }

        // One item is a trail only when something says so: a label, an article marker after it, or a name that says breadcrumb.
        return items.Count > 1 || leadIn || marker is not null || strongName ? items : null;
    }

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
            items.Add(new BreadcrumbItem(marker, null));
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

    private static bool IsCurrentPageTitle(string text)
    {
        var stats = TextStats.Of(text);
        return stats.Words <= MaxCurrentPageWords && stats.SentenceEnds <= 1 && stats.Words > 0;
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
    private static void Collect(INode node, List<Piece> pieces, int depth, bool inListItem = false)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                string data = TextSpan.CollapseSpaces(text.Data);
                if (data.Length > 0)
                {
                    pieces.Add(new Piece(data, null, false));
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
                    pieces.Add(new Piece(linkText, UsableHref(element.GetAttribute("href")), true));
                }

                continue;
            }

            if (inListItem && element.LocalName is "ul" or "ol")
            {
                continue;
            }

            if (depth < MaxDepth)
            {
                Collect(element, pieces, depth + 1, inListItem || element.LocalName == "li");
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
