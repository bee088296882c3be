using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// Names who said a quotation, from the words around it: the clause after it ("…，宋善云介绍", "…,"
/// said Jane Doe") or the clause before it ("Doe said: “…”"). A pronoun refers to the speaker named
/// last. Returns null when the text names nobody with a speech verb.
/// </summary>
internal static class SpeakerRecognizer
{
    private const int MaxContext = 160;
    private const int MaxChineseName = 12;

    public readonly record struct Attribution(string? Name, bool IsPronoun)
    {
        public static readonly Attribution None = new(null, false);
    }

    public static Attribution Find(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (after.Length > MaxContext)
        {
            after = after[..MaxContext];
        }

        if (before.Length > MaxContext)
        {
            before = before[^MaxContext..];
        }

        var found = FindChineseAfter(after);
        if (found.Name is null && !found.IsPronoun)
        {
            found = FindEnglishAfter(after);
        }

        if (found.Name is null && !found.IsPronoun)
        {
            found = FindBefore(before);
        }

        return found;
    }

    private static Attribution FindChineseAfter(ReadOnlySpan<char> after)
    {
        // The attribution lies in the sentence that follows the closing mark.
        int end = after.IndexOfAny("。！？；!?\n");
        var sentence = end >= 0 ? after[..end] : after;
        int verbAt = FindChineseVerb(sentence);
        if (verbAt < 0)
        {
            return Attribution.None;
        }

        var head = sentence[..verbAt];
        int cut = head.LastIndexOfAny("，,、：:；;（(");
        return CleanChineseName(head[(cut + 1)..]);
    }

    private static Attribution FindBefore(ReadOnlySpan<char> before)
    {
        before = TextSpan.TrimAll(before);
        if (before.IsEmpty)
        {
            return Attribution.None;
        }

        // "宋善云说：“…”": a clause ending in a speech verb and a colon or comma.
        var clause = before.TrimEnd("：:，, ");
        if (clause.Length < before.Length)
        {
            int start = clause.LastIndexOfAny("。！？；，,、!?;");
            var tail = clause[(start + 1)..];
            foreach (var verb in SpeechLexicon.ChineseVerbs)
            {
                if (tail.EndsWith(verb, StringComparison.Ordinal) && tail.Length > verb.Length)
                {
                    var name = CleanChineseName(tail[..^verb.Length]);
                    if (name.Name is not null || name.IsPronoun)
                    {
                        return name;
                    }
                }
            }
        }

        var match = SpeechLexicon.EnglishBefore().Match(before.ToString());
        return match.Success ? FromEnglishName(match.Groups["name"].Value) : Attribution.None;
    }

    private static Attribution FindEnglishAfter(ReadOnlySpan<char> after)
    {
        if (after.IsEmpty || CharClass.IsCjk(TextSpan.TrimAll(after) is { Length: > 0 } t ? t[0] : 'a'))
        {
            return Attribution.None;
        }

        var match = SpeechLexicon.EnglishAfter().Match(after.ToString());
        if (!match.Success)
        {
            return Attribution.None;
        }

        if (match.Groups["pronoun"].Success)
        {
            return new Attribution(null, true);
        }

        return FromEnglishName(match.Groups["name"].Value);
    }

    private static Attribution FromEnglishName(string name)
    {
        name = name.Trim().TrimEnd('.', ',');
        if (name.Length == 0)
        {
            return Attribution.None;
        }

        if (SpeechLexicon.Pronouns.Contains(name))
        {
            return new Attribution(null, true);
        }

        int space = name.IndexOf(' ', StringComparison.Ordinal);
        string first = space < 0 ? name : name[..space];
        return SpeechLexicon.NotSpeakers.Contains(first) ? Attribution.None : new Attribution(name, false);
    }

    private static int FindChineseVerb(ReadOnlySpan<char> sentence)
    {
        int best = -1;
        foreach (var verb in SpeechLexicon.ChineseVerbs)
        {
            int from = 0;
            while (from < sentence.Length)
            {
                int at = sentence[from..].IndexOf(verb, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                at += from;
                if (IsSpeechVerbAt(sentence, at, verb))
                {
                    if (best < 0 || at < best)
                    {
                        best = at;
                    }

                    break;
                }

                from = at + verb.Length;
            }
        }

        return best;
    }

    private static bool IsSpeechVerbAt(ReadOnlySpan<char> sentence, int at, string verb)
    {
        if (at == 0)
        {
            return false;
        }

        if (verb.Length > 1)
        {
            return true;
        }

        // A one-character verb ("说", "称", "问") is a speech verb only where the speech follows it or the clause ends.
        char before = sentence[at - 1];
        bool clauseEnds = at + 1 >= sentence.Length || sentence[at + 1] is '，' or ',' or '：' or ':' or '“' or '"' or '道' or '”';
        return clauseEnds && !SpeechLexicon.NotSpeechBeforeShuo.Contains(before);
    }

    private static Attribution CleanChineseName(ReadOnlySpan<char> head)
    {
        var name = TextSpan.TrimAll(head);
        if (name.StartsWith("据"))
        {
            name = name[1..];
        }

        // "感动地说": an adverb of manner ends in 地 and is not part of the name.
        if (name.Length > 3 && name[^1] == '地')
        {
            name = name[..^3];
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

        int of = name.LastIndexOf('的');
        if (of >= 0 && of < name.Length - 1)
        {
            name = name[(of + 1)..];
        }

        // "韩志远一边核对名单一边说": the name ends where an action begins (never at the very start).
        foreach (var start in SpeechLexicon.ChineseActionStarts)
        {
            int at = name.IndexOf(start, StringComparison.Ordinal);
            if (at >= 2)
            {
                name = name[..at];
            }
        }

        int roleEnd = -1;
        foreach (var role in SpeechLexicon.ChineseRoles)
        {
            int at = name.LastIndexOf(role, StringComparison.Ordinal);
            if (at >= 0 && at + role.Length > roleEnd && at + role.Length <= name.Length - 2)
            {
                roleEnd = at + role.Length;
            }
        }

        if (roleEnd > 0)
        {
            name = name[roleEnd..];
        }
        else
        {
            // "孙德明老人": a role after the name.
            foreach (var role in SpeechLexicon.ChineseRoles)
            {
                if (name.Length >= role.Length + 2 && name.EndsWith(role, StringComparison.Ordinal))
                {
                    name = name[..^role.Length];
                    break;
                }
            }
        }

        name = TextSpan.TrimAll(name);
        string text = name.ToString();
        if (SpeechLexicon.Pronouns.Contains(text))
        {
            return new Attribution(null, true);
        }

        if (name.Length < 2 || name.Length > MaxChineseName || SpeechLexicon.NotSpeakers.Contains(text) || !CharClass.IsCjk(name[0]) && !char.IsUpper(name[0]))
        {
            return Attribution.None;
        }

        return new Attribution(text, false);
    }
}
