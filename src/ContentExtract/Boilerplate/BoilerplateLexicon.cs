using System.Buffers;
using System.Collections.Frozen;

namespace ContentExtract.Boilerplate;

/// <summary>
/// Phrases of page furniture — comment prompts, share bars, copyright lines, subscription boxes —
/// and the headings after which an article never continues. Matched with one multi-string search
/// per short block, never with a regex per block.
/// </summary>
internal static class BoilerplateLexicon
{
    /// <summary>
    /// Phrases that only page furniture uses — comment rules, copyright and licence lines — so they
    /// mark a block of up to a few sentences, not only a short one.
    /// </summary>
    public static readonly Text.PhraseSet StrongFurniturePhrases = Text.PhraseSet.Create(
        [
            "文明上网", "文明发言", "理性发言", "遵守相关规定", "遵守互联网", "版权所有", "版权声明", "免责声明", "转载请注明", "禁止转载", "ICP备", "ICP证", "公网安备", "违法和不良信息",
            "All rights reserved", "Copyright ©", "© Copyright", "Copyright ⓒ", "Copyright (c)", "Privacy Policy", "Terms of Service", "Terms of Use",
            "Alle Rechte vorbehalten", "Tous droits réservés", "Todos los derechos reservados", "Todos os direitos reservados", "Tutti i diritti riservati",
            "Wszelkie prawa zastrzeżone", "무단전재", "무단 전재", "재배포 금지", "無断転載", "requires JavaScript", "enable JavaScript", "JavaScript aktivieren",
            // Reprint and disclaimer notices, the English of the Chinese lines above.
            "may not be published, broadcast", "may not be reproduced", "may not be republished", "may not be redistributed",
            "without prior written permission", "without the prior written permission",
            // Cookie banners, in the languages of the corpora.
            "use cookies", "uses cookies", "cookie settings", "accept cookies", "verwenden Cookies", "Cookie-Einstellungen", "utilisons des cookies",
            "utilise des cookies", "utilizamos cookies", "usamos cookies", "utiliza cookies", "使用cookie", "使用 Cookie",
            "korzystamy z cookies", "plików cookies", "plików cookie", "wie Cookies", "Cookies, um", "Datenschutzeinstellungen", "Privatsphäre-Einstellungen",
            "respektieren deine Privatsphäre", "respektieren Ihre Privatsphäre", "We respect your privacy", "Wir respektieren",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Phrases that make a short block furniture wherever they stand in it.</summary>
    public static readonly Text.PhraseSet FurniturePhrases = Text.PhraseSet.Create(
        [
            // Chinese portals: comment prompts, registration, sharing, copyright and licensing lines.
            "发表评论", "我要评论", "网友评论", "我要注册", "用户名", "注册后", "复制本文", "复制链接", "复制网址",
            "分享到", "分享至", "扫一扫", "扫描二维码", "二维码", "打印本页", "关闭窗口", "打印此页", "字号", "【打印】", "【关闭】", "收藏本页",
            "版权所有", "版权声明", "免责声明", "转载请注明", "未经授权", "禁止转载", "ICP备", "ICP证", "公网安备", "违法和不良信息", "举报电话", "举报邮箱",
            "联系我们", "关于我们", "网站地图", "广告服务", "设为首页", "加入收藏", "登录", "责任编辑", "编辑：", "编辑:",
            // English and other Latin-script furniture.
            "All rights reserved", "Copyright ©", "© Copyright", "Privacy Policy", "Terms of Use", "Terms of Service", "Cookie Policy",
            "Contact us", "Sign up", "Sign in", "Log in", "Subscribe", "Share this", "Share on", "Follow us", "Tweet", "Click here",
            "Advertisement", "Advert", "Publicidad", "Publicité", "Sponsored", "Skip to", "Back to top", "Print this", "Email this", "Read more", "Load more",
            "Leave a comment", "Leave a reply", "Post a comment", "Related Articles", "Related Stories", "Newsletter",
            // French, German and Spanish furniture.
            "Se connecter", "S'abonner", "Abonnez-vous", "Inscrivez-vous", "Partager", "Anmelden", "Abonnieren", "Registrieren", "Teilen",
            "Jetzt lesen", "Compartir", "Iniciar sesión", "Suscríbete", "Regístrate",
            "Comments are closed", "Rezept drucken", "Artikel drucken", "War dieser Artikel hilfreich", "Was this article helpful", "Kommentar schreiben",
            "Schreibe einen Kommentar", "Udostępnij", "Compartilhe", "Condividi", "Zum Newsletter", "Newsletter abonnieren", "Jetzt spenden", "Externer Inhalt",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <see cref="FurniturePhrases"/> and <see cref="StrongFurniturePhrases"/> in one set, asked first of a short block,
    /// of which both are asked: most blocks hold neither, and one search tells them so.
    /// </summary>
    public static readonly Text.PhraseSet AnyFurniturePhrases = Text.PhraseSet.Union(FurniturePhrases, StrongFurniturePhrases);

    /// <summary>Block starts after which the article does not continue: comments, related links, editor lines.</summary>
    public static readonly string[] TerminatorStarts =
    [
        "相关稿件", "相关新闻", "相关阅读", "相关链接", "相关文章", "相关报道", "相关推荐", "延伸阅读", "推荐阅读", "热点推荐", "猜你喜欢", "热门推荐",
        "网友评论", "发表评论", "我要评论", "评论列表", "最新评论", "热门评论", "责任编辑", "【责任编辑", "[责任编辑", "（责任编辑", "(责任编辑",
        "上一篇", "下一篇", "版权所有", "免责声明",
        // Portals' boxes of recommended and most-read stories, set under the article on news, blog and forum pages alike.
        "点击排行", "阅读排行", "热门排行", "评论排行",
        "Related articles", "Related stories", "Related posts", "Related content", "Related coverage", "Related news", "Related",
        "More from", "More stories", "You may also like", "You might also like", "Recommended for you", "Most popular", "Most read",
        "Comments", "Leave a comment", "Leave a reply", "Join the conversation", "Show comments", "View comments",
        "Trending now", "Read next", "Up next", "Further reading", "See also", "What to read next", "Most viewed", "Popular now",
        "À lire aussi", "Lire aussi", "Sur le même sujet", "Les plus lus", "Les plus populaires", "Commentaires",
        "Auch interessant", "Mehr zum Thema", "Das könnte Sie auch interessieren", "Meistgelesen", "Kommentare",
        "Lea también", "Más leídas", "Comentarios", "Leia também", "Mais lidas",
        "Weitere Beiträge", "Weitere Artikel", "Weitere Themen", "Weitere Meldungen", "Weitere Nachrichten", "Weiterlesen", "Ähnliche Artikel", "Ähnliche Beiträge",
        "Verwandte Artikel", "Verwandte Themen", "Lesen Sie auch", "Lesen Sie mehr", "Das könnte dich auch interessieren", "Empfehlungen aus der Redaktion",
        "Noch mehr Infos", "Mehr aus", "Mehr zu", "Zobacz także", "Zobacz też", "Czytaj także", "Czytaj też", "Polecamy", "Komentarze", "Przeczytaj także",
        "Voir aussi", "Articles similaires", "Articles liés", "Dans la même rubrique", "Te puede interesar", "Noticias relacionadas", "Artículos relacionados",
        "Veja também", "Notícias relacionadas", "Comentários", "Leggi anche", "Articoli correlati", "Commenti", "Lees ook", "Gerelateerde artikelen", "Reacties",
        "Related Posts", "Related Topics", "More on this", "More in", "Recent Posts", "Latest News", "Latest Stories", "Top Stories", "Editor's Picks",
        "You might like", "Don't miss", "Most shared", "Explore further", "Previous post", "Next post", "Previous article", "Next article",
        "Weiterführende Informationen", "Weiterführende Links", "Zusatzinformationen", "Schlagworte", "Schlagwörter", "Ähnliche Nachrichten", "Der nächste Beitrag",
        "Nächster Beitrag", "Vorheriger Beitrag", "Gefällt mir", "Dieser Artikel gefällt", "Über diese Reihe", "Über den Autor", "Über die Autorin",
        "About the author", "Schon gelesen", "Zum Weiterlesen", "Das könnte Sie interessieren", "Temas relacionados", "Más sobre", "Más noticias", "Sigue leyendo", "Plus d'articles", "Du même auteur",
    ];

    /// <summary><see cref="TerminatorStarts"/> by first character, compared without case.</summary>
    public static readonly Text.PrefixTable TerminatorStartTable = Text.PrefixTable.Create(TerminatorStarts, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Phrases of the appeals and disclosures that sites put at the edges of an article — follow us,
    /// get our app, support our journalism, affiliate and advertising notices, author blurbs — which
    /// read like prose but are not the story. Only tested on the first and last blocks of the content.
    /// </summary>
    public static readonly Text.PhraseSet EdgeAppealPhrases = Text.PhraseSet.Create(
        [
            "follow us", " on Twitter", " on Facebook", " on Instagram", "on Telegram", "YouTube channel", "canal de YouTube", "canal de Telegram",
            "download the", "download our", " app for iOS", "straight to your phone", "get the latest news", "sign up for", "subscribe to",
            "support our work", "supporting our work", "support our journalism", "support independent", "consider supporting", "become a member",
            "if you enjoyed", "if you liked this", "enjoyed reading", "suggested citation", "is a senior writer", "is a staff writer", "is a reporter",
            "is a correspondent", "is a contributing", "is an editor", "is a freelance", "can be reached at", "write to us", "escribirnos",
            "this post contains", "contains affiliate", "affiliate link", "we may receive", "we may earn", "earn a commission", "advertisers",
            "independent review process", "enthält werbung", "*werbung", "werbung.", "affiliate-link", "unterstützen sie", "wenn ihnen unser artikel",
            "hinter jedem klick", "journalistischer und technischer aufwand", "jetzt abonnieren", "folgen sie uns", "únete", "síguenos", "suscríbete",
            "¡mira lo que", "ya sabías que", "abonnez-vous", "suivez-nous", "soutenez", "téléchargez", "daily news about", "the latest stories and breaking news",
            "werbefrei", "newsletter", "creative commons", "cc-by", "cc by", "licensed under", "unter der lizenz", "sous licence",
            "filed under", "abgelegt unter", "this entry was posted", "jede spende", "ihre spende", "spenden sie", "donate today", "make a donation", "faites un don",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Starts of short lines that credit or caption a picture rather than tell the story.</summary>
    public static readonly string[] CaptionStarts =
    [
        "Photo:", "Photo by", "Photos:", "Image:", "Picture:", "Pictured:", "Credit:", "Foto:", "Fotos:", "Bild:", "Titelbild:", "Beitragsbild", "Abbildung", "Quelle:", "Bildquelle",
        "(crédito", "(Foto", "(Photo", "(Image", "Crédito:", "Imagen:", "Getty Images", "图片来源", "图片：", "图：", "摄影：", "资料图",
    ];

    /// <summary><see cref="CaptionStarts"/> by first character, compared without case.</summary>
    public static readonly Text.PrefixTable CaptionStartTable = Text.PrefixTable.Create(CaptionStarts, StringComparison.OrdinalIgnoreCase);

    /// <summary>Words a share bar is made of; a line of nothing else is furniture.</summary>
    public static readonly FrozenSet<string> ShareWords = FrozenSet.ToFrozenSet(
        [
            "facebook", "twitter", "x", "e-mail", "email", "mail", "whatsapp", "linkedin", "reddit", "pinterest", "telegram", "flipboard", "print", "drucken",
            "imprimer", "share", "tweet", "copy", "link", "copy link", "微信", "微博", "qq", "qq空间", "朋友圈", "分享", "打印", "收藏", "分享到", "豆瓣", "手机看",
        ],
        StringComparer.OrdinalIgnoreCase);
}
