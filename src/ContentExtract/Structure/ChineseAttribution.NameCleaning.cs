using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// What is left of the words before a verb of saying once they are cleaned down to a name: connectives, roles,
/// modifiers, a trailing verb and bracketed glosses come off ("部长宋善云" gives 宋善云).
/// </summary>
internal static partial class ChineseAttribution
{
    /// <summary>Lengths of an adverb of manner before 地, tried in order: a word of two characters, an idiom of four, a form of three.</summary>
    private static readonly int[] MannerAdverbLengths = [2, 4, 3];

    /// <summary>The longest preposition and object that stand in a clause whose subject is left out ("对部下", "向新闻媒体").</summary>
    private const int MaxObjectPhrase = 5;

    /// <summary>"方面" after a body ("华远集团方面"): the side of a party that speaks for it.</summary>
    private const string PartyMarker = "方面";

    /// <param name="head">The words before the verb.</param>
    /// <param name="memory">The names the text has used.</param>
    /// <param name="subjectLeftOut">Set when the words are the predicate's, with an object pronoun ("就问他说") and no subject.</param>
    /// <param name="openingName">
    /// Whether a name that opens a predicate may be taken ("杨一飞回复"); not while an adverb's length is tried, where a
    /// shorter cut would take "梁星" of "梁星人博士" before the right one leaves "梁星人".
    /// </param>
    private static Attribution CleanName(ReadOnlySpan<char> head, SpeakerMemory memory, out bool subjectLeftOut, bool openingName = true)
    {
        subjectLeftOut = false;
        var name = TextSpan.TrimAll(StripBrackets(head).AsSpan());
        name = StripLeadingConnectives(name);

        // "感动地说", "言之确凿地告诉记者": an adverb of manner ends in 地 and is not part of the name. It is a word of two
        // characters or an idiom of four (at times three, 笑眯眯): the name ends where one of those lengths leaves a name.
        if (name.Length > 3 && name[^1] == '地')
        {
            foreach (int adverb in MannerAdverbLengths)
            {
                if (name.Length - adverb - 1 >= 2 && CleanName(name[..^(adverb + 1)], memory, out _, openingName: false) is { Kind: AttributionKind.Named or AttributionKind.Pronoun } beforeAdverb)
                {
                    return beforeAdverb;
                }
            }

            name = name[..^3];
        }

        if (IsOnlyModifiers(name))
        {
            return Attribution.Pronoun;
        }

        if (SpeechLexicon.ChineseFrequencyAdverbs.Contains(name.ToString()))
        {
            return LeftOutSubject(memory, out subjectLeftOut);
        }

        // "他曾接受电视台采访称", "她会耐心地讲解": a pronoun opening the clause is its subject, whatever follows.
        if (OpensWithPronoun(name))
        {
            return Attribution.Pronoun;
        }

        if (KnownSubjectAt(name, 0, memory) is { } known)
        {
            return Attribution.Named(known);
        }

        // "这位总经理说", "国王说": a noun the text named someone by refers back to them.
        if (memory.HolderAt(StripDemonstrative(name), whole: true) is { } holder)
        {
            return Attribution.Named(holder);
        }

        foreach (var indefinite in SpeechLexicon.ChineseIndefinites)
        {
            if (name.StartsWith(indefinite, StringComparison.Ordinal))
            {
                return Attribution.Unnamed;
            }
        }

        bool stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var modifier in SpeechLexicon.ChineseTrailingModifiers)
            {
                if (name.Length > modifier.Length && name.EndsWith(modifier, StringComparison.Ordinal))
                {
                    name = name[..^modifier.Length];
                    stripped = true;
                }
            }
        }

        // "韩志远一边核对名单一边说", "刘兴亮从资本的角度分析": the name ends where an action begins (never at the very start,
        // nor second in a name after its surname: 张向东, 李从军).
        foreach (var start in SpeechLexicon.ChineseActionStarts)
        {
            int at = name.IndexOf(start, StringComparison.Ordinal);
            if (at >= 2 && !(SpeechLexicon.ChineseSurnames.Contains(name[at - 1]) && (at == 1 || EndsWithRole(name[..(at - 1)]))))
            {
                name = name[..at];
            }
        }

        if (BodyOfSpokespeople(name) is { IsEmpty: false } body)
        {
            return Attribution.Named(body.ToString());
        }

        int of = name.LastIndexOf('的');
        if (of >= 0 && of < name.Length - 1)
        {
            name = name[(of + 1)..];
        }

        // "门房回答说": a verb of saying before the verb is the predicate's, not the name's.
        name = StripTrailingVerb(name);

        // "华远集团方面表示", "广汽方面": the body named before 方面 ("the side of") speaks as a party; "另一方面" is a connective.
        if (name.Length >= PartyMarker.Length + 2 && name.EndsWith(PartyMarker, StringComparison.Ordinal) && name[^(PartyMarker.Length + 1)] != '一')
        {
            var party = StripRoles(name[..^PartyMarker.Length]);
            if (party.Length >= 2 && !SpeechLexicon.ChinesePronouns.Contains(party[..1].ToString()) && !SpeechLexicon.ChineseNotSpeakers.Contains(party.ToString()))
            {
                return Attribution.Named(party.ToString());
            }
        }

        // "就问他说", "同他商量说": a pronoun after the clause's first word is its object, and the subject is left out.
        if (name.Length > 1 && name[1..].IndexOfAny("他她") >= 0)
        {
            subjectLeftOut = true;
            return Attribution.None;
        }

        var afterRoles = TextSpan.TrimAll(StripRoles(name));
        if (afterRoles.Length < name.Length && EndsWithOffice(name[..^afterRoles.Length]) && IsNameAfterOffice(afterRoles))
        {
            // "美国总统拜登", "俄罗斯总统普京": an office names its holder whatever the name's first character; a foreign name
            // has no Chinese surname to recognise it by.
            return Attribution.Named(afterRoles.ToString());
        }

        name = afterRoles;
        if (name.IsEmpty || SpeechLexicon.ChineseSubjectlessOpeners.Contains(name.ToString()))
        {
            return Attribution.Pronoun;
        }

        // "王说": a surname alone refers back to the person of that surname the text named last in full.
        if (name.Length <= 2 && SurnameLength(name) == name.Length && memory.LastPersonWithSurname(name) is { } fullName)
        {
            return Attribution.Named(fullName);
        }

        string text = name.ToString();
        if (SpeechLexicon.ChineseNotSpeakers.Contains(text))
        {
            return Attribution.Unnamed;
        }

        // "马将军说": a surname with a title is the one person of that surname the text named in full ("大将军马生拿").
        if (FullNameOfSurnameWithTitle(name, memory, whole: true) is { } fullNameOfTitle)
        {
            return Attribution.Named(fullNameOfTitle);
        }

        if (IsName(name, memory))
        {
            return Attribution.Named(text);
        }

        // "剧中雨田的扮演者王慧杰": a name at the end of a longer description.
        for (int length = 3; length >= 2; length--)
        {
            // After a digit the "surname" is a unit of the number ("20万元钱"), not a name.
            if (name.Length > length && SurnameLength(name[^length..]) == 1 && !char.IsDigit(name[^(length + 1)]) && IsName(name[^length..], memory) && !SpeechLexicon.ChineseNameBreakers.Contains(name[^1]))
            {
                return Attribution.Named(name[^length..].ToString());
            }
        }

        // "杨一飞回复称": the subject opens the clause and a predicate of its own runs on to the verb.
        if (openingName && PersonOpeningPredicate(name) is { } subject)
        {
            return Attribution.Named(subject);
        }

        // "随后，几个字一顿说", "她沉默了一会儿说": a momentary action is a predicate of its own, not a subject; the subject is
        // left out and is the person named before, as after "然后".
        // "马将军听到钟声后，对部下说": a clause that opens with its object's preposition has left its subject out too.
        return EndsWithMomentaryAction(name) || OpensWithObjectPhrase(name) ? LeftOutSubject(memory, out subjectLeftOut) : Attribution.Unnamed;
    }

    /// <summary>
    /// True when <paramref name="words"/> are a preposition and its short object ("对部下", "向媒体", "跟大家"), not a subject:
    /// "与会代表" (those attending), "和他一起的同事" (too long) and "对儿子" (a person's noun, who may be the speaker) are not.
    /// </summary>
    private static bool OpensWithObjectPhrase(ReadOnlySpan<char> words)
    {
        if (words.Length is < 2 or > MaxObjectPhrase || !SpeechLexicon.ChineseObjectMarkers.Contains(words[0]) || SpeechLexicon.ChinesePersonNounEnds.Contains(words[^1]))
        {
            return false;
        }

        foreach (var noun in SpeechLexicon.ChineseNounsOpeningWithPreposition)
        {
            if (words.StartsWith(noun, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A subject the clause leaves out ("但总说", "几个字一顿说"): the person the paragraph is about, when it has named anyone so
    /// far. A paragraph that names no one leaves it to its own sentence: the person that sentence names first, else nobody, not
    /// someone named paragraphs before.
    /// </summary>
    private static Attribution LeftOutSubject(SpeakerMemory memory, out bool subjectLeftOut)
    {
        subjectLeftOut = !memory.ParagraphNamedSomeone;
        return subjectLeftOut ? Attribution.None : Attribution.Pronoun;
    }

    /// <summary>
    /// True when <paramref name="words"/> end in a momentary action, 一 and one character ("一顿", "一笑", "一下", "一会儿"),
    /// which no subject ends in. After a classifier the 一 counts someone ("其中一人", "另一位"), and 第一, 唯一 and 统一 are words.
    /// </summary>
    private static bool EndsWithMomentaryAction(ReadOnlySpan<char> words)
    {
        if (words is [.., '儿'])
        {
            words = words[..^1];
        }

        return words is [.., '一', var action] && CharClass.IsHan(action) && !SpeechLexicon.ChineseClassifiers.Contains(action)
            && (words.Length == 2 || !SpeechLexicon.ChineseWordsEndingInYi.Contains(words[^3]));
    }

    /// <summary>
    /// The person's name that opens <paramref name="head"/> when the rest is their predicate ("杨一飞" of "杨一飞回复"): two or
    /// three characters after a surname, ended by a character no name holds, as a surname character alone starts many
    /// words ("高速公路管理处"); a date after the name ends it too ("杨一飞19日在接受采访时称"). Null when no such name opens it. A body that opens a predicate ("市教体局发布通报") is left
    /// alone: its name runs on into descriptions of its people ("华远集团相关负责人") with no mark between them.
    /// </summary>
    private static string? PersonOpeningPredicate(ReadOnlySpan<char> head) =>
        SurnameLength(head) > 0 && NameAfterRole(head) is { } person && person.Length < head.Length
        && (SpeechLexicon.ChineseNameBreakers.Contains(head[person.Length]) || char.IsAsciiDigit(head[person.Length]))
            ? person
            : null;

    /// <summary>
    /// The body whose spokespeople <paramref name="name"/> names ("市商务局" of "市商务局有关负责人"), or empty when it names
    /// no body's: the words before the spokespeople must be a body's name (市教体局, 救援队, 集团), not a person's or a place's.
    /// </summary>
    private static ReadOnlySpan<char> BodyOfSpokespeople(ReadOnlySpan<char> name)
    {
        foreach (var spokespeople in SpeechLexicon.ChineseSpokespeople)
        {
            if (!name.EndsWith(spokespeople, StringComparison.Ordinal))
            {
                continue;
            }

            var body = name[..^spokespeople.Length];
            foreach (var qualifier in SpeechLexicon.ChineseSpokespeopleQualifiers)
            {
                if (body.EndsWith(qualifier, StringComparison.Ordinal))
                {
                    body = body[..^qualifier.Length];
                }
            }

            return body.Length >= 3 && IsOrganisation(body) ? body : [];
        }

        return [];
    }

    private static ReadOnlySpan<char> StripTrailingVerb(ReadOnlySpan<char> name)
    {
        foreach (var verb in SpeechLexicon.ChineseVerbs)
        {
            if (verb.Length > 1 && name.Length > verb.Length && name.EndsWith(verb, StringComparison.Ordinal))
            {
                return name[..^verb.Length];
            }
        }

        return name;
    }

    internal static ReadOnlySpan<char> StripLeadingConnectives(ReadOnlySpan<char> name)
    {
        bool stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var connective in SpeechLexicon.ChineseLeadingConnectives)
            {
                if (name.Length > connective.Length && name.StartsWith(connective, StringComparison.Ordinal))
                {
                    name = TextSpan.TrimAll(name[connective.Length..]);
                    stripped = true;
                }
            }
        }

        return name;
    }

    /// <summary>The words after the last role that leaves two characters or more ("总经理王建国" gives 王建国); empty when no role does.</summary>
    internal static ReadOnlySpan<char> AfterLastRole(ReadOnlySpan<char> text)
    {
        int roleEnd = LastRoleEnd(text);
        return roleEnd > 0 ? text[roleEnd..] : [];
    }

    private static int LastRoleEnd(ReadOnlySpan<char> name)
    {
        int roleEnd = -1;
        foreach (var role in SpeechLexicon.ChineseRolesBeforeName)
        {
            int at = name.LastIndexOf(role, StringComparison.Ordinal);
            if (at >= 0 && at + role.Length > roleEnd && at + role.Length <= name.Length - 2)
            {
                roleEnd = at + role.Length;
            }
        }

        return roleEnd;
    }

    private static ReadOnlySpan<char> StripRoles(ReadOnlySpan<char> name)
    {
        int roleEnd = LastRoleEnd(name);
        if (roleEnd > 0)
        {
            return name[roleEnd..];
        }

        // "孙德明老人", "钟南山院士": a role after the name.
        foreach (var role in SpeechLexicon.ChineseRolesAfterName)
        {
            if (name.Length >= role.Length + 2 && name.EndsWith(role, StringComparison.Ordinal))
            {
                return name[..^role.Length];
            }
        }

        return name;
    }

    private static bool IsOnlyModifiers(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            bool found = false;
            foreach (var modifier in SpeechLexicon.ChineseTrailingModifiers)
            {
                if (text.StartsWith(modifier, StringComparison.Ordinal))
                {
                    text = text[modifier.Length..];
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return SpeechLexicon.ChineseSubjectlessOpeners.Contains(text.ToString());
            }
        }

        return true;
    }

    /// <summary>"斯蒂芬妮·席尔霍尔茨(Stephanie Schierholz)": what a bracket glosses is not part of the name.</summary>
    private static string StripBrackets(ReadOnlySpan<char> text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        int depth = 0;
        foreach (char c in text)
        {
            if (c is '(' or '（')
            {
                depth++;
            }
            else if (c is ')' or '）')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
