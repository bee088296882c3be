using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ContentExtract.Noise;

/// <summary>
/// What HTTP error pages say: status lines, reason phrases in the languages servers ship, and server
/// banners. Built once; matched only against short segments.
/// </summary>
internal static partial class ErrorPageLexicon
{
    /// <summary>Reason phrases by status, lower-cased, as servers, proxies and CDNs print them.</summary>
    public static readonly FrozenDictionary<int, string[]> ReasonsByStatus = new Dictionary<int, string[]>
    {
        [400] = ["bad request", "请求错误", "错误的请求"],
        [401] = ["unauthorized", "authorization required", "未授权", "需要授权"],
        [402] = ["payment required"],
        [403] = ["forbidden", "access denied", "access forbidden", "access is denied", "zugriff verweigert", "accès interdit", "accès refusé", "acceso prohibido", "acceso denegado", "accesso negato", "acesso negado", "toegang geweigerd", "доступ запрещен", "禁止访问", "访问被拒绝", "拒绝访问", "访问禁止", "禁止存取", "アクセスが拒否されました"],
        [404] = ["not found", "page not found", "file not found", "object not found", "nicht gefunden", "objekt nicht gefunden", "seite nicht gefunden", "introuvable", "objet non trouvé", "page introuvable", "no encontrado", "objeto no localizado", "página no encontrada", "oggetto non trovato", "pagina non trovata", "non trovato", "não encontrado", "página não encontrada", "objeto não encontrado", "niet gevonden", "pagina niet gevonden", "object niet gevonden", "страница не найдена", "не найдено", "file or directory not found", "找不到物件", "页面找不到了", "未找到", "页面不存在", "找不到页面", "页面未找到", "网页不存在", "找不到对象", "페이지를 찾을 수 없습니다", "页面没有找到", "您访问的页面不存在", "無法找到物件", "找不到網頁", "頁面不存在", "ページが見つかりません"],
        [405] = ["method not allowed", "not allowed"],
        [406] = ["not acceptable"],
        [408] = ["request time-out", "request timeout", "request timed out"],
        [409] = ["conflict"],
        [410] = ["gone"],
        [411] = ["length required"],
        [413] = ["request entity too large", "payload too large", "content too large"],
        [414] = ["request-uri too large", "request-uri too long", "uri too long"],
        [415] = ["unsupported media type"],
        [416] = ["requested range not satisfiable", "range not satisfiable"],
        [421] = ["misdirected request"],
        [429] = ["too many requests"],
        [451] = ["unavailable for legal reasons"],
        [494] = ["request header too large"],
        [495] = ["ssl certificate error"],
        [496] = ["ssl certificate required"],
        [497] = ["http request sent to https port"],
        [500] = ["internal server error", "server error", "interner serverfehler", "serverfehler", "erreur du serveur", "error del servidor", "errore del server", "erro do servidor", "ошибка сервера", "erreur interne du serveur", "error interno del servidor", "服务器内部错误", "内部服务器错误", "服务器错误"],
        [501] = ["not implemented"],
        [502] = ["bad gateway", "proxy error", "网关错误"],
        [503] = ["service unavailable", "service temporarily unavailable", "backend fetch failed", "服务不可用", "服务暂时不可用"],
        [504] = ["gateway time-out", "gateway timeout", "网关超时"],
        [505] = ["http version not supported"],
        [507] = ["insufficient storage"],
        [508] = ["loop detected"],
        [520] = ["web server is returning an unknown error", "web server returned an unknown error"],
        [521] = ["web server is down"],
        [522] = ["connection timed out"],
        [523] = ["origin is unreachable"],
        [524] = ["a timeout occurred"],
        [525] = ["ssl handshake failed"],
        [526] = ["invalid ssl certificate"],
    }.ToFrozenDictionary();

