using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ContentExtract.Structure;

/// <summary>Speech verbs, roles, titles and pronouns that tie a quotation to the person who said it.</summary>
internal static partial class SpeechLexicon
{
    // ---------------------------------------------------------------- Embedded posts

    /// <summary>The byline under an embedded post, "— Jane Doe (@janedoe) November 18, 2019": it says who posted, it is not quoted.</summary>
    /// <remarks>Only asked whether it matches, so it runs without backtracking: linear on any text (a long run of spaces after the handle made it quadratic).</remarks>
    [GeneratedRegex(@"^[—–-]\s*[^\n]{1,120}\(@\w+\)\s*(?:\w+\.?\s+\d{1,2},\s+\d{4})?\s*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    public static partial Regex PostByline();

    /// <summary>A photo caption's credit at its end, "(Image: GETTY)", "(AP Photo/Jane Doe)": the paragraph is a caption.</summary>
    /// <remarks>Only asked whether it matches, so it runs without backtracking: linear on any text ("(Photo: a " repeated without a closing parenthesis made it quadratic).</remarks>
    [GeneratedRegex(@"\((?:Images?|Photos?|Pictures?|Pic|Credit|Video)\s*:[^)]*\)\s*$|\((?:AP|AFP|Reuters|Getty Images?|EPA)(?:\s*Photo)?(?:/[^)]*)?\)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    public static partial Regex PhotoCredit();


    // ---------------------------------------------------------------- Chinese

    /// <summary>Chinese speech verbs, longest first so that "告诉记者" wins over "告诉" and "回忆说" over "回忆".</summary>
    public static readonly string[] ChineseVerbs =
    [
        "在接受记者采访时表示", "接受记者采访时表示", "接受采访时表示", "接受采访时说", "告诉记者",
        "介绍说", "回忆说", "补充说", "解释说", "通报称", "说明", "表示", "介绍", "指出", "强调", "认为", "坦言", "透露", "回忆", "解释", "补充", "说道", "谈到", "提到",
        "呼吁", "感慨", "感叹", "直言", "自称", "声称", "宣称", "证实", "澄清", "分析", "提出", "记得", "显示", "发现", "写到", "写道", "笑道", "答道", "回答",
        "问道", "告诉", "坦承", "承认", "回应", "看来", "劝导", "讲解", "说", "称", "问",
    ];

    /// <summary>The characters a Chinese speech verb starts with: where none stands, no verb does.</summary>
    public static readonly SearchValues<char> ChineseVerbStarts = SearchValues.Create([.. ChineseVerbs.Select(verb => verb[0])]);

    /// <summary>The characters a Chinese speech verb ends with.</summary>
    public static readonly SearchValues<char> ChineseVerbEnds = SearchValues.Create([.. ChineseVerbs.Select(verb => verb[^1])]);

    /// <summary>Characters that, before "说", make a word that is not a speech verb (小说, 听说, 据说, 来说 …).</summary>
    public static readonly FrozenSet<char> NotSpeechBeforeShuo = FrozenSet.ToFrozenSet("小听据虽比解传演游劝学邪再来所虚胡");

    /// <summary>Directions a verb takes before 来 ("站起来", "走过来", "跑出来"): 来说 after one is "came and said".</summary>
    public static readonly FrozenSet<char> ChineseDirections = FrozenSet.ToFrozenSet("起过出上下回进开");

    /// <summary>Words that end in a one-character speech verb without being speech: 访问 (a visit), 顾问 (an adviser), 名称 (a name) …</summary>
    public static readonly FrozenSet<string> NotSpeechEndingInVerb = FrozenSet.ToFrozenSet(
        ["访问", "顾问", "慰问", "审问", "疑问", "学问", "过问", "号称", "简称", "俗称", "统称", "堪称", "人称", "又称", "被称", "昵称", "职称", "名称", "对称", "相称", "总称", "并称", "著称"]);

    /// <summary>Negations before a speech verb ("没发现", "不说"): the verb then reports no speech.</summary>
    public static readonly FrozenSet<char> ChineseNegations = FrozenSet.ToFrozenSet("没未不别");

    /// <summary>
    /// Words a one-character speech verb begins that are not speech: 说法 (a claim), 称号 (a title), 问题 (a problem)
    /// and the like. The verb counts only when the character after it starts none of these.
    /// </summary>
    public static readonly string[] NotSpeechWords = ["说法", "说服", "说不定", "说起来", "称号", "称为", "称作", "称赞", "称呼", "称之", "称霸", "问题", "问责", "问世", "问候", "问卷"];

    /// <summary>Titles and roles that stand before a Chinese name ("组织部长宋善云"); the name follows the last one.</summary>
    public static readonly string[] ChineseRolesBeforeName =
    [
        "副部长", "部长", "副主任", "主任", "副书记", "书记", "副市长", "市长", "副省长", "省长", "县长", "区长", "镇长", "村长", "局长", "处长", "科长",
        "主席", "总理", "总统", "总经理", "经理", "董事长", "总裁", "院长", "校长", "教授", "研究员", "专家", "记者", "委员", "常委", "负责人",
        "发言人", "秘书长", "主编", "村民", "居民", "市民", "员工", "茶农", "农民", "渔民", "牧民", "工人", "队长", "所长", "厅长", "司长", "行长", "社长",
        "会长", "理事长", "分析师", "老师", "医生", "医师", "护士", "律师", "大使", "代表", "创始人", "首席执行官", "CEO", "导演", "演员", "歌手", "作家",
        "编剧", "学生", "同学", "工作人员", "志愿者", "主管", "组长", "总监", "人士", "院士", "科学家", "宇航员", "班主任", "母亲", "父亲", "妻子", "丈夫",
        "女儿", "儿子", "网友", "家长", "店员", "司机", "民警", "警官", "法官", "检察官", "博士", "硕士", "学者", "教练", "队员", "球员", "选手", "主持人",
        "当事人", "扮演者", "获得者", "老人", "牧师", "干部", "将军", "元帅", "司令", "首相", "外长", "国务卿", "总干事", "副总统",
    ];

    /// <summary>
    /// Offices of a state or a body, written after its name and before the holder's ("美国总统拜登", "白宫发言人普萨基"): the
    /// holder's name follows whatever its first character, as foreign names have no Chinese surname.
    /// </summary>
    public static readonly string[] ChineseOfficesOfState = ["总统", "副总统", "总理", "首相", "外长", "国务卿", "发言人", "秘书长", "总干事", "大使"];

    /// <summary>The characters an office of a state ends with.</summary>
    public static readonly SearchValues<char> ChineseOfficeEnds = SearchValues.Create([.. ChineseOfficesOfState.Select(office => office[^1])]);

    /// <summary>Roles of the people who write the story ("记者段彦超", "通讯员李明"): a pronoun in it never means them.</summary>
    public static readonly string[] ChineseWriterRoles = ["记者", "通讯员", "实习生", "编辑"];

    /// <summary>Roles that follow a Chinese name ("孙德明老人", "钟南山院士") and are not part of it.</summary>
    public static readonly string[] ChineseRolesAfterName = ["老人", "院士", "教授", "老师", "医生", "同志", "书记", "主任", "局长", "将军", "先生们"];

    /// <summary>
    /// Titles and ranks that follow a surname alone ("马将军", "王局长", "李教授"), longest first: the text refers so to a person
    /// it may have named in full. Honorifics (先生, 女士) are not among them: a person the text calls 温先生 it names so.
    /// </summary>
    public static readonly string[] ChineseTitlesAfterSurname =
        ["副部长", "副市长", "副省长", "副局长", "董事长", "总经理", "部长", "主任", "书记", "市长", "省长", "县长", "区长", "镇长", "村长", "局长", "处长", "科长",
         "主席", "总理", "总统", "经理", "院长", "校长", "教授", "所长", "厅长", "行长", "社长", "会长", "队长", "院士", "将军", "元帅", "司令", "军长", "师长", "团长",
         "连长", "排长", "班长", "主编", "总监", "博士", "法官", "警官", "教练"];

    /// <summary>Words between a Chinese speaker and the verb that are not part of the name.</summary>
    public static readonly string[] ChineseTrailingModifiers =
    [
        "在接受采访时", "接受采访时", "在采访中", "对本报记者", "对记者", "向记者", "对笔者", "这样", "如是", "如此", "开始", "马上", "立刻", "立即", "随即", "无法", "不禁", "首先", "然后", "随后", "最后", "进一步",
        "还曾", "也曾", "曾经", "当时", "后来", "同时", "此前", "明确", "公开", "正式", "多次", "再次", "一再", "坦率", "直接", "特别", "专门", "反复", "耐心",
        "也", "都", "还", "则", "又", "曾", "便", "就", "时", "并", "再", "却", "仍", "更", "亦",
    ];

    /// <summary>Connectives that open a clause before its subject ("结果潘振声说", "正如她所写"); they are not part of the name.</summary>
    public static readonly string[] ChineseLeadingConnectives =
        ["结果", "于是", "但是", "可是", "不过", "因此", "所以", "而且", "并且", "正如", "如今", "目前", "现在", "对此", "此外", "另外", "同时", "随后", "然后", "后来", "而", "但", "据", "在"];

    /// <summary>Prepositions that open an adverbial clause ("除了…之外，", "对于这个问题，"): such a clause has no subject of its own.</summary>
    public static readonly string[] ChineseClausePrepositions = ["除了", "对于", "关于", "为了", "随着", "经过", "通过", "面对", "针对", "根据", "按照"];

    /// <summary>Words after a name that make it a possessor rather than the subject ("小花家属说", "小刚的爷爷称").</summary>
    public static readonly string[] ChinesePossessedNouns =
        ["的", "家属", "家人", "家长", "母亲", "父亲", "妈妈", "爸爸", "奶奶", "爷爷", "姥姥", "姥爷", "外婆", "外公", "哥哥", "姐姐", "弟弟", "妹妹", "儿子", "女儿", "丈夫", "妻子", "家"];

    /// <summary>Characters before a name that make it an object ("把小刚领走", "对小花"): the sentence is not about what it says.</summary>
    public static readonly FrozenSet<char> ChineseObjectMarkers = FrozenSet.ToFrozenSet("把被让给对向跟和与替帮");

    /// <summary>
    /// Last characters of nouns for a person (国王, 军官, 老人, 学者, 队员, 医生, 农夫): Chinese builds them with these heads, so
    /// the noun "名叫" follows is a person's only when it ends in one ("一座小城，名叫弗克" names a town).
    /// </summary>
    public static readonly FrozenSet<char> ChinesePersonNounEnds = FrozenSet.ToFrozenSet("人者员家生师长民友士官手王帝后兵军夫妻娘婆爷妈爸哥姐弟妹儿女子孩匠工商");

    /// <summary>
    /// Heads of nouns for someone by what they do (馆员, 设计师, 法官, 护士): a name may follow one. Not 长 nor 手, which end
    /// verbs as often ("经济增长王府井…", "联手李宁公司").
    /// </summary>
    public static readonly FrozenSet<char> ChineseAgentNounHeads = FrozenSet.ToFrozenSet("员师官士");

    /// <summary>Nouns that begin with a preposition's character and are subjects ("与会代表", "对手", "对方"), not a preposition's phrase.</summary>
    public static readonly string[] ChineseNounsOpeningWithPreposition = ["与会", "对手", "对方"];

    /// <summary>Demonstratives before a noun that refers back ("这位总经理", "该负责人").</summary>
    public static readonly string[] ChineseDemonstratives = ["这位", "那位", "这名", "那名", "该"];

    /// <summary>
    /// Classifiers that count people, parties or times after 一 ("其中一人", "另一位", "一方", "每多一次讲解"): "一" then counts a
    /// subject or an event, it is no momentary action.
    /// </summary>
    public static readonly FrozenSet<char> ChineseClassifiers = FrozenSet.ToFrozenSet("人位名个家方些员组队批支群次回遍趟");

    /// <summary>Characters that make a word with 一 after them (第一, 唯一, 统一, 其一, 万一, 每一): what follows is no momentary action.</summary>
    public static readonly FrozenSet<char> ChineseWordsEndingInYi = FrozenSet.ToFrozenSet("第唯统其万每另");

    /// <summary>Openings of an indefinite description ("一位女生", "某企业员工"): it names nobody.</summary>
    public static readonly string[] ChineseIndefinites = ["一位", "一名", "一个", "一些", "某", "有", "这位", "那位", "多位", "不少", "许多", "部分"];

    /// <summary>
    /// Words that start an action between a Chinese speaker and the speech verb ("韩志远一边核对名单一边说",
    /// "李明在会上表示", "刘兴亮从资本的角度分析"); the name ends where they begin.
    /// </summary>
    public static readonly string[] ChineseActionStarts =
    [
        "一边", "一面", "笑着", "指着", "拿着", "看着", "望着", "握着", "端着", "接着", "在", "对", "向", "跟", "从", "给", "也", "都", "还", "又", "曾",

        // A body's speech is published: "消费者协会发表声明称", "市政府通过官方微博发布消息称", "李明发文称".
        "发表", "发布", "发文", "通过",
    ];

    /// <summary>
    /// The people who speak for a body, written after its name with no mark between ("市商务局有关负责人", "救援队相关负责人",
    /// "外交部发言人", "公司的工作人员"): what they say, the body says.
    /// </summary>
    public static readonly string[] ChineseSpokespeople = ["新闻发言人", "发言人", "负责人", "工作人员"];

    /// <summary>Words between a body and its spokespeople that only say which of them ("有关负责人", "相关负责人").</summary>
    public static readonly string[] ChineseSpokespeopleQualifiers = ["有关", "相关", "的"];

    /// <summary>Adverbs that can open a Chinese clause in place of its subject ("然后表示", "随后说"): the subject is the one named before.</summary>
    public static readonly FrozenSet<string> ChineseSubjectlessOpeners = FrozenSet.ToFrozenSet(
        ["然后", "随后", "接着", "最后", "同时", "此外", "另外", "后来", "当时", "对此", "还", "也", "并", "又", "便", "就", "再", "他还", "她还", "首先", "其次", "而且"]);

    /// <summary>Adverbs of frequency that stand alone where the subject would ("但总说眼睛…", "一直说"): the subject is left out.</summary>
    public static readonly FrozenSet<string> ChineseFrequencyAdverbs = FrozenSet.ToFrozenSet(["总", "总是", "一直", "常", "常常", "经常"]);

    /// <summary>Single-character Chinese surnames; a speaker name that starts with none of them needs other evidence.</summary>
    public static readonly FrozenSet<char> ChineseSurnames = FrozenSet.ToFrozenSet(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝");

    /// <summary>The same surnames, searched for along a text (vectorized) instead of looked up a character at a time.</summary>
    public static readonly SearchValues<char> ChineseSurnameChars = SearchValues.Create([.. ChineseSurnames]);

    /// <summary>Two-character Chinese surnames.</summary>
    public static readonly string[] ChineseDoubleSurnames = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里"];

    /// <summary>Honorifics that make a surname a name ("温先生", "李女士", "王奶奶").</summary>
    public static readonly string[] ChineseHonorifics = ["先生", "女士", "小姐", "老师", "师傅", "阿姨", "大爷", "大妈", "奶奶", "爷爷", "大伯", "大姐", "大哥", "老汉", "同志", "教授", "医生", "律师", "总"];

    /// <summary>Endings of Chinese organisation names ("禹州市教体局", "民生救援队"): organisations are speakers too.</summary>
    public static readonly string[] ChineseOrganisationEnds =
    [
        "委员会", "基金会", "研究院", "研究所", "办公室", "联合会", "协会", "中心", "公司", "集团", "政府", "大学", "学院", "医院", "银行", "法院", "检察院", "学校",
        "部门", "机构", "平台", "组织", "局", "部", "委", "会", "院", "所", "队", "厅", "署", "办", "站", "台", "社", "报", "网", "处", "组",
    ];

    /// <summary>Characters that, third after a surname, end a name rather than belong to it (张凡在, 刘颖的): name discovery stops before them.</summary>
    public static readonly FrozenSet<char> ChineseNameBreakers = FrozenSet.ToFrozenSet("的了是在和与及等为也都就将要会对把被说称表认指介透坦回告强人年月日中上下不没已还又曾则而向跟从给时当今昨");

    /// <summary>Pronouns that refer to a speaker named earlier.</summary>
    public static readonly FrozenSet<string> ChinesePronouns = FrozenSet.ToFrozenSet(["他", "她", "其"]);

    /// <summary>Second characters of words that open with 其 and are no pronoun: 其中, 其他, 其它, 其实, 其余, 其次, 其后, 其间.</summary>
    public static readonly FrozenSet<char> ChineseWordsOpeningWithQi = FrozenSet.ToFrozenSet("中他它实余次后间");

    /// <summary>Words that stand where a Chinese speaker would but name nobody.</summary>
    public static readonly FrozenSet<string> ChineseNotSpeakers = FrozenSet.ToFrozenSet(
        ["我", "我们", "你", "你们", "他们", "她们", "记者", "笔者", "本报", "有人", "大家", "对方", "网友", "有网友", "不少网友", "许多网友", "研究人员", "专家", "业内人士", "相关负责人", "工作人员", "一位", "有关人士", "知情人士"]);

    /// <summary>Marks that end a Chinese clause inside a sentence.</summary>
    public static readonly SearchValues<char> ChineseClauseMarks = SearchValues.Create("，,、：:；;︰（(）)—");

    /// <summary>Marks that end a Chinese sentence.</summary>
    public static readonly SearchValues<char> ChineseSentenceEnds = SearchValues.Create("。！？!?\n");

    // ---------------------------------------------------------------- English and other Latin-script languages

    /// <summary>
    /// English verbs of saying whose finite forms are regular: each stands for its past ("advised") and its third person
    /// ("advises") in <see cref="SpeechVerbs"/>, so that a writer's choice of tense never hides a speaker ("Klinger states",
    /// "Cheng confirms", "Dan advises").
    /// </summary>
    private static readonly string[] RegularEnglishSpeechVerbs =
    [
        "add", "explain", "note", "state", "ask", "argue", "continue", "recall", "recount", "insist", "warn", "tweet", "post", "acknowledge", "reply",
        "respond", "remark", "declare", "claim", "suggest", "observe", "concede", "predict", "caution", "stress", "announce", "testify", "joke",
        "emphasize", "emphasise", "comment", "describe", "urge", "plead", "shout", "yell", "scream", "whisper", "exclaim", "answer", "confirm", "deny",
        "maintain", "counter", "complain", "lament", "boast", "vow", "promise", "muse", "wonder", "conclude", "remember", "request", "text", "email",
        "reveal", "disclose", "reiterate", "agree", "report", "advise", "share", "recommend", "mention", "assert", "affirm", "contend", "reflect",
        "elaborate", "clarify", "summarize", "summarise", "refute", "rebut", "retort",
    ];

    /// <summary>Finite verbs of saying and writing that attribute a quotation ("said", "told", "tweeted", "sagte", "a déclaré" is matched as "déclaré").</summary>
    public static readonly FrozenSet<string> SpeechVerbs = FrozenSet.ToFrozenSet(RegularEnglishSpeechVerbs.SelectMany(EnglishFiniteForms).Concat(
    [
        "said", "says", "say", "told", "tells", "wrote", "writes", "admitted", "admits", "quipped", "quips", "begged", "begs", "called", "labeled", "labelled",
        "dubbed", "concurred", "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "ergänzte", "berichtete", "warnte",
        "déclaré", "déclare", "dit", "confie", "confié", "explique", "expliqué", "estime", "affirme", "ajoute", "souligne", "précise", "raconte",
        "dijo", "afirmó", "explicó", "señaló", "aseguró", "añadió", "disse", "afirmou", "explicou", "declarou",
    ]));

    /// <summary>
    /// The bare verbs of saying, which attribute only after a plural subject of names joined by "and" ("Chiou and Howlett
    /// write"); elsewhere most are nouns ("the report", "a post").
    /// </summary>
    public static readonly FrozenSet<string> PluralSpeechVerbs = FrozenSet.ToFrozenSet(RegularEnglishSpeechVerbs.Concat(["write", "tell"]), StringComparer.Ordinal);

    /// <summary>
    /// The third person and the past of a regular English verb: "states", "stated"; "replies", "replied". The bare lemma is
    /// left out: most of these are nouns too ("the report", "a post").
    /// </summary>
    private static IEnumerable<string> EnglishFiniteForms(string lemma)
    {
        if (lemma.EndsWith('y') && lemma.Length > 2 && !"aeiou".Contains(lemma[^2], StringComparison.Ordinal))
        {
            yield return lemma[..^1] + "ies";
            yield return lemma[..^1] + "ied";
        }
        else
        {
            yield return lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) ? lemma + "es" : lemma + "s";
            yield return lemma.EndsWith('e') ? lemma + "d" : lemma + "ed";
        }
    }

    /// <summary>
    /// Verbs of saying that take a particle ("pointed out", "weighs in"): the particle may follow. Past and third person
    /// alike, as for <see cref="SpeechVerbs"/>.
    /// </summary>
    public static readonly FrozenSet<string> SpeechVerbsWithParticle = FrozenSet.ToFrozenSet(["pointed", "points", "weighed", "weighs", "chimed", "chimes", "went", "goes"]);

    /// <summary>
    /// Modal verbs: the bare verb of saying after one is finite ("Nozick would answer", "she might argue"), where it
    /// would otherwise be read as a noun ("the answer", "a post").
    /// </summary>
    public static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(["would", "will", "could", "might", "may", "can", "should", "must", "shall"], StringComparer.Ordinal);

    /// <summary>Particles a verb of saying may take ("points out", "chimed in").</summary>
    public static readonly FrozenSet<string> VerbParticles = FrozenSet.ToFrozenSet(["out", "in", "on", "up", "back"], StringComparer.Ordinal);

    /// <summary>Auxiliaries and copulas: a finite verb's shape ("is", "has") but never the verb of an attribution.</summary>
    public static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["is", "was", "has", "does", "goes", "seems", "needs", "gets", "looks", "feels", "remains", "stays", "becomes", "means", "wants", "knows", "thinks", "lives", "works", "uses", "takes", "makes"]);

    /// <summary>Participles of saying: "…, warning:" and "…, saying" attribute to the subject of their sentence.</summary>
    public static readonly FrozenSet<string> SpeechParticiples = FrozenSet.ToFrozenSet(
    [
        "saying", "telling", "adding", "noting", "warning", "explaining", "asking", "arguing", "calling", "describing", "writing", "insisting",
        "urging", "stressing", "pointing", "commenting", "recalling", "declaring", "claiming", "suggesting", "acknowledging", "admitting",
        "replying", "responding", "tweeting", "posting", "joking", "vowing", "promising", "concluding",
    ]);

    /// <summary>Personal pronouns that refer to a person named before.</summary>
    public static readonly FrozenSet<string> PersonalPronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "He", "She", "er", "sie", "Er", "Sie", "il", "elle", "Il", "Elle", "él", "ella", "Él", "Ella", "ele", "ela", "Ele", "Ela"], StringComparer.Ordinal);

    /// <summary>Pronouns that stand for a group or the writer; they name nobody.</summary>
    public static readonly FrozenSet<string> GroupPronouns = FrozenSet.ToFrozenSet(
        ["they", "They", "we", "We", "I", "you", "You", "it", "It", "ils", "elles", "Ils", "Elles"], StringComparer.Ordinal);

    /// <summary>Auxiliaries and adverbs that stand between a speaker and the verb ("Doe has also said").</summary>
    public static readonly FrozenSet<string> VerbModifiers = FrozenSet.ToFrozenSet(
    [
        "has", "have", "had", "also", "then", "later", "previously", "once", "further", "recently", "reportedly", "simply", "just", "again", "earlier",
        "still", "often", "repeatedly", "would", "will", "could", "did", "does", "only", "even", "never", "always", "first", "last", "already",
        "separately", "subsequently", "initially", "finally", "himself", "herself", "both", "too", "not", "all",
    ]);

    /// <summary>Words that open a sentence with an adverbial phrase before its subject ("In a letter to …, Doe said").</summary>
    public static readonly FrozenSet<string> AdverbialOpeners = FrozenSet.ToFrozenSet(
    [
        "In", "On", "At", "After", "Before", "When", "While", "During", "Since", "As", "Asked", "Speaking", "Noting", "According", "Earlier", "Later",
        "Last", "Meanwhile", "However", "Still", "Yet", "Also", "Then", "Now", "Instead", "Though", "Although", "If", "Because", "For", "With", "Without",
        "Despite", "Following", "Responding", "Writing", "Like", "Unlike", "Even", "Back", "By", "From", "Under", "Over", "Once", "Upon", "Amid", "Among",
        "Today", "Yesterday", "Separately", "Previously", "Ultimately", "Finally", "Indeed", "Overall", "Specifically", "Similarly", "Likewise",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Sometimes", "Recently", "Still", "Otherwise", "Here", "There",
    ]);

    /// <summary>Conjunctions that may open a sentence before its subject ("But Doe said").</summary>
    public static readonly FrozenSet<string> LeadingConjunctions = FrozenSet.ToFrozenSet(["But", "And", "So", "Or", "Yet", "Still", "Plus"]);

    /// <summary>Words that cannot start a name although written with a capital: sentence openers, days, months.</summary>
    public static readonly FrozenSet<string> NotNameStarts = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "But", "And", "Or", "So", "If", "When", "While", "After",
        "Before", "As", "For", "With", "From", "By", "To", "Of", "Then", "Now", "There", "Here", "What", "Why", "How", "Who", "Where", "Which", "I", "We",
        "You", "He", "She", "They", "My", "Our", "Your", "His", "Her", "Their", "Yes", "No", "Not", "All", "Some", "Many", "Most", "Both", "Each", "Every",
        "One", "Two", "Three", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "July", "August", "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Mr", "Ms",
        "However", "Meanwhile", "According", "Also", "Still", "Even", "Just", "Only", "Last", "Next", "Earlier", "Later", "Today", "Yesterday", "Tomorrow",
        "Thanks", "Please", "Such", "Other", "Another", "Any", "Several", "Few", "More", "Much", "Like", "Unlike", "Although", "Though", "Because",
        "Im", "Am", "Zum", "Zur", "Beim", "Vom", "Auch", "Doch", "Als", "Nach", "Laut", "Januar", "Februar", "März", "Mai", "Juni", "Juli", "Oktober", "Dezember",
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
    ]);

    /// <summary>Titles, ranks and offices written before a name ("Defense Secretary Mark Esper", "Cmdr. Sean Robertson"); the name follows the last one.</summary>
    public static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Prof.", "Professor", "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "Gen.", "General",
        "Lt.", "Lieutenant", "Col.", "Colonel", "Capt.", "Captain", "Cmdr.", "Commander", "Sgt.", "Sergeant", "Adm.", "Admiral", "Maj.", "Rev.", "Reverend",
        "Pastor", "President", "Vice", "Secretary", "Minister", "Prime", "Chancellor", "Ambassador", "Attorney", "Judge", "Justice", "Mayor", "Sheriff",
        "Chief", "Officer", "Detective", "Inspector", "Superintendent", "Commissioner", "Director", "Chairman", "Chairwoman", "Chair", "CEO", "Coach",
        "Sir", "Dame", "Lord", "Lady", "King", "Queen", "Prince", "Princess", "Pope", "Deputy", "Acting", "Former", "Interim", "Assistant", "Speaker",
        "Leader", "Premier", "Councilman", "Councilwoman", "Councillor", "Councilor", "Alderman", "Trooper", "Agent", "Dean", "Principal", "Spokesman",
        "Spokeswoman", "Spokesperson", "MP", "MEP", "MSP", "Sgt", "Dr", "Mr", "Mrs", "Ms", "Gov", "Sen", "Rep", "Supt.", "Det.", "Insp.", "Cpl.", "Pvt.", "Ald.", "Hon.",
        "Bürgermeister", "Bürgermeisterin", "Geschäftsführer", "Geschäftsführerin", "Präsident", "Präsidentin", "Ministerin", "Direktor", "Direktorin",
        "Professorin", "Sprecher", "Sprecherin", "Vorsitzende", "Vorsitzender", "Chefin", "Kanzler", "Kanzlerin", "Frau", "Herr", "M.", "Mme", "Mme.",
    ], StringComparer.Ordinal);

    /// <summary>German articles: the capitalised word after one is a noun, since German capitalises every noun.</summary>
    public static readonly FrozenSet<string> CapitalisedNounArticles = FrozenSet.ToFrozenSet(
        ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines", "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer"], StringComparer.Ordinal);

    /// <summary>German prepositions: after an inverted verb ("sagte Levy mit Bezug auf …") the name ends at one.</summary>
    public static readonly FrozenSet<string> GermanPrepositions = FrozenSet.ToFrozenSet(
        ["mit", "von", "vom", "aus", "bei", "beim", "nach", "zu", "zum", "zur", "für", "über", "auf", "unter", "vor", "seit", "an", "am", "im", "in", "laut", "gegenüber"], StringComparer.Ordinal);

    /// <summary>Abbreviations whose period does not end a sentence.</summary>
    public static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Cmdr", "Sgt", "Adm", "Maj", "Rev", "St", "Jr", "Sr", "No",
        "vs", "Inc", "Co", "Corp", "Ltd", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Mt", "Ft", "Supt", "Det", "Insp",
        "Cpl", "Pvt", "Ald", "Hon", "Univ", "Dept", "Est", "approx", "etc", "Ave", "Blvd", "Rd",
    ], StringComparer.Ordinal);

    /// <summary>Lower-case words that may join the parts of a name ("Ludwig van Beethoven", "Osama bin Laden").</summary>
    public static readonly FrozenSet<string> NameParticles = FrozenSet.ToFrozenSet(["van", "der", "den", "de", "da", "von", "bin", "al", "la", "le", "du", "del", "di", "dos", "ter", "y"], StringComparer.Ordinal);

    /// <summary>Heads of organisation names that take an "of" phrase ("Office of the Inspector General", "University of York").</summary>
    public static readonly FrozenSet<string> OrganisationHeads = FrozenSet.ToFrozenSet(
    [
        "Office", "Department", "Ministry", "University", "Bank", "Bureau", "Board", "Institute", "College", "School", "Council", "Court", "Museum",
        "Federation", "Association", "Society", "Academy", "Center", "Centre", "House", "Chamber", "Commission", "Committee", "League", "Union",
        "Republic", "Kingdom", "Government", "Agency", "Division", "Secretary", "Church", "Archdiocese", "Diocese", "Embassy", "Party", "Order",
    ], StringComparer.Ordinal);

    /// <summary>Common nouns for an organisation: "the agency said" refers to the organisation named last.</summary>
    public static readonly FrozenSet<string> OrganisationNouns = FrozenSet.ToFrozenSet(
    [
        "agency", "department", "ministry", "office", "bureau", "board", "institute", "council", "commission", "committee", "authority",
        "administration", "organization", "organisation", "association", "federation", "company", "firm", "government", "regulator", "embassy",
    ], StringComparer.Ordinal);

    /// <summary>
    /// The kind of body an <see cref="OrganisationNouns"/> word names, with its synonyms folded ("firm" is a company, "organization"
    /// an organisation): "the firm" may be a company named before, not an authority.
    /// </summary>
    public static string BodyKindOf(string noun) => noun switch
    {
        "firm" => "company",
        "organization" => "organisation",
        _ => noun,
    };

    /// <summary>English articles, as they open a description ("the coalition of …", "A spokesperson for …").</summary>
    public static readonly FrozenSet<string> Articles = FrozenSet.ToFrozenSet(["the", "The", "a", "A", "an", "An"], StringComparer.Ordinal);

    /// <summary>Words that mark an organisation: a pronoun "he" or "she" never refers to one.</summary>
    public static readonly FrozenSet<string> OrganisationWords = FrozenSet.ToFrozenSet(
    [
        "Inc.", "Inc", "Corp.", "Corp", "Co.", "Ltd", "Ltd.", "LLC", "Group", "Bank", "Ministry", "Department", "Council", "Committee", "Agency",
        "Association", "University", "Institute", "Party", "Police", "Army", "Forces", "Force", "News", "Times", "Post", "Journal", "Network", "Company",
        "Partners", "Capital", "Securities", "Equities", "Fund", "Foundation", "Court", "Office", "Commission", "Board", "Bureau", "Service", "Services",
        "Airlines", "Motors", "Technologies", "Systems", "Labs", "Media", "Press", "Union", "League", "Club", "Organization", "Organisation",
        "Administration", "Authority", "Government", "Nations", "States", "Republic", "Kingdom", "Center", "Centre", "School", "College",
    ], StringComparer.Ordinal);

    /// <summary>Descriptions of a person ("said the actor", "the 42-year-old added") that refer back to the person named last.</summary>
    public static readonly FrozenSet<string> PersonDescriptions = FrozenSet.ToFrozenSet(
    [
        "actor", "actress", "singer", "rapper", "star", "player", "coach", "manager", "president", "senator", "governor", "mayor", "minister", "secretary",
        "chairman", "chairwoman", "founder", "writer", "director", "producer", "comedian", "host", "lawmaker", "congressman", "congresswoman", "musician",
        "artist", "athlete", "quarterback", "pitcher", "striker", "forward", "defender", "goalkeeper", "veteran", "billionaire", "businessman",
        "businesswoman", "entrepreneur", "scientist", "professor", "economist", "lawyer", "attorney", "physician", "chef", "model", "designer",
        "filmmaker", "novelist", "poet", "candidate", "nominee", "ambassador", "diplomat", "commander", "king", "queen", "prince", "princess", "pope",
        "premier", "chancellor", "leader", "executive", "ceo", "superintendent", "commissioner", "sheriff", "chief", "captain", "champion", "legend",
        "anchor", "author", "mother", "father", "widow", "owner",

        // Not "reporter", "interviewer" or "journalist": in a story they are the side that asks ("“…?” the reporter asked"),
        // never the person named last, whose answers they draw out.
    ], StringComparer.Ordinal);

    /// <summary>Nouns for a document or a spokesperson that speaks for a named body ("said a report from Kotak", "a statement by the ministry").</summary>
    public static readonly FrozenSet<string> ReportNouns = FrozenSet.ToFrozenSet(
        ["report", "statement", "release", "note", "letter", "spokesman", "spokeswoman", "spokesperson", "representative", "study", "survey", "filing", "post", "tweet", "analysis", "memo", "research"], StringComparer.Ordinal);

    /// <summary>Prepositions: a subject's noun phrase ends at one ("China's ambassador to Britain" is not "Britain").</summary>
    public static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
    [
        "of", "to", "in", "on", "at", "for", "from", "with", "by", "about", "via", "during", "after", "before", "under", "over", "into", "through",
        "between", "among", "against", "as", "than", "like", "since", "until", "without", "within", "across", "behind", "near", "per",
    ], StringComparer.Ordinal);

    /// <summary>Determiners that open a noun phrase.</summary>
    public static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "The", "A", "An", "His", "Her", "Their"], StringComparer.Ordinal);

    /// <summary>Common verbs and relative words that end a subject's noun phrase ("Boudreau gave …", "Doe, who …"), besides words ending in -ed.</summary>
    public static readonly FrozenSet<string> SubjectEnds = FrozenSet.ToFrozenSet(
    [
        "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "did", "does", "do", "may", "might", "must",
        "should", "shall", "gave", "got", "made", "took", "went", "came", "saw", "spent", "met", "began", "left", "won", "lost", "led", "ran", "sat",
        "stood", "became", "brought", "bought", "put", "set", "thought", "knew", "felt", "kept", "held", "found", "wants", "sees", "knows", "thinks",
        "feels", "gets", "takes", "makes", "gives", "runs", "leads", "hopes", "believes", "who", "which", "that", "whose", "where",
    ], StringComparer.Ordinal);

    /// <summary>Lower-case words that start a relative or subordinate clause inside an appositive ("Ian Hamilton, an expert who …, told").</summary>
    public static readonly FrozenSet<string> ClauseStarts = FrozenSet.ToFrozenSet(["who", "which", "that", "whose", "whom", "where", "when"], StringComparer.Ordinal);
}
