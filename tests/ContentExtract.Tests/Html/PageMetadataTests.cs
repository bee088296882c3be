using ContentExtract.Rendering;

namespace ContentExtract.Tests.Html;

/// <summary>
/// What a page says about itself, read from pages composed here: the author's name (never an address), the page's
/// own address as the document's and as the base of its links, and the language its script shows.
/// </summary>
public sealed class PageMetadataTests
{
    private const string Article = """
        <article>
          <h1>Studio strike talks resume after two-week pause</h1>
          <p>Negotiators for the writers and the studios returned to the table on Monday, two weeks after talks broke off over the use of automated tools in script development.</p>
          <p>Both sides said the mood was constructive, although neither would say whether the gap over residual payments for streaming had narrowed since the last session.</p>
          <p>A federal mediator is expected to join the talks later this week if no agreement on the schedule for the remaining issues is reached by Wednesday.</p>
        </article>
        """;

    private const string Related = """
        <aside>
          <h2>Most Popular</h2>
          <ul>
            <li><a href="/business/story/2024-06-01/box-office-summer">Summer box office starts slow</a></li>
            <li><a href="../hollywood/writers-vote">Writers guild sets a date for its vote</a></li>
            <li><a href="https://elsewhere.example.org/a">A story on another site</a></li>
          </ul>
        </aside>
        """;

    private const string Breadcrumb = """<nav class="breadcrumb"><a href="/">Home</a> › <a href="/business/">Business</a> › <a href="/business/hollywood/">Hollywood</a></nav>""";

    private const string ProfileUrl = "https://www.example-times.com/people/meg-james";

    private static ExtractedDocument Page(string head, string body = Article, PageInfo? page = null) =>
        ContentExtractor.Default.ExtractHtml($"<!DOCTYPE html><html lang=\"en\"><head><title>Studio strike talks resume</title>{head}</head><body>{body}</body></html>", page);

