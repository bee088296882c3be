using System.Collections.Frozen;
using System.Text;

namespace ContentExtract.Html;

/// <summary>
/// Reads the markup once, before it is parsed, and keeps the parser's work bounded. The HTML tree builder checks the
/// stack of open elements for many start tags, so markup nested a hundred thousand levels deep costs it time that grows
/// with the square of the depth (40,000 nested <c>&lt;div&gt;</c> took 15 s, 100,000 near a minute). Here the tags are
/// followed on a stack of their own, with the tree builder's main rules for implied ends (a block closes an open
/// paragraph, a list item closes the one before it, an end tag closes what it finds in scope): past
/// <see cref="MaxNestingDepth"/> levels, start tags and their end tags are taken out, so that the text stays and only
/// structure that deep goes (the segmenter already reads markup that deep as plain text). And a page with more start
/// tags than <see cref="ExtractionOptions.MaxElements"/> is refused before any parsing. Real pages nest a few dozen
/// levels and are returned as they are.
/// </summary>
internal static class MarkupGuard
{
    /// <summary>
    /// The deepest nesting kept, as Blink stops nesting at 512 (the segmenter read no structure below 512 either; real pages
    /// nest a few dozen levels, 56 at most in the development corpus). It was 1,024: the tree builder's scope checks walk
    /// the open elements at every block's start tag, and in code the runtime has not optimized yet they box an enum for
    /// each, so a page nested 1,024 deep allocated four times what one nested 512 deep does.
    /// </summary>
    public const int MaxNestingDepth = 512;

    /// <summary>How far down the stack the implied-end rules look; a page that hides the element further down keeps it open.</summary>
    private const int ScopeSearchLimit = 256;

    [Flags]
    private enum Tag
    {
        None = 0,
        Void = 1,
        RawText = 2,
        Special = 4,
        ClosesParagraph = 8,
        ScopeBoundary = 16,
        Single = 32,
        Foreign = 64,
    }

    private static readonly FrozenDictionary<string, Tag> Known = BuildKnown();

    private static FrozenDictionary<string, Tag> BuildKnown()
    {
        var tags = new Dictionary<string, Tag>(StringComparer.Ordinal);
        void Add(Tag tag, params string[] names)
        {
            foreach (var name in names)
            {
                tags[name] = tags.GetValueOrDefault(name) | tag;
            }
        }

        Add(Tag.Void, "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");
        Add(Tag.RawText, "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext");
        Add(Tag.Special, "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button", "caption", "center", "col", "colgroup",
            "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
            "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript",
            "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea",
            "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp");
        Add(Tag.ClosesParagraph, "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header",
            "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "plaintext", "table", "xmp",
            "li", "dd", "dt");
        Add(Tag.ScopeBoundary, "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button");
        Add(Tag.Single, "html", "head", "body");
        Add(Tag.Foreign, "svg", "math");
        return tags.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// The markup to parse: <paramref name="html"/> itself, or, where it nests deeper than <see cref="MaxNestingDepth"/>,
    /// a copy without the tags below that depth.
    /// </summary>
    /// <exception cref="ContentExtractionException">
    /// The markup has more than <paramref name="maxElements"/> start tags, or more than <paramref name="elementBudget"/>,
    /// the elements its memory budget allows (<see cref="ExtractionFailure.TooComplex"/>).
    /// </exception>
    public static string Apply(string html, int maxElements, int elementBudget, CancellationToken cancellation) =>
        new Scan(html, maxElements, elementBudget, cancellation).Run();

    private sealed class Scan(string html, int maxElements, int elementBudget, CancellationToken cancellation)
    {
#if NET9_0_OR_GREATER
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
#else
        // .NET 8 has no alternate lookup: tag names are looked up by span in a table of the library's own.
        private readonly Text.SpanKeyedTable<int> _ids = new(StringComparer.Ordinal);
#endif
        private readonly List<string> _names = [];
        private readonly List<Tag> _kinds = [];
        private readonly List<int> _open = [];
        private readonly List<int> _dropped = [];
        private readonly List<int> _stack = [];
        private readonly HashSet<int> _singlesSeen = [];
        private int _foreign;
        private int _elements;
        private int _treeElements;
        private StringBuilder? _output;
        private int _copied;

        public string Run()
        {
            int i = 0;
            while (i < html.Length)
            {
                int lt = html.IndexOf('<', i);
                if (lt < 0 || lt + 1 >= html.Length)
                {
                    break;
                }

                char next = html[lt + 1];
                if (next == '!')
                {
                    i = html.AsSpan(lt).StartsWith("<!--") ? SkipPast(lt + 4, "-->") : SkipPast(lt + 2, ">");
                }
                else if (next == '?')
                {
                    i = SkipPast(lt + 2, ">");
                }
                else if (next == '/' && lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]))
                {
                    i = EndTag(lt);
                }
                else if (char.IsAsciiLetter(next))
                {
                    i = StartTag(lt);
                }
                else
                {
                    i = lt + 1;
                }
            }

            if (_output is null)
            {
                return html;
            }

            _output.Append(html, _copied, html.Length - _copied);
            return _output.ToString();
        }

