using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// What a reader remembers about who is talking while reading an article in order: the names met so
/// far, the person the text named last (a pronoun's referent), and the speaker a following quotation
/// continues. One instance per document.
/// </summary>
internal sealed class SpeakerMemory
{
    private const int MaxRemembered = 64;

    private readonly List<string> names = [];
    private readonly HashSet<string> discovered = new(StringComparer.Ordinal);

    /// <summary>Nouns the text has named a person by ("总经理王建国", "一个好国王，名叫福寿"), each with the person named last so.</summary>
    private readonly Dictionary<string, string> holders = new(StringComparer.Ordinal);

    /// <summary>The tokenizer's list and word cache, reused from paragraph to paragraph of the article.</summary>
    public TokenScratch Scratch { get; } = new();

    /// <summary>True for an article in a language that capitalises every noun (German), where capitals do not mark names.</summary>
    public bool NounsCapitalized { get; init; }

    /// <summary>The speaker of the last attributed quotation or statement.</summary>
    public string? LastSpeaker { get; private set; }

    /// <summary>The person the text named last as a speaker or as the subject of a sentence: what "he" and "她" refer to.</summary>
    public string? Antecedent { get; private set; }

    /// <summary>The body, not a person, that spoke last: what "the report" or "the statement" that follows refers to.</summary>
    public string? LastBody { get; private set; }

    /// <summary>How many times a person has been named so far; tells whether a paragraph named anyone.</summary>
    public int PersonMentions { get; private set; }

    /// <summary>How many times a person had been named when the paragraph being read began.</summary>
    private int mentionsAtParagraphStart;

    /// <summary>True once the paragraph being read has named a person: a subject it leaves out is theirs.</summary>
    public bool ParagraphNamedSomeone => PersonMentions > mentionsAtParagraphStart;

    /// <summary>Marks the start of a paragraph, for <see cref="ParagraphNamedSomeone"/>.</summary>
    public void StartParagraph() => mentionsAtParagraphStart = PersonMentions;

    /// <summary>
    /// The speaker a paragraph that opens with an unattributed quotation continues: the speaker of an
    /// unclosed quotation, of a closing "He added:", or of the sentence that ended the paragraph before.
    /// </summary>
    public string? Carry { get; set; }

    /// <summary>True when the paragraph before ends by introducing a quotation ("He added:", "As Nagel writes,") or inside one.</summary>
    public bool CarryIntroduces { get; set; }

    /// <summary>Records a speaker of a quotation or a statement; a person becomes what pronouns refer to.</summary>
    public void Speak(string name, bool isPerson)
    {
        LastSpeaker = name;
        if (!isPerson)
        {
            LastBody = name;
        }

        Mention(name, isPerson);
    }

    /// <summary>Records a name the text mentions; a person becomes what pronouns refer to.</summary>
    public void Mention(string name, bool isPerson)
    {
        names.Remove(name);
        names.Add(name);
        if (names.Count > MaxRemembered)
        {
            names.RemoveAt(0);
        }

        if (isPerson)
        {
            Antecedent = name;
            PersonMentions++;
        }
    }

    /// <summary>
    /// The organisation the text named last, speaking or not ("Reporters reached out to the Water Safety Board"):
    /// what "the agency" or "the department" that speaks next refers to.
    /// </summary>
    public string? LastBodyMentioned { get; private set; }

    /// <summary>Records an organisation the text names.</summary>
    public void MentionBody(string name) => LastBodyMentioned = name;

    /// <summary>Records a name found by its recurrence in the article, before the text has named it as anyone's.</summary>
    public void Know(string name) => discovered.Add(name);

    /// <summary>The name an attribution stands for, or null when it names nobody the text has named.</summary>
    public string? Resolve(Attribution attribution) => attribution.Kind switch
    {
        AttributionKind.Named => attribution.Name,
        AttributionKind.Pronoun => Antecedent ?? LastSpeaker,
        AttributionKind.Description => ResolveDescription(attribution.Name!),
        _ => null,
    };

