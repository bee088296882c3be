using AngleSharp.Html.Parser;
using ContentExtract.Html;

namespace ContentExtract.Tests.Html;

public sealed class HtmlBreadcrumbReaderTests
{
    private static readonly Uri Base = new("https://news.example.cn/local/2024/05/12/article.html");

    private static IReadOnlyList<BreadcrumbItem> Read(string body, string head = "", Uri? baseUrl = null)
    {
        var document = new HtmlParser().ParseDocument($"<html><head>{head}</head><body>{body}</body></html>");
        return HtmlBreadcrumbReader.Read(document, baseUrl ?? Base);
    }

    private static string[] Texts(IReadOnlyList<BreadcrumbItem> items) => items.Select(i => i.Text).ToArray();

    [Fact]
    public void A_chinese_cms_position_box_gives_its_items_without_lead_in_separators_and_marker()
    {
        var items = Read("""<div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="../../">乡镇动态</a> &gt; 正文</div>""");

        Assert.Equal(["首页", "乡镇动态"], Texts(items));
        Assert.Equal("https://news.example.cn/", items[0].Url);
        Assert.Equal("https://news.example.cn/local/2024/", items[1].Url);
    }

    [Theory]
    [InlineData("""<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/local/">本地新闻</a> &gt; <a href="/rss/">订阅本站</a> <a href="/">网站首页</a></div>""", "首页|新闻中心|本地新闻")]
    [InlineData("""<div class="crumbs"><a href="/">首页</a> &gt; <a href="/news/">新闻</a> &gt; 正文 <a href="/join/">申请入驻</a></div>""", "首页|新闻")]
    [InlineData("""<div class="breadcrumb"><a href="/">Home</a> / <a href="/forum/">Forum</a> / <a href="/forum/cars/">Cars</a> (1031 Views)</div>""", "Home|Forum|Cars")]
    public void Items_after_the_last_crumb_with_no_separator_before_them_are_controls_beside_the_trail(string body, string expected)
    {
        Assert.Equal(expected.Split('|'), Texts(Read(body)));
    }

    [Theory]
    [InlineData("""<ul class="breadcrumb"><li><a href="/">Home</a></li><li>/</li><li><a href="/forum/">Forum</a></li><li><a href="/forum/phones/">Phones</a></li></ul>""", "Home|Forum|Phones")]
    [InlineData("""<div class="breadcrumb"><a href="/">Home</a> / Archives for <a href="/recipes/">Recipes</a> / <a href="/recipes/quick/">Quick</a></div>""", "Home|Archives for|Recipes|Quick")]
    public void Crumbs_in_list_items_of_their_own_or_after_a_label_stay_in_the_trail(string body, string expected)
    {
        Assert.Equal(expected.Split('|'), Texts(Read(body)));
    }

    [Theory]
    [InlineData("weizhi")]
    [InlineData("dqwz")]
    [InlineData("news_path")]
    [InlineData("artDet_crumbs")]
    [InlineData("contentBreadcrumbs2")]
    [InlineData("breadcrumbs-3K4SWxEh")]
    [InlineData("location")]
    [InlineData("c-breadcrumb__list")]
    public void Containers_are_known_by_the_names_cms_give_them(string name)
    {
        var items = Read($"""<div class="{name}"><a href="/">首页</a> &gt; <a href="/town/">乡镇</a> &gt; <a href="/town/traffic/">交通</a></div>""");

        Assert.Equal(["首页", "乡镇", "交通"], Texts(items));
    }

    [Theory]
    [InlineData("""<div class="elementor-location-header"><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/about">About</a></div>""")]
    [InlineData("""<ul class="menu"><li class="pos_1"><a href="/">Home</a></li><li class="pos_2"><a href="/news">News</a></li></ul>""")]
    [InlineData("""<div class="location">London</div>""")]
    [InlineData("""<div class="position-relative"><a href="/a">Alpha</a> <a href="/b">Beta</a></div>""")]
    [InlineData("""<div class="location"><a href="/paris">Paris</a>, <a href="/france">France</a></div>""")]
    [InlineData("""<div class="breadcrumb" style="display:none"><a href="/">Home</a> › <a href="/news">News</a></div>""")]
    public void Names_that_only_contain_a_trail_word_and_lists_that_are_not_trails_give_nothing(string body)
    {
        Assert.Empty(Read(body));
    }

