using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ContentExtract.Structure;

/// <summary>Speech verbs, roles and pronouns that tie a quotation to the person who said it.</summary>
internal static partial class SpeechLexicon
{
    /// <summary>Chinese speech verbs, longest first so that "告诉记者" wins over "告诉".</summary>
    public static readonly string[] ChineseVerbs =
    [
        "在接受记者采访时表示", "接受记者采访时表示", "接受采访时表示", "接受采访时说", "对记者表示", "向记者表示", "向记者介绍", "对记者说", "告诉记者",
        "介绍说", "表示", "介绍", "指出", "强调", "认为", "坦言", "透露", "回忆", "解释", "补充", "说道", "谈到", "提到", "呼吁", "感慨", "直言",
        "告诉", "笑道", "写道", "答道", "回答", "说", "称", "问",
    ];

    /// <summary>Characters that, before "说", make a word that is not a speech verb (小说, 听说, 据说 …).</summary>
    public static readonly FrozenSet<char> NotSpeechBeforeShuo = FrozenSet.ToFrozenSet("小听据虽比解传演游劝学邪再");

    /// <summary>Titles and roles that stand before a Chinese name ("组织部长宋善云"); the name follows the last one.</summary>
    public static readonly string[] ChineseRoles =
    [
        "副部长", "部长", "副主任", "主任", "副书记", "书记", "副市长", "市长", "副省长", "省长", "县长", "区长", "镇长", "村长", "局长", "处长", "科长",
        "主席", "总理", "总统", "总经理", "经理", "董事长", "总裁", "院长", "校长", "教授", "研究员", "专家", "记者", "委员", "常委", "老人", "负责人",
        "发言人", "秘书长", "主编", "村民", "居民", "市民", "员工", "茶农", "农民", "渔民", "牧民", "工人", "队长", "所长", "厅长", "司长", "行长", "社长", "会长", "理事长", "分析师", "老师",
        "医生", "律师", "大使", "代表", "创始人", "首席执行官", "CEO", "导演", "演员", "歌手", "作家", "学生", "同学", "工作人员", "志愿者", "主管", "组长",
    ];

    /// <summary>Words between a Chinese speaker and the verb that are not part of the name.</summary>
    public static readonly string[] ChineseTrailingModifiers =
    [
        "在接受采访时", "接受采访时", "在采访中", "对本报记者", "对记者", "向记者", "对笔者", "这样", "也", "都", "还", "则", "又", "曾", "便", "就", "时",
    ];

    /// <summary>
    /// Words that start an action between a Chinese speaker and the speech verb ("韩志远一边核对名单一边说",
    /// "李明在会上表示"); the name ends where they begin.
    /// </summary>
    public static readonly string[] ChineseActionStarts = ["一边", "一面", "笑着", "指着", "拿着", "看着", "望着", "握着", "端着", "接着", "在", "对", "向", "跟", "也", "都", "还", "又"];

    /// <summary>Words that refer to a speaker named earlier.</summary>
    public static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["他", "她", "他们", "她们", "其", "he", "she", "they", "He", "She", "They", "er", "sie", "Er", "Sie", "il", "elle", "Il", "Elle", "él", "ella"]);

    /// <summary>Words that stand where a speaker would but name nobody.</summary>
    public static readonly FrozenSet<string> NotSpeakers = FrozenSet.ToFrozenSet(
        ["我", "我们", "你", "你们", "记者", "笔者", "本报", "有人", "大家", "对方", "网友", "It", "This", "That", "There", "I", "We", "You", "The", "A", "An", "But", "And", "So", "Then", "Now", "Officials", "Police"]);

    /// <summary>Speech verbs of English, German, French, Spanish and Portuguese, as one alternation.</summary>
    private const string EnglishVerbs = "said|says|told|tells|added|adds|explained|noted|notes|stated|wrote|writes|asked|argued|argues|continued|recalled|insisted|warned|warns|tweeted|posted|acknowledged|admitted|replied|responded|remarked|declared|claimed|claims|suggested|observed|conceded|predicted|cautioned|stressed|announced|testified|joked|emphasized|emphasised"
        + "|sagte|sagt|erklärte|erklärt|betonte|betont|meinte|ergänzte|fügte hinzu|berichtete|warnte"
        + "|a déclaré|déclare|a dit|dit|confie|a confié|explique|a expliqué|estime|affirme|ajoute|souligne|précise|raconte"
        + "|dijo|afirmó|explicó|señaló|aseguró|añadió|disse|afirmou|explicou|declarou";

    /// <summary>A personal or organisation name in Latin script: capitalised words, initials and name particles.</summary>
    private const string Name = @"(?<name>(?:[A-Z][\p{L}'’.\-]*[\p{L}.]|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}'’.\-]*[\p{L}.]|[A-Z]\.|van|der|de|da|von|bin|al|Jr\.|Sr\.)){0,4})";

    /// <summary>After a quotation: ", said Jane Doe", "Jane Doe said", "he added", "the minister told reporters".</summary>
    [GeneratedRegex(@"^[\s,;:—–-]*(?:(?:" + EnglishVerbs + @")\s+" + Name + @"|" + Name + @"\s+(?:" + EnglishVerbs + @")\b|(?<pronoun>he|she|they|er|sie|il|elle|ils|elles|él|ella|ele|ela)\s+(?:" + EnglishVerbs + @")\b|according to\s+" + Name + ")", RegexOptions.CultureInvariant)]
    public static partial Regex EnglishAfter();

    /// <summary>The subject a paragraph opens with: "Gerald Pruitt, who has run …", "Jane Doe said …".</summary>
    [GeneratedRegex(@"^" + Name + @"(?:,|\s+(?:" + EnglishVerbs + @"|who|is|was|has|had|also|then)\b)", RegexOptions.CultureInvariant)]
    public static partial Regex LeadingSubject();

    /// <summary>Before a quotation: "Jane Doe said:", "Doe told reporters,", "said Doe:", "according to Doe,".</summary>
    [GeneratedRegex(Name + @"\s+(?:" + EnglishVerbs + @")(?:\s+(?:\p{Ll}+|[A-Z][\p{L}.]*)){0,3}\s*[:,]?\s*$|(?:" + EnglishVerbs + @"|according to)\s+" + Name + @"\s*[:,]\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex EnglishBefore();
}
