using System.Collections.Frozen;

namespace ContentExtract.Structure;

/// <summary>
/// People and the bodies they speak for. A person's name before "of", "at" or "from" a body is the speaker ("Dr. Ehsan
/// Jazini of VSI explains", not VSI); a body's possessive before a role names whose the role is, and the person follows
/// ("says Maxi Moving's Vice President, Ivan Cheptenari", "says Co-Founder, Stephanie Özcan"); a report, study or spokesperson that a body's name qualifies
/// speaks for that body ("the Strava report explained").
/// </summary>
internal sealed partial class EnglishAttribution
{
    /// <summary>Prepositions that tie a person to the body they belong to ("of VSI", "at Stanford", "from the ministry").</summary>
    private static readonly FrozenSet<string> AffiliationWords = FrozenSet.ToFrozenSet(["of", "at", "from"], StringComparer.Ordinal);

    /// <summary>How many tokens after a body's possessive may hold the role before the person's name ("Acme's senior vice president of sales,").</summary>
    private const int MaxRoleTokens = 8;

    /// <summary>
    /// The person whose affiliation is the name run that starts at <paramref name="start"/>: "Marguerita M. Cheng" of
    /// "Marguerita M. Cheng of Annuity.org". Null unless a person's name stands right before the preposition.
    /// </summary>
    private string? PersonBeforeAffiliation(int from, int start)
    {
        int preposition = start - 1;
        if (preposition - 1 < from || tokens[preposition].Kind != TokenKind.Word || !AffiliationWords.Contains(tokens[preposition].Text)
            || !IsNameToken(preposition - 1) || tokens[preposition - 1].IsPossessive)
        {
            return null;
        }

        var person = NameText(RunStartBefore(preposition - 1, from), preposition);
        return person is not null && IsPersonName(person, memory) ? person : null;
    }

    /// <summary>
    /// The person a role introduces within a few tokens after <paramref name="from"/>, across at most one comma ("Vice
    /// President, Ivan Cheptenari"): a full name, or one the text has used. Null when none follows.
    /// </summary>
    private string? PersonAfterRole(int from, int to)
    {
        bool comma = false;
        for (int k = from; k < to && k < from + MaxRoleTokens; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Comma && !comma)
            {
                comma = true;
                continue;
            }

            // "in the Argus Leader of Sioux Falls": after a preposition the name is a place or a body, not the role's holder.
            if (token.Kind != TokenKind.Word || SpeechLexicon.Prepositions.Contains(token.Text))
            {
                return null;
            }

            if (IsNameStart(k))
            {
                int runEnd = RunEndAfter(k, to);
                var name = tokens[runEnd - 1].IsPossessive ? null : NameText(k, runEnd);
                if (name is not null && IsPersonName(name, memory))
                {
                    return name;
                }

                k = runEnd - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// The body a report-like noun phrase speaks for ("the Strava report", "ACSM’s trends report", "a White House
    /// spokesperson"): a name inside a phrase that ends in a <see cref="SpeechLexicon.ReportNouns">report noun</see>.
    /// </summary>
    private string? ReportBody(int from, int to)
    {
        if (to - from < 2 || !SpeechLexicon.ReportNouns.Contains(tokens[to - 1].Text.ToLowerInvariant()))
        {
            return null;
        }

        for (int k = from; k < to - 1; k++)
        {
            if (IsNameStart(k))
            {
                var name = NameText(k, RunEndAfter(k, to - 1));
                return name is null ? null : WithoutPossessive(name);
            }
        }

        return null;
    }

    private static string WithoutPossessive(string name) =>
        name.EndsWith("’s", StringComparison.Ordinal) || name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2]
        : name.EndsWith("s’", StringComparison.Ordinal) || name.EndsWith("s'", StringComparison.Ordinal) ? name[..^1]
        : name;
}
