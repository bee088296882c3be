using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.Html;

/// <summary>What the HTML segmenter hands to the shared stages.</summary>
internal sealed record HtmlSegmentation(
    IReadOnlyList<Segment> Segments,
    string? Title,
    string? PageTitle,
    string? Language,
    DocumentMetadata Metadata,
    bool StatesPublished,
    Uri? StatedAddress,
    DeclaredTypes DeclaredTypes,
    IReadOnlyList<BreadcrumbItem> Breadcrumb,
    AngleSharp.Html.Dom.IHtmlDocument Document,
    BlockTree Blocks,
    string? StatedText);

/// <summary>
/// Parses HTML with AngleSharp and flattens the visible page into segments, one per block-level
/// element, keeping what the markup states (heading levels, list items, quotes, table rows, links)
/// so that the shared stages can use it. Elements that are never content (scripts, styles, forms
/// controls, hidden elements) are skipped here. White space is collapsed as a browser collapses it,
/// except inside <c>&lt;pre&gt;</c>, whose lines, indentation and blank lines are kept as they are: one
/// preformatted element is one segment, whatever markup (highlighting spans, links, lines set as blocks)
/// it holds.
/// </summary>
internal sealed class HtmlSegmenter
{
    private const int MaxDepth = 512;

    /// <summary>Elements looked at inside a button for a heading: an accordion header holds a few (an icon, a span, the heading).</summary>
    private const int MaxButtonElementsLooked = 16;

    /// <summary>
    /// AngleSharp's default services without its attribute observer. The observer keeps the live state a browser derives
    /// from attributes (an image's loading source, a link's relation and stylesheet, an input's type, a frame's document)
    /// in step with every attribute the parser sets; nothing here or in SmartReader reads that state, only the attributes
    /// and the text. Without it the parse took about 10 % less CPU time and allocated 7 % less (293 corpus pages, three
    /// rounds alternated: 1.28 s and 913 MB against 1.15 s and 844 MB), every output byte-identical. Immutable, so one
    /// for every page and thread; each page still gets a browsing context of its own.
    /// </summary>
    private static readonly AngleSharp.IConfiguration ParseServices =
        new AngleSharp.Configuration(AngleSharp.Configuration.Default.Services.Where(service => service is not IAttributeObserver));

    private readonly ExtractionOptions _options;

    public HtmlSegmenter()
        : this(ExtractionOptions.Default)
    {
    }

    public HtmlSegmenter(ExtractionOptions options) => _options = options;

    /// <summary>Parses the page and cuts it into segments.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="page">What is known about the page besides its markup.</param>
    /// <param name="cancellation">Stops the parse and the walk.</param>
    public HtmlSegmentation Segment(string html, PageInfo page, CancellationToken cancellation)
    {
        // The tree builder has no cancellation of its own: the token is checked as elements are created.
        int created = 0;
        var parser = new HtmlParser(new HtmlParserOptions
        {
            IsScripting = false,

            // Nothing reads where in the markup an element stood (source references are off); the tokenizer then need
            // not track each token's line and column.
            DisableElementPositionTracking = true,
            OnCreated = (_, _) =>
            {
                if ((++created & 1023) == 0)
                {
                    cancellation.ThrowIfCancellationRequested();
                }
            },
        }, AngleSharp.BrowsingContext.New(ParseServices));
        var document = parser.ParseDocument(html);
        cancellation.ThrowIfCancellationRequested();
        // Without the caller's address, links resolve as a browser would resolve them on the page's own address.
        var meta = MetaTags.Read(document);
        var statedAddress = HtmlMetadataReader.ReadStatedAddress(document, meta);
        var linkBase = page.Url ?? HtmlMetadataReader.ReadLinkBase(document, statedAddress);
        // One walk over every element for what the page declares, its trail, its headlines and its JSON-LD.
        using var survey = HtmlBreadcrumbReader.Survey(document);
        var declaredTypes = DeclaredTypeReader.Read(meta, survey.DeclaredTypes);
        bool readsReviews = _options.Applies(Pipeline.Rule.ReviewsAsComments) && (declaredTypes & DeclaredTypes.Article) == 0;
        var builder = new SegmentBuilder(linkBase, _options, readsReviews, cancellation);
        if (document.Body is { } body)
        {
            builder.Walk(body, 0);
        }

        builder.Flush();
        DecideNoScriptCopies(builder.Segments);
        bool wrappers = _options.Applies(Pipeline.Rule.ZoneWrapperGuard);
        if (wrappers || builder.ZoneInstances.Exists(instance => instance.Reviews))
        {
            ZoneGuard.ClearWrapperZones(builder.Segments, builder.SegmentZoneInstances, builder.ZoneInstances, wrappers);
        }

        string documentTitle = document.Title ?? string.Empty;
        return new HtmlSegmentation(
            builder.Segments,
            HtmlMetadataReader.ReadTitle(document, meta, survey, documentTitle),
            documentTitle.Length > 0 ? TextSpan.CollapseSpaces(documentTitle) : null,
            HtmlMetadataReader.ReadLanguage(document, meta),
            HtmlMetadataReader.ReadMetadata(document, meta, survey, out bool statesPublished),
            statesPublished,
            statedAddress,
            declaredTypes,
            HtmlBreadcrumbReader.Read(document, survey, linkBase),
            document,
            builder.Blocks(),
            _options.Applies(Pipeline.Rule.StatedTextFallback) ? JsonLdArticleReader.ReadStatedText(survey.StatingScripts, survey.ParsedJsonLd) : null);
    }

