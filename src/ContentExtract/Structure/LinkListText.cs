using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using ContentExtract.Boilerplate;
using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// What the words of one block say about its part in a link box, without looking at its neighbours:
/// a heading that names a box, a "more" marker, a headline, a date or count beside an entry, a menu
/// row. Shared by the HTML and the text-dump paths of <see cref="LinkListRecognizer"/>.
/// </summary>
internal static class LinkListText
{
    /// <summary>Longest heading, tab label or "more" link, in word units.</summary>
    internal const double MaxSubheadingWords = 6;

    private const double MinHeadlineWords = 2;
    internal const double MaxHeadlineWords = 30;
    private const double MaxInlineLabelWords = 4;
    private const int MaxDetailLength = 48;
    private const int MaxMoreLinkLength = 16;
    private const int MaxStackNormalize = 256;

    // The lexicon's sets asked about spans, so that a trimmed heading is looked up without making a string of it: the
    // link-list stage asks these of most short blocks of a dump, some of them several times.
    private static readonly SpanLookupSet MoreLinks = new(LinkListLexicon.MoreLinks);
    private static readonly SpanLookupSet NonListHeadings = new(LinkListLexicon.NonListHeadings);

    /// <summary>The relative times without a digit, asked about the trimmed text without making a string of it.</summary>
    private static readonly SpanLookupSet RelativeDays = new(LinkListLexicon.RelativeDays);

    /// <summary>The reason the block classifier and the title recognizer give a date, source or byline line.</summary>
    private const string MetadataReason = "date, source or byline line";

    /// <summary>Reasons the block classifier gives before it looks for a date, source or byline, so that a block with one of them may still be such a line.</summary>
    private static readonly SearchValues<char> DigitsAndColons = SearchValues.Create("0123456789:：");

    /// <summary>What separates the details beside a box's links: spaces, bullets, bars, brackets and list punctuation.</summary>
    private static readonly SearchValues<char> DetailGapSeparators = SearchValues.Create(" \u00A0\u3000|｜·•・()（）[]【】<>〈〉,，、;；");

    /// <summary>The characters of a date, time or count token: digits, date and time marks, and the letters of AM and PM.</summary>
    private static readonly SearchValues<char> DetailTokenChars = SearchValues.Create("0123456789-/:.：年月日时分秒AaPpMm");

    private static readonly FrozenSet<string> ReasonsBeforeMetadata = FrozenSet.ToFrozenSet(
        ["end-of-article heading", "furniture phrase", "cookie, comment-rule or copyright line", "form controls or bracketed UI labels", "share bar"]);

    /// <summary>Menu rows of a text dump are several words of at most this many characters ("旅游 户外 贵州").</summary>
    private const int MaxMenuTokenLength = 4;
    private const int MinMenuRowTokens = 3;

