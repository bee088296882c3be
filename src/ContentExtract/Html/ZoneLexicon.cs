using System.Collections.Frozen;
using ContentExtract.Segmentation;

namespace ContentExtract.Html;

/// <summary>
/// Class, id and itemprop vocabulary of page zones, in the names CMSs and themes use. Matched per
/// word of a class or id ("comment-list" → "comment", "list"), and per whole name with separators
/// removed ("article__body" → "articlebody"), never with a regex per element.
/// </summary>
internal static class ZoneLexicon
{
    /// <summary>Whole names (separators removed, lower case) that mark the article's own text.</summary>
    public static readonly FrozenSet<string> ArticleBodyNames = FrozenSet.ToFrozenSet(
        [
            "articlebody", "articlecontent", "articletext", "articlecopy", "articledetail", "articlemain", "articleentry", "articlewrap",
            "storybody", "storycontent", "storytext", "entrycontent", "entrybody", "postcontent", "postbody", "posttext", "postentry",
            "contentbody", "bodytext", "maintext", "newscontent", "newstext", "newsbody", "artcontent", "artibody", "articlecon",
            "trseditor", "detailcontent", "contenttext", "textcontent", "richtext", "articleparagraphs",
            "cmsbody", "blogpost", "singlecontent", "postarticle", "zoomtext", "contentmain", "mainbody",
        ]);

    /// <summary>Words of a class or id and the zone each marks.</summary>
    public static readonly FrozenDictionary<string, PageZone> ZoneWords = new Dictionary<string, PageZone>
    {
        ["comment"] = PageZone.Comments, ["comments"] = PageZone.Comments, ["disqus"] = PageZone.Comments, ["respond"] = PageZone.Comments,
        ["replies"] = PageZone.Comments, ["discussion"] = PageZone.Comments, ["pinglun"] = PageZone.Comments,
        ["related"] = PageZone.Related, ["recommended"] = PageZone.Related, ["recommend"] = PageZone.Related, ["recommendation"] = PageZone.Related,
        ["recommendations"] = PageZone.Related, ["trending"] = PageZone.Related, ["popular"] = PageZone.Related, ["mostread"] = PageZone.Related,
        ["mostpopular"] = PageZone.Related, ["outbrain"] = PageZone.Related, ["taboola"] = PageZone.Related, ["recirc"] = PageZone.Related,
        ["recirculation"] = PageZone.Related, ["teaser"] = PageZone.Related, ["teasers"] = PageZone.Related, ["morestories"] = PageZone.Related,
        ["readmore"] = PageZone.Related, ["readnext"] = PageZone.Related, ["xiangguan"] = PageZone.Related, ["tuijian"] = PageZone.Related,
        ["share"] = PageZone.Share, ["shares"] = PageZone.Share, ["sharing"] = PageZone.Share, ["sharebar"] = PageZone.Share, ["social"] = PageZone.Share,
        ["addthis"] = PageZone.Share, ["sociallinks"] = PageZone.Share, ["fenxiang"] = PageZone.Share, ["bdshare"] = PageZone.Share,
        ["ad"] = PageZone.Advertising, ["ads"] = PageZone.Advertising, ["advert"] = PageZone.Advertising, ["adverts"] = PageZone.Advertising,
        ["advertisement"] = PageZone.Advertising, ["advertising"] = PageZone.Advertising, ["sponsor"] = PageZone.Advertising,
        ["sponsored"] = PageZone.Advertising, ["dfp"] = PageZone.Advertising, ["adslot"] = PageZone.Advertising, ["adunit"] = PageZone.Advertising,
        ["guanggao"] = PageZone.Advertising,
        ["newsletter"] = PageZone.Promotion, ["subscribe"] = PageZone.Promotion, ["subscription"] = PageZone.Promotion, ["signup"] = PageZone.Promotion,
        ["promo"] = PageZone.Promotion, ["cookie"] = PageZone.Promotion, ["cookies"] = PageZone.Promotion, ["consent"] = PageZone.Promotion,
        ["gdpr"] = PageZone.Promotion, ["modal"] = PageZone.Promotion, ["popup"] = PageZone.Promotion, ["overlay"] = PageZone.Promotion,
        ["paywallprompt"] = PageZone.Promotion,
        ["nav"] = PageZone.Navigation, ["navbar"] = PageZone.Navigation, ["navigation"] = PageZone.Navigation, ["menu"] = PageZone.Navigation,
        ["menubar"] = PageZone.Navigation, ["topbar"] = PageZone.Navigation, ["skiplink"] = PageZone.Navigation, ["pagination"] = PageZone.Navigation,
        ["pager"] = PageZone.Navigation, ["daohang"] = PageZone.Navigation,
        ["footer"] = PageZone.Footer, ["foot"] = PageZone.Footer, ["copyright"] = PageZone.Footer, ["colophon"] = PageZone.Footer,
        ["masthead"] = PageZone.Header, ["siteheader"] = PageZone.Header,
        ["sidebar"] = PageZone.Sidebar, ["rail"] = PageZone.Sidebar, ["aside"] = PageZone.Sidebar,
        ["byline"] = PageZone.Byline, ["bylines"] = PageZone.Byline, ["dateline"] = PageZone.Byline, ["timestamp"] = PageZone.Byline,
        ["author"] = PageZone.Byline, ["authors"] = PageZone.Byline, ["postmeta"] = PageZone.Byline, ["articlemeta"] = PageZone.Byline,
        ["entrymeta"] = PageZone.Byline, ["pubdate"] = PageZone.Byline, ["publishdate"] = PageZone.Byline, ["published"] = PageZone.Byline,
        ["caption"] = PageZone.Caption, ["figcaption"] = PageZone.Caption, ["credit"] = PageZone.Caption, ["credits"] = PageZone.Caption,
        ["wpcaptiontext"] = PageZone.Caption, ["photocredit"] = PageZone.Caption,
        ["breadcrumb"] = PageZone.Breadcrumb, ["breadcrumbs"] = PageZone.Breadcrumb, ["crumb"] = PageZone.Breadcrumb, ["crumbs"] = PageZone.Breadcrumb,
        ["tags"] = PageZone.Tags, ["taglist"] = PageZone.Tags, ["topics"] = PageZone.Tags, ["keywords"] = PageZone.Tags,
        ["dek"] = PageZone.Dek, ["standfirst"] = PageZone.Dek, ["subheadline"] = PageZone.Dek,
    }.ToFrozenDictionary();

