using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace ContentExtract.Evaluation.Injection;

/// <summary>
/// Injects one to three error bodies into an article page, as a failed server-side include would: at the start of
/// the body, between two blocks in its middle, and at its end. Which bodies go where follows from a seed (the page's
/// key), so a run injects the same bytes every time and the HTML and text forms of a page get the same bodies.
/// </summary>
internal sealed partial class ErrorBodyInjector
{
    private static readonly InjectionSite[] Sites = [InjectionSite.Start, InjectionSite.Middle, InjectionSite.End];

    // A dump narrower than this is no hard-wrapped page but a scrap; its width says nothing about the tool's.
    private const int MinimumWrapWidth = 40;

    private readonly IReadOnlyList<ErrorBody> _bodies;

    /// <param name="bodies">The bodies to choose from; at least one.</param>
    public ErrorBodyInjector(IReadOnlyList<ErrorBody> bodies)
    {
        if (bodies.Count == 0)
        {
            throw new ArgumentException("There must be at least one error body to inject.", nameof(bodies));
        }

        _bodies = bodies;
    }

    /// <summary>The bodies to choose from.</summary>
    public IReadOnlyList<ErrorBody> Bodies => _bodies;

    [GeneratedRegex(@"<body(?=[\s/>])[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyStartTag();

    [GeneratedRegex(@"</head\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadEndTag();

    [GeneratedRegex(@"</body\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyEndTag();

    // Scripts, styles, comments and text areas are not markup: a script that writes "<body>" into an iframe must
    // not be taken for the page's body tag.
    [GeneratedRegex(@"<(?<element>script|style|textarea)\b[^>]*>.*?</\k<element>\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex NonMarkup();

    [GeneratedRegex(@"</p\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphEndTag();

    [GeneratedRegex(@"</div\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DivisionEndTag();

    /// <summary>
    /// Chooses the bodies for a page: one to three distinct bodies, each at a distinct site, in page order. A lone
    /// body goes to any of the three sites; two take two of them; three take all.
    /// </summary>
    /// <param name="seed">The page's key; the same key always gets the same plan.</param>
    public IReadOnlyList<InjectedBody> Plan(string seed)
    {
        // string.GetHashCode differs per process, and System.Random's seeded sequence is not promised to stay, so
        // the choice runs on a hash and a generator written out here.
        ulong state = Fnv1a(seed);
        int count = Math.Min(1 + Next(ref state, 3), _bodies.Count);
        var bodies = _bodies.ToList();
        var sites = Sites.ToList();
        var plan = new List<InjectedBody>(count);
        for (int index = 0; index < count; index++)
        {
            int body = Next(ref state, bodies.Count);
            int site = Next(ref state, sites.Count);
            plan.Add(new InjectedBody(bodies[body], sites[site]));
            bodies.RemoveAt(body);
            sites.RemoveAt(site);
        }

        return plan.OrderBy(injected => injected.Site).ToArray();
    }

    /// <summary>Injects the planned bodies into a page: as markup into an HTML page, as lines into a text dump.</summary>
    /// <param name="page">The page's raw bytes.</param>
    /// <param name="mode">How the page is read: <see cref="InputMode.Html"/> or <see cref="InputMode.Text"/>.</param>
    /// <param name="plan">The bodies and their sites, from <see cref="Plan"/>.</param>
    /// <param name="page">The page's bytes.</param>
    /// <param name="mode">HTML, or a text dump.</param>
    /// <param name="plan">The bodies and where each goes.</param>
    /// <param name="dumpStartsWithTitle">
    /// True for a dump whose first block is the page's <c>&lt;title&gt;</c> (a scraper's "plain" page text): a broken
    /// include sits in the body, so the body's top is below that block.
    /// </param>
    public static byte[] Inject(byte[] page, InputMode mode, IReadOnlyList<InjectedBody> plan, bool dumpStartsWithTitle = false) =>
        mode == InputMode.Text ? InjectIntoText(page, plan, dumpStartsWithTitle) : InjectIntoHtml(page, plan);

    /// <summary>
    /// Inserts each body's whole document into the page's bytes at its site. The sites are found in a Latin-1 view
    /// of the bytes, where each byte is one char, so the ASCII markup reads as it is in UTF-8 and in legacy charsets
    /// alike and a char offset is a byte offset; the page's own bytes are never decoded or re-encoded.
    /// </summary>
    /// <remarks>
    /// A body is inserted as UTF-8 into a page whose bytes are valid UTF-8. Into any other page (GBK, windows-1252, …)
    /// it is inserted as ASCII with every other character written as a numeric character reference: the same markup
    /// in every ASCII-compatible charset, so no body has to be left out or garbled for want of the page's charset.
    /// UTF-16 pages are not supported (no corpus has one): their markup is not ASCII.
    /// </remarks>
    public static byte[] InjectIntoHtml(byte[] page, IReadOnlyList<InjectedBody> plan)
    {
        string view = Encoding.Latin1.GetString(page);
        Func<string, byte[]> encode = Utf8.IsValid(page) ? Encoding.UTF8.GetBytes : AsciiWithCharacterReferences;
        var markup = new MarkupView(view);
        int start = BodyStart(markup);
        int end = Math.Max(start, BodyEnd(markup));
        int middle = BetweenBlocks(markup, start, end);
        var insertions = plan.Select((injected, order) => (Offset: injected.Site switch
        {
            InjectionSite.Start => start,
            InjectionSite.Middle => middle,
            _ => end,
        }, Order: order, Bytes: encode(injected.Body.Html)));
        return Insert(page, insertions);
    }

    /// <summary>
    /// Inserts each body's <see cref="ErrorBody.TextLines"/> into a text dump: above its first line, at its middle
    /// paragraph break (a blank line), or below its last line. In a dump that separates paragraphs by blank lines the
    /// inserted lines are set off by blank lines too; in one without (WET records, one block per line), the middle
    /// site is the middle line break and no blank lines are added. The dump's line ends are kept, and the inserted
    /// lines are wrapped to the dump's width (its longest line), as the tool that made it would have wrapped them: a
    /// line longer than any of the dump's own would tell a hard-wrapped dump from the injection.
    /// </summary>
    /// <remarks>
    /// Dumps are taken to be UTF-8, as every corpus and fixture dump is. A dump that is not is edited through a
    /// Latin-1 view so that its own bytes survive, and the inserted lines' non-ASCII characters become '?'.
    /// </remarks>
    public static byte[] InjectIntoText(byte[] dump, IReadOnlyList<InjectedBody> plan, bool dumpStartsWithTitle = false)
    {
        bool utf8 = Utf8.IsValid(dump);
        var encoding = utf8 ? new UTF8Encoding(false) : Encoding.Latin1;
        string text = encoding.GetString(dump);
        string newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        bool endsWithNewline = text.EndsWith('\n');
        var lines = (endsWithNewline ? text[..^1] : text).Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        bool hasParagraphBreaks = lines.Any(string.IsNullOrWhiteSpace);
        int width = Math.Max(MinimumWrapWidth, lines.Max(DisplayWidth));

        // Sites are found on the dump as it came, then filled from the last to the first so earlier indexes hold.
        int middle = MiddleBreak(lines, hasParagraphBreaks);
        int top = dumpStartsWithTitle ? BelowFirstBlock(lines, hasParagraphBreaks) : 0;
        foreach (var injected in plan.Reverse())
        {
            var block = injected.Body.TextLines.SelectMany(line => Wrap(utf8 ? line : AsciiOrQuestionMark(line), width)).ToList();
            switch (injected.Site)
            {
                case InjectionSite.Start:
                    lines.InsertRange(top, hasParagraphBreaks ? [.. block, string.Empty] : block);
                    break;
                case InjectionSite.Middle:
                    // The paragraph break's blank line ends up below the block; one more sets it off from the paragraph above.
                    lines.InsertRange(middle, hasParagraphBreaks ? [string.Empty, .. block] : block);
                    break;
                default:
                    lines.AddRange(hasParagraphBreaks ? [string.Empty, .. block] : block);
                    break;
            }
        }

        string injectedText = string.Join(newline, lines) + (endsWithNewline ? newline : string.Empty);
        return encoding.GetBytes(injectedText);
    }

    // The line after the first block (and its blank line): where a plain dump's body starts below its title.
    private static int BelowFirstBlock(List<string> lines, bool hasParagraphBreaks)
    {
        if (!hasParagraphBreaks)
        {
            return Math.Min(1, lines.Count);
        }

        int blank = lines.FindIndex(string.IsNullOrWhiteSpace);
        return blank < 0 ? lines.Count : blank + 1;
    }

    // Right after <body …>; a page without one gets it where the parser opens the body: after </head>, else at the top.
    private static int BodyStart(MarkupView markup)
    {
        if (markup.Tags(BodyStartTag()).FirstOrDefault() is { } bodyTag)
        {
            return bodyTag.Index + bodyTag.Length;
        }

        return markup.Tags(HeadEndTag()).FirstOrDefault() is { } headEnd ? headEnd.Index + headEnd.Length : 0;
    }

    // Right before the last </body>, else at the very end.
    private static int BodyEnd(MarkupView markup) =>
        markup.Tags(BodyEndTag()).LastOrDefault() is { } bodyEnd ? bodyEnd.Index : markup.Length;

    // After the middle </p> of the body, else the middle </div>; a body with neither gets it at its end.
    private static int BetweenBlocks(MarkupView markup, int start, int end)
    {
        foreach (var boundary in new[] { ParagraphEndTag(), DivisionEndTag() })
        {
            var candidates = markup.Tags(boundary).Where(tag => tag.Index >= start && tag.Index + tag.Length <= end).ToArray();
            if (candidates.Length > 0)
            {
                var chosen = candidates[candidates.Length / 2];
                return chosen.Index + chosen.Length;
            }
        }

        return end;
    }

    /// <summary>A page's Latin-1 view, with the spans that are not markup (scripts, styles, comments) known.</summary>
    private sealed class MarkupView
    {
        private readonly string _view;
        private readonly (int Start, int End)[] _nonMarkup;

        public MarkupView(string view)
        {
            _view = view;
            _nonMarkup = NonMarkup().Matches(view).Select(span => (span.Index, span.Index + span.Length)).ToArray();
        }

        public int Length => _view.Length;

        /// <summary>The tag's matches that lie in markup, in page order.</summary>
        public IEnumerable<Match> Tags(Regex tag) => tag.Matches(_view).Where(match => !InNonMarkup(match.Index));

        // The spans are in page order and do not overlap, so a binary search finds the last one starting at or before the index.
        private bool InNonMarkup(int index)
        {
            int low = 0, high = _nonMarkup.Length - 1, found = -1;
            while (low <= high)
            {
                int mid = (low + high) / 2;
                if (_nonMarkup[mid].Start <= index)
                {
                    found = mid;
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return found >= 0 && index < _nonMarkup[found].End;
        }
    }

    // The blank line nearest the middle that ends a paragraph and has text after it; else the middle line break.
    private static int MiddleBreak(List<string> lines, bool hasParagraphBreaks)
    {
        if (hasParagraphBreaks)
        {
            int lastText = lines.FindLastIndex(line => !string.IsNullOrWhiteSpace(line));
            var breaks = Enumerable.Range(1, Math.Max(0, lastText - 1))
                .Where(index => string.IsNullOrWhiteSpace(lines[index]) && !string.IsNullOrWhiteSpace(lines[index - 1]))
                .ToArray();
            if (breaks.Length > 0)
            {
                return breaks[breaks.Length / 2];
            }
        }

        return lines.Count / 2;
    }

    // Greedy wrapping in display columns: words move to the next line whole; wide (CJK) characters are words of
    // their own that join without a space, as dump tools break CJK text anywhere. A word wider than the line stays whole.
    private static IEnumerable<string> Wrap(string line, int width)
    {
        var wrapped = new StringBuilder();
        int wrappedWidth = 0;
        foreach (var (word, spaceBefore) in Words(line))
        {
            int wordWidth = DisplayWidth(word);
            int needed = (spaceBefore && wrapped.Length > 0 ? 1 : 0) + wordWidth;
            if (wrapped.Length > 0 && wrappedWidth + needed > width)
            {
                yield return wrapped.ToString();
                wrapped.Clear();
                wrappedWidth = 0;
                needed = wordWidth;
            }

            if (needed > wordWidth)
            {
                wrapped.Append(' ');
            }

            wrapped.Append(word);
            wrappedWidth += needed;
        }

        if (wrapped.Length > 0)
        {
            yield return wrapped.ToString();
        }
    }

    private static IEnumerable<(string Word, bool SpaceBefore)> Words(string line)
    {
        var word = new StringBuilder();
        bool spaceBefore = false;
        foreach (var rune in line.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || IsWide(rune))
            {
                if (word.Length > 0)
                {
                    yield return (word.ToString(), spaceBefore);
                    word.Clear();
                    spaceBefore = false;
                }

                if (Rune.IsWhiteSpace(rune))
                {
                    spaceBefore = true;
                    continue;
                }

                yield return (rune.ToString(), spaceBefore);
                spaceBefore = false;
                continue;
            }

            word.Append(rune.ToString());
        }

        if (word.Length > 0)
        {
            yield return (word.ToString(), spaceBefore);
        }
    }

    private static int DisplayWidth(string text)
    {
        int width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune) ? 2 : 1;
        }

        return width;
    }

    // East Asian wide and fullwidth characters, which text dump tools give two columns: Hangul Jamo, CJK symbols
    // to Yi, Hangul syllables, compatibility ideographs and forms, fullwidth forms, and the supplementary ideographs.
    private static bool IsWide(Rune rune) => rune.Value switch
    {
        >= 0x1100 and <= 0x115F => true,
        >= 0x2E80 and <= 0xA4CF => true,
        >= 0xAC00 and <= 0xD7A3 => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0xFE30 and <= 0xFE4F => true,
        >= 0xFF00 and <= 0xFF60 => true,
        >= 0xFFE0 and <= 0xFFE6 => true,
        >= 0x20000 and <= 0x3FFFD => true,
        _ => false,
    };

    private static byte[] Insert(byte[] page, IEnumerable<(int Offset, int Order, byte[] Bytes)> insertions)
    {
        var output = new List<byte>(page.Length + 8192);
        int copied = 0;
        foreach (var insertion in insertions.OrderBy(insertion => insertion.Offset).ThenBy(insertion => insertion.Order))
        {
            output.AddRange(page.AsSpan(copied, insertion.Offset - copied));
            output.AddRange(insertion.Bytes);
            copied = insertion.Offset;
        }

        output.AddRange(page.AsSpan(copied));
        return output.ToArray();
    }

    private static byte[] AsciiWithCharacterReferences(string html)
    {
        var ascii = new StringBuilder(html.Length);
        foreach (var rune in html.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                ascii.Append((char)rune.Value);
            }
            else
            {
                ascii.Append("&#x").Append(rune.Value.ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(';');
            }
        }

        return Encoding.ASCII.GetBytes(ascii.ToString());
    }

    private static string AsciiOrQuestionMark(string line) =>
        string.Concat(line.EnumerateRunes().Select(rune => rune.IsAscii ? ((char)rune.Value).ToString() : "?"));

    private static ulong Fnv1a(string seed)
    {
        ulong hash = 14695981039346656037UL;
        foreach (byte value in Encoding.UTF8.GetBytes(seed))
        {
            hash = (hash ^ value) * 1099511628211UL;
        }

        return hash;
    }

    // SplitMix64: small, well mixed, and fixed here rather than left to a library version.
    private static int Next(ref ulong state, int bound)
    {
        state += 0x9E3779B97F4A7C15UL;
        ulong mixed = state;
        mixed = (mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9UL;
        mixed = (mixed ^ (mixed >> 27)) * 0x94D049BB133111EBUL;
        mixed ^= mixed >> 31;
        return (int)(mixed % (ulong)bound);
    }
}
