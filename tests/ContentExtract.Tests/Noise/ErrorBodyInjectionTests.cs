using System.Text;
using ContentExtract.Evaluation.Injection;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Noise;

/// <summary>
/// Injection invariance on the project's own fixtures: error documents injected as a broken server-side include
/// leaves them (start of body, between blocks, end of body; top, middle and bottom of a text dump) must change
/// neither the title nor the text, and each must be reported as noise. The injector and the check are the
/// evaluation tool's, whose <c>inject-noise</c> figure measures the same on the corpus.
/// </summary>
public sealed class ErrorBodyInjectionTests
{
    private static readonly InjectionSite[] Sites = [InjectionSite.Start, InjectionSite.Middle, InjectionSite.End];

    /// <summary>
    /// The fixtures that are no article: soft-404 pages, a bot challenge and a listing have no article text that
    /// could stay the same. <see cref="Non_article_fixtures_are_what_their_names_say"/> keeps this list honest.
    /// </summary>
    private static readonly Dictionary<string, PageKind> NonArticleScrapes = new(StringComparer.Ordinal)
    {
        ["de-html-utf8-seite-nicht-gefunden.html"] = PageKind.Error,
        ["en-html-utf8-bot-challenge.html"] = PageKind.Challenge,
        ["en-html-utf8-page-not-found.html"] = PageKind.Error,
        ["en-lynx-page-not-found.txt"] = PageKind.Error,
        ["es-html-utf8-pagina-no-encontrada.html"] = PageKind.Error,
        ["fr-plain-page-introuvable.txt"] = PageKind.Error,
        ["zh-html-utf8-channel-listing.html"] = PageKind.Listing,
        ["zh-html-utf8-page-not-found.html"] = PageKind.Error,
        ["zh-portal-page-not-found.txt"] = PageKind.Error,
    };

    public static TheoryData<string> ArticleScrapes() => new(
        Directory.EnumerateFiles(RepositoryPaths.Scrapes)
            .Where(ScrapeFile.IsScrape)
            .Select(Path.GetFileName)
            .Where(name => !NonArticleScrapes.ContainsKey(name!))
            .Order(StringComparer.Ordinal)!);

