using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// Reads who says a quotation in Chinese text: the clause after it ("…”宋善云介绍", "…”，张凡说"),
/// the clause before it ("宋善云说：“…”", "杨国禹认为，往眼睛里…，“…”", "据某某介绍"), with the
/// roles before a name (部长, 主任医师) and after it (老人, 院士) taken off and pronouns (他, 她)
/// or a left-out subject ("然后表示：") referring back.
/// </summary>
internal static partial class ChineseAttribution
{
    private const int MaxName = 12;

    /// <summary>The longest name "名叫" introduces: a given name and a surname of two characters each (欧阳修远).</summary>
    private const int MaxAppositiveName = 4;

    /// <summary>How often a three-character name must recur before it is taken for a name without other evidence.</summary>
    private const int MinNameRecurrence = 3;

    /// <summary>The attribution in the sentence after a quotation ("，李明说。", "吴翔宇自称是…").</summary>
    public static Attribution After(ReadOnlySpan<char> after, SpeakerMemory memory)
    {
        int end = after.IndexOfAny(SpeechLexicon.ChineseSentenceEnds);
        var sentence = end >= 0 ? after[..end] : after;
        int firstClauseEnd = NextClauseMark(sentence, SkipLeadingMarks(sentence));
        for (int at = 1; at < sentence.Length; at++)
        {
            int length = VerbLengthAt(sentence, at, relaxed: false);
            bool loose = length == 0 && at < firstClauseEnd && VerbLengthAt(sentence, at, relaxed: true) > 0;
            if (length == 0 && !loose)
            {
                continue;
            }

            // "…”，张凡说只能…": right after the quotation a one-character verb need not end its clause, but then it must have a named subject.
            var attribution = NameBeforeVerb(sentence, at, memory);
            int clauseStart = LastClauseMark(sentence, at) + 1;
            if (attribution.Kind == AttributionKind.Unnamed && OpensWithPreposition(sentence[clauseStart..at]))
            {
                // "除了再次向记者强调…之外，裴逸群还透露": a clause that opens with a preposition has no subject of its own.
                at += Math.Max(length, 1) - 1;
                continue;
            }
            if (attribution.Kind is AttributionKind.Named or AttributionKind.Pronoun || (attribution.Found && !loose && at < firstClauseEnd))
            {
                return attribution;
            }

            at += Math.Max(length, 1) - 1;
        }

        return Attribution.None;
    }

    /// <summary>
    /// The attribution in the sentence before a quotation: its last speech verb and who that verb has
    /// as subject. <paramref name="immediate"/> tells whether the verb leads straight into the quotation
    /// ("李明表示：“…”"), which outranks an attribution after it.
    /// </summary>
    public static Attribution Before(ReadOnlySpan<char> before, SpeakerMemory memory, out bool immediate)
    {
        immediate = false;
        // The clause the quotation follows is the one before the marks that lead into it: in "张明说后悔自己来晚了，“…”" the verb
        // opens that clause and the reported speech runs on into the quotation.
        int trailingMarks = TrailingMarksStart(before);
        int lastClauseMark = LastClauseMark(before, trailingMarks);

        // "广汽方面的回应是，“…”", "用王明的话说，“…”": speech given as a noun leads straight into the quotation it names.
        var possessor = ChineseNominalSpeech.Possessor(TextSpan.TrimAll(before[(lastClauseMark + 1)..trailingMarks]));
        if (!possessor.IsEmpty && CleanName(possessor, memory, out _) is { Found: true } nominal)
        {
            immediate = true;
            return nominal;
        }
        for (int end = before.Length; end >= 2; end--)
        {
            // "孙启勤向记者讲述了当时的经过：": an addressed phrase speaks whatever verb ends it.
            int addressedAt = end - 1;
            if (ChineseAddressedSpeech.LengthAt(before, addressedAt) is > 0 and var addressed && !IsNegated(before, addressedAt))
            {
                immediate = before[(addressedAt + addressed)..].Trim("：:，,︰ \u3000").IndexOfAny(SpeechLexicon.ChineseClauseMarks) < 0;
                return NameBeforeVerb(before, addressedAt, memory);
            }

            if (!SpeechLexicon.ChineseVerbEnds.Contains(before[end - 1]))
            {
                continue;
            }

            // Verbs are matched by where they end, longest first, so that "补充说" is read whole and not as "说".
            foreach (var verb in SpeechLexicon.ChineseVerbs)
            {
                int at = end - verb.Length;
                if (at < 1 || !before[..end].EndsWith(verb, StringComparison.Ordinal) || VerbLengthAt(before, at, relaxed: at > lastClauseMark) != verb.Length)
                {
                    continue;
                }

                immediate = before[end..].Trim("：:，,︰ \u3000").IsEmpty;
                return NameBeforeVerb(before, at, memory);
            }
        }

        return Attribution.None;
    }

