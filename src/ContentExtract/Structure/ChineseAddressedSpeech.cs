using System.Buffers;
using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// Speech addressed to the reporter: "向记者讲述", "对本报记者透露", "为记者释疑", "跟记者聊起". Whoever tells the reporter
/// something is a source whatever verb follows, so the phrase reads as a verb of saying on its own, instead of one lexicon
/// entry per verb it can take ("向记者表示", "对记者说" …).
/// </summary>
internal static class ChineseAddressedSpeech
{
    /// <summary>Prepositions that turn a verb towards a listener.</summary>
    private static readonly SearchValues<char> Addressing = SearchValues.Create("向对为跟给");

    /// <summary>
    /// The length of the addressed phrase ("向记者", "对本报记者") that starts at <paramref name="at"/>, or 0. The phrase must
    /// lead into a verb: "对记者的提问" names the reporter's words, not the speaker's.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length || !Addressing.Contains(text[at]))
        {
            return 0;
        }

        int i = at + 1;

        // 本报, 本刊, 本台, 本网: the reporter of the paper itself.
        if (i + 1 < text.Length && text[i] == '本' && text[i + 1] != '记')
        {
            i += 2;
        }

        if (!text[i..].StartsWith("记者", StringComparison.Ordinal))
        {
            return 0;
        }

        i += 2;
        if (i < text.Length && text[i] == '们')
        {
            i++;
        }

        return i < text.Length && CharClass.IsHan(text[i]) && text[i] != '的' ? i - at : 0;
    }
}