        private int StartTag(int lt)
        {
            if ((++_elements & 4095) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            if (_elements > maxElements)
            {
                throw new ContentExtractionException(ExtractionFailure.TooComplex, $"The markup has more than {maxElements} elements, the limit (ExtractionOptions.MaxElements).");
            }

            int nameEnd = NameEnd(lt + 1);
            int id = IdOf(html.AsSpan(lt + 1, nameEnd - lt - 1));
            int end = TagEnd(nameEnd, out bool selfClosing);
            var kind = _kinds[id];
            string name = _names[id];

            if ((kind & Tag.Single) != 0 && _open[id] > 0)
            {
                return end;
            }

            if ((kind & Tag.RawText) != 0)
            {
                // The element's text is not markup: skip to its end tag, which closes it.
                CountTreeElement();
                return name == "plaintext" ? html.Length : SkipRawText(end, name);
            }

            if ((kind & Tag.Void) != 0 || (selfClosing && _foreign > 0))
            {
                CountTreeElement();
                return end;
            }

            ImplyEnds(name, kind);
            if (_stack.Count >= MaxNestingDepth)
            {
                Drop(lt, end);
                _dropped[id]++;
                return end;
            }

            // A second html, head or body start tag adds no element: the parser merges it or ignores it.
            if ((kind & Tag.Single) == 0 || _singlesSeen.Add(id))
            {
                CountTreeElement();
            }

            Push(id);
            return end;
        }

        /// <summary>
        /// Counts an element the parser will build and refuses the page past its memory budget. Tags taken out below
        /// the nesting limit and repeated html, head and body tags are not counted: they cost the tree nothing.
        /// </summary>
        private void CountTreeElement()
        {
            if (++_treeElements > elementBudget)
            {
                throw new ContentExtractionException(ExtractionFailure.TooComplex, $"The markup has more than {elementBudget} elements in {html.Length} characters: parsed, they would take more than the page's memory budget ({elementBudget * (long)ExtractionOptions.BytesPerElement / (1024 * 1024)} MiB, ExtractionOptions.MemoryBudgetFactor times its size).");
            }
        }

        private int EndTag(int lt)
        {
            int nameEnd = NameEnd(lt + 2);
            int id = IdOf(html.AsSpan(lt + 2, nameEnd - lt - 2));
            int end = SkipPast(nameEnd, ">");
            if (_open[id] > 0)
            {
                // An end tag closes its element where the tree builder would find it: in scope for blocks and
                // formatting elements, above any block for the others.
                bool stopsAtSpecial = (_kinds[id] & Tag.Special) == 0 && !IsFormatting(_names[id]);
                int at = Find(id, stopsAtSpecial ? Tag.Special : Tag.ScopeBoundary);
                if (at >= 0)
                {
                    PopTo(at);
                    return end;
                }
            }

            if (_dropped[id] > 0)
            {
                _dropped[id]--;
                Drop(lt, end);
            }

            return end;
        }

        /// <summary>The ends the tree builder implies before a start tag: an open paragraph, the list item or cell before.</summary>
        private void ImplyEnds(string name, Tag kind)
        {
            if ((kind & Tag.ClosesParagraph) != 0)
            {
                Close("p", Tag.ScopeBoundary);
            }

            switch (name)
            {
                case "li":
                    Close("li", Tag.ScopeBoundary);
                    break;
                case "dd" or "dt":
                    Close("dd", Tag.ScopeBoundary);
                    Close("dt", Tag.ScopeBoundary);
                    break;
                case "option" or "optgroup":
                    Close("option", Tag.Special);
                    break;
                case "td" or "th" or "tr":
                    Close("td", Tag.ScopeBoundary);
                    Close("th", Tag.ScopeBoundary);
                    if (name == "tr")
                    {
                        Close("tr", Tag.ScopeBoundary);
                    }

                    break;
                case "a" or "button" or "nobr":
                    Close(name, Tag.ScopeBoundary);
                    break;
            }
        }

        private void Close(string name, Tag stop)
        {
            if (_ids.TryGetValue(name, out int id) && _open[id] > 0 && Find(id, stop) is >= 0 and var at)
            {
                PopTo(at);
            }
        }

        /// <summary>Where on the stack the element is, looking down from the top no further than an element of kind <paramref name="stop"/>; -1 if not there.</summary>
        private int Find(int id, Tag stop)
        {
            int floor = Math.Max(0, _stack.Count - ScopeSearchLimit);
            for (int k = _stack.Count - 1; k >= floor; k--)
            {
                int other = _stack[k];
                if (other == id)
                {
                    return k;
                }

                if ((_kinds[other] & stop) != 0)
                {
                    return -1;
                }
            }

            return -1;
        }

        private void Push(int id)
        {
            _stack.Add(id);
            _open[id]++;
            if ((_kinds[id] & Tag.Foreign) != 0)
            {
                _foreign++;
            }
        }

        private void PopTo(int at)
        {
            for (int k = _stack.Count - 1; k >= at; k--)
            {
                int id = _stack[k];
                _open[id]--;
                if ((_kinds[id] & Tag.Foreign) != 0)
                {
                    _foreign--;
                }
            }

            _stack.RemoveRange(at, _stack.Count - at);
        }

        private void Drop(int start, int end)
        {
            _output ??= new StringBuilder(html.Length);
            _output.Append(html, _copied, start - _copied);
            _copied = end;
        }

        private int IdOf(ReadOnlySpan<char> raw)
        {
#if NET9_0_OR_GREATER
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
#else
            var lookup = _ids;
#endif
            // Pages write their tags in lower case, and every name in the table is lower case already: a name found as it
            // is written needs no lowering (which was a call into the culture tables for every tag of the page).
            if (raw.Length <= MaxNameLength && lookup.TryGetValue(raw, out int id))
            {
                return id;
            }

            Span<char> lower = stackalloc char[Math.Min(raw.Length, MaxNameLength)];
            raw[..lower.Length].ToLowerInvariant(lower);
            if (lookup.TryGetValue(lower, out id))
            {
                return id;
            }

            string name = lower.ToString();
            id = _names.Count;
            _ids.Add(name, id);
            _names.Add(name);
            _kinds.Add(Known.GetValueOrDefault(name));
            _open.Add(0);
            _dropped.Add(0);
            return id;
        }

        /// <summary>The characters of a tag name that tell it apart; a longer one is known by its first ones.</summary>
        private const int MaxNameLength = 64;

        private int NameEnd(int start)
        {
            int k = start;
            while (k < html.Length && html[k] is not ('>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f'))
            {
                k++;
            }

            return k;
        }

        /// <summary>The position after a start tag's '&gt;', skipping quoted attribute values.</summary>
        private int TagEnd(int start, out bool selfClosing)
        {
            selfClosing = false;
            int k = start;
            while (k < html.Length)
            {
                char c = html[k];
                if (c == '>')
                {
                    selfClosing = k > start && html[k - 1] == '/';
                    return k + 1;
                }

                if (c == '=')
                {
                    k++;
                    while (k < html.Length && html[k] is ' ' or '\t' or '\n' or '\r' or '\f')
                    {
                        k++;
                    }

                    if (k < html.Length && html[k] is '"' or '\'')
                    {
                        int close = html.IndexOf(html[k], k + 1);
                        k = close < 0 ? html.Length : close + 1;
                    }

                    continue;
                }

                k++;
            }

            return html.Length;
        }

        private int SkipRawText(int from, string name)
        {
            int k = from;
            while (true)
            {
                int close = html.IndexOf("</", k, StringComparison.Ordinal);
                if (close < 0)
                {
                    return html.Length;
                }

                int nameEnd = close + 2 + name.Length;
                if (nameEnd <= html.Length && html.AsSpan(close + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                    && (nameEnd == html.Length || html[nameEnd] is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f'))
                {
                    return SkipPast(nameEnd, ">");
                }

                k = close + 2;
            }
        }

        private int SkipPast(int from, string marker)
        {
            int at = html.IndexOf(marker, Math.Min(from, html.Length), StringComparison.Ordinal);
            return at < 0 ? html.Length : at + marker.Length;
        }

        private static bool IsFormatting(string name) =>
            name is "a" or "b" or "big" or "code" or "em" or "font" or "i" or "nobr" or "s" or "small" or "strike" or "strong" or "tt" or "u";
    }
}
