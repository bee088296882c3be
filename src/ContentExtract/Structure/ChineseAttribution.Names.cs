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
                bool person = !IsOrganisation(name);
                memory.Mention(name, isPerson: person);
                if (person)
                {
                    RememberOffice(text[..i], name, memory);
                }

                i += name.Length - 1;
            }
            else if (i > 0 && (MayOpenNameAfterRole(text[i]) || (EndsWithOffice(text[..i]) && IsNameAfterOffice(text.Slice(i, Math.Min(2, text.Length - i)))))
                && (EndsWithRole(text[..i]) || EndsWithAgentNoun(text[..i])) && PersonAfterRole(text[i..]) is { } named)
            {
                // "校长王尚普拒绝接受采访": a role names the person after it. A reporter ("澎湃新闻记者段彦超 图") writes the story
                // and asks its questions; 他 and 她 in it are the people the reporter writes about, never the reporter.
                memory.Mention(named, isPerson: !EndsWithWriterRole(text[..i]));
                RememberOffice(text[..i], named, memory);
                i += named.Length - 1;
            }
            else if (i > 0 && IntroducesName(text[..i]) && NamedByApposition(text, i) is { } appositive)
            {
                // "有一个好国王，名叫福寿": the person the name introduces, and the noun the text described them by.
                memory.Mention(appositive.Name, isPerson: true);
                memory.NameHolder(appositive.Noun, appositive.Name);
                i += appositive.Name.Length - 1;
            }
        }

        MentionTransliteratedNames(text, memory);
    }

    /// <summary>The words after a demonstrative that opens them ("总经理" of "这位总经理"), else the words.</summary>
    internal static ReadOnlySpan<char> StripDemonstrative(ReadOnlySpan<char> words)
    {
        foreach (var demonstrative in SpeechLexicon.ChineseDemonstratives)
        {
            if (words.Length > demonstrative.Length && words.StartsWith(demonstrative, StringComparison.Ordinal))
            {
                return words[demonstrative.Length..];
            }
        }

        return words;
    }

    private static bool EndsWithWriterRole(ReadOnlySpan<char> text)
    {
        foreach (var role in SpeechLexicon.ChineseWriterRoles)
        {
            if (text.EndsWith(role, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="text"/> ends in a noun for someone by what they do ("馆员", "设计师", "飞行员"): Chinese
    /// forms them with these heads, more than any list of roles holds, and a surname right after one opens the person's name.
    /// </summary>
    private static bool EndsWithAgentNoun(ReadOnlySpan<char> text) =>
        text is [.., var before, var head] && CharClass.IsHan(before) && SpeechLexicon.ChineseAgentNounHeads.Contains(head);

    /// <summary>
    /// True when <paramref name="text"/> ends in an office of a state or a body, after the state's or the body's name ("美国总统",
    /// "白宫发言人"): the office names one holder, often a foreign one.
    /// </summary>
    internal static bool EndsWithOffice(ReadOnlySpan<char> text)
    {
        // Most characters end no office: one lookup before the comparisons, as this runs at every character of a mention scan.
        if (text.IsEmpty || !SpeechLexicon.ChineseOfficeEnds.Contains(text[^1]))
        {
            return false;
        }

        foreach (var office in SpeechLexicon.ChineseOfficesOfState)
        {
            if (text.Length > office.Length && text.EndsWith(office, StringComparison.Ordinal) && CharClass.IsHan(text[^(office.Length + 1)]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for words after an office that can be its holder's name whatever their first character (拜登, 普京): two to four
    /// characters, none of which ends a name or is a preposition ("总统在会上", "总统向记者").
    /// </summary>
    internal static bool IsNameAfterOffice(ReadOnlySpan<char> words)
    {
        if (words.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (char c in words)
        {
            if (!CharClass.IsHan(c) || SpeechLexicon.ChineseNameBreakers.Contains(c) || SpeechLexicon.ChineseObjectMarkers.Contains(c) || c is '他' or '她')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Remembers the office a person is named with ("总经理王建国"), for "这位总经理" or "总经理" that refers back to them.</summary>
    private static void RememberOffice(ReadOnlySpan<char> before, string name, SpeakerMemory memory)
    {
        foreach (var title in SpeechLexicon.ChineseTitlesAfterSurname)
        {
            if (before.EndsWith(title, StringComparison.Ordinal))
            {
                memory.NameHolder(title, name);
                return;
            }
        }
    }

    /// <summary>
    /// The name that "名叫" introduces at <paramref name="at"/> and the person noun before it, when the text describes
    /// someone and then names them ("一个好国王，名叫福寿", "一位军官名叫李明"): the name runs to a clause mark or 的 (two to four
    /// characters), and the noun is the two characters before 名叫, a noun for a person by its last character ("国王",
    /// "军官", not "小城"). Null otherwise.
    /// </summary>
    private static (string Name, string Noun)? NamedByApposition(ReadOnlySpan<char> text, int at)
    {
        int end = at;
        while (end < text.Length && end - at < MaxAppositiveName && CharClass.IsHan(text[end]) && text[end] != '的')
        {
            end++;
        }

        bool ended = end == text.Length || !CharClass.IsHan(text[end]) || text[end] == '的';
        int nounEnd = at - 2;
        if (nounEnd > 0 && text[nounEnd - 1] is '，' or ',')
        {
            nounEnd--;
        }

        if (!ended || end - at < 2 || nounEnd < 2 || !CharClass.IsHan(text[nounEnd - 2]) || !SpeechLexicon.ChinesePersonNounEnds.Contains(text[nounEnd - 1]))
        {
            return null;
        }

        return (text[at..end].ToString(), text[(nounEnd - 2)..nounEnd].ToString());
    }

    /// <summary>
    /// True when <paramref name="c"/>, right after a role, may be the surname of the person the role names ("校长王尚普"). A
    /// surname that is also a preposition (向) is the preposition there: "工作人员向澎湃新闻证实" names no one called 向澎湃.
    /// </summary>
    internal static bool MayOpenNameAfterRole(char c) => SpeechLexicon.ChineseSurnames.Contains(c) && !SpeechLexicon.ChineseObjectMarkers.Contains(c);

    /// <summary>
    /// The name after a role ("校长王尚普" gives 王尚普), or null when the words after the surname character are a role
    /// themselves: in "副市长任组长的调查组" 任 is a verb ("to serve as"), and no one is called 任组长.
    /// </summary>
    internal static string? PersonAfterRole(ReadOnlySpan<char> text)
    {
        if (text.Length > 1 && StartsWithRole(text[1..]))
        {
            return null;
        }

        return NameAfterRole(text);
    }

    private static bool StartsWithRole(ReadOnlySpan<char> text)
    {
        foreach (var role in SpeechLexicon.ChineseRolesBeforeName)
        {
            if (text.StartsWith(role, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>True for a surname and a title after it ("马将军", "王局长", "李女士"): how the text refers to a person it may have named in full.</summary>
    public static bool IsSurnameWithTitle(ReadOnlySpan<char> name) => SurnameLength(name) is > 0 and var surname && name.Length > surname && IsTitle(name[surname..]);

    /// <summary>
    /// The full name a surname with a title at the start of <paramref name="text"/> refers back to ("马将军" of "马将军是富有经验的元帅"
    /// gives 马生拿, named before as "大将军马生拿"): the one person of that surname the text has named, or null.
    /// </summary>
    public static string? FullNameOfSurnameWithTitle(ReadOnlySpan<char> text, SpeakerMemory memory, bool whole)
    {
        int surname = SurnameLength(text);
        if (surname == 0)
        {
            return null;
        }

        foreach (var title in SpeechLexicon.ChineseTitlesAfterSurname)
        {
            if (text[surname..].StartsWith(title, StringComparison.Ordinal) && (!whole || text.Length == surname + title.Length))
            {
                return memory.OnlyPersonWithSurname(text[..surname]);
            }
        }

        return null;
    }

    private static bool IsTitle(ReadOnlySpan<char> words)
    {
        foreach (var title in SpeechLexicon.ChineseTitlesAfterSurname)
        {
            if (words.SequenceEqual(title))
            {
                return true;
            }
        }

        return false;
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
