using ContentExtract.Boilerplate;
using ContentExtract.Pipeline;
using ContentExtract.Segmentation;
using ContentExtract.Text;
using static ContentExtract.Structure.LinkListText;

namespace ContentExtract.Structure;

/// <summary>
/// Finds named link lists: a short heading ("Most read", "全省动态 更多...", "TRENDING:"), perhaps
/// with a "more" link beside or under it, followed by a run of link entries. In HTML an entry is a
/// block that is mostly link; in a text dump it is a bulleted or numbered line, or, under a heading
/// that names a link box, a headline-shaped line. Between entries a box may show dates, counts, rank
/// numbers, summaries and kicker labels; those are passed over when they repeat with every entry.
/// A heading with no entries under it makes no list, and nothing is taken out of the main content
/// except a heading that names a box whose entries are all outside it.
/// </summary>
internal sealed class LinkListRecognizer : IExtractionStage
{
    private const double MaxHeadingWords = 12;
    private const double MaxEntryWords = 40;
    private const double MaxInlineItemWords = 6;
    private const int MaxTabs = 4;

    /// <summary>Lines of a text dump up to this size may be menu items that a box repeats further down.</summary>
    private const double MaxRememberedWords = 8;

    /// <summary>Section names and menu items are this short; headlines are longer.</summary>
    private const double MaxMenuItemWords = 3;

    /// <summary>A list of headlines (this many words on average) that runs into menu-item-sized links has run into a menu.</summary>
    private const double MinHeadlineAverage = 5;

    /// <summary>A block of this many links is a row of a menu or footer, not one entry of a box.</summary>
    private const int MinMenuRowLinks = 5;

    /// <summary>Under a heading that is itself a link, entries must average more words than this to be headlines rather than a menu.</summary>
    private const double MinLinkHeadedAverage = 4;

    /// <summary>Share of a block's text inside links above which the block is a link.</summary>
    private const double LinkedDensity = 0.6;

    /// <summary>Share of linked text above which a block whose other text is only dates, counts and bullets is a row of links.</summary>
    private const double MinDetailedDensity = 0.1;

    /// <summary>Lists need three links; two will do under a heading that says it heads a link box.</summary>
    private const int MinEntries = 3;
    private const int MinNamedEntries = 2;

    /// <summary>Blocks a heading may have between it and its first entry: a "more" link, tab labels, a sub-heading.</summary>
    private const int MaxPrelude = 3;

    /// <summary>Blocks an entry may have after it before the next entry: date, summary, count, "read more".</summary>
    private const int MaxGap = 3;

    /// <summary>A card's summary under its headline is at most this long; a longer block is prose of its own.</summary>
    private const double MaxSummaryWords = 60;

    /// <summary>Entries a box may list between two of its repeated blocks (a featured headline over each pane of links).</summary>
    private const int MaxPaneEntries = 16;

    /// <summary>Above this share of entries already seen higher up, a list copies the navigation or an earlier box.</summary>
    private const double CopiedShare = 0.8;

    /// <summary>A short text that many entries of one box share is a kicker label; a headline repeats only in copies and time-range panes.</summary>
    private const int MinLabelRepeats = 3;

    /// <summary>Above this share of share buttons and account links, a group is a widget.</summary>
    private const double WidgetShare = 2.0 / 3;

    /// <summary>Entries in a row that repeat links seen higher up, after which a box has run into a copy of the navigation.</summary>
    private const int MinCopiedRun = 4;

    public void Run(ExtractionContext context)
    {
        if (!context.Options.Boilerplate.RecognizeLinkLists)
        {
            return;
        }

        var page = new PageScan(context);
        var segments = context.Segments;
        for (int i = 0; i < segments.Count; i++)
        {
            if ((i & 255) == 0)
            {
                context.Cancellation.ThrowIfCancellationRequested();
            }

            page.RememberBefore(i);
            if (!page.TryHeading(i, out var heading))
            {
                continue;
            }

            var list = page.ReadList(heading);
            if (list is null)
            {
                if (heading.HasMore && segments[i].Role == BlockRole.Boilerplate)
                {
                    segments[i].Decide(BlockRole.Boilerplate, "link-list heading with no entries");
                }

                continue;
            }

            page.Accept(heading, list);
            i = list.End - 1;
        }
    }

    /// <summary>A heading found above a run of entries.</summary>
    /// <param name="Index">The heading's segment.</param>
    /// <param name="Title">The heading as shown, without its "more" marker.</param>
    /// <param name="HasMore">A "more" marker or link stands beside or under the heading.</param>
    /// <param name="MoreUrl">The address of that link, when the source has it.</param>
    /// <param name="Named">The heading says it heads a link box (list words, a colon, a "more" marker), so two entries will do and headline lines count.</param>
    /// <param name="InlineItems">The links on the heading's own line ("Tags: a, b, c").</param>
    /// <param name="IsLink">The heading is itself a link (a tab, a section link), so its box must hold headlines.</param>
    private sealed record Heading(int Index, string Title, bool HasMore, string? MoreUrl, bool Named, IReadOnlyList<LinkItem> InlineItems, bool IsLink);

    /// <summary>A list read under a heading: its items, the segments it spans and which of them are entries.</summary>
    private sealed record ReadResult(List<LinkItem> Items, List<int> EntryIndexes, int End, bool HasMore, string? MoreUrl);

    /// <summary>What one block can be inside a link box.</summary>
    private enum BlockKind
    {
        Other,
        Entry,

