using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// Which characters are a name: names the text itself establishes by recurring before verbs of saying, known names
/// found again in later text, and whether a name stands for a person or for a body (宋善云 and 李女士 against 教体局).
/// </summary>
internal static partial class ChineseAttribution
{
    /// <summary>
    /// Finds the three-character names an article keeps coming back to (彭静旋, 陈同佳): a surname and two
    /// more characters that open a clause, follow 的 or a role, at least <see cref="MinNameRecurrence"/> times,
    /// and nearly always with the same third character. Names are how the text refers to its people,
    /// so they recur whole, where a surname character that starts an ordinary word does not.
    /// </summary>
    public static IEnumerable<string> DiscoverNames(IEnumerable<string> texts)
    {
        var threes = new Dictionary<string, int>(StringComparer.Ordinal);
        var twos = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            for (int i = 0; i + 3 <= text.Length; i++)
            {
                // On to the next surname that has two characters after it: one vectorized search, where a set lookup for
                // every character of every paragraph (a page in English has none) cost more than the rest of the scan.
                int next = text.AsSpan(i, text.Length - 2 - i).IndexOfAny(SpeechLexicon.ChineseSurnameChars);
                if (next < 0)
                {
                    break;
                }

                i += next;
                if (!OpensName(text, i))
                {
                    continue;
                }

                if (CharClass.IsHan(text[i + 1]) && CharClass.IsHan(text[i + 2]))
                {
                    var two = text.Substring(i, 2);
                    twos[two] = twos.GetValueOrDefault(two) + 1;
                    if (!SpeechLexicon.ChineseNameBreakers.Contains(text[i + 2]) && !SpeechLexicon.ChineseNameBreakers.Contains(text[i + 1]))
                    {
                        var three = text.Substring(i, 3);
                        threes[three] = threes.GetValueOrDefault(three) + 1;
                    }
                }
            }
        }

        foreach (var (three, count) in threes)
        {
            if (count >= MinNameRecurrence && count * 10 >= twos[three[..2]] * 6)
            {
                yield return three;
            }
        }
    }

    /// <summary>Records the people and bodies a stretch of text mentions by a known name, in reading order.</summary>
    public static void MentionKnownNames(ReadOnlySpan<char> text, SpeakerMemory memory)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!CharClass.IsHan(text[i]) && !char.IsAsciiLetterUpper(text[i]))
            {
                continue;
            }

            if (KnownSubjectAt(text, i, memory) is { } name)
            {
                memory.Mention(name, isPerson: !IsOrganisation(name));
                i += name.Length - 1;
            }
            else if (i > 0 && SpeechLexicon.ChineseSurnames.Contains(text[i]) && EndsWithRole(text[..i]) && NameAfterRole(text[i..]) is { } named)
            {
                // "校长王尚普拒绝接受采访": a role names the person after it.
                memory.Mention(named, isPerson: true);
                i += named.Length - 1;
            }
        }

        MentionTransliteratedNames(text, memory);
    }

    /// <summary>True for a name the text writes as one (宋善云, 李女士, 禹州市教体局, 戴夫·汉森, Nasa), as opposed to a description (小花母亲).</summary>
    public static bool IsName(ReadOnlySpan<char> name, SpeakerMemory memory)
    {
        if (name.Length < 2 || name.Length > MaxName)
        {
            return false;
        }

        if (char.IsAsciiLetterUpper(name[0]) || memory.IsKnown(name))
        {
            return true;
        }

        for (int i = 1; i + 1 < name.Length; i++)
        {
            if (IsNameDot(name, i))
            {
                return true;
            }
        }

        int surname = SurnameLength(name);
        foreach (var honorific in SpeechLexicon.ChineseHonorifics)
        {
            if (surname > 0 && name.Length == surname + honorific.Length && name.EndsWith(honorific, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (name.Length >= 3)
        {
            foreach (var end in SpeechLexicon.ChineseOrganisationEnds)
            {
                if (name.EndsWith(end, StringComparison.Ordinal) && name.Length > end.Length)
                {
                    return true;
                }
            }
        }

        bool allHan = true;
        foreach (char c in name)
        {
            allHan &= CharClass.IsHan(c);
        }

        if (!allHan)
        {
            return false;
        }

        if (surname > 0 && name.Length >= surname + 1 && name.Length <= surname + 2)
        {
            return true;
        }

        // 小花, 老王, 阿强: the familiar forms news writing uses for people it does not name in full.
        return name.Length == 2 && name[0] is '小' or '老' or '阿';
    }

    /// <summary>Whether a Chinese speaker is a body (教体局, 救援队) rather than a person a pronoun could mean.</summary>
    public static bool IsOrganisation(ReadOnlySpan<char> name)
    {
        foreach (var end in SpeechLexicon.ChineseOrganisationEnds)
        {
            if (name.Length > end.Length && name.EndsWith(end, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