    [Fact]
    public void An_article_author_that_is_a_url_loses_to_the_json_ld_name_and_is_never_printed()
    {
        var document = Page($$"""
            <meta property="article:author" content="{{ProfileUrl}}">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Studio strike talks resume",
              "author":[{"@type":"Person","name":"Meg James","url":"{{ProfileUrl}}"}]}</script>
            """);

        Assert.Equal("Meg James", document.Metadata.Author);
        Assert.DoesNotContain(ProfileUrl, HtmlRenderer.Render(document), StringComparison.Ordinal);
        Assert.Contains("Meg James", HtmlRenderer.Render(document), StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_author_that_is_a_url_loses_to_the_author_meta_tag()
    {
        var document = Page($"""<meta property="article:author" content="{ProfileUrl}"><meta name="author" content="Meg James">""");
        Assert.Equal("Meg James", document.Metadata.Author);
    }

    [Theory]
    [InlineData("""<p class="byline">By <a rel="author" href="/people/meg-james">Meg James</a></p>""")]
    [InlineData("""<p class="byline">By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Meg James</span></span></p>""")]
    [InlineData("""<p class="byline"><span itemprop="author">By Meg James</span></p>""")]
    public void An_article_author_that_is_a_url_loses_to_the_marked_byline(string byline)
    {
        var document = Page($"""<meta property="article:author" content="{ProfileUrl}">""", byline + Article);
        Assert.Equal("Meg James", document.Metadata.Author);
    }

    [Fact]
    public void A_url_alone_is_no_author_and_no_byline()
    {
        var document = Page($"""<meta property="article:author" content="{ProfileUrl}"><meta name="author" content="//www.example-times.com/people/meg-james">""");

        Assert.Null(document.Metadata.Author);
        Assert.DoesNotContain("meg-james", HtmlRenderer.Render(document), StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_author_that_is_a_name_still_counts()
    {
        Assert.Equal("Meg James", Page("""<meta property="article:author" content="Meg James">""").Metadata.Author);
    }

    [Fact]
    public void A_json_ld_author_given_by_reference_is_found_in_the_graph()
    {
        // The shape Yoast writes: the article points at a Person node elsewhere in @graph.
        var document = Page("""
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebPage","@id":"https://example.com/a#page"},
              {"@type":"Article","@id":"https://example.com/a#article","author":{"@id":"https://example.com/#/schema/person/42"}},
              {"@type":"Person","@id":"https://example.com/#/schema/person/42","name":"Meg James"}]}</script>
            """);
        Assert.Equal("Meg James", document.Metadata.Author);
    }

    [Fact]
    public void Several_json_ld_authors_are_listed_and_an_organization_gives_way_to_a_person()
    {
        Assert.Equal("Meg James, Ryan Faughnder", Page("""
            <script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Meg James"},{"@type":"Person","name":"Ryan Faughnder"}]}</script>
            """).Metadata.Author);

        Assert.Equal("Meg James", Page("""
            <meta name="author" content="Meg James">
            <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Example Times"}}</script>
            """).Metadata.Author);

        Assert.Equal("Example Times", Page("""
            <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Example Times"}}</script>
            """).Metadata.Author);
    }

    [Fact]
    public void Broken_json_ld_leaves_the_other_sources_standing()
    {
        var document = Page("""
            <script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Broken"</script>
            <meta name="author" content="Meg James">
            """);
        Assert.Equal("Meg James", document.Metadata.Author);
    }

    [Fact]
    public void Without_a_page_url_the_canonical_link_is_the_document_url_and_the_base_of_its_links()
    {
        var document = Page(
            """<link rel="canonical" href="https://www.example-times.com/business/story/2024-06-01/strike-talks"><meta property="og:url" content="https://www.example-times.com/ignored">""",
            Breadcrumb + Article + Related);

        Assert.Equal(new Uri("https://www.example-times.com/business/story/2024-06-01/strike-talks"), document.Url);
        var links = Assert.Single(document.LinkLists).Links;
        Assert.Equal(
            ["https://www.example-times.com/business/story/2024-06-01/box-office-summer", "https://www.example-times.com/business/story/hollywood/writers-vote", "https://elsewhere.example.org/a"],
            links.Select(l => l.Url));
        Assert.Equal(["https://www.example-times.com/", "https://www.example-times.com/business/", "https://www.example-times.com/business/hollywood/"], document.Breadcrumb.Select(b => b.Url));
        Assert.Contains("[Summer box office starts slow](https://www.example-times.com/business/story/2024-06-01/box-office-summer)", MarkdownRenderer.Render(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Og_url_stands_in_for_a_missing_canonical_link_and_resolves_a_relative_one()
    {
        var openGraph = Page("""<meta property="og:url" content="https://www.example-times.com/story/strike-talks">""", Article + Related);
        Assert.Equal(new Uri("https://www.example-times.com/story/strike-talks"), openGraph.Url);
        Assert.Equal("https://www.example-times.com/business/story/2024-06-01/box-office-summer", openGraph.LinkLists[0].Links[0].Url);

        var relative = Page("""<link rel="canonical" href="/story/strike-talks-canonical"><meta property="og:url" content="https://www.example-times.com/story/strike-talks">""");
        Assert.Equal(new Uri("https://www.example-times.com/story/strike-talks-canonical"), relative.Url);
    }

    [Fact]
    public void The_callers_url_wins_over_the_page_s_own()
    {
        var document = Page(
            """<link rel="canonical" href="https://www.example-times.com/canonical">""",
            Article + Related,
            new PageInfo { Url = new Uri("https://mirror.example.net/copy/strike-talks") });

        Assert.Equal(new Uri("https://mirror.example.net/copy/strike-talks"), document.Url);
        Assert.Equal("https://mirror.example.net/business/story/2024-06-01/box-office-summer", document.LinkLists[0].Links[0].Url);
    }

    [Theory]
    [InlineData("""<link rel="canonical" href="/relative/without/og-url">""")]
    [InlineData("""<link rel="canonical" href="javascript:alert(1)">""")]
    [InlineData("""<meta property="og:url" content="ftp://files.example.com/a">""")]
    [InlineData("")]
    public void Without_an_absolute_web_address_the_url_is_unknown_and_links_stay_as_written(string head)
    {
        var document = Page(head, Article + Related);

        Assert.Null(document.Url);
        Assert.Equal("/business/story/2024-06-01/box-office-summer", document.LinkLists[0].Links[0].Url);
    }

    [Fact]
    public void A_base_element_is_the_base_of_the_links_and_the_canonical_link_stays_the_url()
    {
        var document = Page(
            """<base href="https://static.example-times.com/"><link rel="canonical" href="https://www.example-times.com/story/strike-talks">""",
            Article + Related);

        Assert.Equal(new Uri("https://www.example-times.com/story/strike-talks"), document.Url);
        Assert.Equal("https://static.example-times.com/business/story/2024-06-01/box-office-summer", document.LinkLists[0].Links[0].Url);
    }

    [Fact]
    public void An_all_chinese_page_declared_english_is_chinese()
    {
        var document = ContentExtractor.Default.ExtractHtml("""
            <html lang="en"><head><title>溪南市老年助餐服务实现街道全覆盖</title></head><body>
            <h1>溪南市老年助餐服务实现街道全覆盖</h1>
            <p>记者从市民政局获悉，截至今年三月底，全市已建成社区老年食堂一百二十余家，覆盖全部街道，每天为一万多名老年人提供午餐和晚餐服务。</p>
            <p>市民政局有关负责人介绍，下一步将推动助餐服务向农村延伸，并通过中央厨房统一配送的方式降低运营成本，让更多老人吃得上、吃得起、吃得好。</p>
            </body></html>
            """);

        Assert.Equal("zh", document.Language);
    }

    [Theory]
    [InlineData("en", "en")]          // English text declared English
    [InlineData("zh", "en")]          // English text declared Chinese: the function words decide
    [InlineData("de", "de")]          // a Latin-script language is not second-guessed by its function words
    [InlineData("sw", "sw")]          // a language whose script is not listed is taken at its word
    public void An_english_page_keeps_a_declaration_its_script_allows(string declared, string expected)
    {
        var document = ContentExtractor.Default.ExtractHtml($"<html lang=\"{declared}\"><body>{Article}</body></html>");
        Assert.Equal(expected, document.Language);
    }

    [Theory]
    [InlineData("ja", "ja")]
    [InlineData("zh-Hant", "zh")]
    [InlineData("en-US", "zh")]
    [InlineData("ru", "zh")]
    public void A_chinese_page_keeps_a_declaration_in_its_script_and_loses_any_other(string declared, string expected)
    {
        var document = ContentExtractor.Default.ExtractHtml($"""
            <html lang="{declared}"><body>
            <p>记者从市民政局获悉，截至今年三月底，全市已建成社区老年食堂一百二十余家，覆盖全部街道，每天为一万多名老年人提供午餐和晚餐服务。</p>
            <p>市民政局有关负责人介绍，下一步将推动助餐服务向农村延伸，并通过中央厨房统一配送的方式降低运营成本。</p>
            </body></html>
            """);
        Assert.Equal(expected, document.Language);
    }

    [Theory]
    [InlineData("2024-06-01T12:30:00+02:00", "2024-06-01T12:30:00.0000000+02:00", false)]
    [InlineData("2024-06-01T12:30:00+0200", "2024-06-01T12:30:00.0000000+02:00", false)]
    [InlineData("2024-06-01T10:30:00Z", "2024-06-01T10:30:00.0000000+00:00", false)]
    [InlineData("2024-06-01T10:30:00+00:00", "2024-06-01T10:30:00.0000000+00:00", false)]
    [InlineData("Sat, 01 Jun 2024 10:30:00 GMT", "2024-06-01T10:30:00.0000000+00:00", false)]
    [InlineData("20240601T103000Z", "2024-06-01T10:30:00.0000000+00:00", false)]
    [InlineData("2024-06-01T12:30:00", "2024-06-01T12:30:00.0000000+00:00", true)]
    [InlineData("2024-06-01 10:30", "2024-06-01T10:30:00.0000000+00:00", true)]
    [InlineData("2024-06-01", "2024-06-01T00:00:00.0000000+00:00", true)]
    [InlineData("20240601", "2024-06-01T00:00:00.0000000+00:00", true)]
    [InlineData("20240601T103000", "2024-06-01T10:30:00.0000000+00:00", true)]
    [InlineData("01/06/2024", null, false)]
    [InlineData("1.6.2024", null, false)]
    [InlineData("last Tuesday", null, false)]
    public void The_publication_date_is_an_instant_a_clock_time_marked_as_such_or_nothing(string stated, string? expected, bool offsetUnknown)
    {
        var document = Page($"""<meta property="article:published_time" content="{stated}">""");
        Assert.Equal(expected, document.Metadata.Published?.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(offsetUnknown, document.Metadata.PublishedOffsetUnknown);
    }

    private static string JsonLd(string json) => $"""<script type="application/ld+json">{json}</script>""";

    [Theory]
    [InlineData("""{"@context":"https://schema.org","@type":"NewsArticle","headline":"Studio strike talks resume","datePublished":"2024-06-01T12:30:00+02:00"}""")]
    [InlineData("""[{"@type":"Organization","name":"Example Times"},{"@type":"NewsArticle","datePublished":"2024-06-01T12:30:00+02:00"}]""")]
    [InlineData("""{"@type":["NewsArticle","Article"],"datePublished":" 2024-06-01T12:30:00+02:00 "}""")]
    public void Without_a_meta_date_the_json_ld_article_s_date_is_the_publication_date(string json)
    {
        var document = Page(JsonLd(json));

        Assert.Equal(new DateTimeOffset(2024, 6, 1, 12, 30, 0, TimeSpan.FromHours(2)), document.Metadata.Published);
        Assert.Equal(TimeSpan.FromHours(2), document.Metadata.Published!.Value.Offset);
        Assert.False(document.Metadata.PublishedOffsetUnknown);
    }

    [Fact]
    public void A_json_ld_date_without_an_offset_is_marked_as_such()
    {
        var document = Page(JsonLd("""{"@type":"NewsArticle","datePublished":"2024-06-01T12:30:00"}"""));

        Assert.Equal(new DateTimeOffset(2024, 6, 1, 12, 30, 0, TimeSpan.Zero), document.Metadata.Published);
        Assert.True(document.Metadata.PublishedOffsetUnknown);
    }

    [Fact]
    public void The_meta_tag_wins_when_it_and_json_ld_disagree()
    {
        var document = Page("""<meta property="article:published_time" content="2024-06-01T12:30:00+02:00">"""
            + JsonLd("""{"@type":"NewsArticle","datePublished":"2024-05-31T08:00:00-04:00"}"""));

        Assert.Equal(new DateTimeOffset(2024, 6, 1, 12, 30, 0, TimeSpan.FromHours(2)), document.Metadata.Published);
        Assert.Equal(TimeSpan.FromHours(2), document.Metadata.Published!.Value.Offset);

        // A meta time without an offset that does not agree with JSON-LD keeps its clock time and stays marked.
        var unstated = Page("""<meta property="article:published_time" content="2024-06-01T09:15:00">"""
            + JsonLd("""{"@type":"NewsArticle","datePublished":"2024-06-01T12:30:00+02:00"}"""));
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 9, 15, 0, TimeSpan.Zero), unstated.Metadata.Published);
        Assert.True(unstated.Metadata.PublishedOffsetUnknown);
    }

    [Theory]
    [InlineData("2024-06-01T12:30:00")]     // the same clock time
    [InlineData("2024-06-01 12:30")]
    [InlineData("2024-06-01")]              // a date alone, the same day
    public void A_meta_date_without_an_offset_takes_the_offset_of_the_json_ld_date_that_agrees_with_it(string meta)
    {
        var document = Page($"""<meta property="article:published_time" content="{meta}">"""
            + JsonLd("""{"@type":"NewsArticle","datePublished":"2024-06-01T12:30:00+02:00"}"""));

        Assert.Equal("2024-06-01T12:30:00.0000000+02:00", document.Metadata.Published?.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(document.Metadata.PublishedOffsetUnknown);
    }

    [Fact]
    public void The_offset_of_the_modification_time_is_never_borrowed()
    {
        // Published in winter (+01:00), modified in summer (+02:00): the zone's offset is not one number.
        var document = Page("""
            <meta property="article:published_time" content="2024-01-15T09:00:00">
            <meta property="article:modified_time" content="2024-07-01T10:00:00+02:00">
            """ + JsonLd("""{"@type":"NewsArticle","dateModified":"2024-07-01T10:00:00+02:00"}"""));

        Assert.Equal(new DateTimeOffset(2024, 1, 15, 9, 0, 0, TimeSpan.Zero), document.Metadata.Published);
        Assert.True(document.Metadata.PublishedOffsetUnknown);
    }

    [Fact]
    public void An_unreadable_meta_date_gives_way_to_the_json_ld_date()
    {
        var document = Page("""<meta property="article:published_time" content="01/06/2024">"""
            + JsonLd("""{"@type":"NewsArticle","datePublished":"2024-06-01T12:30:00+02:00"}"""));
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 12, 30, 0, TimeSpan.FromHours(2)), document.Metadata.Published);
    }

    [Fact]
    public void In_a_graph_the_article_s_date_wins_over_the_web_page_s()
    {
        // The shape Yoast writes: the WebPage first, with its own dates, then the Article.
        var document = Page(JsonLd("""
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"https://example.com/#website","name":"Example Times"},
              {"@type":"WebPage","@id":"https://example.com/a","datePublished":"2024-06-02T08:00:00+00:00"},
              {"@type":"NewsArticle","@id":"https://example.com/a#article","isPartOf":{"@id":"https://example.com/a"},"datePublished":"2024-06-01T12:30:00+02:00"}]}
            """));
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 12, 30, 0, TimeSpan.FromHours(2)), document.Metadata.Published);

        var pageOnly = Page(JsonLd("""{"@graph":[{"@type":"WebPage","datePublished":"2024-06-02T08:00:00Z"}]}"""));
        Assert.Equal(new DateTimeOffset(2024, 6, 2, 8, 0, 0, TimeSpan.Zero), pageOnly.Metadata.Published);

        var mainEntity = Page(JsonLd("""{"@type":"WebPage","mainEntity":{"@type":"Article","datePublished":"2024-06-01T12:30:00+02:00"}}"""));
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 12, 30, 0, TimeSpan.FromHours(2)), mainEntity.Metadata.Published);
    }

    [Fact]
    public void The_dates_of_other_articles_the_json_ld_lists_are_not_the_page_s()
    {
        // A front page lists its stories, each with its own date.
        var document = Page(JsonLd("""
            {"@type":"ItemList","itemListElement":[
              {"@type":"ListItem","position":1,"item":{"@type":"NewsArticle","datePublished":"2024-05-30T10:00:00Z"}},
              {"@type":"ListItem","position":2,"item":{"@type":"NewsArticle","datePublished":"2024-05-29T10:00:00Z"}}]}
            """));
        Assert.Null(document.Metadata.Published);
    }

    [Fact]
    public void A_malformed_json_ld_block_is_passed_over_and_the_next_one_read()
    {
        var document = Page(JsonLd("""{"@type":"NewsArticle","datePublished":"2024-05-01T00:00:00Z",""")
            + JsonLd("""{"@type":"NewsArticle","datePublished":"2024-06-01T12:30:00+02:00"}"""));
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 12, 30, 0, TimeSpan.FromHours(2)), document.Metadata.Published);