    [Fact]
    public void A_nav_labelled_breadcrumb_keeps_the_unlinked_current_page()
    {
        var items = Read("""
            <nav aria-label="Breadcrumb"><ol>
              <li><a href="/">Home</a></li>
              <li><a href="/sport/">Sport</a></li>
              <li aria-current="page">Eastbrook rowers win the county cup</li>
            </ol></nav>
            """);

        Assert.Equal(["Home", "Sport", "Eastbrook rowers win the county cup"], Texts(items));
        Assert.Equal("https://news.example.cn/sport/", items[1].Url);
        Assert.Null(items[2].Url);
    }

    [Fact]
    public void A_header_bar_holding_a_search_box_is_passed_over_for_the_trail_inside_it_with_its_logo_text()
    {
        var items = Read("""
            <div class="path-search">
              <div class="path">
                <h1 class="channel-logo"><a href="https://news.example.cn/"><span>新闻中心</span></a></h1>
                <div class="channel-path"><a href="/china/"> 国内新闻</a><span class="spliter">&gt;</span><span>正文</span></div>
              </div>
              <form action="/search"><input name="q" value="请输入关键词"><button>搜索</button></form>
            </div>
            """);

        Assert.Equal(["新闻中心", "国内新闻"], Texts(items));
    }

    [Fact]
    public void Images_between_items_separate_them_and_an_unlinked_first_item_counts()
    {
        var items = Read("""<div class="weizhi"><span>首页</span><img src="arrow.png"> <span><a href="/flash/">快讯</a><img src="arrow.png"> <a href="/flash/firms/">公司</a></span></div>""");

        Assert.Equal(["首页", "快讯", "公司"], Texts(items));
        Assert.Null(items[0].Url);
    }

    [Fact]
    public void Json_ld_states_the_trail_in_position_order()
    {
        const string head = """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},
             {"@type":"BreadcrumbList","itemListElement":[
               {"@type":"ListItem","position":2,"name":"Politik","item":"https://example.de/politik/"},
               {"@type":"ListItem","position":1,"name":"Startseite","item":{"@id":"https://example.de/"}}]}]}
            </script>
            """;

        var items = Read("<p>Kein sichtbarer Pfad.</p>", head);

        Assert.Equal(["Startseite", "Politik"], Texts(items));
        Assert.Equal("https://example.de/", items[0].Url);
    }

    [Fact]
    public void The_shown_trail_wins_over_json_ld_when_it_holds_every_stated_item()
    {
        const string head = """
            <script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[
              {"@type":"ListItem","position":1,"name":"Technik","item":"https://example.de/technik/"},
              {"@type":"ListItem","position":2,"name":"Freizeit","item":"https://example.de/freizeit/"}]}</script>
            """;

        var items = Read("""<nav id="breadcrumb"><a href="/">Home</a> › <a href="/technik/">Technik</a> › <span>Freizeit</span></nav>""", head);

        Assert.Equal(["Home", "Technik", "Freizeit"], Texts(items));
        Assert.Equal("https://example.de/freizeit/", items[2].Url);
    }

    [Fact]
    public void Json_ld_wins_over_a_shown_trail_that_disagrees_with_it()
    {
        const string head = """
            <script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[
              {"@type":"ListItem","position":1,"name":"Start","item":"https://example.de/"},
              {"@type":"ListItem","position":2,"name":"Kultur","item":"https://example.de/kultur/"}]}</script>
            """;

        var items = Read("""<div class="breadcrumb"><a href="/">Tagblatt</a> › <a href="/abo">Abonnieren</a></div>""", head);

        Assert.Equal(["Start", "Kultur"], Texts(items));
    }

    [Fact]
    public void Microdata_read_as_shown_keeps_the_unlinked_current_section_and_drops_hidden_positions()
    {
        var items = Read("""
            <div class="breadCrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
              <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/">Business News<meta itemprop="name" content="Business News"></a><span itemprop="position" class="hidden">1</span></span>
              &rsaquo;
              <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/tech">Tech<meta itemprop="name" content="Tech"></a><meta itemprop="position" content="2"></span>
              &rsaquo; <span>Hardware</span>
            </div>
            """);

        Assert.Equal(["Business News", "Tech", "Hardware"], Texts(items));
    }

    [Fact]
    public void Labels_for_screen_readers_back_links_and_dropdowns_are_not_items()
    {
        var items = Read("""
            <div class="breadcrumbs">
              <span class="trail-before">Sie befinden sich hier:</span>
              <ul>
                <li><a href="/">Startseite</a><ul class="dropdown"><li><a href="/a">Archiv</a></li><li><a href="/b">Blog</a></li></ul></li>
                <li><a href="/presse/">Presse</a></li>
              </ul>
              <a href="javascript:history.back()">‹ Zurück</a>
            </div>
            """);

        Assert.Equal(["Startseite", "Presse"], Texts(items));
    }

