namespace ContentExtract.Structure;

/// <summary>
/// Reads who says a quotation in Latin-script text from the tokens of its paragraph (quotations
/// masked out): the clause after the quotation (", said Jane Doe, the mayor", ", Doe said", ", she
/// added"), the clause before it ("Doe told reporters that", "according to Doe,", "…, warning:"),
/// and the subject of a sentence.
/// </summary>
internal sealed partial class EnglishAttribution
{
    /// <summary>How many tokens after a quotation its attribution may take to reach its verb (", Kurinji Selvaraj, a research analyst at … told").</summary>
    private const int MaxLeadTokens = 28;

    /// <summary>How many words may stand between an inverted verb and its name ("said planetary geologist Rosaly Lopes").</summary>
    private const int MaxInvertedWords = 6;

    /// <summary>How far a clause that follows the quotation may reach to its verb (", he warned.").</summary>
    private const int MaxTrailingClause = 8;

    private readonly string text;
    private readonly List<Token> tokens;
    private readonly SpeakerMemory memory;
    private readonly bool nounsCapitalized;

    /// <param name="text">The paragraph, quotations masked out.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="memory">The names the article has used so far; where every noun is capitalised (German), a capital alone does not mark a name.</param>
    public EnglishAttribution(string text, List<Token> tokens, SpeakerMemory memory)
    {
        this.text = text;
        this.tokens = tokens;
        this.memory = memory;
        nounsCapitalized = memory.NounsCapitalized;
    }

    /// <summary>
    /// True when a named subject is someone the text may go on quoting: a person's full name, or where every noun is
    /// capitalised (German), only a name the text has already given a speaker.
    /// </summary>
    public bool IsSpeakerLike(string name) => nounsCapitalized ? memory.IsKnown(name) : IsPersonName(name, memory);

    /// <summary>The attribution that follows a quotation, in tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public Attribution After(int from, int to)
    {
        int i = from;
        while (i < to && i < from + 2 && tokens[i].Kind is TokenKind.Comma or TokenKind.Dash or TokenKind.Colon or TokenKind.Semicolon)
        {
            i++;
        }

        if (i >= to || tokens[i].Kind != TokenKind.Word)
        {
            return Attribution.None;
        }

        int verbLength = SpeechVerbLength(i);
        if (verbLength > 0)
        {
            return Inverted(i + verbLength, to);
        }

        if (IsAccording(i) && i + 1 < to && tokens[i + 1].Is("to"))
        {
            return Inverted(i + 2, to);
        }

        int verb = -1;
        for (int v = i; v < to && v < i + MaxLeadTokens; v++)
        {
            if (tokens[v].Kind is TokenKind.End or TokenKind.Semicolon)
            {
                break;
            }

            if (SpeechVerbLength(v) > 0)
            {
                verb = v;
                break;
            }
        }

        if (verb < 0)
        {
            return TrailingClause(from, to);
        }

        int npEnd = SkipModifiersBack(i, verb);
        if (npEnd <= i)
        {
            return Attribution.None;
        }

        if (npEnd - i == 1 && tokens[i].Kind == TokenKind.Word && !IsNameToken(i))
        {
            if (SpeechLexicon.PersonalPronouns.Contains(tokens[i].Text))
            {
                return Attribution.Pronoun;
            }

            if (SpeechLexicon.GroupPronouns.Contains(tokens[i].Text))
            {
                return Attribution.Unnamed;
            }
        }

        // "Kurinji Selvaraj, a research analyst at …, told": the subject is the part before the appositive.
        // A quoted title may stand in it ("the “Pose” actor").
        int headEnd = i;
        while (headEnd < npEnd && tokens[headEnd].Kind is TokenKind.Word or TokenKind.Quote)
        {
            headEnd++;
        }

        if (!IsNounPhrase(i, headEnd))
        {
            return TrailingClause(from, to);
        }

        var name = NameAtEnd(i, headEnd);
        if (name is not null && IsSubjectName(name))
        {
            return Attribution.Named(name);
        }

        return Description(i, headEnd);
    }

    /// <summary>
    /// A capitalised word before the verb is its subject in English; in German, which capitalises nouns and puts
    /// the subject after the verb when anything else comes first ("Entsprechend sagte der Minister"), only a full
    /// name or one met before is.
    /// </summary>
    private bool IsSubjectName(string name) => !nounsCapitalized || name.Contains(' ', StringComparison.Ordinal) || memory.IsKnown(name);

