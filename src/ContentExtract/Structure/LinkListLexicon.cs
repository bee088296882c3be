using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ContentExtract.Structure;

/// <summary>
/// The words link boxes are named with, the headings that never name one, and the small lines
/// (dates, counts, rank numbers, "more" links) that sit between a box's entries without being
/// entries themselves. Built once; matched with one multi-string search or one compiled pattern.
/// </summary>
internal static partial class LinkListLexicon
{
    /// <summary>
    /// Words that name a box of links. A text dump does not say which short line is a heading, so
    /// there a heading over lines that are not bulleted has to say what it heads.
    /// </summary>
    public static readonly Text.PhraseSet ListHeadingWords = Text.PhraseSet.Create(
        [
            "related", "latest", "most read", "most popular", "most viewed", "most shared", "most discussed", "most commented", "popular", "trending",
            "recommended", "top stories", "top news", "headlines", "more from", "more in", "more on", "more news", "more stories", "read next",
            "also read", "see also", "also like", "don't miss", "don’t miss", "picks", "editor's", "further reading", "up next", "next up",
            "recent posts", "recent stories", "latest news", "in case you missed", "you may have missed", "tags", "topics",
            "à lire aussi", "lire aussi", "les plus lus", "sur le même sujet", "mehr zum thema", "meistgelesen", "auch interessant",
            "lea también", "más leídas", "más leído", "leia também", "mais lidas",
            "相关", "推荐", "排行", "热点", "热门", "热读", "热搜", "热帖", "热图", "精彩", "精选", "最新", "阅读", "猜你喜欢", "图集", "组图",
            "头条", "要闻", "关键词", "标签", "专题", "友情链接", "延伸", "点击榜", "论坛", "博客",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Labels that may open a line of links ("Tags: a, b, c", "关键词：…") without being a heading of their own.</summary>
    public static readonly FrozenSet<string> InlineListLabels = FrozenSet.ToFrozenSet(
        [
            "tags", "tag", "topics", "related topics", "keywords", "trending", "trending topics", "filed under", "more about", "see also",
            "关键词", "关键字", "标签", "热词", "相关标签", "相关专题", "关键词阅读", "热门标签", "热门关键词",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Phrases of headings over groups that are not link lists: advertising slots, account and
    /// subscription menus, share and follow widgets, comment areas, legal footers, skip links.
    /// </summary>
    public static readonly Text.PhraseSet NonListHeadingPhrases = Text.PhraseSet.Create(
        [
            "advertisement", "advertising", "sign up", "sign in", "log in", "login", "log out", "subscribe", "newsletter", "my account",
            "follow ", "connect with us", "share this", "share on", "share article", "share via", "copyright", "©", "all rights reserved", "skip to", "accessibility",
            "cookie", "privacy settings", "preferences", "leave a comment", "comments", "commenting", "toggle", "main menu", "print options",
            "display name", "loading", "you are here", "continue reading", "about the author", "back to top", "current location",
            "réagir", "commenter", "kommentieren", "comentar",
            "广告", "登录", "注册", "分享到", "分享至", "关注我们", "版权", "发表评论", "网友评论", "我要评论", "最新评论", "热门评论", "评论列表", "条评论", "人参与",
            "不感兴趣", "举报", "回复", "扫描", "二维码", "下载客户端", "下载app", "返回首页", "当前位置", "您的位置", "点击进入", "加载中", "畅言",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The copyright line a footer ends with; a footer column of legal links ("Privacy Policy", "Terms of Use") is still a list.</summary>
    public static readonly Text.PhraseSet CopyrightPhrases = Text.PhraseSet.Create(
        ["©", "copyright", "all rights reserved", "版权所有", "版权声明"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Whole headings that only label a search box, a menu button or a comment area.</summary>
    public static readonly FrozenSet<string> NonListHeadings = FrozenSet.ToFrozenSet(
        ["search", "menu", "navigation", "comment", "share", "搜索", "菜单", "导航", "评论", "分享"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Starts of the link that leads to the rest of a box ("More Science", "进入新闻频道", "See all").</summary>
    public static readonly string[] MoreLinkStarts =
    [
        "more ", "more»", "more >", "see all", "see more", "view all", "view more", "show more", "show all", "read more", "load more",
        "更多", "查看更多", "查看全部", "阅读全部", "进入", "全部",
    ];

    /// <summary>The characters <see cref="MoreLinkStarts"/> and <see cref="MoreLinks"/> begin with, to pass over other lines at once.</summary>
    public static readonly SearchValues<char> MoreLinkFirstChars = SearchValues.Create("mMsSvVrRlL更查阅进全+>»");

    /// <summary>Whole lines that are only a "more" link.</summary>
    public static readonly FrozenSet<string> MoreLinks = FrozenSet.ToFrozenSet(
        ["more", "more »", "more >>", "more...", "更多", "更多>>", "更多>", "更多+", "更多…", "更多...", "+更多", ">>", "»"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words a heading ends with when a "more" link stands beside it; matched after the trailing arrows are trimmed.</summary>
    public static readonly string[] MoreWords = ["查看更多", "更多", "more", "see all", "see more", "view all", "view more", "show more", "read more"];

    /// <summary>Arrows and signs a "more" marker is decorated with ("更多>>", "More »", "更多+").</summary>
    public const string MoreDecoration = ">»›→+＞";

    /// <summary>The characters a heading with a "more" marker can end with: the decorations, dots, and the last letters of <see cref="MoreWords"/>.</summary>
    public static readonly SearchValues<char> MoreMarkerEnds = SearchValues.Create(">»›→+＞.…多eElL");

    /// <summary>
    /// Small lines between a box's entries that are no entry: rank numbers, relative and short dates,
    /// times and durations, comment and photo counts ("1", "13 hours ago", "Nov 18 52 photos",
    /// "2015/07/04", "02-2809:34", "604 COMMENTS", "137 | 回复", "3天前").
    /// </summary>
    [GeneratedRegex(
        @"^(?:\d{1,3}[.)、]?"
        + @"|(?:\d+\s*(?:s|m|min|mins|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago|just now|yesterday|today)(?:\s+\d+\s+\w+)?(?:\s+[\d:]+)?"
        + @"|(?:\d+\s*(?:秒|分钟|小时|天|周|个月|年)前|刚刚|昨天|前天|今天)(?:\s*[\d:]+)?"
        + @"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?(?:\s+\d{1,2}:\d\d)?(?:\s+\d+\s+\w+)?"
        + @"|(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s*\d{1,2}:\d\d(?::\d\d)?)?"
        + @"|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d(?:\s+\d{1,2}:\d\d)?"
        + @"|\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d\d"
        + @"|\d{1,2}:\d\d(?::\d\d)?"
        + @"|[\d,.]+\s*[k万]?\s*(?:comments?|replies|repl(?:y|ies)|views?|photos?|videos?|shares?|likes?|reads?|人参与|人跟贴|条评论|评论|跟贴|阅读|次阅读|回复|赞)?(?:\s*\|\s*(?:回复|评论|reply))?"
        + @")$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex DetailLine();

    /// <summary>The relative times that have no digit ("Yesterday", "刚刚"): details beside an entry.</summary>
    public static readonly FrozenSet<string> RelativeDays = FrozenSet.ToFrozenSet(
        ["just now", "yesterday", "today", "刚刚", "昨天", "前天", "今天"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>A headline with its date after it ("提防互联网+的熊市 2015/07/04"): a dated entry, not a date line.</summary>
    [GeneratedRegex(@"^(?<text>.*\S)\s+(?<date>(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s*\d{1,2}:\d\d(?::\d\d)?)?|\d{1,2}[-/]\d{1,2}(?:\s+\d{1,2}:\d\d)?)$", RegexOptions.CultureInvariant)]
    public static partial Regex DatedEntry();

    /// <summary>
    /// An entry of a text dump marked by a number ("1. Title", "2) Title", "3、标题") or by the marks lynx
    /// gives nested list items ("o Title", "# Title", "@ Title").
    /// </summary>
    [GeneratedRegex(@"^(?:\d{1,2}(?:[.)]\s+|、\s*)|[o#@]\s+)(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex ListMarker();

    /// <summary>A numbered entry: its rank and its text.</summary>
    [GeneratedRegex(@"^(?<rank>\d{1,2})[.)]\s+(?<text>\S)", RegexOptions.CultureInvariant)]
    public static partial Regex RankedEntry();

    /// <summary>A rank inside a line, where a renderer joined the next numbered entry to this one: " 5. ".</summary>
    [GeneratedRegex(@"\s(?<rank>\d{1,2})[.)]\s+(?=\S)", RegexOptions.CultureInvariant)]
    public static partial Regex EmbeddedRank();

    /// <summary>An image as a text dump or a caption shows it: a bare file name.</summary>
    [GeneratedRegex(@"^\S+\.(?:jpe?g|png|gif|webp|svg)(?:\?\S*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex ImageFileName();
}
