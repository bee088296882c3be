using System.Globalization;
using AngleSharp.Dom;
using ContentExtract.Structure;
using ContentExtract.Text;

namespace ContentExtract.Html;

/// <summary>
/// Reads what the page says about itself in its head — title, language, author, date, site name, description — and,
/// for the title, which of its visible headlines that head agrees with.
/// </summary>
internal static class HtmlMetadataReader
{
    /// <summary>
    /// The article's headline: the visible headline element that the stated titles (og:title, twitter:title,
    /// &lt;title&gt;) agree with, as shown on the page; else the stated title, which may carry a site suffix
    /// or be reworded for sharing.
    /// </summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="meta">Its meta tags.</param>
    /// <param name="survey">Its survey, with the visible headlines.</param>
    /// <param name="documentTitle">The page's <c>&lt;title&gt;</c> (<see cref="IDocument.Title"/>, which searches the tree each time it is asked).</param>
    public static string? ReadTitle(IDocument document, MetaTags meta, HtmlBreadcrumbReader.PageSurvey survey, string documentTitle)
    {
        string? openGraph = meta["og:title"], twitter = meta["twitter:title"];
        string? social = openGraph ?? twitter;
        var stated = new List<string>(3);
        foreach (string? title in (ReadOnlySpan<string?>)[openGraph, twitter, documentTitle])
        {
            if (!string.IsNullOrWhiteSpace(title))
            {
                stated.Add(TextSpan.CollapseSpaces(title));
            }
        }

        if (VisibleHeadline(survey, stated) is { } headline)
        {
            return headline;
        }

        if (social is not null)
        {
            return social;
        }

        string? h1 = document.QuerySelector("h1")?.TextContent;
        if (!string.IsNullOrWhiteSpace(h1))
        {
            return TextSpan.CollapseSpaces(h1);
        }

        return documentTitle.Length > 0 ? TextSpan.CollapseSpaces(documentTitle) : null;
    }

    /// <summary>The visible headline the most trusted stated title agrees with: og:title before twitter:title before &lt;title&gt;.</summary>
    private static string? VisibleHeadline(HtmlBreadcrumbReader.PageSurvey survey, List<string> stated)
    {
        if (stated.Count == 0)
        {
            return null;
        }

        // h1 before h2 before elements named as titles: the order they are trusted in.
        var headlines = survey.Headlines.SelectMany(level => level).ToList();
        foreach (string title in stated)
        {
            // The title without its site suffix is worked out once, not once for every headline it is held against.
            string withoutSuffix = SiteSuffix.Strip(title);
            if (headlines.Find(headline => IsSameHeadline(headline, title, withoutSuffix)) is { } agreed)
            {
                return agreed;
            }
        }

        return null;
    }

    /// <summary>A visible headline agrees with a stated title when they are equal once the site suffix is off (<paramref name="headline"/>), or one begins the other and covers most of it.</summary>
    private static bool IsSameHeadline(string visible, string stated, string headline)
    {
        return visible == stated || visible == headline
            || (stated.StartsWith(visible, StringComparison.Ordinal) && visible.Length * 2 >= headline.Length)
            || (visible.StartsWith(headline, StringComparison.Ordinal) && headline.Length * 2 >= visible.Length);
    }

    public static string? ReadLanguage(IDocument document, MetaTags meta)
    {
        string? lang = document.DocumentElement?.GetAttribute("lang") ?? meta["og:locale"];
        if (string.IsNullOrWhiteSpace(lang))
        {
            return null;
        }

        int cut = lang.IndexOfAny(['-', '_']);
        string primary = (cut > 0 ? lang[..cut] : lang).Trim().ToLowerInvariant();
        return primary.Length is 2 or 3 ? primary : null;
    }

    /// <summary>What the head and the JSON-LD say about the page.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="meta">The page's meta tags.</param>
    /// <param name="survey">The segmenter's one walk over the page, which holds its JSON-LD.</param>
    /// <param name="statesPublished">
    /// True when a meta tag states a publication date, whether or not it can be read as one: the page kind weighs the
    /// claim. JSON-LD's <c>datePublished</c> does not count here: a JSON-LD article already counts as a declared article,
    /// and a date on another JSON-LD object (a WebPage's) is no claim to be one article.
    /// </param>
    public static DocumentMetadata ReadMetadata(IDocument document, MetaTags meta, HtmlBreadcrumbReader.PageSurvey survey, out bool statesPublished)
    {
        string? published = meta["article:published_time"] ?? meta["pubdate"] ?? meta["publishdate"];
        statesPublished = published is not null;
        var jsonLd = JsonLdArticleReader.Read(survey.JsonLd, survey.ParsedJsonLd);
        var date = ChoosePublished(published is null ? null : ParseDate(published), jsonLd.Published);
        return new DocumentMetadata
        {
            Author = AuthorReader.Read(survey.AuthorMarks, meta, jsonLd),
            Published = date?.Value,
            PublishedOffsetUnknown = date is { OffsetStated: false },
            SiteName = meta["og:site_name"],
            Description = meta["description"] ?? meta["og:description"],
        };
    }

    /// <summary>
    /// The publication date: the first of the <c>article:published_time</c>, <c>pubdate</c> and <c>publishdate</c> meta
    /// tags when it reads as a date, else the JSON-LD article's <c>datePublished</c>. The meta tag wins a
    /// disagreement: it is the one value the page states for the page, where JSON-LD often comes from a plugin that
    /// describes several things and is more often broken. One exception: a meta date without an offset takes the JSON-LD
    /// date when that states an offset and agrees with it (the same clock time, or for a date alone the same day), since
    /// then both say the same instant and only one says where. An offset is never borrowed from another time, such as the
    /// modification time: the two can fall either side of a change to or from daylight-saving time.
    /// </summary>
    internal static StatedDate? ChoosePublished(StatedDate? meta, StatedDate? jsonLd)
    {
        if (meta is not { } stated)
        {
            return jsonLd;
        }

        if (stated.OffsetStated || jsonLd is not { OffsetStated: true } other)
        {
            return stated;
        }

        var clock = stated.Value.DateTime;
        bool agrees = other.Value.DateTime == clock || (clock.TimeOfDay == TimeSpan.Zero && other.Value.DateTime.Date == clock.Date);
        return agrees ? other : stated;
    }