    /// <summary>The attribution in the clause before a quotation, in tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public Attribution Before(int from, int to)
    {
        int verb = -1, verbLength = 0;
        for (int v = to - 1; v >= from; v--)
        {
            if (tokens[v].Kind != TokenKind.Word)
            {
                continue;
            }

            int length = SpeechVerbLength(v);
            if (length > 0 || IsParticiple(v) || (IsAccording(v) && v + 1 < to && tokens[v + 1].Is("to")))
            {
                verb = v;
                verbLength = Math.Max(length, 1);
                break;
            }
        }

        return verb < 0 ? Attribution.None : SpeakerOfVerb(from, verb, verbLength, to);
    }

    /// <summary>The first statement of a sentence: who a speech verb in it makes the speaker ("Cook said the admiration is mutual.").</summary>
    public Attribution Statement(int from, int to)
    {
        for (int v = from; v < to; v++)
        {
            // "Such proofs have been rare — and at times, according to Erica Klarreich, dramatic.": the sentence is hers.
            if (tokens[v].Kind == TokenKind.Word && IsAccording(v) && v + 1 < to && tokens[v + 1].Is("to"))
            {
                return Inverted(v + 2, to);
            }

            if (tokens[v].Kind == TokenKind.Word && !tokens[v].IsCapitalized)
            {
                int length = SpeechVerbLength(v);
                if (length > 0)
                {
                    return SpeakerOfVerb(from, v, length, to);
                }
            }
        }

        return Attribution.None;
    }

    /// <summary>
    /// The subject of a sentence: the name or pronoun its first noun phrase ends with, after any
    /// opening adverbial ("In a letter to the president in May, Zippy Duvall, …").
    /// </summary>
    public Attribution Subject(int from, int to)
    {
        int k = SkipOpening(from, to);
        if (k >= to || tokens[k].Kind != TokenKind.Word)
        {
            return Attribution.None;
        }

        if (SpeechLexicon.PersonalPronouns.Contains(tokens[k].Text) && !IsNameToken(k))
        {
            return Attribution.Pronoun;
        }

        if (SpeechLexicon.GroupPronouns.Contains(tokens[k].Text))
        {
            return Attribution.Unnamed;
        }

        // "“…,” said Jane Doe.": a sentence that opens with the verb has its subject after it.
        int verbLength = SpeechVerbLength(k);
        if (verbLength > 0)
        {
            return Inverted(k + verbLength, to);
        }

        int end = k;
        bool named = false;
        while (end < to && tokens[end].Kind == TokenKind.Word && !(end > k && tokens[end].IsLower && (IsVerbLike(end) || SpeechLexicon.Prepositions.Contains(tokens[end].Text) || IsModifier(end))))
        {
            // After a name, lower-case words go on describing only up to the next name ("Wild defenseman Ryan Suter");
            // otherwise they are already the predicate ("Brückner kündigte an").
            if (named && tokens[end].IsLower && !SpeechLexicon.NameParticles.Contains(tokens[end].Text) && !NameFollows(end, to))
            {
                break;
            }

            named |= IsNameToken(end);
            end++;
        }

        // "American negotiators" are described, not named: a name is the head of its phrase only at its end.
        var name = NameAtEnd(k, end);
        return name is not null ? Attribution.Named(name) : Description(k, end);
    }

    /// <summary>Records the full names of people a stretch of text mentions ("Salesforce co-CEO Marc Benioff"), so that "Benioff" alone is known later.</summary>
    public void KnowFullNames(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!IsNameStart(k))
            {
                continue;
            }

            int end = RunEndAfter(k, to);
            var name = end - k >= 2 && !tokens[end - 1].IsPossessive ? NameText(k, end) : null;
            if (name is not null && name.Contains(' ', StringComparison.Ordinal) && IsPersonName(name, memory))
            {
                memory.Know(name);
            }

