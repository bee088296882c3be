namespace ContentExtract.Structure;

/// <summary>The words around breadcrumb trails, in the languages the corpora show.</summary>
internal static class BreadcrumbLexicon
{
    /// <summary>Labels that introduce a trail, longest first so that a longer label wins.</summary>
    public static readonly string[] LeadIns =
    [
        "您当前的位置", "您现在的位置", "你当前的位置", "你现在的位置", "您当前位置", "您的当前位置", "当前所在位置",
        "您的位置", "你的位置", "当前位置", "所在位置", "现在位置", "目前位置", "位置",
        "You are here", "You're here", "You are in", "Current location", "Current page", "Location", "Breadcrumbs", "Breadcrumb",
        "Sie sind hier", "Vous êtes ici", "Usted está aquí", "Estás aquí", "Você está aqui", "Вы здесь",
    ];

    /// <summary>Markers a trail ends with in place of the current page's name.</summary>
    public static readonly string[] CurrentPageMarkers =
    [
        "资讯正文", "新闻正文", "文章正文", "文章详情", "新闻详情", "详细内容", "正文内容", "内容详情", "阅读文章", "正文", "详情", "内容", "浏览文章",
    ];

    /// <summary>Separators between items, longest first so that "&gt;&gt;" is not read as two "&gt;".</summary>
    public static readonly string[] Separators = [">>", "->", "＞＞", "»", "›", "→", "＞", ">", "〉", "/", "|", "／", "｜", "::", "-"];

    /// <summary>Separators that mark a trail even without a lead-in; "/" and "|" also separate menus.</summary>
    public static bool IsDirectional(string separator) => separator is not "/" and not "|" and not "／" and not "｜" and not "-" and not "::";

    /// <summary>Names of a site's front page, which a trail without a lead-in usually starts with.</summary>
    public static readonly string[] HomeNames = ["首页", "网站首页", "主页", "Home", "Homepage", "Startseite", "Accueil", "Inicio", "Início", "Главная"];
}