    /// <summary>Compact forms that the general parser does not read: <c>20240601</c>, <c>20240601T120000Z</c>.</summary>
    private static readonly string[] CompactDateFormats = ["yyyyMMdd", "yyyyMMdd'T'HHmmss", "yyyyMMdd'T'HHmmssK", "yyyyMMddHHmmss"];

    /// <summary>
    /// A stated date: ISO 8601 and RFC 1123 forms and the invariant culture's others, then the compact forms. A date with
    /// an offset (or <c>Z</c>, or <c>GMT</c>) keeps it. A time without one keeps its clock reading, with offset zero and
    /// <see cref="StatedDate.OffsetStated"/> false, and so does a date without a time (its midnight): the page did not say
    /// where its clock was, and guessing the reader's zone or the server's would be wrong as often as right. Null when it
    /// reads as no date, and for a date that begins with day and month in an order it does not say (<c>01/06/2024</c>): a
    /// wrong date is worse than none.
    /// </summary>
    internal static StatedDate? ParseDate(string text)
    {
        const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        string trimmed = text.Trim();
        if (StartsWithDayAndMonth(trimmed))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, Styles, out var date))
        {
            return new StatedDate(date, StatesOffset(DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var clock), clock, date));
        }

        if (DateTimeOffset.TryParseExact(trimmed, CompactDateFormats, CultureInfo.InvariantCulture, Styles, out date))
        {
            return new StatedDate(date, StatesOffset(DateTime.TryParseExact(trimmed, CompactDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var clock), clock, date));
        }

        return null;
    }

    /// <summary>
    /// Whether the text stated its offset: the same text read as a <see cref="DateTime"/> keeping what it says has a kind
    /// (UTC or local) only when it names an offset. A date that reads one way and not the other stated an offset when it
    /// has one other than zero.
    /// </summary>
    private static bool StatesOffset(bool read, DateTime clock, DateTimeOffset date) =>
        read ? clock.Kind != DateTimeKind.Unspecified : date.Offset != TimeSpan.Zero;

    /// <summary>One or two digits, a slash or dot, one or two digits and a slash or dot: <c>01/06/2024</c>, <c>1.6.2024</c>.</summary>
    private static bool StartsWithDayAndMonth(string text)
    {
        int i = 0;
        for (int part = 0; part < 2; part++)
        {
            int digits = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && digits < 3)
            {
                i++;
                digits++;
            }

            if (digits is 0 or > 2 || i >= text.Length || text[i] is not ('/' or '.'))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    /// <summary>
    /// The address the page states as its own: its <c>&lt;link rel="canonical"&gt;</c>, else its <c>og:url</c>. Only an
    /// absolute http or https address counts; a relative canonical link is resolved against <c>og:url</c>.
    /// </summary>
    public static Uri? ReadStatedAddress(IDocument document, MetaTags meta)
    {
        var openGraph = WebAddress(meta["og:url"], null);
        return WebAddress(HeadElement(document, "link", "canonical")?.GetAttribute("href"), openGraph) ?? openGraph;
    }

    /// <summary>
    /// What relative links resolve against when the caller gave no address: the page's <c>&lt;base href&gt;</c> (itself
    /// resolved against the stated address), else the address the page states as its own.
    /// </summary>
    public static Uri? ReadLinkBase(IDocument document, Uri? stated) =>
        WebAddress(HeadElement(document, "base", rel: null)?.GetAttribute("href"), stated) ?? stated;

    /// <summary>An http or https address: absolute as written, or relative to <paramref name="baseAddress"/>; null otherwise.</summary>
    private static Uri? WebAddress(string? href, Uri? baseAddress)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();

        // On Unix "/a.html" parses as an absolute file URI: only a scheme makes an address absolute.
        bool hasScheme = href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        Uri? address = hasScheme
            ? Uri.TryCreate(href, UriKind.Absolute, out var absolute) ? absolute : null
            : baseAddress is not null && Uri.TryCreate(baseAddress, href, out var resolved) ? resolved : null;
        return address is { Scheme: "http" or "https" } ? address : null;
    }

    /// <summary>The first element of the head with the tag (and <c>rel</c> token) asked for; a base element needs an <c>href</c>.</summary>
    private static IElement? HeadElement(IDocument document, string tag, string? rel)
    {
        foreach (var element in HeadElements(document))
        {
            if (element.LocalName == tag && element.HasAttribute("href")
                && (rel is null || (element.GetAttribute("rel") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(rel, StringComparer.OrdinalIgnoreCase)))
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>
    /// The head's elements, then the body's elements before its first block: markup a head may not hold (a tracking
    /// pixel's &lt;noscript&gt;&lt;img&gt;) ends the head early, and the tags after it open the body; those are still the page's.
    /// </summary>
    private static IEnumerable<IElement> HeadElements(IDocument document)
    {
        foreach (var element in document.Head?.Children ?? Enumerable.Empty<IElement>())
        {
            yield return element;
        }

        foreach (var element in document.Body?.Children ?? Enumerable.Empty<IElement>())
        {
            if (HtmlLexicon.BlockElements.Contains(element.LocalName))
            {
                yield break;
            }

            yield return element;
        }
    }
}