    /// <summary>The first statement of a sentence without a quotation ("刘颖认为，更加贴近的说法是…").</summary>
    public static Attribution Statement(ReadOnlySpan<char> sentence, SpeakerMemory memory)
    {
        var unnamed = Attribution.None;
        for (int at = 1; at < sentence.Length; at++)
        {
            int length = VerbLengthAt(sentence, at, relaxed: false);
            if (length > 0)
            {
                var attribution = NameBeforeVerb(sentence, at, memory);
                if (attribution.Kind is AttributionKind.Named or AttributionKind.Pronoun)
                {
                    return attribution;
                }

                unnamed = attribution.Found && !unnamed.Found ? attribution : unnamed;
                at += length - 1;
            }
        }

        return unnamed;
    }

    /// <summary>
    /// Who a sentence is about, for a quotation set in it without a verb of saying ("温先生松了口气，“…”"):
    /// the pronoun it opens with, or the first name in it that the text has used before.
    /// </summary>
    public static Attribution Subject(ReadOnlySpan<char> sentence, SpeakerMemory memory)
    {
        var clause = TextSpan.TrimAll(sentence);
        if (OpensWithPronoun(clause))
        {
            return Attribution.Pronoun;
        }

        for (int i = 0; i < clause.Length; i++)
        {
            if ((i == 0 || !SpeechLexicon.ChineseObjectMarkers.Contains(clause[i - 1])) && KnownSubjectAt(clause, i, memory) is { } known)
            {
                return Attribution.Named(known);
            }
        }

        return Attribution.None;
    }

    /// <summary>Transliterated names ("戴夫·汉森") in a sentence: people the text mentions, whom a later 他 or 她 may mean.</summary>
    private static void MentionTransliteratedNames(ReadOnlySpan<char> sentence, SpeakerMemory memory)
    {
        for (int i = 1; i + 1 < sentence.Length; i++)
        {
            if (!IsNameDot(sentence, i))
            {
                continue;
            }

            int start = i;
            while (start > 0 && i - start < 4 && CharClass.IsHan(sentence[start - 1]) && !EndsWithRole(sentence[..start]))
            {
                start--;
            }

            int end = i + 1;
            while (end < sentence.Length && end - i <= 5 && CharClass.IsHan(sentence[end]) && !StartsAction(sentence[end..]))
            {
                end++;
            }

            if (i - start >= 1 && end - i >= 2)
            {
                memory.Mention(sentence[start..end].ToString(), isPerson: true);
            }

            i = end;
        }
    }

    /// <summary>The length of the speech verb that starts at <paramref name="at"/>, or 0.</summary>
    /// <param name="text">The text.</param>
    /// <param name="at">Where the verb would start.</param>
    /// <param name="relaxed">
    /// True where the verb's clause holds the quotation itself (…”，张凡说只能…; 总说眼睛“…”): a one-character
    /// verb then need not end its clause.
    /// </param>
    internal static int VerbLengthAt(ReadOnlySpan<char> text, int at, bool relaxed)
    {
        int addressed = ChineseAddressedSpeech.LengthAt(text, at);
        if (addressed > 0)
        {
            return IsNegated(text, at) ? 0 : addressed;
        }

        // Most characters start no verb: one lookup instead of a comparison with every verb.
        if (at < text.Length && !SpeechLexicon.ChineseVerbStarts.Contains(text[at]))
        {
            return 0;
        }

        foreach (var verb in SpeechLexicon.ChineseVerbs)
        {
            if (!text[at..].StartsWith(verb, StringComparison.Ordinal))
            {
                continue;
            }

            if (IsNegated(text, at))
            {
                return 0;
            }

            if (verb.Length > 1)
            {
                return verb.Length;
            }

            if (at > 0 && ((verb == "说" && SpeechLexicon.NotSpeechBeforeShuo.Contains(text[at - 1]) && !EndsWithDirectionalComplement(text[..at]))
                || SpeechLexicon.NotSpeechEndingInVerb.Contains(text.Slice(at - 1, 2).ToString())))
            {
                return 0;
            }

            foreach (var word in SpeechLexicon.NotSpeechWords)
            {
                if (text[at..].StartsWith(word, StringComparison.Ordinal))
                {
                    return 0;
                }
            }

            // Elsewhere a one-character verb ("说", "称", "问") speaks only where the speech follows it or the clause ends.
            bool clauseEnds = at + 1 >= text.Length || text[at + 1] is '，' or ',' or '：' or ':' or '︰' or '“' or '"' or '道' or '”' or '。' or EnglishTokenizer.QuoteMask;
            return clauseEnds || relaxed ? 1 : 0;
        }

        return 0;
    }

