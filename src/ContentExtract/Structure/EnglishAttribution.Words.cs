namespace ContentExtract.Structure;

/// <summary>
/// What a token is to attribution: a speech verb ("said", "pointed out"), a modifier, a common noun, part of a
/// name; and how far a run of name tokens reaches ("U.S. Attorney James Kennedy Jr." gives "James Kennedy Jr.").
/// </summary>
internal sealed partial class EnglishAttribution
{
    /// <summary>Punctuation a name's run of tokens may end in that is not part of the name.</summary>
    private const string NameEndMarks = ",;:";

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

        // "Chiou and Howlett write": after names joined by "and" the bare verb is the plural's present.
        if (SpeechLexicon.PluralSpeechVerbs.Contains(word) && at > 0 && IsNameToken(at - 1) && !tokens[at - 1].IsPossessive)
        {
            int subject = RunStartBefore(at - 1, 0);
            return ConjoinedStart(subject, 0) < subject ? 1 : 0;
        }

        // "Nozick would answer,": after a modal, with any adverbs between, the bare verb is the verb of the clause.
        if (SpeechLexicon.PluralSpeechVerbs.Contains(word) && FollowsModal(at))
        {
            return 1;
        }

        if (SpeechLexicon.SpeechVerbsWithParticle.Contains(word) && at + 1 < tokens.Count && (tokens[at + 1].Is("out") || tokens[at + 1].Is("in") || tokens[at + 1].Is("on")))
        {
            return 2;
        }

        return 0;
    }

    /// <summary>True when a modal stands before <paramref name="at"/>, over lower-case modifiers only ("would simply say").</summary>
    private bool FollowsModal(int at)
    {
        for (int k = at - 1; k >= 0 && tokens[k].Kind == TokenKind.Word && tokens[k].IsLower; k--)
        {
            if (SpeechLexicon.Modals.Contains(tokens[k].Text))
            {
                return true;
            }

            if (!IsModifier(k))
            {
                return false;
            }
        }

        return false;
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

    /// <summary>
    /// "the coalition of transport unions", "a spokesperson for the venue": an article, lower-case words and one
    /// preposition that joins a complement to the head, no verb.
    /// </summary>
    private bool IsDescriptionWithComplement(int from, int to)
    {
        if (to - from < 4 || to - from > 8 || !SpeechLexicon.Articles.Contains(tokens[from].Text))
        {
            return false;
        }

        int prepositions = 0;
        for (int k = from + 1; k < to; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word || IsVerbLike(k))
            {
                return false;
            }

            if (SpeechLexicon.Prepositions.Contains(token.Text))
            {
                if (k == from + 1 || !token.IsLower || ++prepositions > 1)
                {
                    return false;
                }
            }
        }

        return prepositions == 1;
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

    /// <summary>
    /// The name a phrase in tokens [<paramref name="from"/>, <paramref name="to"/>) ends with ("Hungarian-American investor George Soros"),
    /// or null; where <paramref name="conjoined"/>, with the name "and" joins to it ("Chiou and Howlett"), as the subject of a verb.
    /// </summary>
    private string? NameAtEnd(int from, int to, bool conjoined = false)
    {
        int last = to - 1;
        if (last < from || !IsNameToken(last) || tokens[last].IsPossessive)
        {
            return null;
        }

        int start = RunStartBefore(last, from);
        int joined = conjoined ? ConjoinedStart(start, from) : start;
        return joined < start ? NameText(joined, to) : PersonBeforeAffiliation(from, start) ?? NameText(start, to);
    }

    /// <summary>Where the name joined by "and" to the name that starts at <paramref name="start"/> starts ("Chiou" of "Chiou and Howlett"); else <paramref name="start"/>.</summary>
    private int ConjoinedStart(int start, int from)
    {
        int and = start - 1;
        return and - 1 >= from && tokens[and].Is("and") && IsNameStart(and - 1) && !tokens[and - 1].IsPossessive ? RunStartBefore(and - 1, from) : start;
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

        // Trimmed as a span, so that the name is the one string made: string.TrimEnd(params char[]) built an array of
        // its three marks on every call, and this runs for every run of capitalised words in a quoted paragraph.
        var name = text.AsSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start).TrimEnd(NameEndMarks);
        return name.Length < 2 ? null : name.ToString();
    }
}