    /// <summary>
    /// Pages that render with JavaScript often repeat their text inside &lt;noscript&gt; for readers without it. We read
    /// as such a reader does, so &lt;noscript&gt; is content; where it only copies blocks the page shows anyway, the copy goes.
    /// </summary>
    private static void DecideNoScriptCopies(List<Segment> segments)
    {
        HashSet<string>? shown = null;
        foreach (var segment in segments)
        {
            if (!segment.FromNoScript)
            {
                continue;
            }

            shown ??= segments.Where(s => !s.FromNoScript).Select(s => s.Text).ToHashSet(StringComparer.Ordinal);
            if (shown.Contains(segment.Text))
            {
                segment.Decide(BlockRole.Boilerplate, "copy, for readers without JavaScript, of a block the page shows");
            }
        }
    }

    private sealed class SegmentBuilder(Uri? baseUrl, ExtractionOptions options, bool readsReviews, CancellationToken cancellation)
    {
        private readonly StringBuilder _text = new();
        private readonly List<SegmentLink> _links = [];
        private int _linkChars;

        /// <summary>Where the text stood when the last link closed, to part a link that follows it with nothing between.</summary>
        private int _linkClosedAt = -1;
        private int _linkDepth;
        private readonly List<OpenLink> _openLinks = [];
        private MarkupHint _hint;
        private int _headingLevel;
        private int _blockQuoteDepth;

        /// <summary>Where the text of a <c>&lt;cite&gt;</c> or <c>&lt;footer&gt;</c> that began a quote's segment ends, or -1: the segment then signs the quote.</summary>
        private int _signatureEnd = -1;

        /// <summary>
        /// How many segments there were when a <c>&lt;blockquote&gt;</c> inside a <c>&lt;figure&gt;</c> closed, or -1: a
        /// <c>&lt;figcaption&gt;</c> of that figure that follows with no segment between signs the quote (the figure of a
        /// quotation with its source, as HTML sets it).
        /// </summary>
        private int _figureQuoteEnd = -1;
        private bool _pendingSpace;
        private int _visited;
        private PageZone _zone;
        private int _zoneInstance = -1;
        private int _segmentZoneInstance = -1;
        private int _articleDepth;
        private int _articleBodyDepth;
        private int _noScriptDepth;
        private bool _segmentFromNoScript;
        private PageZone _segmentZone;
        private bool _segmentInArticleBody;
        private bool _segmentStarted;
        private readonly List<int> _blockPath = [];
        private readonly List<int> _blockParents = [];
        private readonly List<int> _blockEnds = [];
        private readonly Stack<IElement> _rowWalk = new();
        private readonly Stack<IElement> _buttonWalk = new();
        private readonly Dictionary<string, string?> _resolved = new(StringComparer.Ordinal);
        private readonly ZoneClassifier.NameMemo _zoneNames = new();
        private int _segmentElement = -1;
        private int _preDepth;
        private string? _codeLanguage;