            k = end - 1;
        }
    }

    /// <summary>True when a named subject is a person rather than an organisation or a capitalised common noun.</summary>
    public static bool IsPersonName(string name, SpeakerMemory memory)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            if (SpeechLexicon.OrganisationWords.Contains(part))
            {
                return false;
            }
        }

        return parts.Length >= 2 || memory.IsKnown(name);
    }

    private Attribution SpeakerOfVerb(int from, int verb, int verbLength, int to)
    {
        if (IsAccording(verb))
        {
            return Inverted(verb + 2, to);
        }

        // "…, warning:" and "…, saying" speak for the subject of their sentence.
        if (IsParticiple(verb))
        {
            return Subject(from, verb);
        }

        int p = SkipModifiersBack(from, verb) - 1;
        if (p < from)
        {
            return Inverted(verb + verbLength, to);
        }

        var before = tokens[p];
        if (before.Is("and") || before.Is("but") || before.Is("then") || before.Is("or"))
        {
            return Subject(from, p);
        }

        if (before.Kind == TokenKind.Word && SpeechLexicon.PersonalPronouns.Contains(before.Text) && !IsNameToken(p))
        {
            return Attribution.Pronoun;
        }

        if (before.Kind == TokenKind.Word && SpeechLexicon.GroupPronouns.Contains(before.Text))
        {
            return Attribution.Unnamed;
        }

        if (IsNameToken(p) && !before.IsPossessive)
        {
            int start = RunStartBefore(p, from);
            var name = PersonBeforeAffiliation(from, start) ?? NameText(start, p + 1);
            if (name is not null && IsSubjectName(name))
            {
                return Attribution.Named(name);
            }
        }

        if (before.Kind == TokenKind.Comma)
        {
            return AcrossAppositives(from, p);
        }

        if (before.IsLower && !SpeechLexicon.ClauseStarts.Contains(before.Text))
        {
            int start = p;
            while (start > from && tokens[start - 1].Kind == TokenKind.Word && (tokens[start - 1].IsLower || SpeechLexicon.Determiners.Contains(tokens[start - 1].Text)))
            {
                start--;
            }

            return Description(start, p + 1);
        }

        // "said Doe:" with the verb first.
        return Inverted(verb + verbLength, to);
    }

    /// <summary>"Omar Lamrani, a senior analyst at Stratfor, the Texas-based firm, told": steps back over appositives to the name they describe.</summary>
    private Attribution AcrossAppositives(int from, int comma)
    {
        int segmentEnd = comma;
        while (segmentEnd > from)
        {
            int segmentStart = segmentEnd;
            while (segmentStart > from && tokens[segmentStart - 1].Kind is not (TokenKind.Comma or TokenKind.Dash or TokenKind.Bracket or TokenKind.Colon or TokenKind.Quote or TokenKind.Semicolon))
            {
                segmentStart--;
            }

            if (segmentStart == segmentEnd)
            {
                segmentEnd = segmentStart - 1;
                continue;
            }

            var first = tokens[segmentStart];
            bool appositive = first.IsLower || SpeechLexicon.Determiners.Contains(first.Text) || first.IsPossessive || ContainsClauseStart(segmentStart, segmentEnd)
                || (first.Kind == TokenKind.Word && char.IsDigit(first.Text[0]));
            if (appositive)
            {
                segmentEnd = segmentStart - 1;
                continue;
            }

            if (SpeechLexicon.AdverbialOpeners.Contains(first.Text) || HasVerb(segmentStart, segmentEnd))
            {
                return Attribution.None;
            }

            var name = NameAtEnd(segmentStart, segmentEnd);
            return name is not null ? Attribution.Named(name) : Attribution.None;
        }

        return Attribution.None;
    }

    /// <summary>A verb before its subject: "said the actor", "added Lopes, who led", "said a report from Kotak Institutional Equities".</summary>
    private Attribution Inverted(int from, int to)
    {
        int words = 0;
        int firstWord = -1, lastWord = -1;
        for (int k = from; k < to && words <= MaxInvertedWords; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word)
            {
                break;
            }

            if (SpeechLexicon.PersonalPronouns.Contains(token.Text))
            {
                return Attribution.Pronoun;
            }

            if (IsNameStart(k))
            {
                // "noted Maryland-based product liability lawyer Jim Dunham": a capitalised word that lower-case words
                // follow describes the name further on.
                int runEnd = RunEndAfter(k, to);
                bool describes = !nounsCapitalized && runEnd == k + 1 && runEnd < to && tokens[runEnd].IsLower && !SpeechLexicon.Prepositions.Contains(tokens[runEnd].Text)
                    && !SpeechLexicon.NameParticles.Contains(tokens[runEnd].Text) && !SpeechLexicon.ClauseStarts.Contains(tokens[runEnd].Text) && NameFollows(runEnd, to);
                var name = describes ? null : NameText(k, runEnd);
                if (!describes && (name is null || tokens[runEnd - 1].IsPossessive || !IsPersonName(name, memory)) && PersonAfterRole(runEnd, to) is { } person)
                {
                    // "says Co-Founder, Stephanie Özcan", "says Maxi Moving's Vice President, Ivan Cheptenari": the role's holder.
                    return Attribution.Named(person);
                }

                if (name is not null)
                {
                    return Attribution.Named(WithoutPossessive(name));
                }

                if (describes)
                {
                    firstWord = firstWord < 0 ? k : firstWord;
                    lastWord = runEnd - 1;
                    words += runEnd - k;
                    k = runEnd - 1;
                    continue;
                }
            }

            if (token.IsCapitalized && !SpeechLexicon.Determiners.Contains(token.Text) && !IsCommonNoun(k))
            {
                break;
            }

            // "said in a statement" stops at the preposition; "said a report from Kotak" goes on to the body it names.
            bool preposition = SpeechLexicon.Prepositions.Contains(token.Text) || (nounsCapitalized && SpeechLexicon.GermanPrepositions.Contains(token.Text));
            if (preposition && !(lastWord >= 0 && SpeechLexicon.ReportNouns.Contains(tokens[lastWord].Text)))
            {
                break;
            }

            firstWord = firstWord < 0 ? k : firstWord;
            lastWord = k;
            words++;
        }

        return firstWord < 0 ? Attribution.None : Description(firstWord, lastWord + 1);
    }

    /// <summary>An attribution that closes the sentence after words of its own: "…” mutually shared by both, he warned.</summary>
    private Attribution TrailingClause(int from, int to)
    {
        int end = from;
        while (end < to && tokens[end].Kind is not (TokenKind.End or TokenKind.Quote))
        {
            end++;
        }

        int comma = -1;
        for (int k = end - 1; k >= from && k >= end - MaxTrailingClause; k--)
        {
            if (tokens[k].Kind == TokenKind.Comma)
            {
                comma = k;
                break;
            }
        }

        if (comma < 0 || comma + 2 > end)
        {
            return Attribution.None;
        }

        var first = tokens[comma + 1];
        if (SpeechLexicon.PersonalPronouns.Contains(first.Text) && SpeechVerbLength(SkipModifiersForward(comma + 2, end)) > 0)
        {
            return Attribution.Pronoun;
        }

        if (SpeechVerbLength(comma + 1) > 0)
        {
            return Inverted(comma + 1 + SpeechVerbLength(comma + 1), end);
        }

        if (IsNameStart(comma + 1))
        {
            int runEnd = RunEndAfter(comma + 1, end);
            if (SpeechVerbLength(SkipModifiersForward(runEnd, end)) > 0)
            {
                var name = NameText(comma + 1, runEnd);
                return name is null ? Attribution.None : Attribution.Named(name);
            }
        }

        return Attribution.None;
    }

    /// <summary>"the actor" refers back; "an officer" or "the source" names nobody.</summary>
    private Attribution Description(int from, int to)
    {
        if (ReportBody(from, to) is { } body)
        {
            return Attribution.Named(body);
        }

        if (to - from < 2 || to - from > 5)
        {
            return to > from && tokens[from].Kind == TokenKind.Word && tokens[from].IsLower && to - from <= 5 ? Attribution.Unnamed : Attribution.None;
        }

        var first = tokens[from].Text;
        var noun = tokens[to - 1].Text.ToLowerInvariant();
        if (first is "the" or "The" && (SpeechLexicon.PersonDescriptions.Contains(noun) || noun.EndsWith("-old", StringComparison.Ordinal) || !noun.EndsWith('s')))
        {
            return Attribution.Described(noun);
        }

        return Attribution.Unnamed;
    }

    private int SkipOpening(int from, int to)
    {
        int k = from;
        for (int guard = 0; guard < 4 && k < to; guard++)
        {
            while (k < to && tokens[k].Kind is TokenKind.Quote or TokenKind.Comma or TokenKind.Dash or TokenKind.Colon or TokenKind.Other)
            {
                k++;
            }

            if (k < to && SpeechLexicon.LeadingConjunctions.Contains(tokens[k].Text))
            {
                k++;
                continue;
            }

            bool opener = k < to && tokens[k].Kind == TokenKind.Word
                && (SpeechLexicon.AdverbialOpeners.Contains(tokens[k].Text) || (tokens[k].IsCapitalized && tokens[k].Text.EndsWith("ing", StringComparison.Ordinal)));
            if (!opener)
            {
                break;
            }

            int comma = -1;
            for (int c = k + 1; c < to && c < k + 30; c++)
            {
                if (tokens[c].Kind == TokenKind.Comma)
                {
                    comma = c;
                    break;
                }

                if (tokens[c].Kind is TokenKind.End or TokenKind.Quote)
                {
                    break;
                }
            }

            if (comma < 0)
            {
                break;
            }

            k = comma + 1;
        }

        return k;
    }

    /// <summary>The length of the speech verb at <paramref name="at"/> in tokens ("said" 1, "pointed out" 2), or 0.</summary>
    private int SpeechVerbLength(int at)
    {
        if (at < 0 || at >= tokens.Count || tokens[at].Kind != TokenKind.Word)
        {
            return 0;
        }

        var word = tokens[at].Text;
        if (SpeechLexicon.SpeechVerbs.Contains(word))
        {
            return 1;
        }

        if (SpeechLexicon.SpeechVerbsWithParticle.Contains(word) && at + 1 < tokens.Count && (tokens[at + 1].Is("out") || tokens[at + 1].Is("in") || tokens[at + 1].Is("on")))
        {
            return 2;
        }

        return 0;
    }

    /// <summary>
    /// In a language that capitalises every noun, a capitalised word after an article ("sagte das Staatsoberhaupt",
    /// "Die Frage") is a noun, not a name.
    /// </summary>
    private bool IsCommonNoun(int at) =>
        nounsCapitalized && (SpeechLexicon.CapitalisedNounArticles.Contains(tokens[at].Text) || (at > 0 && SpeechLexicon.CapitalisedNounArticles.Contains(tokens[at - 1].Text)));

    /// <summary>True when a name comes within the few lower-case words that follow <paramref name="at"/>.</summary>
    private bool NameFollows(int at, int to)
    {
        for (int k = at; k < to && k < at + 4; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (IsNameToken(k))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsAccording(int at) => tokens[at].Is("according") || tokens[at].Is("According");

    private bool IsParticiple(int at) => tokens[at].Kind == TokenKind.Word && SpeechLexicon.SpeechParticiples.Contains(tokens[at].Text);

    private bool IsVerbLike(int at)
    {
        var token = tokens[at];
        if (!token.IsLower)
        {
            return false;
        }

        return SpeechLexicon.SubjectEnds.Contains(token.Text) || SpeechVerbLength(at) > 0 || IsParticiple(at)
            || (token.Text.EndsWith("ed", StringComparison.Ordinal) && !token.Text.Contains('-', StringComparison.Ordinal) && token.Text.Length > 3);
    }

    private bool HasVerb(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (IsVerbLike(k) && !SpeechLexicon.ClauseStarts.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private bool ContainsClauseStart(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && SpeechLexicon.ClauseStarts.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A subject's noun phrase: words without a verb or a preposition that does not join an organisation's name.</summary>
    private bool IsNounPhrase(int from, int to)
    {
        if (to - from > 10)
        {
            return false;
        }

        for (int k = from; k < to; k++)
        {
            var token = tokens[k];
            if (!token.IsLower)
            {
                continue;
            }

            if (IsVerbLike(k))
            {
                return false;
            }

            if (SpeechLexicon.Prepositions.Contains(token.Text) && !(token.Is("of") && k > from && IsNameToken(k - 1)))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsModifier(int at) =>
        SpeechLexicon.VerbModifiers.Contains(tokens[at].Text) || (tokens[at].Text.EndsWith("ly", StringComparison.Ordinal) && tokens[at].Text.Length > 4);

    private int SkipModifiersBack(int from, int verb)
    {
        int end = verb;
        while (end > from && tokens[end - 1].Kind == TokenKind.Word && tokens[end - 1].IsLower
               && (SpeechLexicon.VerbModifiers.Contains(tokens[end - 1].Text) || tokens[end - 1].Text.EndsWith("ly", StringComparison.Ordinal)))
        {
            end--;
        }

        return end;
    }

    private int SkipModifiersForward(int from, int to)
    {
        int k = from;
        while (k < to && tokens[k].Kind == TokenKind.Word && tokens[k].IsLower
               && (SpeechLexicon.VerbModifiers.Contains(tokens[k].Text) || tokens[k].Text.EndsWith("ly", StringComparison.Ordinal)))
        {
            k++;
        }

        return k;
    }

    private bool IsNameToken(int at)
    {
        var token = tokens[at];
        if (!token.IsCapitalized || SpeechLexicon.GroupPronouns.Contains(token.Text) || IsCommonNoun(at))
        {
            return false;
        }

        // "He Jianxiong": He is also a surname, when a name follows it.
        return !SpeechLexicon.PersonalPronouns.Contains(token.Text)
            || (token.Text == "He" && at + 1 < tokens.Count && tokens[at + 1].IsCapitalized && !SpeechLexicon.NotNameStarts.Contains(tokens[at + 1].Text));
    }

    private bool IsNameStart(int at) => IsNameToken(at) && !SpeechLexicon.NotNameStarts.Contains(tokens[at].Text);

    /// <summary>The first token of the name that ends at <paramref name="last"/>, reaching back over name words, particles and "of the" after an organisation's head.</summary>
    private int RunStartBefore(int last, int from)
    {
        int start = last;
        while (start > from)
        {
            int previous = start - 1;
            if (IsNameToken(previous) && !tokens[previous].IsPossessive)
            {
                start = previous;
                continue;
            }

            if (tokens[previous].Kind == TokenKind.Word && SpeechLexicon.NameParticles.Contains(tokens[previous].Text) && previous > from && IsNameToken(previous - 1))
            {
                start = previous - 1;
                continue;
            }

            // "Office of the Inspector General": "of (the)" joins an organisation's head to its complement.
            int of = tokens[previous].Is("the") && previous > from ? previous - 1 : previous;
            if (tokens[of].Is("of") && of > from && IsNameToken(of - 1) && SpeechLexicon.OrganisationHeads.Contains(tokens[of - 1].Text))
            {
                start = of - 1;
                continue;
            }

            break;
        }

        return start;
    }

    /// <summary>One past the last token of the name that starts at <paramref name="first"/>.</summary>
    private int RunEndAfter(int first, int to)
    {
        int end = first + 1;
        if (tokens[first].IsPossessive)
        {
            return end;
        }

        while (end < to)
        {
            if (IsNameToken(end))
            {
                end++;
                if (tokens[end - 1].IsPossessive)
                {
                    break;
                }

                continue;
            }

            if (tokens[end].Kind == TokenKind.Word && SpeechLexicon.NameParticles.Contains(tokens[end].Text) && end + 1 < to && IsNameToken(end + 1))
            {
                end += 2;
                continue;
            }

            int next = tokens[end].Is("of") ? end + 1 : -1;
            if (next > 0 && next < to && tokens[next].Is("the"))
            {
                next++;
            }

            if (next > 0 && next < to && IsNameToken(next) && SpeechLexicon.OrganisationHeads.Contains(tokens[end - 1].Text))
            {
                end = next + 1;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>The name a phrase in tokens [<paramref name="from"/>, <paramref name="to"/>) ends with ("Hungarian-American investor George Soros"), or null.</summary>
    private string? NameAtEnd(int from, int to)
    {
        int last = to - 1;
        if (last < from || !IsNameToken(last) || tokens[last].IsPossessive)
        {
            return null;
        }

        int start = RunStartBefore(last, from);
        return PersonBeforeAffiliation(from, start) ?? NameText(start, to);
    }

    /// <summary>
    /// The name as the text writes it, without the titles, ranks and articles before it
    /// ("U.S. Attorney James Kennedy Jr." → "James Kennedy Jr.", "The UK" → "UK"); null when nothing is left.
    /// </summary>
    private string? NameText(int start, int end)
    {
        while (start < end && (SpeechLexicon.NotNameStarts.Contains(tokens[start].Text) || SpeechLexicon.AdverbialOpeners.Contains(tokens[start].Text)) && !(tokens[start].Text == "He" && IsNameToken(start)))
        {
            start++;
        }

        for (int k = end - 2; k >= start; k--)
        {
            // "Marguerita M. Cheng": a one-letter title after a name is the middle initial, not the French "M.".
            if (SpeechLexicon.Titles.Contains(tokens[k].Text) && !(tokens[k].Text.Length == 2 && k > start && IsNameToken(k - 1)))
            {
                start = k + 1;
                break;
            }
        }

        // "the Conservative MP", "the Prime Minister": a run that ends in a title names an office, not its holder.
        if (start >= end || SpeechLexicon.Titles.Contains(tokens[end - 1].Text))
        {
            return null;
        }

        var name = text[tokens[start].Start..tokens[end - 1].End].TrimEnd(',', ';', ':');
        return name.Length < 2 ? null : name;
    }
}
