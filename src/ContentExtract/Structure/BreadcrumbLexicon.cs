using System.Buffers;
using System.Collections.Frozen;

namespace ContentExtract.Structure;

/// <summary>The words around breadcrumb trails, in the languages the corpora show, and the names CMSs give their containers.</summary>
internal static class BreadcrumbLexicon
{
    /// <summary>Labels that introduce a trail, longest first so that a longer label wins.</summary>
    public static readonly string[] LeadIns =
    [
        "您当前的位置", "您现在的位置", "您所在的位置", "你当前的位置", "你现在的位置", "你所在的位置", "您当前位置", "您的当前位置", "当前所在位置",
        "您所在位置", "您的位置", "你的位置", "当前位置", "所在位置", "现在位置", "目前位置", "当前的位置", "所在的位置", "位置",
        "You are here", "You're here", "You are in", "Current location", "Current page", "Location", "Breadcrumbs", "Breadcrumb",
        "Sie befinden sich hier", "Sie sind hier", "Du bist hier", "Pfadnavigation", "Vous êtes ici", "Usted está aquí", "Estás aquí", "Você está aqui",
        "Ti trovi in", "Sei qui", "U bent hier", "Jesteś tutaj", "Olet tässä", "Вы находитесь здесь", "Вы здесь",
    ];

    /// <summary>The first letters of <see cref="LeadIns"/> in either case, to pass over most lines without trying every label.</summary>
    public static readonly SearchValues<char> LeadInInitials = SearchValues.Create(
        string.Concat(LeadIns.Select(leadIn => $"{char.ToLowerInvariant(leadIn[0])}{char.ToUpperInvariant(leadIn[0])}")));

    /// <summary>Markers a trail ends with in place of the current page's name.</summary>
    public static readonly string[] CurrentPageMarkers =
    [
        "资讯正文", "新闻正文", "文章正文", "文章详情", "新闻详情", "详细内容", "正文内容", "内容详情", "阅读文章", "正文", "详情", "内容", "浏览文章",
    ];

    /// <summary>
    /// Markers that name the article page and nothing else, so that a lone "新华网 正文" reads as a one-item
    /// trail; "详情" and "内容" also end ordinary links ("查看 详情").
    /// </summary>
    public static readonly FrozenSet<string> ArticlePageMarkers = FrozenSet.ToFrozenSet(["正文", "资讯正文", "新闻正文", "文章正文"]);

    /// <summary>
    /// Words of a feed or subscription control that pages print right after their trail ("订阅RSS", "RSS-Feed",
    /// "Subscribe"); no section of a site is named so, so an item holding one is the control, not a crumb.
    /// </summary>
    public static readonly Text.PhraseSet FeedControlWords = Text.PhraseSet.Create(["RSS", "订阅", "訂閱", "Subscribe", "Abonnieren", "S'abonner", "Suscríbete"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Separators between items, longest first so that "&gt;&gt;" is not read as two "&gt;". A hyphen separates only
    /// with spaces around it: "Spin-off" and "1-10月" are words.
    /// </summary>
    public static readonly string[] Separators = [">>", "->", "＞＞", "»", "›", "→", "＞", ">", "〉", "/", "|", "／", "｜", "::", " - "];

    /// <summary>Every character a separator is made of, to tell a run of separators from an item.</summary>
    public static readonly SearchValues<char> SeparatorChars = SearchValues.Create(">»›→＞〉/|／｜:-");

    /// <summary>Separators that mark a trail even without a lead-in; "/" and "|" also separate menus.</summary>
    public static bool IsDirectional(string separator) => separator is not "/" and not "|" and not "／" and not "｜" and not " - " and not "::";

    /// <summary>Names of a site's front page, which a trail without a lead-in usually starts with.</summary>
    public static readonly string[] HomeNames = ["首页", "网站首页", "主页", "Home", "Homepage", "Startseite", "Accueil", "Inicio", "Início", "Главная"];

    /// <summary>
    /// The last word of a class or id (split at '-', '_' and case changes) that names a breadcrumb container: the
    /// English words, and the pinyin Chinese CMSs use for 位置 (weizhi), 当前位置 (dqwz), 路径 (lujing) and 面包屑
    /// (mianbaoxie). "news-position" and "ep-path" name one; "elementor-location-header" names a header.
    /// </summary>
    public static readonly FrozenSet<string> ContainerNameWords = FrozenSet.ToFrozenSet(
        [
            "breadcrumb", "breadcrumbs", "crumb", "crumbs", "position", "location", "path", "navpath", "sitepath", "curpath", "pagepath",
            "curpos", "nowpos", "weizhi", "dqwz", "lujing", "mianbaoxie", "mbx", "youarehere",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Parts every one of <see cref="ContainerNameWords"/> holds, to pass over most names without splitting them into words.</summary>
    public static readonly Text.PhraseSet ContainerNameHints = Text.PhraseSet.Create(
        ["crumb", "position", "location", "path", "pos", "weizhi", "dqwz", "lujing", "mianbao", "mbx", "youarehere"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Words of a container name that say breadcrumb outright, enough for a trail of one item.</summary>
    public static readonly FrozenSet<string> StrongContainerNameWords = FrozenSet.ToFrozenSet(
        ["breadcrumb", "breadcrumbs", "crumb", "crumbs", "mianbaoxie", "mbx"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may follow the trail word in a container's name: "breadcrumb-nav", "c-breadcrumb__list", "position_box".</summary>
    public static readonly FrozenSet<string> ContainerWords = FrozenSet.ToFrozenSet(
        ["nav", "navigation", "list", "wrapper", "wrap", "container", "box", "bar", "area", "inner", "outer", "block", "holder", "links", "trail", "section", "module", "widget", "con", "cont", "main"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>What an aria-label says when it labels a trail.</summary>
    public static readonly Text.PhraseSet AriaLabelParts = Text.PhraseSet.Create(
        ["crumb", "面包屑", "当前位置", "您的位置", "brotkrum", "brotkrüm", "pfadnavigation", "fil d'ariane", "migas", "you are here"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Classes that hide an element from sight (a label for screen readers, a microdata position).</summary>
    public static readonly FrozenSet<string> HiddenClassNames = FrozenSet.ToFrozenSet(
        ["hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "element-invisible", "invisible", "is-hidden", "u-hidden"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Arrows that open a link back to the previous page ("‹ Zurück", "« Back"), not a trail item.</summary>
    public static readonly SearchValues<char> BackArrows = SearchValues.Create("‹«←<");
}
