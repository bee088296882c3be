using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// The person a Chinese sentence is about, where no verb of saying names anyone: the subject its first clauses open with.
/// Chinese reporting sets a quotation first as a sentence of its own and follows it with its speaker, described by what
/// they did rather than by a verb of saying ("“内向腼腆，不爱说话。”苏银霞对于欢念叨最多的，还是愧疚",
/// "“……。”赫山区居民杨一飞谈起最近一次住院体验赞不绝口"); and a pronoun that says a quotation ("……，她还向本报记者
/// 透露") means the person its own sentence named first, not someone named sentences before.
/// </summary>
internal static class ChineseClauseSubject
{
    /// <summary>How many clauses are read for a subject: an opening adverbial clause ("透过窗外的阳光，") and the clause after it.</summary>
    private const int MaxClauses = 2;

    /// <summary>The most characters of description before a role that names the person after it ("宝洁集团公关总监裴逸群").</summary>
    private const int MaxDescription = 16;

    /// <summary>The person the first of the opening clauses of <paramref name="sentence"/> that has one opens with.</summary>
    public static Attribution OfSentence(ReadOnlySpan<char> sentence, SpeakerMemory memory)
    {
        int start = 0;
        for (int clause = 0; clause < MaxClauses && start < sentence.Length; clause++)
        {
            int end = sentence[start..].IndexOfAny(SpeechLexicon.ChineseClauseMarks);
            end = end < 0 ? sentence.Length : start + end;
            var subject = OfClause(sentence[start..end], memory);
            if (subject.Kind is AttributionKind.Named or AttributionKind.Pronoun)
            {
                return subject;
            }

            start = end + 1;
        }

        return Attribution.None;
    }

    /// <summary>
    /// Who a pronoun means when an earlier clause of its sentence reports with the same pronoun ("季羡林已在北大任教，据他回忆，
    /// 乔冠华没有官架子，平易近人，他说："): the same person, the subject of the nearest clause before that report. The clauses
    /// between the report and the pronoun are what was reported, so their subjects (乔冠华) are not who speaks.
    /// </summary>
    public static Attribution OfEarlierReport(ReadOnlySpan<char> sentence, char pronoun, SpeakerMemory memory)
    {
        if (pronoun == '\0')
        {
            return Attribution.None;
        }

        int end = sentence.Length;
        while (end > 0)
        {
            int start = sentence[..end].LastIndexOfAny(SpeechLexicon.ChineseClauseMarks) + 1;
            var clause = sentence[start..end];
            if (ChineseAttribution.OpeningPronoun(clause) == pronoun && ChineseAttribution.Statement(clause, memory).Kind == AttributionKind.Pronoun)
            {
                return start > 0 ? NearestNamed(sentence[..(start - 1)], memory) : Attribution.None;
            }

            end = start - 1;
        }

        return Attribution.None;
    }

    /// <summary>The person the nearest clause of <paramref name="text"/> that opens with one names, read from its end.</summary>
    private static Attribution NearestNamed(ReadOnlySpan<char> text, SpeakerMemory memory)
    {
        int end = text.Length;
        while (end > 0)
        {
            int start = text[..end].LastIndexOfAny(SpeechLexicon.ChineseClauseMarks) + 1;
            if (OfClause(text[start..end], memory) is { Kind: AttributionKind.Named } named)
            {
                return named;
            }

            end = start - 1;
        }

        return Attribution.None;
    }

    /// <summary>
    /// The person a clause opens with: a pronoun, a person the text has named before, or a name after a description that
    /// ends in a role ("居民杨一飞", "宝洁集团公关总监裴逸群"). A name the clause only mentions later is not its subject.
    /// </summary>
    public static Attribution OfClause(ReadOnlySpan<char> clause, SpeakerMemory memory)
    {
        clause = ChineseAttribution.StripLeadingConnectives(TextSpan.TrimAll(clause));
        if (clause.IsEmpty)
        {
            return Attribution.None;
        }

        if (ChineseAttribution.OpensWithPronoun(clause))
        {
            return Attribution.Pronoun;
        }

        if (ChineseAttribution.KnownSubjectAt(clause, 0, memory) is { } known)
        {
            return ChineseAttribution.IsOrganisation(known) ? Attribution.None : Attribution.Named(known);
        }

        if (ChineseAttribution.FullNameOfSurnameWithTitle(clause, memory, whole: false) is { } fullName)
        {
            return Attribution.Named(fullName);
        }

        // "国王走过来，…": a noun the text named someone by ("一个好国王，名叫福寿") refers back to them.
        if (memory.HolderAt(ChineseAttribution.StripDemonstrative(clause), whole: false) is { } holder)
        {
            return Attribution.Named(holder);
        }

        for (int i = 1; i < clause.Length && i <= MaxDescription; i++)
        {
            if (!IsDescription(clause[i - 1]))
            {
                // "看望了市长李明": a description holds no verb's particle or object marker; a name after one is an object.
                return Attribution.None;
            }

            if (ChineseAttribution.MayOpenNameAfterRole(clause[i]) && ChineseAttribution.EndsWithRole(clause[..i])
                && ChineseAttribution.PersonAfterRole(clause[i..]) is { } name && !IsPossessor(clause[(i + name.Length)..]))
            {
                return Attribution.Named(name);
            }
        }

        return Attribution.None;
    }

    private static bool IsDescription(char c) => CharClass.IsHan(c) && c is not ('了' or '着' or '过' or '是') && !SpeechLexicon.ChineseObjectMarkers.Contains(c);

    private static bool IsPossessor(ReadOnlySpan<char> rest)
    {
        foreach (var noun in SpeechLexicon.ChinesePossessedNouns)
        {
            if (rest.StartsWith(noun, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
