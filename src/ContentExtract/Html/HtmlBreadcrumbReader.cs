using System.Text;
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
internal static partial class HtmlBreadcrumbReader
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
        using var survey = Survey(document);
        return Read(document, survey, baseUrl);
    }

    /// <summary>The trail, from a survey of the page already made (the segmenter makes one for the title and the JSON-LD too).</summary>
    public static IReadOnlyList<BreadcrumbItem> Read(IDocument document, PageSurvey found, Uri? baseUrl)
    {
        List<BreadcrumbItem>? shownByMicrodata = null;
        var stated = FromJsonLd(found.JsonLd, found.ParsedJsonLd) ?? (found.MicrodataList is { } list ? FromMicrodata(list, out shownByMicrodata) : null);
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
    internal sealed class PageSurvey : IDisposable
    {
        public List<string> JsonLd { get; } = [];

        /// <summary>
        /// The scripts of <see cref="JsonLd"/> and <see cref="StatingScripts"/> as parsed, once each, by whichever reader
        /// came first; disposing the survey disposes them.
        /// </summary>
        public JsonLdDocuments ParsedJsonLd { get; } = new();

        public IElement? MicrodataList { get; set; }

        public List<BreadcrumbItem>? Container { get; set; }

        /// <summary>The &lt;base&gt; or canonical address, written as the page writes it.</summary>
        public string? StatedBase { get; set; }

        /// <summary>Texts of h1 elements, of h2 elements, and of elements whose class or id names a title or headline.</summary>
        public List<string>[] Headlines { get; } = [[], [], []];

        /// <summary>The types the page's JSON-LD scripts and microdata declare, found on every element, hidden ones too.</summary>
        public DeclaredTypes DeclaredTypes { get; set; }

        /// <summary>The JSON-LD scripts that declare an article or a product, hidden parts of the page included.</summary>
        public List<string> StatingScripts { get; } = [];

        /// <summary>
        /// The headline reader's stack, kept for the walk: it reads every h1 and h2 and every element named as a title, dozens
        /// a page, and a stack of its own for each grew again from nothing.
        /// </summary>
        public Stack<INode> TextWalk { get; } = new();

        /// <summary>The headline reader's text, kept for the walk as its stack is.</summary>
        public StringBuilder Text { get; } = new();

        /// <summary>
        /// The elements of the body that mark a byline (<c>rel="author"</c>, <c>itemprop="author"</c>), hidden ones too, in
        /// document order: the author reader's last resort, found on this walk rather than on one of its own.
        /// </summary>
        public List<IElement> AuthorMarks { get; } = [];

        /// <inheritdoc/>
        public void Dispose() => ParsedJsonLd.Dispose();
    }

    /// <summary>
    /// Walks the page once, in document order and outermost first. Every element is seen for the types the page
    /// declares (JSON-LD scripts and microdata, hidden parts and the head included); the survey proper does not enter
    /// elements the reader never sees (scripts, hidden blocks) and enters the head only for its JSON-LD and its address.
    /// The caller keeps the survey and hands it to each reader that needs it, so that the page is walked once per
    /// extraction and nothing is cached beyond it.
    /// </summary>
    internal static PageSurvey Survey(IDocument document)
    {
        var found = new PageSurvey();
        if (document.DocumentElement is not { } root)
        {
            return found;
        }

        NoteDeclaredType(root.GetAttribute("itemtype"), found);
        var body = document.Body;
        var pending = new Stack<(INodeList Nodes, int Index, int Depth, bool Surveyed, bool InBody)>();
        pending.Push((root.ChildNodes, 0, 1, true, false));
        while (pending.Count > 0)
        {
            var (nodes, index, depth, surveyed, inBody) = pending.Pop();
            if (index >= nodes.Length)
            {
                continue;
            }

            pending.Push((nodes, index + 1, depth, surveyed, inBody));
            if (nodes[index] is IElement element)
            {
                bool enter = Visit(element, found, surveyed, inBody) && surveyed && depth < MaxDepth;
                if (enter || element.HasChildNodes)
                {
                    pending.Push((element.ChildNodes, 0, depth + 1, enter, inBody || element == body));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Notes what the element declares and, when the survey reads it (<paramref name="surveyed"/>), what it says about
    /// the trail; returns whether the survey walks into it.
    /// </summary>
    private static bool Visit(IElement element, PageSurvey found, bool surveyed, bool inBody)
    {
        string tag = element.LocalName;
        if (inBody && !(surveyed && ReadsAttributesInOnePass(tag)))
        {
            // Elements the survey proper does not read the attributes of are looked at for a byline mark on their own.
            NoteAuthorMark(element, element.GetAttribute("rel"), element.GetAttribute("itemprop"), found);
        }

        switch (tag)
        {
            case "script":
                NoteDeclaredType(element.GetAttribute("itemtype"), found);
                if (string.Equals(element.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    string text = element.TextContent;
                    if (element is AngleSharp.Html.Dom.IHtmlScriptElement)
                    {
                        var declared = DeclaredTypeReader.FromJsonLd(text);
                        found.DeclaredTypes |= declared;

                        // Hidden ones too: the scripts that may state the page's own text (JsonLdArticleReader.ReadStatedText).
                        if ((declared & (DeclaredTypes.Article | DeclaredTypes.Product)) != 0)
                        {
                            found.StatingScripts.Add(text);
                        }
                    }

                    if (surveyed)
                    {
                        found.JsonLd.Add(text);
                    }
                }

                return false;
            case "head":
                NoteDeclaredType(element.GetAttribute("itemtype"), found);
                return true;
            case "base" or "link":
                NoteDeclaredType(element.GetAttribute("itemtype"), found);
                bool stating = surveyed && (tag == "base" || string.Equals(element.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase));
                found.StatedBase ??= stating ? element.GetAttribute("href") : null;
                return false;
        }

        if (!surveyed)
        {
            NoteDeclaredType(element.GetAttribute("itemtype"), found);
            return false;
        }

        var names = ElementAttributes.Of(element);
        NoteDeclaredType(names.ItemType, found);
        if (inBody)
        {
            NoteAuthorMark(element, names.Rel, names.ItemProp, found);
        }

        if (HtmlLexicon.NeverContent.Contains(tag) || names.Hidden)
        {
            return false;
        }

        NoteHeadline(element, names, found);
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

    /// <summary>Whether <see cref="Visit"/> reads a surveyed element's attributes in one pass: every tag but those it settles first.</summary>
    private static bool ReadsAttributesInOnePass(string tag) => tag is not ("script" or "head" or "base" or "link");

    private static void NoteAuthorMark(IElement element, string? rel, string? itemProp, PageSurvey found)
    {
        if (AuthorReader.MarksAuthor(rel) || AuthorReader.MarksAuthor(itemProp))
        {
            found.AuthorMarks.Add(element);
        }
    }

    private static void NoteDeclaredType(string? itemType, PageSurvey found)
    {
        if (itemType is not null)
        {
            found.DeclaredTypes |= DeclaredTypeReader.FromItemType(itemType);
        }
    }

    private static void NoteHeadline(IElement element, ElementAttributes names, PageSurvey found)
    {
        var headlines = found.Headlines;
        var list = element.LocalName switch
        {
            "h1" => headlines[0],
            "h2" => headlines[1],
            _ => NamesHeadline(names) ? headlines[2] : null,
        };

        if (list is { Count: < MaxHeadlineElements } && BoundedText(element, MaxHeadlineLength, found.TextWalk, found.Text) is { Length: >= MinHeadlineLength } text)
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
    internal static string? BoundedText(IElement element, int limit) => BoundedText(element, limit, new Stack<INode>(), new StringBuilder());

    /// <summary>As <see cref="BoundedText(IElement, int)"/>, with the caller's stack and text, each cleared here.</summary>
    private static string? BoundedText(IElement element, int limit, Stack<INode> pending, StringBuilder text)
    {
        pending.Clear();
        text.Clear();
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
}