    /// <summary>
    /// "站起来", "走过来": a verb's direction ends in 来, and the 说 after it is speech ("站起来说"), where "对我来说" and
    /// "一般来说" are not.
    /// </summary>
    private static bool EndsWithDirectionalComplement(ReadOnlySpan<char> text) =>
        text is [.., var direction, '来'] && SpeechLexicon.ChineseDirections.Contains(direction);

    private static bool OpensWithPreposition(ReadOnlySpan<char> clause)
    {
        clause = TextSpan.TrimAll(clause);
        foreach (var preposition in SpeechLexicon.ChineseClausePrepositions)
        {
            if (clause.StartsWith(preposition, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"没发现", "没有发现", "不说": a negated verb reports no speech.</summary>
    private static bool IsNegated(ReadOnlySpan<char> text, int at) =>
        at > 0 && (SpeechLexicon.ChineseNegations.Contains(text[at - 1]) || (text[at - 1] == '有' && at > 1 && SpeechLexicon.ChineseNegations.Contains(text[at - 2])));

    /// <summary>
    /// Who the verb at <paramref name="verbAt"/> has as subject: the words from the clause mark before it. A pronoun there,
    /// or a subject left out, is the person the sentence named first in a clause before ("裴逸群显得颇为惊讶，她还向本报记者透露",
    /// "卫斯理觉得奇怪，就问他说"), else a pronoun refers back beyond the sentence and a left-out subject names nobody.
    /// </summary>
    private static Attribution NameBeforeVerb(ReadOnlySpan<char> text, int verbAt, SpeakerMemory memory)
    {
        int cut = LastClauseMark(text, verbAt);
        var head = text[(cut + 1)..verbAt];
        var attribution = CleanName(head, memory, out bool leftOut);
        if (attribution.Kind == AttributionKind.Pronoun && cut > 0 && ChineseClauseSubject.OfEarlierReport(text[..cut], OpeningPronoun(head), memory) is { Kind: AttributionKind.Named } reporter)
        {
            return reporter;
        }

        if ((attribution.Kind == AttributionKind.Pronoun || leftOut) && cut > 0 && ChineseClauseSubject.OfSentence(text[..cut], memory) is { Kind: AttributionKind.Named } earlier)
        {
            return earlier;
        }

        return leftOut ? Attribution.Unnamed : attribution;
    }

    /// <summary>
    /// True when <paramref name="clause"/> opens with a pronoun for one person (他, 她, 其), not a plural (他们) nor a word that
    /// starts with 其 ("其中一人", "其他", "其实").
    /// </summary>
    internal static bool OpensWithPronoun(ReadOnlySpan<char> clause) =>
        clause.Length > 0 && SpeechLexicon.ChinesePronouns.Contains(clause[..1].ToString())
        && (clause.Length == 1 || (clause[1] != '们' && !(clause[0] == '其' && SpeechLexicon.ChineseWordsOpeningWithQi.Contains(clause[1]))));

    /// <summary>The pronoun (他 or 她) a clause opens with once its connectives are off ("据他回忆" gives 他), or '\0'.</summary>
    internal static char OpeningPronoun(ReadOnlySpan<char> clause)
    {
        clause = StripLeadingConnectives(TextSpan.TrimAll(clause));
        return clause is [var first, ..] && first is '他' or '她' && (clause.Length == 1 || clause[1] != '们') ? first : '\0';
    }

    /// <summary>Where the clause marks and spaces that end <paramref name="text"/> begin (its length when none do).</summary>
    private static int TrailingMarksStart(ReadOnlySpan<char> text)
    {
        int end = text.Length;
        while (end > 0 && (SpeechLexicon.ChineseClauseMarks.Contains(text[end - 1]) || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        return end;
    }

    /// <summary>The last clause mark before <paramref name="end"/> that is not inside brackets, or -1.</summary>
    private static int LastClauseMark(ReadOnlySpan<char> text, int end)
    {
        int depth = 0;
        for (int i = end - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c is ')' or '）')
            {
                depth++;
            }
            else if (c is '(' or '（')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && (SpeechLexicon.ChineseClauseMarks.Contains(c) || c == EnglishTokenizer.QuoteMask))
            {
                return i;
            }
        }

        return -1;
    }

    private static int NextClauseMark(ReadOnlySpan<char> text, int from)
    {
        int at = text[from..].IndexOfAny(SpeechLexicon.ChineseClauseMarks);
        return at < 0 ? text.Length : from + at;
    }

    private static int SkipLeadingMarks(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length && (SpeechLexicon.ChineseClauseMarks.Contains(text[i]) || CharClass.IsSpace(text[i])))
        {
            i++;
        }

        return i;
    }

    /// <summary>A known name at <paramref name="at"/> that stands for its bearer, not for their family or things (小花家属, 小刚的作业本).</summary>
    internal static string? KnownSubjectAt(ReadOnlySpan<char> text, int at, SpeakerMemory memory)
    {
        if (memory.KnownNameAt(text[at..]) is not { } name)
        {
            return null;
        }

        var rest = text[(at + name.Length)..];
        foreach (var noun in SpeechLexicon.ChinesePossessedNouns)
        {
            if (rest.StartsWith(noun, StringComparison.Ordinal))
            {
                return null;
            }
        }

        // "马将军" recurs like a name, but it refers back to the one 马 the text named in full.
        return IsSurnameWithTitle(name) && memory.OnlyPersonWithSurname(name.AsSpan(0, SurnameLength(name))) is { } fullName ? fullName : name;
    }

    /// <summary>The two- or three-character name that follows a role: three characters unless the third ends it (张凡在…).</summary>
    internal static string? NameAfterRole(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || !CharClass.IsHan(text[1]) || SpeechLexicon.ChineseNameBreakers.Contains(text[1]))
        {
            return null;
        }

        bool three = text.Length >= 3 && CharClass.IsHan(text[2]) && !SpeechLexicon.ChineseNameBreakers.Contains(text[2]) && !StartsAction(text[2..]);
        return text[..(three ? 3 : 2)].ToString();
    }

    /// <summary>A name starts a clause, or follows 的, a closing quotation mark, a role ("部长宋善云") or the words that introduce a name ("名叫魏志明").</summary>
    private static bool OpensName(string text, int at)
    {
        if (at == 0)
        {
            return true;
        }

        char before = text[at - 1];
        return SpeechLexicon.ChineseClauseMarks.Contains(before) || SpeechLexicon.ChineseSentenceEnds.Contains(before) || before is '的' or '”' or '“' or '」' or '。'
            || EndsWithRole(text.AsSpan(0, at)) || IntroducesName(text.AsSpan(0, at));
    }

    /// <summary>"名叫", "名为", "叫做": what comes next is someone's name, whatever the sentence does with it.</summary>
    internal static bool IntroducesName(ReadOnlySpan<char> before) =>
        before.EndsWith("名叫", StringComparison.Ordinal) || before.EndsWith("名为", StringComparison.Ordinal) || before.EndsWith("叫做", StringComparison.Ordinal);

    private static int SurnameLength(ReadOnlySpan<char> name)
    {
        foreach (var surname in SpeechLexicon.ChineseDoubleSurnames)
        {
            if (name.StartsWith(surname, StringComparison.Ordinal))
            {
                return surname.Length;
            }
        }

        return SpeechLexicon.ChineseSurnames.Contains(name[0]) ? 1 : 0;
    }

    /// <summary>The dot of a transliterated name (戴夫·汉森), also as pages garble it ("斯蒂芬妮?席尔霍尔茨").</summary>
    private static bool IsNameDot(ReadOnlySpan<char> text, int at) =>
        text[at] is '·' or '•' or '．' or '?' && at > 0 && at + 1 < text.Length && CharClass.IsHan(text[at - 1]) && CharClass.IsHan(text[at + 1]);

    internal static bool EndsWithRole(ReadOnlySpan<char> text)
    {
        foreach (var role in SpeechLexicon.ChineseRolesBeforeName)
        {
            if (text.EndsWith(role, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsAction(ReadOnlySpan<char> text)
    {
        foreach (var start in SpeechLexicon.ChineseActionStarts)
        {
            if (text.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return VerbLengthAt(text, 0, relaxed: true) > 0;
    }
}