    [Fact]
    public void A_long_current_page_title_after_a_separator_ends_the_trail_and_is_no_crumb()
    {
        var items = Read("""<div class="breadcrumb"><a href="/">Home</a> <a href="/news/">News</a> &gt; Eastbrook opens three new bridges ahead of schedule - a spring surprise</div>""");

        Assert.Equal(["Home", "News"], Texts(items));
    }

    [Theory]
    [InlineData("""<h1>Eastbrook rowers win the county cup</h1>""", "")]
    [InlineData("", "<title>Eastbrook rowers win the county cup | Eastbrook Gazette</title>")]
    public void The_page_headline_closing_a_trail_is_no_crumb(string headline, string head)
    {
        var items = Read($"""
            <nav aria-label="Breadcrumb"><ol>
              <li><a href="/">Home</a></li>
              <li><a href="/sport/">Sport</a></li>
              <li aria-current="page">Eastbrook rowers win the county cup</li>
            </ol></nav>
            {headline}
            """, head);

        Assert.Equal(["Home", "Sport"], Texts(items));
    }

    [Fact]
    public void Links_stay_relative_when_no_address_is_known()
    {
        var document = new HtmlParser().ParseDocument("""<html><body><div class="crumbs"><a href="/">Home</a> / <a href="/news/">News</a></div></body></html>""");

        var items = HtmlBreadcrumbReader.Read(document, null);

        Assert.Equal("/news/", items[1].Url);
    }

    [Fact]
    public void The_canonical_address_resolves_links_when_the_caller_gives_none()
    {
        var document = new HtmlParser().ParseDocument("""<html><head><link rel="canonical" href="https://news.example.cn/a/b.html"></head><body><div class="crumbs"><a href="/">Home</a> / <a href="../news/">News</a></div></body></html>""");

        var items = HtmlBreadcrumbReader.Read(document, null);

        Assert.Equal("https://news.example.cn/news/", items[1].Url);
    }