    /// <summary>
    /// Words of a class or id that mark a block of customer reviews: a comment thread by another name, read as one only
    /// outside an article (see <see cref="ZoneClassifier"/>), since a critic's review is an article that names itself so.
    /// </summary>
    public static readonly FrozenSet<string> ReviewWords = FrozenSet.ToFrozenSet(["review", "reviews"]);

    /// <summary>
    /// Words that make a name describe a behaviour or a control rather than a zone: "modal-enabled",
    /// "share-button", "comments-count", "menu-toggle", "has-sidebar".
    /// </summary>
    public static readonly FrozenSet<string> ModifierWords = FrozenSet.ToFrozenSet(
        [
            "enabled", "disabled", "trigger", "close", "open", "opened", "active", "toggle", "toggler", "btn", "button", "icon", "icons", "count", "counter",
            "link", "has", "with", "no", "hide", "show", "visible", "hidden", "is", "js", "lazy", "video", "fullpage", "label", "text", "title", "img", "image",
        ]);

    /// <summary>itemprop values of visible metadata (dates, authors, publisher) that gold article bodies leave out.</summary>
    public static readonly FrozenSet<string> MetadataItemProps = FrozenSet.ToFrozenSet(
        ["datePublished", "dateModified", "dateCreated", "author", "publisher", "creator", "url", "keywords"], StringComparer.OrdinalIgnoreCase);

    /// <summary>ARIA roles that name a zone.</summary>
    public static readonly FrozenDictionary<string, PageZone> RoleZones = new Dictionary<string, PageZone>(StringComparer.OrdinalIgnoreCase)
    {
        ["navigation"] = PageZone.Navigation, ["banner"] = PageZone.Header, ["contentinfo"] = PageZone.Footer, ["complementary"] = PageZone.Sidebar,
        ["dialog"] = PageZone.Promotion, ["alertdialog"] = PageZone.Promotion, ["search"] = PageZone.Navigation, ["menu"] = PageZone.Navigation,
        ["menubar"] = PageZone.Navigation, ["article"] = PageZone.None, ["main"] = PageZone.None,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
