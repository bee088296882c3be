using AngleSharp.Html.Parser;
using ContentExtract.Html;
using ContentExtract.Segmentation;

namespace ContentExtract.Tests.Html;

public sealed class ZoneClassifierTests
{
    private static PageZone ZoneOf(string html, bool insideArticle = false, bool readsReviews = false)
    {
        var document = new HtmlParser().ParseDocument($"<html><body>{html}</body></html>");
        var element = document.Body!.FirstElementChild!;
        return ZoneClassifier.Classify(element, ElementAttributes.Of(element), insideArticle, readsReviews);
    }

    [Theory]
    [InlineData("<div class=\"comment-list\"></div>", "Comments")]
    [InlineData("<div id=\"disqus_thread\"></div>", "Comments")]
    [InlineData("<section class=\"related-articles\"></section>", "Related")]
    [InlineData("<div class=\"shareBar\"></div>", "Share")]
    [InlineData("<div class=\"ad-slot top\"></div>", "Advertising")]
    [InlineData("<div class=\"newsletter-signup\"></div>", "Promotion")]
    [InlineData("<nav></nav>", "Navigation")]
    [InlineData("<div role=\"navigation\"></div>", "Navigation")]
    [InlineData("<footer></footer>", "Footer")]
    [InlineData("<aside></aside>", "Sidebar")]
    [InlineData("<figcaption></figcaption>", "Caption")]
    [InlineData("<p class=\"byline\"></p>", "Byline")]
    [InlineData("<span itemprop=\"datePublished\"></span>", "Byline")]
    [InlineData("<div class=\"breadcrumbs\"></div>", "Breadcrumb")]
    [InlineData("<div class=\"xiangguan\"></div>", "Related")]
    public void Furniture_is_named_by_tag_role_class_id_and_itemprop(string html, string zone) => Assert.Equal(Enum.Parse<PageZone>(zone), ZoneOf(html));

    [Theory]
    [InlineData("<div itemprop=\"articleBody\"></div>")]
    [InlineData("<div class=\"article__body\"></div>")]
    [InlineData("<div class=\"entry-content\"></div>")]
    [InlineData("<div class=\"TRS_Editor\"></div>")]
    [InlineData("<article class=\"story-body\"></article>")]
    public void Article_bodies_are_recognised(string html) => Assert.Equal(PageZone.ArticleBody, ZoneOf(html));

    [Theory]
    [InlineData("<div class=\"box article modal-enabled\"></div>")]
    [InlineData("<div class=\"no-share post\"></div>")]
    [InlineData("<div class=\"header\"></div>")]
    [InlineData("<div class=\"download\"></div>")]
    [InlineData("<a class=\"share-button\"></a>")]
    [InlineData("<main class=\"sidebar-layout\"></main>")]
    public void Behaviour_flags_ordinary_words_and_structural_wrappers_are_not_furniture(string html) => Assert.Equal(PageZone.None, ZoneOf(html));

    [Fact]
    public void Header_footer_and_aside_inside_an_article_belong_to_it_unless_named_otherwise()
    {
        Assert.Equal(PageZone.None, ZoneOf("<header></header>", insideArticle: true));
        Assert.Equal(PageZone.None, ZoneOf("<aside class=\"pullquote\"></aside>", insideArticle: true));
        Assert.Equal(PageZone.Promotion, ZoneOf("<aside class=\"newsletter\"></aside>", insideArticle: true));
    }

    [Theory]
    [InlineData("<section class=\"product-reviews\"></section>")]
    [InlineData("<div id=\"reviews\"></div>")]
    [InlineData("<div class=\"ReviewList\"></div>")]
    public void Customer_reviews_are_a_thread_where_the_page_reads_them_so(string html)
    {
        Assert.Equal(PageZone.Comments, ZoneOf(html, readsReviews: true));
        Assert.Equal(PageZone.None, ZoneOf(html, insideArticle: true, readsReviews: true));
        Assert.Equal(PageZone.None, ZoneOf(html));
    }

    [Theory]
    [InlineData("<div class=\"preview\"></div>")]
    [InlineData("<div class=\"review-count\"></div>")]
    [InlineData("<div class=\"reviewed-by\"></div>")]
    public void Words_that_only_contain_review_or_count_reviews_are_no_thread(string html) => Assert.Equal(PageZone.None, ZoneOf(html, readsReviews: true));

    [Fact]
    public void A_page_memo_of_class_and_id_values_answers_as_reading_each_one()
    {
        // The same values again and again, asked with and without customer reviews read as comments: the memo must keep
        // the two readings apart ("product-reviews" is a thread only where reviews are read so).
        var document = new HtmlParser().ParseDocument(
            "<html><body><section class=\"product-reviews\"></section><div class=\"comment-list\"></div><div class=\"product-reviews\"></div>"
            + "<div id=\"reviews\"></div><div class=\"entry-content\"></div><div class=\"comment-list\"></div></body></html>");
        var memo = new ZoneClassifier.NameMemo();
        foreach (bool readsReviews in new[] { false, true, false, true })
        {
            foreach (var element in document.Body!.Children)
            {
                var names = ElementAttributes.Of(element);
                Assert.Equal(ZoneClassifier.Classify(element, names, false, readsReviews), ZoneClassifier.Classify(element, names, false, readsReviews, memo));
            }
        }

        Assert.Equal(PageZone.Comments, ZoneClassifier.Classify(document.Body!.Children[2], ElementAttributes.Of(document.Body!.Children[2]), false, true, memo));
    }
}