        Assert.Null(Page(JsonLd("""{"@type":"NewsArticle","datePublished":"2024-06-01""")).Metadata.Published);
        Assert.Null(Page(JsonLd("""{"@type":"NewsArticle","datePublished":20240601}""")).Metadata.Published);
        Assert.Null(Page(JsonLd("""{"@type":"NewsArticle","datePublished":"sometime in June"}""")).Metadata.Published);
    }

    [Fact]
    public void The_byline_shows_a_stated_zone_and_none_where_the_page_stated_none()
    {
        string stated = HtmlRenderer.Render(Page("""<meta property="article:published_time" content="2024-06-01T10:30:00Z">"""));
        string unstated = HtmlRenderer.Render(Page("""<meta property="article:published_time" content="2024-06-01T10:30:00">"""));
        string dateOnly = HtmlRenderer.Render(Page("""<meta property="article:published_time" content="2024-06-01">"""));

        Assert.Contains("2024-06-01 10:30 UTC", stated, StringComparison.Ordinal);
        Assert.Contains("2024-06-01 10:30</p>", unstated, StringComparison.Ordinal);
        Assert.Contains("2024-06-01</p>", dateOnly, StringComparison.Ordinal);
        Assert.Contains("the page states no offset", ExplainHtmlRenderer.Render(Page("""<meta property="article:published_time" content="2024-06-01T10:30:00">""")), StringComparison.Ordinal);

        var json = System.Text.Json.JsonDocument.Parse(JsonRenderer.Render(Page("""<meta property="article:published_time" content="2024-06-01T10:30:00">"""))).RootElement.GetProperty("metadata");
        Assert.Equal("2024-06-01T10:30:00Z", json.GetProperty("published").GetString());
        Assert.True(json.GetProperty("publishedOffsetUnknown").GetBoolean());
    }
}