        /// <summary>A headline-shaped line of a text dump: an entry only under a heading that names a link box.</summary>
        Headline,

        /// <summary>A link to the rest of the box ("More Science", "进入新闻频道").</summary>
        More,

        /// <summary>A date, count, rank number or image label beside an entry.</summary>
        Detail,
    }

    /// <summary>The look of a block, to tell a repeating entry layout (headline, summary, date) from the next box.</summary>
    private readonly record struct Shape(MarkupHint Markup, int Level, bool Linked, bool Bulleted, int Indent);

    /// <summary>The state of one page's scan: block kinds worked out once, and the link texts seen so far.</summary>
    private sealed class PageScan
    {
        private readonly ExtractionContext _context;
        private readonly IReadOnlyList<Segment> _segments;
        private readonly bool _sourceHasLinks;

        // In a text dump, a summary line between two entries leaves the box going (rule dump-card-summaries).
        private readonly bool _readsDumpSummaries;
        private readonly BlockKind?[] _kinds;
        private readonly bool?[] _namingLines;
        private readonly string?[] _entryTexts;
        private readonly string?[] _keys;
        private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase);

        // ReadList's working lists, cleared for every heading it reads under: most headings head no list, and three
        // collections made and grown for each of them were a twentieth of this stage's time. A list read is copied out.
        private readonly List<LinkItem> _items = [];
        private readonly List<int> _entries = [];
        private readonly HashSet<Shape> _entryShapes = [];
        private int _rememberedUpTo;
        private int _lastListEnd = -1;
        private string _lastListTitle = string.Empty;

        public PageScan(ExtractionContext context)
        {
            _context = context;
            _segments = context.Segments;
            _sourceHasLinks = context.Kind == InputKind.Html;
            _readsDumpSummaries = !_sourceHasLinks && context.Options.Applies(Rule.DumpCardSummaries);
            _kinds = new BlockKind?[_segments.Count];
            _namingLines = new bool?[_segments.Count];
            _entryTexts = new string?[_segments.Count];
            _keys = new string?[_segments.Count];
        }

        /// <summary>Notes the link texts of the blocks above <paramref name="index"/>, so that copies of them can be told apart.</summary>
        public void RememberBefore(int index)
        {
            for (; _rememberedUpTo < index; _rememberedUpTo++)
            {
                var segment = _segments[_rememberedUpTo];
                if (_sourceHasLinks)
                {
                    // Menus and boxes hold one link per block; a block of many links is a collapsed drop-down whose
                    // links the page may show again as a box of its own.
                    if (segment.Links.Count <= 1 && IsLinked(segment))
                    {
                        _seen.Add(KeyOf(_rememberedUpTo));
                    }
                }
                else if (segment.Bullet != '\0' || segment.Stats.Words <= MaxRememberedWords)
                {
                    _seen.Add(KeyOf(_rememberedUpTo));
                }
            }
        }