    /// <summary>True when the name, or a longer name it is a part of ("Suter" of "Ryan Suter", 汉森 of 戴夫·汉森), was met before.</summary>
    public bool IsKnown(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
        {
            return false;
        }

        foreach (var known in names)
        {
            if (IsPartOf(name, known))
            {
                return true;
            }
        }

        foreach (var known in discovered)
        {
            if (IsPartOf(name, known))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest known name that <paramref name="text"/> starts with (温先生 in "温先生发了一条朋友圈").</summary>
    public string? KnownNameAt(ReadOnlySpan<char> text)
    {
        string? best = null;
        foreach (var known in names)
        {
            if (known.Length >= 2 && text.StartsWith(known, StringComparison.Ordinal) && (best is null || known.Length > best.Length))
            {
                best = known;
            }
        }

        foreach (var known in discovered)
        {
            if (text.StartsWith(known, StringComparison.Ordinal) && (best is null || known.Length > best.Length))
            {
                best = known;
            }
        }

        return best;
    }

    /// <summary>
    /// The Chinese name of a person met last that starts with <paramref name="surname"/> and has a given name of one or two
    /// characters after it (王建国 for 王), or null: what a surname standing alone before a verb of saying refers to.
    /// </summary>
    public string? LastPersonWithSurname(ReadOnlySpan<char> surname)
    {
        for (int i = names.Count - 1; i >= 0; i--)
        {
            var known = names[i];
            if (known.Length - surname.Length is 1 or 2 && known.AsSpan().StartsWith(surname, StringComparison.Ordinal) && !ChineseAttribution.IsOrganisation(known)
                && CharClass.IsHan(known[^1]))
            {
                return known;
            }
        }

        return null;
    }

    /// <summary>Records that the text named <paramref name="name"/> by the office or noun <paramref name="noun"/> ("总经理", "国王").</summary>
    public void NameHolder(string noun, string name)
    {
        if (holders.Count < MaxRemembered || holders.ContainsKey(noun))
        {
            holders[noun] = name;
        }
    }

    /// <summary>
    /// The person an office or noun at the start of <paramref name="text"/> refers back to ("国王走过来", "这位总经理"), the
    /// longest noun first; null when the text named no one by it, or when it stands for many ("总经理们").
    /// </summary>
    /// <param name="text">The words.</param>
    /// <param name="whole">True when the noun must be all of <paramref name="text"/>.</param>
    public string? HolderAt(ReadOnlySpan<char> text, bool whole)
    {
        string? best = null, holder = null;
        foreach (var (noun, name) in holders)
        {
            if (text.StartsWith(noun, StringComparison.Ordinal) && (best is null || noun.Length > best.Length) && (!whole || text.Length == noun.Length)
                && !text[noun.Length..].StartsWith("们", StringComparison.Ordinal))
            {
                best = noun;
                holder = name;
            }
        }

        return holder;
    }

    /// <summary>
    /// The one Chinese person's name met so far that starts with <paramref name="surname"/> and has a given name of one or two
    /// characters after it, or null when there is none or more than one: what a surname with a title ("马将军", "王局长")
    /// refers back to. Two people of that surname leave it open, where the last one met would be a guess.
    /// </summary>
    public string? OnlyPersonWithSurname(ReadOnlySpan<char> surname)
    {
        string? only = null;
        foreach (var known in names.Concat(discovered))
        {
            if (known.Length - surname.Length is 1 or 2 && known.AsSpan().StartsWith(surname, StringComparison.Ordinal) && !ChineseAttribution.IsOrganisation(known)
                && CharClass.IsHan(known[^1]) && !ChineseAttribution.IsSurnameWithTitle(known))
            {
                if (only is not null && only != known)
                {
                    return null;
                }

                only = known;
            }
        }

        return only;
    }

    /// <summary>The whole name, its last part ("Doe" of "Jane Doe", 汉森 of 戴夫·汉森), or a part before a suffix ("Carlineo" of "Patrick Carlineo Jr.").</summary>
    private static bool IsPartOf(ReadOnlySpan<char> name, string known)
    {
        if (known.AsSpan().EndsWith(name, StringComparison.Ordinal)
            && (known.Length == name.Length || known[known.Length - name.Length - 1] is ' ' or '·' or '•' or '?' or '．'))
        {
            return true;
        }

        int at = known.AsSpan().IndexOf(name, StringComparison.Ordinal);
        return at > 0 && known[at - 1] == ' ' && at + name.Length < known.Length && known[at + name.Length] == ' ';
    }

    /// <summary>
    /// True when the body's name ends in a noun for a kind of body other than <paramref name="noun"/> ("Swedish Prosecution
    /// Authority" for "the company"); a name that says no kind ("Northline Rail", "Nasa") may be any kind.
    /// </summary>
    private static bool NamesOtherKindOfBody(string body, string noun)
    {
        int space = body.LastIndexOf(' ');
        string head = body[(space + 1)..].ToLowerInvariant();
        return SpeechLexicon.OrganisationNouns.Contains(head) && SpeechLexicon.BodyKindOf(head) != SpeechLexicon.BodyKindOf(noun);
    }

    private string? ResolveDescription(string noun)
    {
        // "the ministry" is the Defense Ministry named before; "the actor" is the person named last.
        for (int i = names.Count - 1; i >= 0; i--)
        {
            foreach (var part in names[i].Split(' '))
            {
                if (part.Equals(noun, StringComparison.OrdinalIgnoreCase))
                {
                    return names[i];
                }
            }
        }

        if (SpeechLexicon.OrganisationNouns.Contains(noun))
        {
            // "Reporters reached out to the Water Safety Board. … the board said": the organisation named last, unless its
            // name says it is another kind of body ("the company" is no "Prosecution Authority").
            if (LastBodyMentioned is { } mentioned && !NamesOtherKindOfBody(mentioned, noun))
            {
                return mentioned;
            }

            return LastBody is { } spoke && !NamesOtherKindOfBody(spoke, noun) ? spoke : null;
        }

        if (SpeechLexicon.ReportNouns.Contains(noun))
        {
            // "The College of Sports Medicine reported that … “…,” the trends report stated.": the report of the body that spoke last.
            return LastBody;
        }

        return SpeechLexicon.PersonDescriptions.Contains(noun) || noun.EndsWith("-old", StringComparison.Ordinal) ? Antecedent : null;
    }
}
