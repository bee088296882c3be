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
        [403] = ["forbidden", "access denied", "access forbidden", "禁止访问", "访问被拒绝", "拒绝访问", "访问禁止"],
        [404] = ["not found", "page not found", "file not found", "object not found", "nicht gefunden", "objekt nicht gefunden", "seite nicht gefunden", "introuvable", "objet non trouvé", "page introuvable", "no encontrado", "objeto no localizado", "página no encontrada", "未找到", "页面不存在", "找不到页面", "页面未找到", "网页不存在", "找不到对象", "页面没有找到", "您访问的页面不存在", "無法找到物件", "找不到網頁", "頁面不存在", "ページが見つかりません"],
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
        [500] = ["internal server error", "server error", "interner serverfehler", "erreur interne du serveur", "error interno del servidor", "服务器内部错误", "内部服务器错误", "服务器错误"],
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

    /// <summary>Sentences that error pages print and articles do not.</summary>
    public static readonly SearchValues<string> ErrorSentences = SearchValues.Create(
        [
            "was not found on this server", "You don't have permission to access", "You do not have permission to access", "The server encountered an internal error",
            "The requested URL", "The proxy server received an invalid response", "The server is temporarily unable to service your request",
            "Additionally, a 404 Not Found error was encountered", "Guru Meditation", "Error reference number", "Cloudflare Ray ID", "The origin web server timed out",
            "The web server reported a bad gateway error", "If you think this is a server error", "Sorry for the inconvenience",
            "The page you are looking for", "The page you requested", "The requested page", "This page could not be found", "this page doesn't exist",
            "Der angeforderte URL", "Die angeforderte Seite", "L'URL demandée", "La page demandée", "La URL solicitada", "El enlace que ha seguido", "Objekt nicht gefunden",
            "您访问的页面不存在", "您要访问的页面不存在", "您所访问的页面", "抱歉，您访问的页面", "找不到您要访问的页面", "请求的URL", "无法找到该页", "没有找到站点", "服务器内部错误",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Labels of the info table some servers (Tengine) print under the error.</summary>
    public static readonly string[] InfoTableLabels = ["URL:", "Server:", "Date:", "Request ID:", "Host:", "Your IP:", "Ray ID:", "XID:"];

    /// <summary>A status line: "404 Not Found", "Error 404 - Not Found", "HTTP Status 404 – Not Found", "HTTP状态 404 - 未找到".</summary>
    [GeneratedRegex(@"^(?:HTTP(?:/\d(?:\.\d)?)?\s*(?:Error|Status|状态)?\s*|(?:Error|Fehler|Erreur|错误|錯誤)\s*)?(?<code>[45]\d\d)(?:\.\d{1,2})?\s*(?:[-–—:：.|]\s*)?(?<reason>[^\d].{0,58})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StatusLine();

    /// <summary>A server banner: "nginx/1.24.0", "Apache/2.4.41 (Ubuntu) Server at example.com Port 80", "ZJOL/1.24.96".</summary>
    [GeneratedRegex(@"^(?:Powered by\s+)?(?<name>[A-Za-z][A-Za-z0-9_.-]{0,39})/(?<version>\d+(?:\.\d+){0,4}[A-Za-z0-9._-]{0,12})(?:\s*\([^)]{1,60}\))*(?:\s+Server at\s+\S+\s+Port\s+\d+)?\.?$", RegexOptions.CultureInvariant)]
    public static partial Regex VersionedBanner();

    /// <summary>Returns the reason phrase as the line prints it, when it is a known phrase for the status.</summary>
    public static bool IsKnownReason(int status, ReadOnlySpan<char> reason)
    {
        if (!ReasonsByStatus.TryGetValue(status, out var phrases))
        {
            return false;
        }

        foreach (var phrase in phrases)
        {
            if (reason.Equals(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the status a bare reason phrase ("Not Found", "页面不存在") belongs to.</summary>
    public static int StatusOfReason(ReadOnlySpan<char> reason)
    {
        foreach (var (status, phrases) in ReasonsByStatus)
        {
            foreach (var phrase in phrases)
            {
                if (reason.Equals(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    return status;
                }
            }
        }

        return 0;
    }
}
