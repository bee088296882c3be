using System.Buffers;

namespace ContentExtract.Text;

/// <summary>Character classes the stages share, as lookups built once.</summary>
internal static class CharClass
{
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？!?.…；;");
    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create("，,、：:；;");
    private static readonly SearchValues<char> Closers = SearchValues.Create("”’」』»›\"')）]】》〉");
    private static readonly SearchValues<char> Bullets = SearchValues.Create("·•*▪►○●□■◆◇▶-–+・");

    /// <summary>Han ideographs, kana and hangul: scripts written without spaces between words.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF'
        || c is >= '\u3400' and <= '\u4DBF'
        || c is >= '\u3040' and <= '\u30FF'
        || c is >= '\uAC00' and <= '\uD7AF'
        || c is >= '\uF900' and <= '\uFAFF';

    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' || c is >= '\u3400' and <= '\u4DBF' || c is >= '\uF900' and <= '\uFAFF';

    /// <summary>Fullwidth punctuation used with CJK text (，。、：；！？“”《》 and the like).</summary>
    public static bool IsCjkPunctuation(char c) =>
        c is >= '\u3000' and <= '\u303F' || c is >= '\uFF00' and <= '\uFF0F' || c is >= '\uFF1A' and <= '\uFF20'
        || c is '“' or '”' or '‘' or '’' or '…';

    public static bool IsSentenceEnd(char c) => SentenceEnds.Contains(c);

    public static bool IsClauseMark(char c) => ClauseMarks.Contains(c);

    public static bool IsCloser(char c) => Closers.Contains(c);

    public static bool IsBullet(char c) => Bullets.Contains(c);

    /// <summary>White space including the ideographic space, no-break space and zero-width characters.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF';

    /// <summary>
    /// Columns a character takes in a monospace rendering (lynx, w3m): two for wide CJK forms, one for
    /// everything else — including the East Asian "ambiguous" marks “ ” ‘ ’ …, which text browsers
    /// outside a CJK locale draw one column wide.
    /// </summary>
    public static int DisplayWidth(char c) =>
        IsCjk(c) || c is >= '\u3000' and <= '\u303F' || c is >= '\uFF01' and <= '\uFF60' || c is >= '\uFE30' and <= '\uFE4F' ? 2 : 1;
}
