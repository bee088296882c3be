using System.Buffers;

namespace ContentExtract.Noise;

/// <summary>What the pages that are not articles say about themselves.</summary>
internal static class PageKindLexicon
{
    /// <summary>
    /// What bot challenges, captcha walls and "enable JavaScript" interstitials print in place of the
    /// page: CDN and anti-bot vendors' wording and the usual Chinese equivalents.
    /// </summary>
    public static readonly Text.PhraseSet ChallengePhrases = Text.PhraseSet.Create(
        [
            "Just a moment...", "Just a moment…", "Checking your browser", "Checking if the site connection is secure", "Verifying you are human",
            "Verify you are human", "verify that you are human", "verify you are a human", "Are you a robot", "I'm not a robot", "I am not a robot",
            "Enable JavaScript and cookies to continue", "Please enable JavaScript", "Please enable cookies", "You need to enable JavaScript",
            "JavaScript is required", "JavaScript is disabled", "requires JavaScript to be enabled", "Please turn JavaScript on", "enable JavaScript in your browser",
            "Attention Required!", "DDoS protection by", "Please complete the security check", "complete the CAPTCHA", "solve the CAPTCHA", "captcha-delivery",
            "Access to this page has been denied", "Pardon Our Interruption", "Request unsuccessful. Incapsula", "unusual traffic from your computer network",
            "请开启JavaScript", "请启用JavaScript", "请打开JavaScript", "需要启用JavaScript", "安全验证", "人机验证", "请完成验证", "滑动验证", "拖动滑块",
            "请输入验证码", "访问验证", "正在检查您的浏览器", "浏览器安全检查", "请稍候，正在", "访问过于频繁",
        ],
        StringComparison.OrdinalIgnoreCase);
}