        public List<Segment> Segments { get; } = [];

        /// <summary>The block element the walk is in, as its number in the tree; -1 outside every block.</summary>
        private int InnermostBlock => _blockPath.Count > 0 ? _blockPath[^1] : -1;

        /// <summary>The page's block elements as a tree, once the walk is done.</summary>
        public BlockTree Blocks() => new([.. _blockParents], [.. _blockEnds]);

        /// <summary>For each segment, the innermost furniture element it sits in (an index into <see cref="ZoneInstances"/>), or -1.</summary>
        public List<int> SegmentZoneInstances { get; } = [];

        /// <summary>Every element that opened a furniture zone, with the zone it sits in.</summary>
        public List<ZoneInstance> ZoneInstances { get; } = [];

        /// <summary>
        /// An accordion's header: a button inside a heading element (the WAI-ARIA pattern) or holding one. Its
        /// text is the heading of the section it opens, so it is read as a heading; every other button is a control.
        /// </summary>
        private bool IsHeadingButton(string tag, IElement element) =>
            tag == "button" && (_hint == MarkupHint.Heading || HoldsHeading(element));

        /// <summary>
        /// Whether a heading element stands among the first elements inside <paramref name="element"/>; the look is bounded,
        /// so the walk stays linear. It walks with the builder's own stack: pages hold dozens of buttons, and AngleSharp's
        /// descendant enumeration allocated a stack and three enumerators for each.
        /// </summary>
        private bool HoldsHeading(IElement element)
        {
            int looked = 0;
            foreach (var inner in ElementWalk.Below(element, _buttonWalk))
            {
                if (IsHeadingTag(inner.LocalName))
                {
                    return true;
                }

                if (++looked == MaxButtonElementsLooked)
                {
                    return false;
                }
            }

            return false;
        }