    [Fact]
    public void The_extracted_page_keeps_the_trail_and_leaves_its_text_out_of_the_content()
    {
        const string html = """
            <html><head><title>溪口镇三座新桥全部通车_乡镇动态_溪口网</title>
            <meta property="og:title" content="溪口镇三座新桥全部通车_溪口网"></head><body>
            <div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/town/">乡镇</a></div>
            <div class="crumbs"><span>您的位置：</span><a href="/">首页</a> &gt; <a href="/town/">乡镇动态</a> &gt; 正文</div>
            <h1>溪口镇三座新桥全部通车</h1>
            <div class="info">2024-05-12 09:05 来源：溪口网</div>
            <p>溪口镇今年新建的三座桥梁已全部通车，沿线四个村的村民出行时间平均缩短了二十分钟，镇里还在桥头新设了公交站点。</p>
            <p>据镇交通办介绍，三座桥梁总投资一千二百万元，由县交通局和镇政府共同出资建设，从去年九月开工到今年五月完工。</p>
            <p>下一步，镇里将继续推进农村公路提档升级，计划年内再完成十五公里道路的拓宽改造，方便群众出行和农产品外运。</p>
            </body></html>
            """;

        var document = ContentExtractor.Default.ExtractHtml(html, new PageInfo { Url = new Uri("https://www.xikou.example.cn/town/2024/0512/1.html") });

        Assert.Equal(["首页", "乡镇动态"], document.Breadcrumb.Select(b => b.Text));
        Assert.Equal("https://www.xikou.example.cn/town/", document.Breadcrumb[1].Url);
        Assert.DoesNotContain("您的位置", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("乡镇动态", document.Text, StringComparison.Ordinal);
        Assert.Equal("溪口镇三座新桥全部通车", document.Title);
    }

    [Fact]
    public void The_visible_headline_that_the_stated_title_agrees_with_is_the_title()
    {
        const string html = """
            <html><head><title>Eastbrook opens three new bridges | Eastbrook Gazette</title>
            <meta property="og:title" content="Eastbrook opens three new bridges - Eastbrook Gazette"></head><body>
            <h1 class="logo">Eastbrook Gazette</h1>
            <h1 class="headline">Eastbrook opens three new bridges</h1>
            <p>All three bridges that Eastbrook began building last autumn are now open to traffic, cutting the trip to town for four villages by about twenty minutes.</p>
            <p>The bridges cost 1.2 million pounds, shared between the county and the town council, and were finished two months ahead of schedule this spring.</p>
            </body></html>
            """;

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Equal("Eastbrook opens three new bridges", document.Title);
    }

    [Fact]
    public void The_survey_reads_declared_types_on_every_element_and_json_ld_only_where_the_reader_sees_it()
    {
        // The survey's one walk: declared types from the head, hidden parts and the root element too; its JSON-LD list
        // (for the trail and the article's facts) only from the head and what a reader sees.
        var document = new HtmlParser().ParseDocument("""
            <html itemscope itemtype="https://schema.org/WebPage"><head>
            <script type="application/ld+json">{"@type": "NewsArticle"}</script></head>
            <body><div hidden><script type="application/ld+json">{"@type": ["QAPage"]}</script>
            <span itemscope itemtype="https://schema.org/Product"></span></div>
            <h1>Harbour plan approved</h1>
            <script type="application/ld+json">{"@type": "CollectionPage"}</script></body></html>
            """);

        var survey = HtmlBreadcrumbReader.Survey(document);

        Assert.Equal(DeclaredTypes.Article | DeclaredTypes.Discussion | DeclaredTypes.Product | DeclaredTypes.Collection, survey.DeclaredTypes);
        Assert.Equal(2, survey.JsonLd.Count);
        Assert.Contains("NewsArticle", survey.JsonLd[0], StringComparison.Ordinal);
        Assert.Contains("CollectionPage", survey.JsonLd[1], StringComparison.Ordinal);
        Assert.Equal("Harbour plan approved", Assert.Single(survey.Headlines[0]));
    }

    [Fact]
    public void Each_headline_is_read_on_its_own_after_one_too_long_to_be_a_headline()
    {
        // The survey reads every headline with one stack and one text: a reading stopped halfway (the titled wrapper's text is
        // longer than a headline) leaves nothing behind for the next.
        string wrapper = string.Concat(Enumerable.Range(0, 60).Select(i => $"<p>Paragraph {i} of the story <b>in</b> the titled wrapper.</p>"));
        var document = new HtmlParser().ParseDocument($"""
            <html><body>
            <div class="title-wrapper">{wrapper}</div>
            <h1>Harbour plan approved</h1>
            <h2>What <em>happens</em> next</h2>
            <span class="headline">Council votes 7-2</span>
            </body></html>
            """);

        var survey = HtmlBreadcrumbReader.Survey(document);

        Assert.Equal("Harbour plan approved", Assert.Single(survey.Headlines[0]));
        Assert.Equal("What happens next", Assert.Single(survey.Headlines[1]));
        Assert.Equal("Council votes 7-2", Assert.Single(survey.Headlines[2]));
    }

    [Fact]
    public void Every_json_ld_script_is_parsed_once_for_the_facts_the_trail_and_the_stated_text()
    {
        // The first script states the article (its author, its date, its body), the third its trail, and the second is
        // broken: the trail's reader reads all three, the others stop at the first, and none parses a script again.
        var document = new HtmlParser().ParseDocument("""
            <html><head><script type="application/ld+json">{"@graph": [
              {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Mara Lind"}, "datePublished": "2024-05-02",
               "articleBody": "Dredgers began clearing silt from the harbour mouth on Monday."}]}</script>
            <script type="application/ld+json">{"@type": "NewsArticle", "broken": </script>
            <script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "News", "item": "https://example.org/news"},
                {"@type": "ListItem", "position": 2, "name": "Harbour", "item": "https://example.org/news/harbour"}]}</script></head>
            <body><h1>Harbour dredging starts</h1></body></html>
            """);

        using var survey = HtmlBreadcrumbReader.Survey(document);
        var facts = JsonLdArticleReader.Read(survey.JsonLd, survey.ParsedJsonLd);
        var trail = HtmlBreadcrumbReader.Read(document, survey, null);
        string? stated = JsonLdArticleReader.ReadStatedText(survey.StatingScripts, survey.ParsedJsonLd);

        Assert.Equal("Mara Lind", facts.People);
        Assert.NotNull(facts.Published);
        Assert.Equal(["News", "Harbour"], trail.Select(item => item.Text));
        Assert.Equal("Dredgers began clearing silt from the harbour mouth on Monday.", stated);
        Assert.Equal(3, survey.ParsedJsonLd.ParseCount);
    }

    [Fact]
    public void A_script_is_parsed_on_the_first_reading_and_a_broken_one_is_remembered_as_broken()
    {
        using var parsed = new JsonLdDocuments();
        string script = """{"@type": "NewsArticle"}""";
        string broken = """{"@type": """;

        var first = parsed.Parse(script);
        Assert.NotNull(first);
        Assert.Same(first, parsed.Parse(script));
        Assert.Null(parsed.Parse(broken));
        Assert.Null(parsed.Parse(broken));
        Assert.Equal(2, parsed.ParseCount);
    }
}