    /// <summary>
    /// Removes a "more" marker from the end of a heading: "全省动态 更多..." → "全省动态",
    /// "Most read More »" → "Most read", "热点新闻 更多+" → "热点新闻".
    /// </summary>
    internal static string StripMoreMarker(string text, out bool hasMore)
    {
        hasMore = false;
        var span = TextSpan.TrimAll(text.AsSpan());
        if (span.IsEmpty || !LinkListLexicon.MoreMarkerEnds.Contains(span[^1]) || span.Length <= MaxMoreLinkLength && IsOnlyMoreLink(span))
        {
            return text;
        }

        var undecorated = span.TrimEnd(LinkListLexicon.MoreDecoration).TrimEnd('.').TrimEnd('…').TrimEnd();
        bool arrow = undecorated.Length < span.Length && span[undecorated.Length..].IndexOfAny(">»›→") >= 0;
        foreach (string word in LinkListLexicon.MoreWords)
        {
            if (undecorated.Length <= word.Length || !undecorated.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // "More" glued to a Latin word is part of the word ("Evermore").
            char before = undecorated[^(word.Length + 1)];
            if (char.IsAsciiLetter(word[0]) && char.IsLetter(before))
            {
                continue;
            }

            var head = TextSpan.TrimAll(undecorated[..^word.Length]).TrimEnd("|·-–—>»:：").TrimEnd();
            if (head.IsEmpty)
            {
                return text;
            }

            hasMore = true;
            return head.ToString();
        }

        // A bare arrow ("Related »", "热点推荐>>") also leads to the rest of the box.
        if (arrow && undecorated.Length > 0)
        {
            hasMore = true;
            return undecorated.TrimEnd("|·-–— ").ToString();
        }

        return text;
    }

    /// <summary>A line that starts with a rank number or a lynx list mark ("1. …", "o …").</summary>
    internal static bool IsListMarked(string text) => MayBeMarked(text) && LinkListLexicon.ListMarker().IsMatch(text);

    /// <summary>Cheap test before the pattern: list marks start with a digit or one of lynx's marks.</summary>
    private static bool MayBeMarked(string text) => text.Length > 1 && (char.IsAsciiDigit(text[0]) || text[0] is 'o' or '#' or '@');

    /// <summary>A line that is nothing but a "more" link ("Read more", "阅读全部", "更多>>").</summary>
    internal static bool IsOnlyMoreLink(ReadOnlySpan<char> text)
    {
        if (MoreLinks.Contains(text))
        {
            return true;
        }

        foreach (string word in LinkListLexicon.MoreWords)
        {
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // A start is a link alone without the space it ends in ("more " is "more").
        foreach (string start in LinkListLexicon.MoreLinkStarts)
        {
            if (text.Equals(start.AsSpan().TrimEnd(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A line that is only a bullet or a rank number: w3m and plain dumps put them on a line of their own.</summary>
    internal static bool IsBareMarker(string text)
    {
        var trimmed = TextSpan.TrimAll(text.AsSpan());
        return trimmed.Length == 1 && CharClass.IsBullet(trimmed[0]) || trimmed.Length is > 0 and <= 3 && char.IsAsciiDigit(trimmed[0]) && LinkListLexicon.DetailLine().IsMatch(trimmed);
    }

    /// <summary>
    /// Splits "4. Ferry returns 5. Café wins award", two numbered entries a renderer's wrapped lines
    /// joined, at the next rank in sequence; false when the line holds one entry.
    /// </summary>
    internal static bool SplitJoinedRanks(string line, List<LinkItem> items)
    {
        var first = LinkListLexicon.RankedEntry().Match(line);
        if (!first.Success)
        {
            return false;
        }

        int rank = int.Parse(first.Groups["rank"].ValueSpan, CultureInfo.InvariantCulture);
        int start = first.Groups["text"].Index;
        var parts = new List<string>();
        foreach (Match next in LinkListLexicon.EmbeddedRank().Matches(line, start))
        {
            if (int.Parse(next.Groups["rank"].ValueSpan, CultureInfo.InvariantCulture) != rank + 1)
            {
                continue;
            }

            parts.Add(line[start..next.Index]);
            start = next.Index + next.Length;
            rank++;
        }

        if (parts.Count == 0)
        {
            return false;
        }

        parts.Add(line[start..]);
        items.AddRange(parts.Select(part => ToItem(part, null)));
        return true;
    }

    /// <summary>Headings start with a word or an opening mark; lines a renderer adds ("IFRAME: …", "#alternate", "[logo]") do not.</summary>
    internal static bool StartsLikeHeading(string text) =>
        text.Length > 1 && (char.IsLetterOrDigit(text[0]) && !text.StartsWith("IFRAME:", StringComparison.Ordinal) || text[0] is '“' or '"' or '‘' or '\'' or '【' or '《' or '「')
        && !IsMenuRow(text);

    /// <summary>
    /// A row of section names a text dump made of a menu ("旅游 户外 贵州 美食 四川"): several short words
    /// side by side, unlike a headline, whose words run together or make phrases.
    /// </summary>
    internal static bool IsMenuRow(string text)
    {
        int tokens = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var token = text.AsSpan()[range];
            if (token.IsEmpty)
            {
                continue;
            }

            if (token.Length > MaxMenuTokenLength || !CharClass.IsCjk(token[0]))
            {
                return false;
            }

            tokens++;
        }

        return tokens >= MinMenuRowTokens;
    }

    // Allocated once: a params array built at each call was a measurable share of the text path.
    private static readonly char[] InlineLabelEnds = [':', '：', ' ', '#'];

    /// <summary>The label of a line of links: "Tags", "关键词阅读：", or any short label that ends in a colon and names a box.</summary>
    internal static bool IsInlineLabel(string label)
    {
        var stats = TextStats.Of(label);
        if (stats.Words > MaxInlineLabelWords || stats.Words == 0)
        {
            return false;
        }

        string core = label.TrimEnd(InlineLabelEnds);
        return LinkListLexicon.InlineListLabels.Contains(core) || (label.EndsWith(':') || label.EndsWith('：')) && IsNamed(core);
    }

    /// <summary>An entry as the list reports it: spaces collapsed, a trailing ellipsis taken off and noted.</summary>
    internal static LinkItem ToItem(string text, string? url)
    {
        text = TextSpan.CollapseSpaces(text);
        bool truncated = false;
        foreach (string ellipsis in (ReadOnlySpan<string>)["...", "…", "．．．"])
        {
            if (text.Length > ellipsis.Length && text.EndsWith(ellipsis, StringComparison.Ordinal))
            {
                text = TextSpan.TrimAll(text.TrimEnd('.', '…', '．'));
                truncated = true;
                break;
            }
        }

        return new LinkItem { Text = text, Url = url, Truncated = truncated };
    }

    /// <summary>The entry's text without its bullet or rank number.</summary>
    internal static string EntryText(Segment segment)
    {
        if (segment.Bullet != '\0')
        {
            return TextSpan.CollapseSpaces(segment.BodyText);
        }

        var numbered = MayBeMarked(segment.Text) ? LinkListLexicon.ListMarker().Match(segment.Text) : Match.Empty;
        return TextSpan.CollapseSpaces(numbered.Success ? numbered.Groups["text"].Value : segment.Text);
    }

    /// <summary>
    /// A date, byline, count, rank, image label or bare bullet: what stands beside an entry, never an
    /// entry. Date, source and byline lines are the ones the block classifier found; asking again would
    /// run the date pattern a second time for every block.
    /// </summary>
    internal static bool IsDetail(Segment segment, string text) =>
        (segment.ClassReason == MetadataReason || segment.Reason == MetadataReason
            || ReasonsBeforeMetadata.Contains(segment.ClassReason) && HasDigitOrColon(text) && MetadataLine.IsMetadata(text, segment.Stats))
            && !IsDatedHeadline(text, out _)
        || IsDetailPart(text);

    /// <summary>A headline followed by its date ("提防互联网+的熊市 2015/07/04"), which the date pattern alone takes for a date line.</summary>
    internal static bool IsDatedHeadline(string text, out string headline)
    {
        headline = text;
        if (text.Length == 0 || !char.IsAsciiDigit(text[^1]))
        {
            return false;
        }

        var match = LinkListLexicon.DatedEntry().Match(text);
        if (!match.Success || TextStats.Of(match.Groups["text"].ValueSpan).Words < MinHeadlineWords)
        {
            return false;
        }

        headline = match.Groups["text"].Value;
        return true;
    }

    /// <summary>A date, count, rank or image label inside a block, such as the date beside a linked headline.</summary>
    internal static bool IsDetailPart(string text) => IsDetailText(text) || IsImageLabel(text) || IsBareMarker(text);

    /// <summary>A short date, time, count or rank number ("13 hours ago", "2015/07/04", "604 COMMENTS", "3").</summary>
    internal static bool IsDetailText(string text)
    {
        if (text.Length > MaxDetailLength)
        {
            return false;
        }

        // Every detail but a few words of relative time has a digit; those words are checked without the pattern.
        var trimmed = TextSpan.TrimAll(text.AsSpan());
        return trimmed.ContainsAnyInRange('0', '9') ? LinkListLexicon.DetailLine().IsMatch(trimmed) : RelativeDays.Contains(trimmed);
    }

    /// <summary>
    /// True when the text around a block's links is only what a link box prints beside each entry: bullets,
    /// separators, brackets, dates, times and counts ("·Headline (2005-04-27 18:03PM)", "Title 2005-03-28 11:29:36 Title …").
    /// Such a block is a row of entries even where those details bring its share of linked text down.
    /// </summary>
    internal static bool OnlyDetailsBesideLinks(Segment segment)
    {
        if (segment.Links.Count == 0)
        {
            return false;
        }

        var text = segment.Text.AsSpan();
        int cursor = 0;
        foreach (var link in segment.Links)
        {
            int at = text[cursor..].IndexOf(link.Text.AsSpan(), StringComparison.Ordinal);
            if (at < 0 || !IsDetailGap(text.Slice(cursor, at)))
            {
                return false;
            }

            cursor += at + link.Text.Length;
        }

        return IsDetailGap(text[cursor..]);
    }

    /// <summary>Text between two links that is only separators and date, time or count tokens ("(2005-04-27 18:03PM)", " | ", "(28)").</summary>
    private static bool IsDetailGap(ReadOnlySpan<char> gap)
    {
        foreach (var range in gap.SplitAny(DetailGapSeparators))
        {
            var token = gap[range];
            if (token.IsEmpty)
            {
                continue;
            }

            // A token of a date or count has a digit; its other characters are date and time marks or an AM/PM.
            if (!token.ContainsAnyInRange('0', '9') || token.IndexOfAnyExcept(DetailTokenChars) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text without a bar drawn before it ("| 最新", "｜Latest"), as a heading is often decorated.</summary>
    internal static string TrimLeadingBar(string text) =>
        text.Length > 1 && text[0] is '|' or '｜' ? TextSpan.TrimAll(text.AsSpan(1)).ToString() : text;

    /// <summary>Dates and labelled source lines have a digit or a colon; a line with neither needs no date pattern.</summary>
    private static bool HasDigitOrColon(string text) => text.AsSpan().IndexOfAny(DigitsAndColons) >= 0;

    /// <summary>An image as a text dump shows it: "[alt text]" or a bare file name.</summary>
    internal static bool IsImageLabel(string text) =>
        text.Length > 2 && (text[0] == '[' && text[^1] == ']' || text.Contains('.') && !text.Contains(' ') && LinkListLexicon.ImageFileName().IsMatch(text));

    /// <summary>A line of a text dump that reads like a linked headline: a few words, not a sentence of prose.</summary>
    internal static bool IsHeadlineShaped(string text, TextStats stats)
    {
        if (stats.Words < MinHeadlineWords || stats.Words > MaxHeadlineWords || stats.SentenceEnds > 2)
        {
            return false;
        }

        // Headlines may ask or exclaim; a line that ends with a full stop is prose.
        char last = text[^1];
        if (last is '.' or '。' or ';' or '；' or ':' or '：' && !text.EndsWith("...", StringComparison.Ordinal))
        {
            return false;
        }

        return !IsUiText(text) && !text.AsSpan().ContainsAny(BoilerplateLexicon.FurniturePhrases) && (stats.Words > MaxSubheadingWords || !NamesNoList(text));
    }

    /// <summary>Cookie, copyright and form-control lines, renderer notes and menu rows: text of the page's machinery.</summary>
    internal static bool IsUiText(string text) =>
        text.AsSpan().ContainsAny(BoilerplateLexicon.StrongFurniturePhrases) || text.Contains("(BUTTON)", StringComparison.Ordinal) || text.Contains("____", StringComparison.Ordinal)
        || text.StartsWith("IFRAME:", StringComparison.Ordinal) || IsMenuRow(text);

    /// <summary>A share-bar button ("Facebook", "微信").</summary>
    internal static bool IsShareWord(string text) => BoilerplateLexicon.ShareWords.Contains(text);

    /// <summary>A heading that says it heads a link box: list words ("Most read", "相关新闻") or a closing colon ("TRENDING:").</summary>
    internal static bool IsNamed(string title)
    {
        var trimmed = TextSpan.TrimAll(title.AsSpan());
        return trimmed.ContainsAny(LinkListLexicon.ListHeadingWords) || trimmed.EndsWith(":") || trimmed.EndsWith("：");
    }

    /// <summary>A heading of something that is no link list: an advertising slot, a share or follow widget, a comment area, a login.</summary>
    internal static bool NamesNoList(string text)
    {
        var trimmed = TextSpan.TrimAll(text.AsSpan()).TrimEnd(":：");
        return NonListHeadings.Contains(trimmed) || trimmed.ContainsAny(LinkListLexicon.NonListHeadingPhrases);
    }

    /// <summary>The text reduced to lower-case letters and digits, so that copies compare equal whatever their spacing and punctuation.</summary>
    internal static string Normalize(string text)
    {
        var kept = text.Length <= MaxStackNormalize ? stackalloc char[text.Length] : new char[text.Length];
        int length = 0;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                kept[length++] = c;
            }
        }

        // Lower-cased as one span, and only where a letter may change: char by char, every letter outside ASCII (every
        // Chinese one) was a call into ICU, and Chinese, Japanese and Korean letters have no case at all.
        if (IsCaseless(kept[..length]))
        {
            return new string(kept[..length]);
        }

        var lower = length <= MaxStackNormalize ? stackalloc char[length] : new char[length];
        kept[..length].ToLowerInvariant(lower);
        return new string(lower);
    }

    /// <summary>No A–Z and nothing outside ASCII but kana, CJK ideographs and Hangul syllables, which lower-casing leaves as they are.</summary>
    private static bool IsCaseless(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c is >= 'A' and <= 'Z' || (c >= '\u0080' && c is not (>= '\u3040' and <= '\u9FFF') and not (>= '\uAC00' and <= '\uD7A3')))
            {
                return false;
            }
        }

        return true;
    }
}