        public void Walk(INode node, int depth)
        {
            if ((++_visited & 4095) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            if (node is IText text)
            {
                AppendText(text.Data);
                return;
            }

            if (node is not IElement element)
            {
                return;
            }

            string tag = element.LocalName;
            if (HtmlLexicon.NeverContent.Contains(tag) && !IsHeadingButton(tag, element))
            {
                return;
            }

            var names = ElementAttributes.Of(element);
            if (names.Hidden || (tag == "noscript" && !options.Applies(Pipeline.Rule.NoScriptContent)))
            {
                return;
            }

            if (depth > MaxDepth)
            {
                // Pathologically deep markup: keep the text, drop the structure below this depth.
                AppendText(element.TextContent);
                return;
            }

            if (tag == "br")
            {
                if (_preDepth > 0)
                {
                    AppendPreformatted("\n");
                }
                else
                {
                    AppendLineBreak();
                }

                return;
            }

            if (_preDepth > 0)
            {
                WalkInsidePreformatted(element, depth);
                return;
            }

            if (tag == "tr")
            {
                Flush();
                AddRow(element);
                return;
            }

            bool block = HtmlLexicon.BlockElements.Contains(tag);
            if (block)
            {
                Flush();
                _blockPath.Add(_blockParents.Count);
                _blockParents.Add(_blockPath.Count > 1 ? _blockPath[^2] : -1);
                _blockEnds.Add(0);
            }

            // Zones nest: furniture inside the article body stays furniture, and the innermost furniture zone names it.
            var outerZone = _zone;
            int outerInstance = _zoneInstance;
            var zone = ZoneClassifier.Classify(element, names, _articleDepth > 0, readsReviews, _zoneNames);
            bool opensArticle = tag == "article" || zone == PageZone.ArticleBody;
            if (zone == PageZone.ArticleBody)
            {
                _articleBodyDepth++;
            }
            else if (zone != PageZone.None)
            {
                _zone = zone;
                // Named for reviews alone: the guard clears it when it holds no thread of them.
                bool reviews = zone == PageZone.Comments && readsReviews && ZoneClassifier.Classify(element, names, _articleDepth > 0, memo: _zoneNames) != PageZone.Comments;
                ZoneInstances.Add(new ZoneInstance(zone, outerInstance, reviews));
                _zoneInstance = ZoneInstances.Count - 1;
            }

            if (opensArticle)
            {
                _articleDepth++;
            }

            var previousHint = _hint;
            int previousLevel = _headingLevel;
            if (IsHeadingTag(tag))
            {
                _hint = MarkupHint.Heading;
                _headingLevel = tag[1] - '0';
            }
            else if (tag == "li")
            {
                _hint = element.ParentElement?.LocalName == "ol" ? MarkupHint.OrderedListItem : MarkupHint.ListItem;
            }

            bool preformatted = HtmlLexicon.PreformattedElements.Contains(tag);
            if (preformatted)
            {
                _hint = MarkupHint.Preformatted;
                _codeLanguage = CodeLanguageReader.Read(element);
                _preDepth++;
            }

            if (tag == "blockquote")
            {
                _blockQuoteDepth++;
            }

            if (tag == "noscript")
            {
                _noScriptDepth++;
            }

            bool link = tag == "a" && element.HasAttribute("href");
            OpenLink? open = null;
            if (link)
            {
                _linkDepth++;

                // Links that touch ("HomeNewsSport") are shown apart by the page's style; their words are not one word.
                // Chinese and Japanese set words without spaces, so there the text stays as it is.
                if (_text.Length > 0 && _text.Length == _linkClosedAt && char.IsLetterOrDigit(_text[^1]) && !CharClass.IsCjk(_text[^1]))
                {
                    _pendingSpace = true;
                }

                open = new OpenLink(element) { Start = _text.Length };
                _openLinks.Add(open);
            }

            bool signature = IsBlank(_text) && ((_blockQuoteDepth > 0 && tag is "cite" or "footer")
                || (tag == "figcaption" && _figureQuoteEnd == Segments.Count && element.ParentElement?.LocalName == "figure"));
            WalkChildren(element, depth);

            if (signature)
            {
                _signatureEnd = _text.Length;
            }

            if (link)
            {
                _linkDepth--;
                _openLinks.Remove(open!);
                AddLink(open!);
                _linkClosedAt = _text.Length;
            }

            if (tag == "blockquote")
            {
                Flush();
                _blockQuoteDepth--;
                _figureQuoteEnd = element.ParentElement?.LocalName == "figure" ? Segments.Count : -1;
            }

            if (tag == "noscript")
            {
                Flush();
                _noScriptDepth--;
            }

            if (block || _zone != outerZone)
            {
                Flush();
            }

            if (preformatted)
            {
                _preDepth--;
                _codeLanguage = null;
            }

            if (block)
            {
                _blockEnds[_blockPath[^1]] = _blockParents.Count;
                _blockPath.RemoveAt(_blockPath.Count - 1);
            }

            _zone = outerZone;
            _zoneInstance = outerInstance;
            if (zone == PageZone.ArticleBody)
            {
                _articleBodyDepth--;
            }

            if (opensArticle)
            {
                _articleDepth--;
            }

            _hint = previousHint;
            _headingLevel = previousLevel;
        }

        /// <summary>h1 to h6, as AngleSharp names them (lower case).</summary>
        private static bool IsHeadingTag(string tag) => tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6';

        /// <summary>Walks the element's children by index: enumerating the child list would allocate an enumerator per element.</summary>
        private void WalkChildren(IElement element, int depth)
        {
            var children = element.ChildNodes;
            for (int i = 0; i < children.Length; i++)
            {
                Walk(children[i], depth + 1);
            }
        }

        /// <summary>True when the text from <paramref name="from"/> on holds nothing but white space.</summary>
        private static bool IsBlank(System.Text.StringBuilder text, int from = 0)
        {
            for (int i = from; i < text.Length; i++)
            {
                if (!CharClass.IsSpace(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The link's text in the segment being built, from where the link opened (or, for a link that wraps blocks ("a card
        /// linked whole"), from the segment's start): each segment a link runs through gets the link with its own part.
        /// </summary>
        private void AddLink(OpenLink open)
        {
            string linkText = _text.ToString(open.Start, _text.Length - open.Start).Trim();
            if (linkText.Length > 0)
            {
                _links.Add(new SegmentLink(linkText, Resolve(open.Element.GetAttribute("href"))));
            }
        }

        public void Flush()
        {
            foreach (var open in _openLinks)
            {
                AddLink(open);
            }

            string text = _preDepth > 0 ? TrimBlankEdgeLines(_text) : TrimLines(_text);
            if (text.Length > 0)
            {
                var hint = _blockQuoteDepth > 0 && _hint == MarkupHint.None ? MarkupHint.BlockQuote : _hint;
                Segments.Add(new Segment(Segments.Count, text)
                {
                    Markup = hint,
                    MarkupHeadingLevel = hint == MarkupHint.Heading ? _headingLevel : 0,
                    CodeLanguage = hint == MarkupHint.Preformatted ? _codeLanguage : null,
                    LinkChars = Math.Min(_linkChars, text.Length),
                    Links = _links.ToArray(),
                    BodyText = text,
                    GapBefore = true,
                    Zone = _segmentZone,
                    InArticleBody = _segmentInArticleBody,
                    Element = _segmentElement,
                    FromNoScript = _segmentFromNoScript,
                    SignsQuote = _signatureEnd >= 0 && IsBlank(_text, _signatureEnd),
                });
                SegmentZoneInstances.Add(_segmentZoneInstance);
            }

            _segmentStarted = false;
            _signatureEnd = -1;
            _text.Clear();
            _linkClosedAt = -1;
            _links.Clear();
            _linkChars = 0;
            _pendingSpace = false;
            foreach (var open in _openLinks)
            {
                open.Start = 0;
            }
        }

        private void AddRow(IElement row)
        {
            var cells = new List<string>();
            foreach (var cell in row.Children)
            {
                if (cell.LocalName is "td" or "th")
                {
                    cells.Add(TextSpan.CollapseSpaces(VisibleText(cell)));
                }
            }

            if (cells.Exists(c => c.Length > 0))
            {
                // A row holding block content is layout, not data: walk it as ordinary blocks. A code listing set in a
                // table (a highlighter's line-number column beside the code) keeps its lines that way too.
                if (HoldsBlock(row))
                {
                    foreach (var child in row.ChildNodes)
                    {
                        Walk(child, 1);
                    }

                    Flush();
                    return;
                }

                string text = string.Join(" | ", cells.Where(c => c.Length > 0));
                var links = new List<SegmentLink>();
                int linkChars = LinkChars(row, links);
                Segments.Add(new Segment(Segments.Count, text)
                {
                    Markup = MarkupHint.TableRow,
                    Cells = cells,
                    LinkChars = Math.Min(linkChars, text.Length),
                    Links = links,
                    BodyText = text,
                    GapBefore = true,
                    Zone = _zone,
                    InArticleBody = _articleBodyDepth > 0,
                    Element = InnermostBlock,
                });
                SegmentZoneInstances.Add(_zoneInstance);
            }
        }

        /// <summary>
        /// Whether an element below the row is one of <see cref="HtmlLexicon.RowBlockElements"/>: what the selector
        /// <c>p, div, table, ul, ol, h1, h2, h3, h4, pre</c> finds, without parsing a selector for every row.
        /// </summary>
        private bool HoldsBlock(IElement row)
        {
            foreach (var element in ElementWalk.Below(row, _rowWalk))
            {
                if (HtmlLexicon.RowBlockElements.Contains(element.LocalName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The visible characters of every <c>a[href]</c> below the row (a link inside a link counted again, as the selector
        /// finds both), and the links themselves: a layout table's row of links (a link box of an older page) is read as
        /// any other block's links are.
        /// </summary>
        private int LinkChars(IElement row, List<SegmentLink> links)
        {
            int chars = 0;
            foreach (var element in ElementWalk.Below(row, _rowWalk))
            {
                if (element.LocalName.Equals("a", StringComparison.OrdinalIgnoreCase) && element.HasAttribute("href"))
                {
                    string linkText = TextSpan.CollapseSpaces(VisibleText(element));
                    chars += linkText.Length;
                    if (linkText.Length > 0)
                    {
                        links.Add(new SegmentLink(linkText, Resolve(element.GetAttribute("href"))));
                    }
                }
            }

            return chars;
        }

        /// <summary>
        /// An element inside a preformatted one: its text is the listing's, so it neither ends the segment nor opens
        /// a zone (a highlighter's <c>class="token comment"</c> names code, not a comment thread). An element a browser
        /// lays out as a block (a highlighter's line <c>&lt;div&gt;</c>, a table row) starts and ends a line.
        /// </summary>
        private void WalkInsidePreformatted(IElement element, int depth)
        {
            bool lineBlock = HtmlLexicon.BlockElements.Contains(element.LocalName);
            if (lineBlock)
            {
                EndPreformattedLine();
            }

            bool link = element.LocalName == "a" && element.HasAttribute("href");
            int linkStart = _text.Length;
            if (link)
            {
                _linkDepth++;
            }

            WalkChildren(element, depth);

            if (link)
            {
                _linkDepth--;
                string linkText = _text.ToString(linkStart, _text.Length - linkStart).Trim();
                if (linkText.Length > 0)
                {
                    _links.Add(new SegmentLink(linkText, Resolve(element.GetAttribute("href"))));
                }
            }

            if (lineBlock)
            {
                EndPreformattedLine();
            }
        }

        private void EndPreformattedLine()
        {
            if (_text.Length > 0 && _text[^1] != '\n')
            {
                _text.Append('\n');
            }
        }

        private void AppendText(string data)
        {
            if (_preDepth > 0)
            {
                AppendPreformatted(data);
                return;
            }

            foreach (char c in data)
            {
                if (CharClass.IsSpace(c) && c != '\u00A0' && c != '\u3000')
                {
                    _pendingSpace = _text.Length > 0;
                    continue;
                }

                if (_pendingSpace)
                {
                    if (_text.Length > 0 && _text[^1] != '\n')
                    {
                        _text.Append(' ');
                    }

                    _pendingSpace = false;
                }

                StartSegment();
                _text.Append(c);
                if (_linkDepth > 0)
                {
                    _linkChars++;
                }
            }
        }

        /// <summary>Appends text as it is: a preformatted element's spaces, tabs and newlines are its layout.</summary>
        private void AppendPreformatted(string data)
        {
            if (data.Length == 0)
            {
                return;
            }

            StartSegment();
            foreach (char c in data)
            {
                // The parser has already turned CRLF into LF; a lone CR is an old line end.
                _text.Append(c == '\r' ? '\n' : c);
                if (_linkDepth > 0 && !CharClass.IsSpace(c))
                {
                    _linkChars++;
                }
            }
        }

        private void AppendLineBreak()
        {
            _pendingSpace = false;
            if (_text.Length == 0)
            {
                return;
            }

            // One <br> breaks a line inside a paragraph; two in a row separate paragraphs, as CMSs use
            // them. The block stays one segment for classification and is split into paragraphs later.
            if (_text[^1] == '\n')
            {
                if (_text.Length < 2 || _text[^2] != '\n')
                {
                    _text.Append('\n');
                }

                return;
            }

            _text.Append('\n');
        }

        private void StartSegment()
        {
            if (!_segmentStarted)
            {
                // A block belongs to the zone its text starts in.
                _segmentStarted = true;
                _segmentZone = _zone;
                _segmentZoneInstance = _zoneInstance;
                _segmentElement = InnermostBlock;
                _segmentInArticleBody = _articleBodyDepth > 0;
                _segmentFromNoScript = _noScriptDepth > 0;
            }
        }

        /// <summary>
        /// A preformatted block without the blank lines before its first line and after its last (browsers drop the
        /// newline after <c>&lt;pre&gt;</c>, and markup puts <c>&lt;/code&gt;&lt;/pre&gt;</c> on a line of its own);
        /// every line in between stays exactly as it is, the first line's indentation included.
        /// </summary>
        private static string TrimBlankEdgeLines(StringBuilder text)
        {
            int start = 0, firstLine = 0;
            while (start < text.Length && CharClass.IsSpace(text[start]))
            {
                if (text[start] == '\n')
                {
                    firstLine = start + 1;
                }

                start++;
            }

            if (start == text.Length)
            {
                return string.Empty;
            }

            int end = text.Length;
            while (end > start && CharClass.IsSpace(text[end - 1]))
            {
                end--;
            }

            return text.ToString(firstLine, end - firstLine);
        }

        private static string TrimLines(StringBuilder builder)
        {
            // A block without line breaks is trimmed where it lies in the builder: one copy of its text, not two.
            int first = -1, last = -1, offset = 0;
            bool lines = false;
            foreach (var chunk in builder.GetChunks())
            {
                var span = chunk.Span;
                for (int i = 0; i < span.Length; i++)
                {
                    if (span[i] == '\n')
                    {
                        lines = true;
                    }
                    else if (!CharClass.IsSpace(span[i]))
                    {
                        first = first < 0 ? offset + i : first;
                        last = offset + i;
                    }
                }

                offset += span.Length;
            }

            if (!lines)
            {
                return first < 0 ? string.Empty : builder.ToString(first, last - first + 1);
            }

            string text = builder.ToString();

            // Paragraphs split at "\n\n", lines at "\n"; each line trimmed, blank lines and paragraphs left out: one builder,
            // no array of paragraphs or lines.
            var result = new StringBuilder(text.Length);
            var rest = text.AsSpan();
            while (true)
            {
                int paragraphEnd = rest.IndexOf("\n\n", StringComparison.Ordinal);
                var paragraph = paragraphEnd < 0 ? rest : rest[..paragraphEnd];
                bool started = false;
                while (true)
                {
                    int lineEnd = paragraph.IndexOf('\n');
                    var line = TextSpan.TrimAll(lineEnd < 0 ? paragraph : paragraph[..lineEnd]);
                    if (!line.IsEmpty)
                    {
                        result.Append(started ? "\n" : result.Length > 0 ? "\n\n" : string.Empty).Append(line);
                        started = true;
                    }

                    if (lineEnd < 0)
                    {
                        break;
                    }

                    paragraph = paragraph[(lineEnd + 1)..];
                }

                if (paragraphEnd < 0)
                {
                    break;
                }

                rest = rest[(paragraphEnd + 2)..];
            }

            return result.ToString();
        }

        /// <summary>
        /// Resolves a link's address once per page: navigation repeats the same addresses in the header, the footer and
        /// the sidebars, and each resolution parses a URI.
        /// </summary>
        private string? Resolve(string? href)
        {
            if (href is null)
            {
                return null;
            }

            if (!_resolved.TryGetValue(href, out string? resolved))
            {
                resolved = ResolveOnce(href);
                _resolved.Add(href, resolved);
            }

            return resolved;
        }

        private string? ResolveOnce(string? href)
        {
            if (string.IsNullOrWhiteSpace(href) || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || href == "#")
            {
                return null;
            }

            href = href.Trim();

            // On Unix "/a.html" parses as an absolute file URI: only a scheme makes a link absolute.
            bool hasScheme = href.Length > 0 && char.IsAsciiLetter(href[0]) && href.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
                && href.AsSpan(0, colon).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-") < 0;
            if (hasScheme && Uri.TryCreate(href, UriKind.Absolute, out var absolute))
            {
                return absolute.AbsoluteUri;
            }

            return baseUrl is not null && Uri.TryCreate(baseUrl, href, out var resolved) ? resolved.AbsoluteUri : href;
        }

        /// <summary>The text a reader sees in an element: scripts, styles and hidden parts left out.</summary>
        private static string VisibleText(IElement element)
        {
            var text = new StringBuilder();
            AppendVisible(element, text, 0);
            return text.ToString();
        }

        private static void AppendVisible(INode node, StringBuilder text, int depth)
        {
            var children = node.ChildNodes;
            for (int i = 0; i < children.Length; i++)
            {
                var child = children[i];
                if (child is IText t)
                {
                    text.Append(t.Data);
                }
                else if (child is IElement e && depth < MaxDepth && !HtmlLexicon.NeverContent.Contains(e.LocalName) && !ElementAttributes.Of(e).Hidden)
                {
                    if (e.LocalName is "br" or "p" or "div" or "li")
                    {
                        text.Append(' ');
                    }

                    AppendVisible(e, text, depth + 1);
                }
            }
        }
    }

    /// <summary>A link element whose end the walk has not reached, and where its text starts in the segment being built.</summary>
    private sealed class OpenLink(IElement element)
    {
        public IElement Element { get; } = element;

        public int Start { get; set; }
    }
}
