using System.Collections.Frozen;
using AngleSharp.Dom;
using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.Html;

/// <summary>
/// Names the zone an element opens, from its itemprop, tag, ARIA role, class and id, in that order
/// of trust. Structural wrappers (html, body, main, article) are never furniture by class, since a
/// theme's class names on them say little.
/// </summary>
internal static class ZoneClassifier
{
    // Taken once: every class and id token of every element is looked up in these.
    private static readonly SpanLookupSet ArticleBodyNames = new(ZoneLexicon.ArticleBodyNames);
    private static readonly SpanLookupMap<PageZone> ZoneWords = new(ZoneLexicon.ZoneWords);
    private static readonly SpanLookupSet ModifierWords = new(ZoneLexicon.ModifierWords);
    private static readonly SpanLookupSet ReviewWords = new(ZoneLexicon.ReviewWords);

    /// <param name="element">The element.</param>
    /// <param name="names">Its itemprop, role, class and id.</param>
    /// <param name="insideArticle">Whether an article element or body is open around it.</param>
    /// <param name="readsReviews">Whether a name of customer reviews ("reviews", "review-list") opens a comment zone: on a
    /// page that does not declare itself an article, and outside an article element, reviews are a product's comments.</param>
    /// <param name="memo">Class and id values already read on this page, or null to read every one.</param>
    public static PageZone Classify(IElement element, in ElementAttributes names, bool insideArticle, bool readsReviews = false, NameMemo? memo = null)
    {
        string tag = element.LocalName;
        string? itemprop = names.ItemProp;
        if (itemprop is not null)
        {
            if (itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            {
                return PageZone.ArticleBody;
            }

            if (ZoneLexicon.MetadataItemProps.Contains(itemprop.Trim()) && element.ChildElementCount < 6)
            {
                return PageZone.Byline;
            }
        }

        switch (tag)
        {
            case "html" or "body" or "main":
                return PageZone.None;
            case "article":
                return NamesArticleBody(names) ? PageZone.ArticleBody : PageZone.None;
            case "nav":
                return PageZone.Navigation;
            // Inside an article these hold the article's own header, pull quotes and notes, unless
            // their names say otherwise (a newsletter box, a share bar); the names decide below.
            case "footer" when !insideArticle:
                return PageZone.Footer;
            case "header" when !insideArticle:
                return PageZone.Header;
            case "aside" when !insideArticle:
                return PageZone.Sidebar;
            case "figcaption":
                return PageZone.Caption;
            case "time":
                return PageZone.Byline;
        }

        string? role = names.Role;
        if (role is not null && ZoneLexicon.RoleZones.TryGetValue(role.Trim(), out var roleZone) && roleZone != PageZone.None)
        {
            return roleZone;
        }

        bool reviews = readsReviews && !insideArticle;
        var zone = FromNames(names.Class, reviews, memo);
        return zone != PageZone.None ? zone : FromNames(names.Id, reviews, memo);
    }

    private static bool NamesArticleBody(in ElementAttributes names) =>
        FromNames(names.Class) == PageZone.ArticleBody || FromNames(names.Id) == PageZone.ArticleBody;

    private static PageZone FromNames(string? names, bool reviews, NameMemo? memo) =>
        memo is null || string.IsNullOrEmpty(names) ? FromNames(names, reviews) : memo.FromNames(names, reviews);

    /// <summary>
    /// The zone each class or id value names, read once per page: a page repeats its class values on every item of a list
    /// and every card of a grid, and reading a value splits it into names and each name into words. Keyed by the whole
    /// value, so a repeated one costs a hash of it. One per page walk, not shared between threads.
    /// </summary>
    internal sealed class NameMemo
    {
        private readonly Dictionary<string, PageZone> _plain = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PageZone> _withReviews = new(StringComparer.Ordinal);

        /// <summary>What <see cref="ZoneClassifier.FromNames(string?, bool)"/> says of the value, read the first time it is asked.</summary>
        public PageZone FromNames(string names, bool reviews)
        {
            var known = reviews ? _withReviews : _plain;
            if (!known.TryGetValue(names, out var zone))
            {
                zone = ZoneClassifier.FromNames(names, reviews);
                known.Add(names, zone);
            }

            return zone;
        }
    }

    /// <summary>Reads a class or id attribute: whole names first, then the words inside each name.</summary>
    internal static PageZone FromNames(string? names, bool reviews = false)
    {
        if (string.IsNullOrEmpty(names))
        {
            return PageZone.None;
        }

        var span = names.AsSpan();
        var found = PageZone.None;
        foreach (var range in span.SplitAny(" \t\n\r"))
        {
            var name = span[range];
            if (name.IsEmpty || name.Length > 64)
            {
                continue;
            }

            var zone = FromName(name, reviews);
            if (zone == PageZone.ArticleBody)
            {
                return zone;
            }

            if (found == PageZone.None)
            {
                found = zone;
            }
        }

        return found;
    }

    private static PageZone FromName(ReadOnlySpan<char> name, bool reviews)
    {
        Span<char> joined = stackalloc char[name.Length];
        int length = 0;
        foreach (char c in name)
        {
            if (c is not '-' and not '_' and not '.')
            {
                joined[length++] = char.ToLowerInvariant(c);
            }
        }

        var joinedName = joined[..length];
        if (ArticleBodyNames.Contains(joinedName))
        {
            return PageZone.ArticleBody;
        }

        var zones = ZoneWords;
        if (zones.TryGetValue(joinedName, out var whole))
        {
            return whole;
        }

        if (reviews && ReviewWords.Contains(joinedName))
        {
            return PageZone.Comments;
        }

        // Words of the name: "comment-list", "shareBar", "post__meta", "ad_slot_2".
        var zone = PageZone.None;
        int start = 0, index = 0;
        Span<char> buffer = stackalloc char[name.Length];
        for (int i = 0; i <= name.Length; i++)
        {
            bool boundary = i == name.Length || name[i] is '-' or '_' or '.' || char.IsDigit(name[i])
                || (i > start && char.IsUpper(name[i]) && char.IsLower(name[i - 1]));
            if (!boundary)
            {
                continue;
            }

            if (i > start)
            {
                var word = buffer[..(i - start)];
                name[start..i].ToLowerInvariant(word);

                if (ModifierWords.Contains(word))
                {
                    return PageZone.None;
                }

                // "ad" is advertising only as the first word ("ad-slot"), never inside ("load", "head-ad-free" is rare).
                if (zone == PageZone.None && zones.TryGetValue(word, out var wordZone) && (wordZone != PageZone.Advertising || word is not "ad" || index == 0))
                {
                    zone = wordZone;
                }
                else if (zone == PageZone.None && reviews && ReviewWords.Contains(word))
                {
                    zone = PageZone.Comments;
                }

                index++;
            }

            start = i < name.Length && name[i] is '-' or '_' or '.' || (i < name.Length && char.IsDigit(name[i])) ? i + 1 : i;
        }

        return zone;
    }
}