        public bool TryHeading(int index, out Heading heading)
        {
            heading = null!;
            var segment = _segments[index];
            if (segment.Role is BlockRole.Noise or BlockRole.Breadcrumb or BlockRole.Title || (segment.Bullet != '\0' && !IsNestedListParent(index)))
            {
                return false;
            }

            var stats = segment.Stats;
            if (stats.Words > MaxHeadingWords * 2 || stats.Words < 0.6)
            {
                return false;
            }

            string text = segment.CollapsedText;
            if (segment.Bullet != '\0' && text.Length > 1 && text[0] == segment.Bullet)
            {
                // The title of a nested list is read without the bullet its outer list prints.
                text = text[1..].TrimStart();
            }

            bool inContent = InContent(index);
            if (TryInlineList(segment, text, out string label, out var inlineItems))
            {
                heading = new Heading(index, label, false, null, true, inlineItems, false);
                return !inContent;
            }

            // Cheap tests first: most blocks are prose, or have no entry close below them.
            if (stats.Words > MaxHeadingWords || stats.EndsWithSentenceEnd || stats.SentenceEnds > 1)
            {
                return false;
            }

            if (!HasEntryNear(index))
            {
                // "视频播报 更多..." with nothing under it: a box the page left empty for a script to fill.
                StripMoreMarker(text, out bool emptyBox);
                if (emptyBox && segment.Role == BlockRole.Boilerplate)
                {
                    segment.Decide(BlockRole.Boilerplate, "link-list heading with no entries");
                }

                return false;
            }

            // Form controls, share bars, copyright and byline lines head no list of links.
            // Page zones do not disqualify: related-links, sidebar and footer zones are where named lists live.
            bool zoned = segment.Zone is not (PageZone.None or PageZone.ArticleBody or PageZone.Share or PageZone.Byline or PageZone.Caption or PageZone.Breadcrumb or PageZone.Comments);
            if (segment.Class is BlockClass.Bad && !zoned && segment.Bullet == '\0' && segment.ClassReason is not "furniture phrase" and not "end-of-article heading" && !segment.ClassReason.StartsWith("link density", StringComparison.Ordinal))
            {
                return false;
            }

            // A link is an entry or a menu item, unless it is a heading element, a tab strip or names a box.
            bool isLink = _sourceHasLinks && segment.LinkDensity >= 0.5 && !EndsWithMoreLink(segment) && segment.Markup != MarkupHint.Heading;
            if (isLink && !IsLinkHeading(segment, text, out text) && !HeadsListBelow(index))
            {
                return false;
            }

            // "| 最新": a bar drawn before the heading is no part of it.
            text = TrimLeadingBar(text);

            // "Read more" as plain text over a run of links heads them; as a link it leads to the rest of a box.
            bool moreLink = IsOnlyMoreLink(text) && (!_sourceHasLinks || segment.LinkChars > 0);
            if (!StartsLikeHeading(text) || IsListMarked(text) || IsDetail(segment, text) || NamesNoList(text) || moreLink)
            {
                return false;
            }

            // The "more" line under a box ("More in Science" under "Science") reads like the next box's heading.
            if (index == _lastListEnd && _lastListTitle.Length > 0 && IsMoreLink(segment, text) && text.Contains(_lastListTitle, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            string title = StripMoreMarker(text, out bool hasMore);
            if (title.Length == 0 || NamesNoList(title))
            {
                return false;
            }

            bool named = hasMore || IsNamed(title);

            // Inside the article only a heading that names a link box is taken, so that section headings stay in the body.
            if (inContent && !named)
            {
                return false;
            }

            string? moreUrl = hasMore && segment.Links.Count > 0 ? segment.Links[^1].Url : null;
            heading = new Heading(index, title, hasMore, moreUrl, named, [], isLink);
            return true;
        }

        public ReadResult? ReadList(Heading heading)
        {
            var items = _items;
            items.Clear();
            items.AddRange(heading.InlineItems);
            var entries = _entries;
            entries.Clear();
            var headingSegment = _segments[heading.Index];
            var headingShape = ShapeOf(headingSegment);
            bool hasMore = heading.HasMore;
            string? moreUrl = heading.MoreUrl;
            Shape[]? detailPattern = null;
            bool gapless = true;
            int end = heading.Index + 1;
            int k = heading.Index + 1;
            int prelude = 0;
            var entryShapes = _entryShapes;

            // The list and bullet marks the entries so far share, or null once two differ: kept as entries are added, so that
            // asking whether a new label heads the next box costs the same however long the list has grown.
            (bool Item, bool Bullet)? sharedMarks = null;
            bool marksAlike = true;
            entryShapes.Clear();
            int copiedRun = 0;
            double entryWords = 0;
            bool markedOnly = true;
            (int Entries, int Items, int End) beforeCopies = default;

            while (k < _segments.Count && !Stops(k, heading, entries.Count > 0 || items.Count > 0, entries.Count > 0 ? entries[^1] : -1))
            {
                var kind = EntryKind(k, heading);

                // In a text dump a heading right under another ("相关稿件", then "全省动态 更多...") heads the entries itself.
                if (entries.Count == 0 && items.Count == 0 && IsNamingLine(_segments[k]))
                {
                    return null;
                }

                // Linked tab labels beside the heading ("文化社会 财经健康 旅游青春") label panes; they are no entries.
                bool tabLabel = ShapeOf(_segments[k]) == headingShape && _segments[k].Stats.Words <= MaxSubheadingWords && headingSegment.Markup == MarkupHint.Heading;
                if (kind == BlockKind.Entry && entries.Count == 0 && items.Count == 0 && prelude < MaxPrelude && tabLabel)
                {
                    prelude++;
                    k++;
                    continue;
                }

                if (kind == BlockKind.Entry)
                {
                    // In a text dump a bullet over bullets set deeper is the title of the nested list under it (a footer
                    // column's name over its links): it heads that list, so the list above ends, and a heading whose
                    // first bullet is such a title heads lists of lists, whose titles name the boxes themselves.
                    if (IsNestedListParent(k))
                    {
                        if (entries.Count == 0 && items.Count == 0)
                        {
                            return null;
                        }

                        break;
                    }

                    // A bullet set less deep than the entries before it has left their nested list.
                    if (!_sourceHasLinks && entries.Count > 0 && _segments[k].Bullet != '\0' && _segments[entries[^1]].Bullet is not '\0' and var lastBullet
                        && _segments[k].Bullet != lastBullet && _segments[k].Indent < _segments[entries[^1]].Indent)
                    {
                        break;
                    }

                    // A linked label set apart from entries that are all alike heads the next box ("专利信息" over its bullets).
                    if (_sourceHasLinks && entries.Count > 0 && HeadsListBelow(k) && marksAlike && sharedMarks == MarksOf(_segments[k + 1]))
                    {
                        break;
                    }

                    // In a text dump a blank line after a tight run of entries starts another group (a footer menu).
                    if (!_sourceHasLinks && entries.Count > 0 && _segments[k].GapBefore)
                    {
                        // Another pane of headlines may follow a pane of headlines; anything else is another group.
                        if (entries.Count > 1 && gapless && (_segments[k].Stats.Words <= MaxMenuItemWords || entryWords <= MaxMenuItemWords * entries.Count))
                        {
                            break;
                        }

                        gapless = false;
                    }

                    // An unmarked line after bulleted or numbered entries is the next block (a footer line), not one more entry.
                    bool unmarked = RawKind(k) == BlockKind.Headline;
                    if (unmarked && entries.Count >= MinNamedEntries && markedOnly && _segments[k].GapBefore)
                    {
                        break;
                    }

                    markedOnly &= !unmarked;

                    // A new kind of entry after a run of alike ones belongs to the next group (the footer menu after a sidebar box).
                    var shape = ShapeOf(_segments[k]);
                    bool menuLike = _segments[k].Stats.Words <= MaxMenuItemWords && entryWords >= MinHeadlineAverage * entries.Count
                        || _segments[k].Links.Count >= MinMenuRowLinks;
                    if (entries.Count >= MinEntries && !entryShapes.Contains(shape) && menuLike)
                    {
                        break;
                    }

                    // Entries that repeat links seen higher up, after entries that do not, are the navigation the box runs into.
                    if (IsCopied(k))
                    {
                        if (copiedRun++ == 0)
                        {
                            beforeCopies = (entries.Count, items.Count, end);
                        }

                        if (copiedRun == MinCopiedRun && beforeCopies.Entries > 0)
                        {
                            entries.RemoveRange(beforeCopies.Entries, entries.Count - beforeCopies.Entries);
                            items.RemoveRange(beforeCopies.Items, items.Count - beforeCopies.Items);
                            end = beforeCopies.End;
                            break;
                        }
                    }
                    else
                    {
                        copiedRun = 0;
                    }

                    entryShapes.Add(shape);
                    entryWords += _segments[k].Stats.Words;
                    entries.Add(k);
                    var marks = MarksOf(_segments[k]);
                    marksAlike &= sharedMarks is null || sharedMarks == marks;
                    sharedMarks ??= marks;
                    AddItems(items, k);
                    k = AnchorEnd(k);
                    end = k;
                    continue;
                }

                if (entries.Count == 0 && items.Count == 0)
                {
                    if (prelude >= MaxPrelude || !IsPrelude(k, kind))
                    {
                        break;
                    }

                    // A better heading below ("加载中" above "推荐新闻", a label above an h3) heads the box itself.
                    if (kind == BlockKind.Other && OutranksHeading(_segments[k], heading))
                    {
                        return null;
                    }

                    if (kind == BlockKind.More && !hasMore)
                    {
                        hasMore = true;
                        moreUrl = _segments[k].Links.Count > 0 ? _segments[k].Links[^1].Url : null;

                        // A "more" link under it makes a heading a box's heading, whatever its words.
                        heading = heading with { Named = true };
                    }

                    prelude++;
                    k++;
                    continue;
                }

                // A bullet or rank on its own line leads into the entry under it.
                if (StartsEntry(k, heading))
                {
                    k++;
                    continue;
                }

                // Between entries: the blocks up to the next entry must be details, or repeat the same layout every time.
                int gapStart = k;
                int next = k;
                int previous = entries.Count > 0 ? entries[^1] : -1;
                while (next < _segments.Count && next - gapStart < MaxGap && !Stops(next, heading, true, previous) && !StartsEntry(next, heading))
                {
                    next++;
                }

                bool entryFollows = next < _segments.Count && next - gapStart <= MaxGap && !Stops(next, heading, true, previous) && StartsEntry(next, heading);
                if (!entryFollows)
                {
                    end = TrailingDetailsEnd(end, next, heading);
                    break;
                }

                if (!OnlyDetails(gapStart, next, heading))
                {
                    var gapShapes = ShapesOf(gapStart, next);
                    if (gapShapes.Contains(headingShape) || !(detailPattern is not null && detailPattern.AsSpan().SequenceEqual(gapShapes) || RepeatsAfter(next, gapShapes, heading)))
                    {
                        // A dump's card whose layout does not repeat line for line may still hold only its date and summary.
                        if (!_readsDumpSummaries || !OnlyDetails(gapStart, next, heading, dumpSummary: true))
                        {
                            break;
                        }
                    }
                    else
                    {
                        detailPattern ??= gapShapes;
                    }
                }

                k = next;
            }

            if (entries.Count == 0 && heading.InlineItems.Count == 0)
            {
                return null;
            }

            PruneItems(items, heading.Title);
            // Headed groups of section names above the article are the navigation's drop-down menus; below it they are footer columns.
            if (!heading.Named && _context.HasContentRun && heading.Index < _context.ContentStart && !AreHeadlines(items, MaxMenuItemWords))
            {
                return null;
            }

            int needed = heading.Named ? MinNamedEntries : MinEntries;
            if (items.Count < needed || IsWidget(items) || CopiesEarlierLinks(items) || heading.IsLink && !AreHeadlines(items, MinLinkHeadedAverage))
            {
                return null;
            }

            return new ReadResult([.. items], [.. entries], end, hasMore, moreUrl);
        }

        public void Accept(Heading heading, ReadResult list)
        {
            var entries = new HashSet<int>(list.EntryIndexes);
            for (int k = heading.Index + 1; k < list.End; k++)
            {
                var segment = _segments[k];
                if (entries.Contains(k))
                {
                    segment.Decide(BlockRole.LinkListItem, $"entry of link list \"{heading.Title}\"");
                }
                else if (segment.Role != BlockRole.Content)
                {
                    segment.Decide(BlockRole.Boilerplate, $"beside the entries of link list \"{heading.Title}\"");
                }
            }

            string reason = heading.InlineItems.Count > 0 ? $"labelled line of {heading.InlineItems.Count} links" : $"heading of {list.Items.Count} link entries";
            _segments[heading.Index].Decide(BlockRole.LinkListTitle, reason);
            _lastListEnd = list.End;
            _lastListTitle = heading.Title;
            _context.LinkLists.Add(new LinkList { Title = heading.Title, HasMore = list.HasMore, MoreUrl = list.MoreUrl, Links = list.Items });
        }

        private bool InContent(int index) =>
            _context.HasContentRun && index >= _context.ContentStart && index < _context.ContentEnd && _segments[index].Role == BlockRole.Content;

        /// <summary>Blocks a list never runs into: the article, the headline, noise, and the next heading of the same rank.</summary>
        private bool Stops(int index, Heading heading, bool afterEntries, int previousEntry = -1)
        {
            var segment = _segments[index];
            if (segment.Role is BlockRole.Noise or BlockRole.Breadcrumb or BlockRole.Title or BlockRole.LinkListTitle or BlockRole.LinkListItem || InContent(index))
            {
                return true;
            }

            if (!afterEntries)
            {
                return false;
            }

            // A short heading of the same or a higher rank opens the next box, unless the entries themselves are such
            // headings; a long one is a featured headline.
            var headingSegment = _segments[heading.Index];
            if (segment.Markup == MarkupHint.Heading && headingSegment.Markup == MarkupHint.Heading
                && segment.MarkupHeadingLevel <= headingSegment.MarkupHeadingLevel && segment.Stats.Words <= MaxSubheadingWords
                && (previousEntry < 0 || ShapeOf(_segments[previousEntry]) != ShapeOf(segment)))
            {
                return true;
            }

            if (_sourceHasLinks && segment.Markup != MarkupHint.Heading && IsTabStrip(segment))
            {
                return true;
            }

            return IsNamingLine(segment);
        }

        /// <summary>In a text dump, a short unmarked line that names a link box: the next box's heading, or a tab beside this one.</summary>
        private bool IsNamingLine(Segment segment) => _namingLines[segment.Index] ??= NamesBox(segment);

        private bool NamesBox(Segment segment)
        {
            if (_sourceHasLinks || segment.Bullet != '\0' || segment.Stats.Words > MaxSubheadingWords || IsListMarked(segment.Text)
                || RawKind(segment.Index) == BlockKind.Detail)
            {
                return false;
            }

            // "More Science" and "阅读全部" are the box's own links; "More from Local News" names a box of its own.
            string text = segment.CollapsedText;
            if (IsOnlyMoreLink(text))
            {
                return false;
            }

            string title = StripMoreMarker(text, out bool hasMore);
            return IsNamed(title) || hasMore && RawKind(segment.Index) != BlockKind.More;
        }

        private BlockKind RawKind(int index) => _kinds[index] ??= Classify(_segments[index]);

        private string EntryTextOf(int index) => _entryTexts[index] ??= EntryText(_segments[index]);

        /// <summary>The entry's text reduced to lower-case letters and digits, to spot copies.</summary>
        private string KeyOf(int index) => _keys[index] ??= Normalize(EntryTextOf(index));

        /// <summary>Whether an entry can follow the heading at <paramref name="index"/> closely enough to be read at all.</summary>
        private bool HasEntryNear(int index)
        {
            for (int k = index + 1; k < _segments.Count && k <= index + MaxPrelude + 1; k++)
            {
                if (RawKind(k) is BlockKind.Entry or BlockKind.Headline)
                {
                    return true;
                }
            }

            return false;
        }

        private BlockKind EntryKind(int index, Heading heading)
        {
            var kind = RawKind(index);
            return kind == BlockKind.Headline ? (heading.Named ? BlockKind.Entry : BlockKind.Other) : kind;
        }

        private BlockKind Classify(Segment segment)
        {
            string text = EntryTextOf(segment.Index);
            var stats = segment.Stats;
            if (stats.Chars == 0)
            {
                return BlockKind.Other;
            }

            // A linked headline with its date beside it is an entry; a linked date, count or byline ("By <a>Jane Doe</a>") is not.
            bool hasOwnLink = _sourceHasLinks && segment.Links.Count > 0;
            string ownText = hasOwnLink ? DominantLink(segment).Text : text;
            if (IsDetailPart(ownText) || IsDetail(segment, text) && (!hasOwnLink || TextStats.Of(ownText).Words <= MaxMenuItemWords && !OnlyDetailsBesideLinks(segment)))
            {
                return BlockKind.Detail;
            }

            if (IsMoreLink(segment, text))
            {
                return BlockKind.More;
            }

            if (_sourceHasLinks)
            {
                // A row of several links of like size (a layout table's cell of headlines) holds one entry per link.
                double entryWords = segment.Links.Count >= 2 && !HasDominantLink(segment) ? stats.Words / segment.Links.Count : stats.Words;
                return IsLinked(segment) && entryWords <= MaxEntryWords && !text.AsSpan().ContainsAny(LinkListLexicon.CopyrightPhrases) ? BlockKind.Entry : BlockKind.Other;
            }

            // w3m puts the bullet or rank of an item whose text is a block on a line of its own.
            bool marked = segment.Bullet != '\0' || IsListMarked(segment.Text)
                || segment.Index > 0 && IsBareMarker(_segments[segment.Index - 1].Text);
            if (marked)
            {
                return stats.Words <= MaxEntryWords && !IsShareWord(text) && !IsUiText(text) ? BlockKind.Entry : BlockKind.Other;
            }

            return IsHeadlineShaped(text, stats) ? BlockKind.Headline : BlockKind.Other;
        }

        private bool OutranksHeading(Segment candidate, Heading heading)
        {
            var current = _segments[heading.Index];
            if (candidate.Markup == MarkupHint.Heading)
            {
                return current.Markup != MarkupHint.Heading || candidate.MarkupHeadingLevel < current.MarkupHeadingLevel;
            }

            return !heading.Named && current.Markup != MarkupHint.Heading && IsNamed(StripMoreMarker(candidate.CollapsedText, out _));
        }

        /// <summary>What may stand between a heading and its first entry: its "more" link, tab labels, a sub-heading, a rank number.</summary>
        private bool IsPrelude(int index, BlockKind kind)
        {
            if (kind is BlockKind.More or BlockKind.Detail)
            {
                return true;
            }

            // A featured headline may stand unlinked above the links; a sentence of prose may not.
            var segment = _segments[index];
            var stats = segment.Stats;
            return stats.Words <= MaxHeadlineWords && !stats.EndsWithSentenceEnd && segment.Bullet == '\0'
                && (stats.Words > MaxSubheadingWords || !NamesNoList(segment.Text));
        }

        /// <summary>An entry, or the bullet or rank that a text dump put on a line of its own before one.</summary>
        private bool StartsEntry(int index, Heading heading) =>
            EntryKind(index, heading) == BlockKind.Entry
            || !_sourceHasLinks && index + 1 < _segments.Count && IsBareMarker(_segments[index].Text) && EntryKind(index + 1, heading) == BlockKind.Entry;

        private bool OnlyDetails(int from, int to, Heading heading, bool dumpSummary = false)
        {
            bool summary = false;
            for (int k = from; k < to; k++)
            {
                if (EntryKind(k, heading) is BlockKind.Detail or BlockKind.More)
                {
                    continue;
                }

                // One summary under an entry's headline, as cards print it: unlinked prose, longer than a heading.
                if (summary || !IsSummary(_segments[k], dumpSummary))
                {
                    return false;
                }

                summary = true;
            }

            return true;
        }

        /// <summary>
        /// An entry's summary: unlinked prose longer than a heading and no longer than <see cref="MaxSummaryWords"/>. A dump has no
        /// links to tell it from the story's prose, so there it is asked only as <paramref name="dumpSummary"/>, between entries
        /// already read (rule <c>dump-card-summaries</c>).
        /// </summary>
        private bool IsSummary(Segment segment, bool dumpSummary = false) =>
            (_sourceHasLinks || dumpSummary) && segment.LinkChars == 0 && segment.Markup is MarkupHint.None && segment.Bullet == '\0'
            && segment.Stats.Words > MaxHeadingWords && segment.Stats.Words <= MaxSummaryWords;

        /// <summary>Takes in the dates and counts of the last entry, so that they are not left behind as loose blocks.</summary>
        private int TrailingDetailsEnd(int end, int limit, Heading heading)
        {
            for (; end < limit; end++)
            {
                var kind = EntryKind(end, heading);

                // A "more" line of a text dump may be the next box's heading ("More from Transport"); a linked one is this box's.
                if (kind != BlockKind.Detail && !(kind == BlockKind.More && _sourceHasLinks))
                {
                    break;
                }
            }

            return end;
        }

        private Shape[] ShapesOf(int from, int to)
        {
            var shapes = new Shape[to - from];
            for (int k = from; k < to; k++)
            {
                shapes[k - from] = ShapeOf(_segments[k]);
            }

            return shapes;
        }

        /// <summary>True when the blocks after the entries that start at <paramref name="entry"/> look like the gap before them.</summary>
        private bool RepeatsAfter(int entry, Shape[] gap, Heading heading)
        {
            int after = entry + 1;
            while (after < _segments.Count && after - entry < MaxPaneEntries && !Stops(after, heading, true) && EntryKind(after, heading) == BlockKind.Entry)
            {
                after++;
            }

            for (int g = 0; g < gap.Length; g++)
            {
                int k = after + g;
                if (k >= _segments.Count || ShapeOf(_segments[k]) != gap[g])
                {
                    return false;
                }
            }

            return true;
        }

        private Shape ShapeOf(Segment segment) =>
            new(segment.Markup, segment.MarkupHeadingLevel, _sourceHasLinks && segment.LinkDensity >= 0.5, segment.Bullet != '\0', _sourceHasLinks ? 0 : segment.Indent);

        private void AddItems(List<LinkItem> items, int index)
        {
            var segment = _segments[index];
            string? url = segment.Links.Count > 0 ? segment.Links[0].Url : AnchorUrl(index);

            // "NFL Scores | Expert Picks | Odds": a block of several links of like size holds several entries.
            if (segment.Links.Count >= 2 && !HasDominantLink(segment))
            {
                foreach (var link in segment.Links)
                {
                    if (!IsDetailText(link.Text))
                    {
                        items.Add(ToItem(link.Text, link.Url));
                    }
                }

                return;
            }

            string text = EntryTextOf(index);

            // "4. Ferry returns 5. Café wins award": a renderer's wrapped lines joined two numbered entries.
            if (!_sourceHasLinks && SplitJoinedRanks(segment.Text, items))
            {
                return;
            }

            // "NFL Scores | Expert Picks | Odds" in a text dump: the renderer kept the separators of several links.
            if (!_sourceHasLinks && text.Contains(" | ", StringComparison.Ordinal))
            {
                var parts = text.Split(" | ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (Array.TrueForAll(parts, part => TextStats.Of(part).Words <= MaxInlineItemWords))
                {
                    items.AddRange(parts.Select(part => ToItem(part, null)));
                    return;
                }
            }

            if (!_sourceHasLinks && IsDatedHeadline(text, out string headline))
            {
                text = headline;
            }

            if (segment.Links.Count > 0)
            {
                var main = DominantLink(segment);
                url = main.Url;

                // "Headline 2015/07/04", "· Headline (2005-04-27 18:03)": the link without the date and bullet beside it.
                string beside = TextSpan.TrimAll(text.Replace(main.Text, string.Empty, StringComparison.Ordinal));
                if (main.Text.Length * 2 >= text.Length && beside.Length > 0 && IsDetailPart(beside) || segment.Links.Count == 1 && OnlyDetailsBesideLinks(segment))
                {
                    text = main.Text;
                }
            }

            items.Add(ToItem(text, url));
        }

        /// <summary>
        /// The block where a link that wraps several blocks (a card: headline, summary, date) closes, or -1.
        /// Such a link is recorded on the block where it closes; the blocks before it are linked text
        /// without a link of their own. Blocks that never reach a closing link are links of their own
        /// whose text the markup lost.
        /// </summary>
        private int AnchorClose(int index)
        {
            var first = _segments[index];
            if (!_sourceHasLinks || first.Links.Count > 0 || first.LinkChars == 0)
            {
                return -1;
            }

            var shape = ShapeOf(first);
            for (int k = index + 1; k < _segments.Count && k <= index + MaxGap; k++)
            {
                var next = _segments[k];
                // A block like the first one starts the next card, unless it is the card's date or count.
                if (next.LinkChars == 0 || next.LinkDensity < 0.5 || ShapeOf(next) == shape && RawKind(k) != BlockKind.Detail || InContent(k))
                {
                    return -1;
                }

                if (next.Links.Count > 0)
                {
                    return k;
                }
            }

            return -1;
        }

        /// <summary>One past the blocks of the entry at <paramref name="index"/>: the entry, or the whole card its link wraps.</summary>
        private int AnchorEnd(int index)
        {
            int close = AnchorClose(index);
            return close < 0 ? index + 1 : close + 1;
        }

        private string? AnchorUrl(int index)
        {
            int close = AnchorClose(index);
            return close < 0 ? null : _segments[close].Links[^1].Url;
        }

        /// <summary>
        /// Drops what a box prints beside its links: a kicker label that comes with many entries ("News
        /// Cloud", "Company Town"), labels that repeat the heading, and further copies of an entry (a
        /// responsive or fallback duplicate, the same headline in another time-range pane).
        /// </summary>
        private static void PruneItems(List<LinkItem> items, string title)
        {
            // Each item's key and the title's are made once: a list that is read and then turned down under one heading
            // is read again under the next.
            var keys = new string[items.Count];
            var counts = new Dictionary<string, int>(items.Count);
            for (int i = 0; i < items.Count; i++)
            {
                string key = keys[i] = Normalize(items[i].Text);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }

            string titleKey = Normalize(title);
            var kept = new HashSet<string>(items.Count);
            int keptCount = 0;
            for (int i = 0; i < items.Count; i++)
            {
                string key = keys[i];
                bool label = counts[key] >= MinLabelRepeats && TextStats.Of(items[i].Text).Words <= MaxMenuItemWords;
                if (key.Length == 0 || key == titleKey || label || !kept.Add(key))
                {
                    continue;
                }

                items[keptCount++] = items[i];
            }

            items.RemoveRange(keptCount, items.Count - keptCount);
        }

        /// <summary>A heading that is itself a link may be the first item of a menu; the box it heads holds headlines, not section names.</summary>
        private static bool AreHeadlines(List<LinkItem> items, double minAverageWords)
        {
            double words = 0;
            foreach (var item in items)
            {
                words += TextStats.Of(item.Text).Words;
            }

            return words > minAverageWords * items.Count;
        }

        private bool CopiesEarlierLinks(List<LinkItem> items)
        {
            if (items.Count < MinEntries)
            {
                return false;
            }

            int copied = 0;
            foreach (var item in items)
            {
                if (_seen.Contains(Normalize(item.Text)))
                {
                    copied++;
                }
            }

            return copied >= CopiedShare * items.Count;
        }

        /// <summary>
        /// A heading that is itself a link: a heading element, a tab strip of a few short links whose
        /// first label names a box ("阅读排行榜 评论排行榜"), or one short link that names a box ("热点视频").
        /// </summary>
        private static bool IsLinkHeading(Segment segment, string text, out string title)
        {
            title = text;
            if (segment.Markup == MarkupHint.Heading)
            {
                return true;
            }

            if (segment.Stats.Words > MaxSubheadingWords)
            {
                return false;
            }

            if (segment.Links.Count is >= 2 and <= MaxTabs)
            {
                title = TextSpan.CollapseSpaces(segment.Links[0].Text);
                return segment.LinkDensity >= 0.8 && IsNamed(title) && !NamesNoList(title);
            }

            return IsNamed(text);
        }

        /// <summary>
        /// A linked label standing outside the list under it (<c>&lt;a&gt;Section&lt;/a&gt;&lt;ul&gt;&lt;li&gt;…</c>, or
        /// bullets printed in the entries' text but not in the label's) heads that list, as a section link over its
        /// headlines does. A menu item has the shape of the items beside it, so it heads nothing; a label over a
        /// menu's short items is still turned away by the headline test a linked heading's entries must pass.
        /// </summary>
        private bool HeadsListBelow(int index)
        {
            var label = _segments[index];
            if (label.Markup is MarkupHint.ListItem or MarkupHint.OrderedListItem || label.Links.Count != 1 || index + 1 >= _segments.Count)
            {
                return false;
            }

            var first = _segments[index + 1];
            if (RawKind(index + 1) != BlockKind.Entry)
            {
                return false;
            }

            var (firstItem, firstBullet) = MarksOf(first);
            return firstItem || firstBullet && !MarksOf(label).Bullet;
        }

        /// <summary>
        /// In a text dump, a bulleted line whose next block is a bulleted line set deeper with another bullet: the item of an
        /// outer list that holds a nested one, as w3m and lynx print a `&lt;li&gt;` with a `&lt;ul&gt;` inside ("* Podcasts"
        /// over "+ Radio …", "• Podcasts" over "□ Radio …"). Renderers mark each level with its own bullet; a deeper line
        /// with the same bullet is a column the dump's layout shifted, not a level.
        /// </summary>
        private bool IsNestedListParent(int index)
        {
            if (_sourceHasLinks || index + 1 >= _segments.Count)
            {
                return false;
            }

            var (outer, inner) = (_segments[index], _segments[index + 1]);
            return outer.Bullet != '\0' && inner.Bullet != '\0' && inner.Bullet != outer.Bullet && inner.Indent > outer.Indent;
        }

        /// <summary>The mark of an entry that its heading lacks: list markup, or a bullet printed before its text.</summary>
        private static (bool Item, bool Bullet) MarksOf(Segment segment) =>
            (segment.Markup is MarkupHint.ListItem or MarkupHint.OrderedListItem, StartsWithBullet(segment.CollapsedText));

        private static bool StartsWithBullet(string text) => text.Length > 1 && CharClass.IsBullet(text[0]);

        private static bool IsTabStrip(Segment segment) =>
            segment.Links.Count is >= 2 and <= MaxTabs && segment.Stats.Words <= MaxSubheadingWords && segment.LinkDensity >= 0.8
            && IsNamed(segment.Links[0].Text) && !NamesNoList(segment.Links[0].Text);

        private bool IsCopied(int index) => _segments[index].Links.Count <= 1 && _seen.Contains(KeyOf(index));

        private static bool IsLinked(Segment segment) =>
            segment.LinkChars > 0 && (segment.LinkDensity >= LinkedDensity || segment.LinkDensity >= MinDetailedDensity && OnlyDetailsBesideLinks(segment));

        private static bool EndsWithMoreLink(Segment segment) =>
            segment.Links.Count > 0 && LinkListLexicon.MoreLinks.Contains(TextSpan.CollapseSpaces(segment.Links[^1].Text)) && StripMoreMarker(segment.Text, out _).Length < segment.Text.Length;

        private bool IsMoreLink(Segment segment, string text)
        {
            if (segment.Stats.Words > MaxSubheadingWords || (_sourceHasLinks && !IsLinked(segment)) || text.Length == 0 || !LinkListLexicon.MoreLinkFirstChars.Contains(text[0]))
            {
                return false;
            }

            if (LinkListLexicon.MoreLinks.Contains(text))
            {
                return true;
            }

            foreach (string start in LinkListLexicon.MoreLinkStarts)
            {
                if (text.StartsWith(start, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private bool TryInlineList(Segment segment, string text, out string label, out IReadOnlyList<LinkItem> items)
        {
            label = string.Empty;
            items = [];
            if (_sourceHasLinks)
            {
                if (segment.Links.Count < MinEntries)
                {
                    return false;
                }

                int start = text.IndexOf(segment.Links[0].Text, StringComparison.Ordinal);
                if (start <= 0)
                {
                    return false;
                }

                label = TextSpan.TrimAll(text[..start]);
                if (!IsInlineLabel(label))
                {
                    return false;
                }

                int linkChars = segment.Links.Sum(l => l.Text.Length);
                if (linkChars < LinkedDensity * (text.Length - start))
                {
                    return false;
                }

                items = segment.Links.Where(l => !IsDetailText(l.Text)).Select(l => ToItem(l.Text, l.Url)).ToArray();
                return items.Count >= MinEntries;
            }

            // "Tags: Budget, Schools, Taxes": in a text dump only a known label makes a line a list.
            int colon = text.IndexOfAny([':', '：']);
            if (colon <= 0 || !StartsLikeHeading(text) || !IsInlineLabel(text[..(colon + 1)]))
            {
                return false;
            }

            var parts = text[(colon + 1)..].Split([',', '，', '、', '|', '·'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length < MinEntries || parts.Any(p => TextStats.Of(p).Words > MaxInlineItemWords))
            {
                return false;
            }

            label = text[..(colon + 1)];
            items = parts.Select(p => ToItem(p, null)).ToArray();
            return true;
        }

        private static bool HasDominantLink(Segment segment)
        {
            int total = 0, largest = 0;
            foreach (var link in segment.Links)
            {
                total += link.Text.Length;
                largest = Math.Max(largest, link.Text.Length);
            }

            return largest >= 0.75 * total;
        }

        private static SegmentLink DominantLink(Segment segment)
        {
            var main = segment.Links[0];
            foreach (var link in segment.Links)
            {
                if (link.Text.Length > main.Text.Length)
                {
                    main = link;
                }
            }

            return main;
        }

        /// <summary>Share buttons and account links ("Facebook", "Log in", "注册") under a heading make a widget, not a list.</summary>
        private static bool IsWidget(List<LinkItem> items) => items.Count(item => IsShareWord(item.Text) || NamesNoList(item.Text)) >= WidgetShare * items.Count;

    }
}
