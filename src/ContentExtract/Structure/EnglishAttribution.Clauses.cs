namespace ContentExtract.Structure;

/// <summary>
/// The clause shapes around a speech verb: appositives between a name and its verb ("Omar Lamrani, a senior analyst
/// at Stratfor, told"), the inverted order ("said planetary geologist Rosaly Lopes"), a clause after the
/// quotation (", he warned."), a description in place of a name ("a spokeswoman for the ministry said").
/// </summary>
internal sealed partial class EnglishAttribution
{
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

    /// <summary>
    /// The clause right after a quotation that ends in a comma, when it is nothing but a subject and a finite verb
    /// ("“…,” Hale offers, “…”", "“…,” he confesses.", "“…,” inquired Ortega."): a quotation that runs on with a comma
    /// runs into its attribution, so the verb in that place is one of saying whatever it is. The clause must end there,
    /// at the sentence's end, at a comma before the next quotation or at the end of the stretch.
    /// </summary>
    public Attribution SubjectAndVerb(int from, int to)
    {
        int i = from < to && tokens[from].Kind == TokenKind.Comma ? from + 1 : from;
        if (i >= to || tokens[i].Kind != TokenKind.Word)
        {
            return Attribution.None;
        }

        // The verb first: "inquired Ortega".
        if (IsFiniteVerbShape(i))
        {
            int nameEnd = IsNameStart(i + 1) ? RunEndAfter(i + 1, to) : -1;
            var name = nameEnd > 0 && !tokens[nameEnd - 1].IsPossessive ? NameText(i + 1, nameEnd) : null;
            return name is not null && ClosesAttribution(nameEnd, to) ? Attribution.Named(name) : Attribution.None;
        }

        Attribution subject;
        int verb;
        if (SpeechLexicon.PersonalPronouns.Contains(tokens[i].Text) && !IsNameToken(i))
        {
            subject = Attribution.Pronoun;
            verb = i + 1;
        }
        else if (IsNameStart(i))
        {
            verb = RunEndAfter(i, to);
            var name = tokens[verb - 1].IsPossessive ? null : NameText(i, verb);
            if (name is null)
            {
                return Attribution.None;
            }

            subject = Attribution.Named(name);
        }
        else
        {
            return Attribution.None;
        }

        if (!IsFiniteVerbShape(verb))
        {
            return Attribution.None;
        }

        int end = verb + 1;
        if (end < to && tokens[end].Kind == TokenKind.Word && SpeechLexicon.VerbParticles.Contains(tokens[end].Text))
        {
            end++;
        }

        return ClosesAttribution(end, to) ? subject : Attribution.None;
    }

    /// <summary>A lower-case word shaped like a past or a third person ("offers", "confessed"), not an auxiliary.</summary>
    private bool IsFiniteVerbShape(int at)
    {
        if (at >= tokens.Count || !tokens[at].IsLower || tokens[at].Text.Length < 4 || SpeechLexicon.Auxiliaries.Contains(tokens[at].Text))
        {
            return false;
        }

        var word = tokens[at].Text;
        return SpeechVerbLength(at) > 0 || word.EndsWith("ed", StringComparison.Ordinal) || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("ous", StringComparison.Ordinal));
    }

    /// <summary>True when the attribution ends at <paramref name="at"/>: the stretch's end, a sentence's end, or a comma or dash before a quotation.</summary>
    private bool ClosesAttribution(int at, int to)
    {
        if (at >= to)
        {
            return true;
        }

        var token = tokens[at];
        return token.Kind == TokenKind.End
            || (token.Kind is TokenKind.Comma or TokenKind.Dash or TokenKind.Colon && (at + 1 >= to || tokens[at + 1].Kind == TokenKind.Quote));
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
}
