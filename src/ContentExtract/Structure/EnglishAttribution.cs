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

    /// <summary>
    /// How many verbs of saying a statement is read at before it names nobody: each reading may step back over the
    /// sentence, so a sentence of thousands of them must not be read at every one.
    /// </summary>
    private const int MaxStatementVerbs = 4;

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
        var found = AfterInOrder(from, to);
        return found.Found ? found : InvertedAfterComma(from, to);
    }

    /// <summary>
    /// "“Ferries are running late” on most routes, said Ana Velez, a harbour planner …": when the words
    /// after a quotation run on and then name their speaker in the inverted order, the first verb of saying after a comma
    /// with a name after it is the attribution.
    /// </summary>
    private Attribution InvertedAfterComma(int from, int to)
    {
        for (int v = from + 1; v < to && v < from + MaxLeadTokens; v++)
        {
            if (tokens[v].Kind is TokenKind.End or TokenKind.Semicolon or TokenKind.Quote)
            {
                break;
            }

            int length = SpeechVerbLength(v);
            if (length > 0)
            {
                return tokens[v - 1].Kind == TokenKind.Comma && v + length < to && IsNameStart(v + length) ? Inverted(v + length, to) : Attribution.None;
            }
        }

        return Attribution.None;
    }

    private Attribution AfterInOrder(int from, int to)
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

        int npEnd = SkipCitationBack(i, SkipModifiersBack(i, verb));
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
            // "the coalition of transport unions said": a described subject with a complement is someone the text has not
            // named, but the quotation is theirs, not the speaker's before.
            var trailing = TrailingClause(from, to);
            return !trailing.Found && IsDescriptionWithComplement(i, headEnd) ? Attribution.Unnamed : trailing;
        }

        var name = NameAtEnd(i, headEnd, conjoined: true);
        if (name is not null && IsSubjectName(name))
        {
            return Attribution.Named(name);
        }

        return Description(i, headEnd);
    }

    /// <summary>
    /// Where the words before the verb end in a citation, a year in brackets after the author and, before it, the work
    /// ("Smith (2001) argues", "Patricia Hill Collins in Black Feminist Thought (1990) argues"), the subject ends before it.
    /// </summary>
    private int SkipCitationBack(int from, int end)
    {
        if (end - from < 4 || tokens[end - 1].Kind != TokenKind.Bracket || tokens[end - 3].Kind != TokenKind.Bracket || !IsYear(tokens[end - 2]))
        {
            return end;
        }

        int beforeYear = end - 3;
        for (int k = beforeYear - 1; k > from + 1; k--)
        {
            // "in" then a work's title in capitals, after the author's name.
            if (tokens[k].Is("in"))
            {
                return IsNameToken(k - 1) && AllCapitalized(k + 1, beforeYear) ? k : end;
            }

            if (tokens[k].Kind != TokenKind.Word || !tokens[k].IsCapitalized && !SpeechLexicon.NameParticles.Contains(tokens[k].Text) && !tokens[k].Is("of") && !tokens[k].Is("the"))
            {
                break;
            }
        }

        return IsNameToken(beforeYear - 1) ? beforeYear : end;
    }

    private static bool IsYear(Token token) =>
        token.Kind == TokenKind.Word && token.Text.Length == 4 && !token.Text.AsSpan().ContainsAnyExceptInRange('0', '9');

    private bool AllCapitalized(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !tokens[k].IsCapitalized && !tokens[k].Is("of") && !tokens[k].Is("the") && !tokens[k].Is("and"))
            {
                return false;
            }
        }

        return to > from && tokens[from].IsCapitalized;
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

        return verb < 0 ? InWordsOf(from, to) : SpeakerOfVerb(from, verb, verbLength, to);
    }

    /// <summary>
    /// "in Cairo’s words, a “…”", "in the words of Jane Doe, “…”": the quotation is given as someone's words, the nearest
    /// such phrase before it in tokens [<paramref name="from"/>, <paramref name="to"/>).
    /// </summary>
    private Attribution InWordsOf(int from, int to)
    {
        for (int w = to - 1; w > from; w--)
        {
            if (!tokens[w].Is("words"))
            {
                continue;
            }

            if (tokens[w - 1].IsPossessive && IsNameToken(w - 1))
            {
                // A sentence's capitalised "In" may have been read into the run of the name.
                int start = RunStartBefore(w - 1, from);
                int preposition = tokens[start].Is("In") ? start++ : start - 1;
                return preposition >= from && start < w && tokens[preposition].Text.Equals("in", StringComparison.OrdinalIgnoreCase) && NameText(start, w) is { } owner
                    ? Attribution.Named(WithoutPossessive(owner))
                    : Attribution.None;
            }

            return w >= from + 2 && tokens[w - 1].Is("the") && tokens[w - 2].Text.Equals("in", StringComparison.OrdinalIgnoreCase) && w + 2 < to && tokens[w + 1].Is("of") && IsNameStart(w + 2)
                ? Inverted(w + 2, to)
                : Attribution.None;
        }

        return Attribution.None;
    }

    /// <summary>The first statement of a sentence: who a speech verb in it makes the speaker ("Cook said the admiration is mutual.").</summary>
    public Attribution Statement(int from, int to)
    {
        var unnamed = Attribution.None;
        int verbs = 0;
        for (int v = from; v < to && verbs < MaxStatementVerbs; v++)
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
                    // "It points to a cheaper fix, explains Moran.": a verb whose subject names nobody ("It") is not yet
                    // the sentence's attribution; a later one that names someone is.
                    var attribution = SpeakerOfVerb(from, v, length, to);
                    if (attribution.Kind is AttributionKind.Named or AttributionKind.Pronoun or AttributionKind.Description)
                    {
                        return attribution;
                    }

                    unnamed = unnamed.Found ? unnamed : attribution;
                    v += length - 1;
                    verbs++;
                }
            }
        }

        return unnamed;
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

    /// <summary>
    /// Records the full names of people a stretch of text mentions ("county treasurer Ruth Okafor"), so that "Okafor" alone
    /// is known later, and the organisations it names ("the Water Safety Board"), so that "the board" is known.
    /// </summary>
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
            if (name is not null && name.Contains(' ', StringComparison.Ordinal))
            {
                // A name of two words or more that is no person's holds a word that marks an organisation.
                if (IsPersonName(name, memory))
                {
                    memory.Know(name);
                }
                else
                {
                    memory.MentionBody(name);
                }
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

        int p = SkipCitationBack(from, SkipModifiersBack(from, verb)) - 1;
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
            int joined = ConjoinedStart(start, from);
            var name = joined < start ? NameText(joined, p + 1) : PersonBeforeAffiliation(from, start) ?? NameText(start, p + 1);
            if (name is not null && IsSubjectName(name))
            {
                return Attribution.Named(name);
            }
        }

        if (before.Kind == TokenKind.Comma)
        {
            // "The programs are still in early stages, said Omar Reyes, a professor …": with no name before the comma, a verb
            // that a name follows has its subject after it, the order of "“…,” said Omar Reyes" in a sentence of reported speech.
            var across = AcrossAppositives(from, p);
            int subject = verb + verbLength;
            return across.Found || subject >= to || !IsNameStart(subject) ? across : Inverted(subject, to);
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
}