    /// <summary>Server and proxy names that print a bare banner at the foot of an error page.</summary>
    public static readonly FrozenSet<string> BareServerNames = FrozenSet.ToFrozenSet(
        ["nginx", "openresty", "tengine", "cloudflare", "apache", "microsoft-iis", "varnish", "caddy", "jetty", "lighttpd", "squid", "litespeed", "bfe", "envoy", "cloudfront", "akamaighost"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Sentences that error pages print and articles do not, with the status they stand for (0 when
    /// they name none). "Page not found" messages of sites and CMSs stand for 404.
    /// </summary>
    private static readonly (string Phrase, int Status)[] ErrorSentenceStatuses =
    [
        ("was not found on this server", 404), ("You don't have permission to access", 403), ("You do not have permission to access", 403),
        ("You do not have permission to view this directory", 403), ("The server encountered an internal error", 500),
        ("The server encountered an unexpected condition", 500), ("The full stack trace of the root cause", 500),
        ("The requested URL", 404), ("The requested resource", 404), ("The proxy server received an invalid response", 502),
        ("The proxy server could not handle the request", 502), ("The server is temporarily unable to service your request", 503),
        ("Additionally, a 404 Not Found error was encountered", 404), ("Guru Meditation", 503), ("Error reference number", 0),
        ("Cloudflare Ray ID", 0), ("The origin web server timed out", 522), ("The web server reported a bad gateway error", 502),
        ("If you think this is a server error", 0), ("Sorry for the inconvenience", 0), ("Please report this message and include the following information", 0),
        ("The page you are looking for", 0), ("The page you requested", 404), ("The requested page", 404), ("This page could not be found", 404),
        ("this page doesn't exist", 404), ("this page doesn’t exist", 404), ("page can't be found", 404), ("page can’t be found", 404),
        ("page could not be found", 404), ("couldn't find that page", 404), ("couldn’t find that page", 404), ("couldn't find the page", 404),
        ("couldn’t find the page", 404), ("nothing was found at this location", 404), ("might have been removed, had its name changed", 404),
        ("An error occurred.", 0), ("check the error log for details", 0), ("Faithfully yours, nginx", 0),
        ("The plain HTTP request was sent to HTTPS port", 400), ("The resource you are looking for", 404),
        ("There is a problem with the resource you are looking for", 500), ("did not find a current representation for the target resource", 404),
        ("Type Status Report", 0), ("Type Exception Report", 0), ("类型 状态报告", 0), ("类型 异常报告", 0),
        ("没有找到对应的站点", 404),
        ("Der angeforderte URL", 404), ("Die angeforderte Seite", 404), ("L'URL demandée", 404), ("La page demandée", 404),
        ("La URL solicitada", 404), ("El enlace que ha seguido", 404), ("Objekt nicht gefunden", 404),
        ("您访问的页面不存在", 404), ("您要访问的页面不存在", 404), ("您所访问的页面不存在", 404), ("抱歉，您访问的页面", 404), ("找不到您要访问的页面", 404),
        ("您要访问的页面可能已被删除", 404), ("页面不存在或已被删除", 404), ("不存在或已被删除", 404), ("已被发布者删除", 404), ("该内容已被删除", 404),
        ("请求的URL", 404), ("无法找到该页", 404), ("没有找到站点", 404), ("服务器内部错误", 500),
    ];

    /// <summary>The phrases of <see cref="ErrorSentenceStatuses"/>, for a fast first test of a line.</summary>
    public static readonly Text.PhraseSet ErrorSentences = Text.PhraseSet.Create(
        ErrorSentenceStatuses.Select(entry => entry.Phrase).ToArray(),
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Words that the sentences of server error pages use in every language they ship in ("the
    /// server", "the URL", "the webmaster"): a line with one joins an error fragment beside it.
    /// </summary>
    public static readonly Text.PhraseSet ServerWords = Text.PhraseSet.Create(
        ["URL", "server", "serveur", "servidor", "webmaster", "administrator", "administrateur", "administrador", "服务器", "伺服器", "网站管理员", "網站管理員", "サーバ", "서버", "сервер"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <see cref="ErrorSentences"/> and <see cref="ServerWords"/> in one set: most lines of most pages hold neither, and
    /// one search tells them so, where two searches of every line were a twentieth of the text path's time.
    /// </summary>
    public static readonly Text.PhraseSet ErrorSentencesOrServerWords = Text.PhraseSet.Union(ErrorSentences, ServerWords);

    /// <summary>The status an error sentence stands for, or 0; call only for a line that <see cref="ErrorSentences"/> matches.</summary>
    public static int StatusOfSentence(ReadOnlySpan<char> line)
    {
        foreach (var (phrase, status) in ErrorSentenceStatuses)
        {
            if (status != 0 && line.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return status;
            }
        }

        return 0;
    }

    /// <summary>Labels of the info table some servers (Tengine) print under the error; each ends in a colon, which the recognizer looks for first.</summary>
    public static readonly string[] InfoTableLabels = ["URL:", "URI:", "Server:", "Date:", "Request ID:", "Host:", "Your IP:", "Ray ID:", "XID:", "STATUS:", "MESSAGE:", "SERVLET:", "CAUSED BY:"];

    /// <summary>A status line: "404 Not Found", "Error 404 - Not Found", "HTTP Status 404 – Not Found", "HTTP状态 404 - 未找到".</summary>
    /// <remarks>"HTTP", white space, an optional word and white space again: the second run only after the word, so that a long run of spaces is not split two ways.</remarks>
    [GeneratedRegex(@"^(?:HTTP(?:/\d(?:\.\d)?)?\s*(?:(?:Error|Status|状态)\s*)?|(?:Error|Fehler|Erreur|错误|錯誤)\s*)?(?<code>[45]\d\d)(?:\.\d{1,2})?\s*(?:[-–—:：.|]\s*)?(?<reason>[^\d].{0,58})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StatusLine();

    /// <summary>A server banner: "nginx/1.24.0", "Apache/2.4.41 (Ubuntu) Server at example.com Port 80", "Apache Tomcat/9.0.85", "ZJOL/1.24.96".</summary>
    [GeneratedRegex(@"^(?:Powered by\s+)?(?<name>(?:[A-Z][A-Za-z]{1,20} )?[A-Za-z][A-Za-z0-9_.-]{0,39})/(?<version>\d+(?:\.\d+){0,4}[A-Za-z0-9._-]{0,12})(?:\s*\([^)]{1,60}\))*(?:\s+Server at\s+\S+\s+Port\s+\d+)?\.?$", RegexOptions.CultureInvariant)]
    public static partial Regex VersionedBanner();

    /// <summary>
    /// True when the reason is a known phrase for the status, as a line prints it: trailing
    /// punctuation aside, and with an explanation after a colon ("Forbidden: Access is denied.").
    /// </summary>
    public static bool IsKnownReason(int status, ReadOnlySpan<char> reason)
    {
        if (!ReasonsByStatus.TryGetValue(status, out var phrases))
        {
            return false;
        }

        reason = reason.TrimEnd(".!！。 ");
        int colon = reason.IndexOfAny(':', '：');
        var beforeColon = colon > 0 ? reason[..colon].TrimEnd() : default;
        foreach (var phrase in phrases)
        {
            if (reason.Equals(phrase, StringComparison.OrdinalIgnoreCase) || (colon > 0 && beforeColon.Equals(phrase, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Each reason phrase with its status; every short line of every page is looked up here.</summary>
    private static readonly FrozenDictionary<string, int> StatusByReason = ReasonsByStatus
        .SelectMany(entry => entry.Value.Select(phrase => KeyValuePair.Create(phrase, entry.Key)))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds the status a bare reason phrase ("Not Found", "页面不存在") belongs to.</summary>
    public static int StatusOfReason(ReadOnlySpan<char> reason) =>
        StatusByReasonLookup.TryGetValue(reason, out int status) ? status : 0;

    private static readonly Text.SpanLookupMap<int> StatusByReasonLookup = new(StatusByReason);
}