    public static TheoryData<string> NonArticleScrapeNames() => new(NonArticleScrapes.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(NonArticleScrapeNames))]
    public void Non_article_fixtures_are_what_their_names_say(string scrape)
    {
        string path = Path.Combine(RepositoryPaths.Scrapes, scrape);
        var document = ContentExtractor.Default.Extract(ScrapeFile.ReadBytes(path), ScrapeFile.ModeOf(path));
        Assert.Equal(NonArticleScrapes[scrape], document.PageKind);
    }

    [Theory]
    [MemberData(nameof(ArticleScrapes))]
    public void Injected_error_bodies_change_neither_title_nor_text_and_are_all_reported(string scrape)
    {
        string path = Path.Combine(RepositoryPaths.Scrapes, scrape);
        byte[] page = ScrapeFile.ReadBytes(path);
        var mode = ScrapeFile.ModeOf(path);
        var clean = ContentExtractor.Default.Extract(page, mode);
        Assert.False(clean.IsErrorPage, $"{scrape} is an article fixture, but its clean extraction is an error page.");

        // Each rotation puts every body at another site; together they put each body at each site once or more.
        var failures = new List<string>();
        var bodies = ComposedErrorBodies.All;
        for (int rotation = 0; rotation < bodies.Count; rotation++)
        {
            var plan = Sites.Select((site, index) => new InjectedBody(bodies[(rotation + index) % bodies.Count], site)).ToArray();
            var injected = ContentExtractor.Default.Extract(ErrorBodyInjector.Inject(page, mode, plan), mode);
            var check = InjectionCheck.Of(clean, injected, plan);
            if (!check.Invariant || check.Unreported.Count > 0)
            {
                failures.Add(Describe(plan, check, injected));
            }
        }

        Assert.True(failures.Count == 0, $"{scrape}: {failures.Count} of {bodies.Count} injections failed\n" + string.Join("\n", failures));
    }

    [Fact]
    public void A_seed_always_gets_the_same_plan_of_one_to_three_distinct_bodies_at_distinct_sites()
    {
        var injector = new ErrorBodyInjector(ComposedErrorBodies.All);
        var counts = new HashSet<int>();
        foreach (string seed in Enumerable.Range(0, 200).Select(index => $"corpus/page-{index}"))
        {
            var plan = injector.Plan(seed);
            Assert.Equal(plan.Select(Describe), injector.Plan(seed).Select(Describe));
            Assert.InRange(plan.Count, 1, 3);
            Assert.Equal(plan.Count, plan.Select(body => body.Body.Name).Distinct().Count());
            Assert.Equal(plan.Select(body => body.Site).Order(), plan.Select(body => body.Site));
            Assert.Equal(plan.Count, plan.Select(body => body.Site).Distinct().Count());
            counts.Add(plan.Count);
        }

        Assert.Equal([1, 2, 3], counts.Order());
    }

    [Fact]
    public void Html_bodies_go_after_the_body_tag_after_the_middle_paragraph_and_before_the_body_end_tag()
    {
        const string Page = """
            <html><head><title>T</title><script>frame.write('<body onload="x()"></p></body>');</script></head>
            <body class="article"><p>one</p><p>two</p><!-- </p> --><p>three</p><div>four</div></body></html>
            """;
        var plan = Sites.Select((site, index) => new InjectedBody(ComposedErrorBodies.All[index], site)).ToArray();
        string injected = Encoding.UTF8.GetString(ErrorBodyInjector.Inject(Encoding.UTF8.GetBytes(Page), InputMode.Html, plan));

        string expected = Page
            .Replace("<body class=\"article\">", "<body class=\"article\">" + ComposedErrorBodies.Nginx.Html, StringComparison.Ordinal)
            .Replace("<p>two</p>", "<p>two</p>" + ComposedErrorBodies.Apache.Html, StringComparison.Ordinal)
            .Replace("</div></body>", "</div>" + ComposedErrorBodies.Iis.Html + "</body>", StringComparison.Ordinal);
        Assert.Equal(expected, injected);
    }

    [Fact]
    public void A_page_in_a_legacy_charset_keeps_its_bytes_and_gets_non_ASCII_bodies_as_character_references()
    {
        byte[] page = File.ReadAllBytes(Path.Combine(RepositoryPaths.Scrapes, "zh-html-gbk-bridge-opening.html"));
        byte[] injected = ErrorBodyInjector.Inject(page, InputMode.Html, [new InjectedBody(ComposedErrorBodies.TomcatChinese, InjectionSite.End)]);

        int bodyEnd = page.AsSpan().LastIndexOf("</body>"u8);
        int insertedLength = injected.Length - page.Length;
        Assert.Equal(page[..bodyEnd], injected[..bodyEnd]);
        Assert.Equal(page[bodyEnd..], injected[(bodyEnd + insertedLength)..]);
        byte[] inserted = injected[bodyEnd..(bodyEnd + insertedLength)];
        Assert.All(inserted, value => Assert.True(value < 0x80));
        Assert.Contains("<title>HTTP&#x72B6;&#x6001; 404 - &#x672A;&#x627E;&#x5230;</title>", Encoding.ASCII.GetString(inserted), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_dumps_get_the_body_lines_at_the_top_at_the_middle_paragraph_break_and_at_the_bottom()
    {
        const string Dump = "Headline\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n";
        var plan = Sites.Select(site => new InjectedBody(ComposedErrorBodies.Nginx, site)).ToArray();
        string injected = Encoding.UTF8.GetString(ErrorBodyInjector.Inject(Encoding.UTF8.GetBytes(Dump), InputMode.Text, plan));

        const string Lines = "404 Not Found\n404 Not Found\nnginx/1.26.2\n";
        Assert.Equal(Lines + "\nHeadline\n\nFirst paragraph.\n\n" + Lines + "\nSecond paragraph.\n\nThird paragraph.\n\n" + Lines, injected);
    }

    [Fact]
    public void Text_dumps_without_blank_lines_get_the_body_lines_wrapped_to_their_width_and_keep_their_line_ends()
    {
        // The longest line, 50 columns, is the width the dump tool wrapped at.
        const string Dump = "Headline\r\nFirst paragraph, exactly fifty columns wide, okay.\r\nSecond paragraph.\r\nThird paragraph.";
        var plan = new[] { new InjectedBody(ComposedErrorBodies.Apache, InjectionSite.Middle) };
        string injected = Encoding.UTF8.GetString(ErrorBodyInjector.Inject(Encoding.UTF8.GetBytes(Dump), InputMode.Text, plan));

        Assert.Equal(
            "Headline\r\nFirst paragraph, exactly fifty columns wide, okay.\r\n"
            + "503 Service Unavailable\r\nService Unavailable\r\n"
            + "The server is temporarily unable to service your\r\nrequest due to maintenance downtime or capacity\r\nproblems. Please try again later.\r\n"
            + "Apache/2.4.62 (Debian) Server at\r\ncdn.news.example.org Port 443\r\n"
            + "Second paragraph.\r\nThird paragraph.",
            injected);
    }

    private static string Describe(InjectedBody body) => $"{body.Body.Name}@{body.Site.ToString().ToLowerInvariant()}";

    private static string Describe(IReadOnlyList<InjectedBody> plan, InjectionCheck check, ExtractedDocument injected)
    {
        var text = new StringBuilder($"  {string.Join(", ", plan.Select(Describe))}:");
        if (!check.Invariant)
        {
            text.Append(' ').Append(check.Difference).Append(';');
        }

        if (check.Unreported.Count > 0)
        {
            text.Append(" unreported ").Append(string.Join(", ", check.Unreported.Select(body => body.Body.Name))).Append(';');
        }

        text.Append(" noise [").AppendJoin(" | ", injected.Noise.Select(fragment => $"{fragment.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} «{fragment.Text}»")).Append(']');
        return text.ToString();
    }
}
