namespace ContentExtract.Structure;

/// <summary>
/// Speech a Chinese clause gives as a noun, not a verb: "广汽的回应是，“…”", "用王明的话说，“…”", "正如王明所说，“…”". The
/// quotation is what the possessor's answer, words or statement is; the possessor is its speaker, found in the words
/// between the clause's opening and 的 (or 所), and cleaned like any subject.
/// </summary>
internal static class ChineseNominalSpeech
{
    /// <summary>Nouns of speech that, owned by someone and followed by 是 or 为, introduce what that someone said.</summary>
    private static readonly string[] SpeechNouns = ["回应", "回答", "答复", "说法", "解释", "表态", "原话", "结论"];

    /// <summary>Words that open "用王明的话说" and "借用王明的话来说": whose words the quotation borrows.</summary>
    private static readonly string[] BorrowingOpeners = ["借用", "套用", "用"];

    /// <summary>Words that open "正如王明所说" and "如王明所言": the quotation is as someone said.</summary>
    private static readonly string[] AsOpeners = ["正如", "诚如", "就像", "如同", "如"];

    /// <summary>Verbs after 所 in "正如王明所说".</summary>
    private static readonly string[] VerbsAfterSuo = ["说", "言", "讲", "指出", "强调", "介绍", "表示"];

    /// <summary>
    /// The possessor of the speech that <paramref name="clause"/> (the words before the quotation, from its clause's opening,
    /// clause marks after it already trimmed) ends by introducing, or an empty span when the clause introduces none.
    /// </summary>
    public static ReadOnlySpan<char> Possessor(ReadOnlySpan<char> clause)
    {
        // "…的回应是" / "…的说法为": the noun phrase is the subject and the copula leads into the quotation.
        if (clause is [.., '是' or '为'])
        {
            var noun = clause[..^1];
            foreach (var speechNoun in SpeechNouns)
            {
                if (noun.EndsWith(speechNoun, StringComparison.Ordinal) && noun[..^speechNoun.Length] is [.., '的'] owned)
                {
                    return owned[..^1];
                }
            }

            return [];
        }

        // "用王明的话说" / "用王明的话来说".
        var saying = clause.EndsWith("来说", StringComparison.Ordinal) ? clause[..^2] : clause.EndsWith("说", StringComparison.Ordinal) ? clause[..^1] : [];
        if (saying.EndsWith("的话", StringComparison.Ordinal))
        {
            var owner = saying[..^2];
            foreach (var opener in BorrowingOpeners)
            {
                if (owner.StartsWith(opener, StringComparison.Ordinal))
                {
                    return owner[opener.Length..];
                }
            }

            return [];
        }

        // "正如王明所说" / "如王明所言".
        foreach (var verb in VerbsAfterSuo)
        {
            var said = clause.EndsWith("的", StringComparison.Ordinal) ? clause[..^1] : clause;
            if (!said.EndsWith(verb, StringComparison.Ordinal) || said[..^verb.Length] is not [.., '所'] withSuo)
            {
                continue;
            }

            var speaker = withSuo[..^1];
            foreach (var opener in AsOpeners)
            {
                if (speaker.StartsWith(opener, StringComparison.Ordinal))
                {
                    return speaker[opener.Length..];
                }
            }
        }

        return [];
    }
}
