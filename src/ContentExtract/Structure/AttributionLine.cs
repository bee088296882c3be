using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// The line that signs a pull quote or an epigraph: a dash, then who said it, and often their role
/// ("— Maria Lopez, council president", "―― 鲁迅"). Pages set it under the quote as a
/// <c>&lt;footer&gt;</c>, a paragraph of its own or a line of a text dump; read alone it is a short
/// line that the body builder would take for a heading or a quotation of its own. It is recognised by
/// its form in every language: a leading dash, a short rest that names someone (capitalised words, or
/// CJK characters) and no closing dash, which would make it a divider ("— Advertisement —").
/// </summary>
internal static class AttributionLine
{
    /// <summary>The longest attribution line, in characters: a name and a role, never a sentence of the article.</summary>
    private const int MaxLength = 120;

    /// <summary>The most words in the name before its role: "Maria de los Angeles Lopez Garcia" is six.</summary>
    private const int MaxNameWords = 6;

    /// <summary>The most CJK characters in a name: a person's is two to four, an institution's can be long.</summary>
    private const int MaxCjkNameChars = 24;

    /// <summary>The most characters of a Chinese person's name (a surname of two and a given name of two).</summary>
    private const int MaxCjkPersonChars = 4;

    /// <summary>Reads <paramref name="line"/> as an attribution line.</summary>
    /// <param name="line">One block's text.</param>
    /// <param name="markedBySource">True when markup already says the line signs the quote (a <c>&lt;cite&gt;</c>): no dash is needed.</param>
    /// <param name="attribution">The line without its dash: the name and any role ("Maria Lopez, council president").</param>
    /// <param name="name">The name alone ("Maria Lopez").</param>
    /// <returns>True when the line signs a quotation.</returns>
    public static bool TryRead(string line, bool markedBySource, out string attribution, out string name)
    {
        attribution = string.Empty;
        name = string.Empty;
        var text = line.AsSpan().Trim();

        // "— Jane Doe (@janedoe) November 18, 2019" signs an embedded post, which the quotation recognizer reads as a whole.
        if (text.Length > MaxLength || SpeechLexicon.PostByline().IsMatch(line) || text.IndexOfAny('\n', '\r') >= 0 || !(StartsWithDash(text, out int dashLength) || markedBySource))
        {
            return false;
        }

        var rest = text[dashLength..].Trim();
        if (rest.Length < 2 || IsDash(rest[^1]) || QuoteMarks.IsWhollyQuoted(rest.ToString()))
        {
            return false;
        }

        var namePart = NameOf(rest);
        if (!IsName(namePart))
        {
            return false;
        }

        attribution = rest.TrimEnd('.').ToString();
        name = namePart.ToString();
        return true;
    }

    /// <summary>
    /// The name in an attribution, before its role: "Maria Lopez" of "Maria Lopez, council president"; in Chinese, where the
    /// role may also stand before the name, with or without a space, the name beside it ("市公交集团总经理 王建国",
    /// "王建国 市公交集团总经理", "市公交集团总经理王建国" give 王建国).
    /// </summary>
    public static ReadOnlySpan<char> NameOf(ReadOnlySpan<char> attribution)
    {
        int roleStart = attribution.IndexOfAny(",，(（;；|/、");
        var name = (roleStart < 0 ? attribution : attribution[..roleStart]).TrimEnd().TrimEnd('.').TrimEnd();
        return TextStats.Of(name).IsMostlyCjk ? ChineseNameBesideRole(name) : name;
    }

    private static ReadOnlySpan<char> ChineseNameBesideRole(ReadOnlySpan<char> attribution)
    {
        int space = attribution.LastIndexOfAny(' ', '\u3000');
        if (space > 0 && attribution[..space].Trim().IndexOfAny(' ', '\u3000') < 0)
        {
            var first = attribution[..space].Trim();
            var second = attribution[(space + 1)..].Trim();
            if (ChineseAttribution.EndsWithRole(first) && second.Length is >= 2 and <= MaxCjkPersonChars)
            {
                return second;
            }

            if (ChineseAttribution.EndsWithRole(second) && first.Length is >= 2 and <= MaxCjkPersonChars)
            {
                return first;
            }

            return attribution;
        }

        var afterRole = ChineseAttribution.AfterLastRole(attribution);
        return afterRole.Length is >= 2 and <= MaxCjkPersonChars ? afterRole : attribution;
    }

    /// <summary>The line after its leading dash and the spaces around it; the trimmed line when it starts with none.</summary>
    public static ReadOnlySpan<char> AfterDash(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return StartsWithDash(text, out int length) ? text[length..].TrimStart() : text;
    }

    private static bool StartsWithDash(ReadOnlySpan<char> text, out int length)
    {
        length = 0;
        while (length < text.Length && (IsDash(text[length]) || (text[length] == '-' && length + 1 < text.Length && (text[length + 1] == '-' || CharClass.IsSpace(text[length + 1])))))
        {
            length++;
            if (length < text.Length && text[length - 1] == '-' && text[length] == '-')
            {
                length++;
            }
        }

        return length > 0;
    }

    /// <summary>The dashes that lead an attribution: em dash, en dash, horizontal bar (― and the CJK doubled ——).</summary>
    private static bool IsDash(char c) => c is '—' or '–' or '―' or '－';

    /// <summary>
    /// A name, by its form: CJK characters without sentence marks, or a few words that start with a capital
    /// ("Maria Lopez", "the Swedish Prosecution Authority"); never a date or a number.
    /// </summary>
    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || char.IsDigit(name[0]))
        {
            return false;
        }

        var stats = TextStats.Of(name);
        if (stats.IsMostlyCjk)
        {
            return stats.CjkChars is >= 2 and <= MaxCjkNameChars && name.IndexOfAny("。！？!?：:") < 0;
        }

        if (stats.LatinWords is < 1 or > MaxNameWords || (name.IndexOfAny(".!?:") >= 0 && !IsInitialed(name)))
        {
            return false;
        }

        // The first word that is not an article carries the capital: "the Swedish Prosecution Authority".
        foreach (var word in name.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "the" or "The")
            {
                continue;
            }

            return char.IsUpper(word[0]);
        }

        return false;
    }

    /// <summary>True when every full stop in the name closes an initial or a short title ("J. R. Smith", "Martin Luther King Jr.").</summary>
    private static bool IsInitialed(ReadOnlySpan<char> name)
    {
        for (int i = 0; i < name.Length; i++)
        {
            if (name[i] is '!' or '?' or ':')
            {
                return false;
            }

            if (name[i] == '.')
            {
                int start = i;
                while (start > 0 && char.IsLetter(name[start - 1]))
                {
                    start--;
                }

                if (i - start is < 1 or > 2)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
