using System.Security.Cryptography;
using System.Text;

namespace ContentExtract.Evaluation.Metrics;

/// <summary>
/// The fixed half of the pages a page belongs to. A change is tuned looking at the tune half; the check half says
/// whether it carries over to pages nobody looked at while tuning.
/// </summary>
internal enum PageHalf
{
    Tune,
    Check,
}

internal static class PageHalves
{
    /// <summary>
    /// The half of the page with this key: SHA-256 of the page id's UTF-8 bytes, first byte even for tune, odd for check.
    /// The id is the file name without its extensions (score.py's <c>key_of</c>); a key that names its corpus too
    /// (<c>articlebench/&lt;id&gt;</c>, as on error-pages' false alarms and on inject-noise) is cut at the last slash,
    /// so that a page is in the same half in every set and every form (HTML or dump).
    /// </summary>
    public static PageHalf Of(string key)
    {
        string id = key[(key.LastIndexOf('/') + 1)..];
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), hash);
        return hash[0] % 2 == 0 ? PageHalf.Tune : PageHalf.Check;
    }

    /// <summary>"tune" or "check", as figure names and reports spell the half.</summary>
    public static string Name(PageHalf half) => half == PageHalf.Tune ? "tune" : "check";
}
