using System.Net;
using ContentExtract.Structure;

namespace ContentExtract.Tests.Structure;

public sealed class SpeakerRecognizerTests
{
    private const string EnglishFiller = "The regional council met on Monday to review the budget for the coming year, and members spent most of the session on the cost of repairing roads after the spring floods.";
    private const string ChineseFiller = "本周一，市公交集团召开新闻发布会，介绍了今年新开通的十二条公交线路以及沿线站点的改造情况，多位乘客代表参加了会议。";

    [Theory]
    [InlineData("大连市委常委、组织部长宋善云介绍,活动开展以来,大连新建基层党组织2500多个。", "宋善云")]
    [InlineData("成都市委组织部副部长麻渝生告诉记者,成都统筹推进各领域党建工作。", "麻渝生")]
    [InlineData("国庆期间,面对前来慰问的同事,满头白发的孤寡老人王奶奶感动地说。", "王奶奶")]
    [InlineData("市交通局局长李明表示，明年将新增公交线路12条。", "李明")]
    [InlineData("据市教育局副局长陈静介绍，全市已有30所学校完成改造。", "陈静")]
    [InlineData("剧中女主角的扮演者周晓雯动情地说。", "周晓雯")]
    [InlineData("结果潘立新说。", "潘立新")]
    public void Chinese_speakers_are_named_from_the_clause_after_the_quote(string after, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find(string.Empty, after).Name);
    }

    [Theory]
    [InlineData(" said Ellen Park, the mayor.", "Ellen Park")]
    [InlineData(" Park said on Tuesday.", "Park")]
    [InlineData(", Ellen Park told reporters.", "Ellen Park")]
    [InlineData(" according to Dr. Maria Lopez.", "Maria Lopez")]
    [InlineData(", the 14th-seeded Okafor said after the match.", "Okafor")]
    [InlineData(", Lena Brandt, a senior engineer at the Rhine Valley water board who led the survey, told the newspaper.", "Lena Brandt")]
    [InlineData(" said marine biologist Ana Ruiz of the coastal institute.", "Ana Ruiz")]
    [InlineData(" said a report from Halden Capital Partners.", "Halden Capital Partners")]
    [InlineData(", Defense Secretary Mark Ellison said.", "Mark Ellison")]
    [InlineData(" Wu Jianguo, the former director of the port, said at a forum in Tianjin.", "Wu Jianguo")]
    [InlineData(", noted Ohio-based product safety lawyer Jim Hart in an interview.", "Jim Hart")]
    [InlineData(" states Marta Klein.", "Marta Klein")]
    [InlineData(", Okafor advises.", "Okafor")]
    [InlineData(" Dr. Ellen Park advised.", "Ellen Park")]
    [InlineData(", Okafor replies.", "Okafor")]
    [InlineData(" with the biggest employers in the valley, said Ana Ruiz, a professor of economics.", "Ana Ruiz")]
    public void English_speakers_are_named_from_the_words_after_the_quote(string after, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find(string.Empty, after).Name);
    }

    [Theory]
    [InlineData("Ellen Park said: ", "Ellen Park")]
    [InlineData("Financial planner Ellen Park confirms, ", "Ellen Park")]
    [InlineData("Ellen Park shares: ", "Ellen Park")]
    [InlineData("市长张伟说：", "张伟")]
    [InlineData("Omar Haddad, a spokesman for the port authority, told the radio station that the cranes were ", "Omar Haddad")]
    [InlineData("In a letter to the governor in March, Nora Lindqvist, the head of the nurses' union, said staff faced ", "Nora Lindqvist")]
    [InlineData("Hungarian-born investor Peter Varga had said, ", "Peter Varga")]
    [InlineData("According to Ellen Park, ", "Ellen Park")]
    [InlineData("Park said the vote was close and added, ", "Park")]
    [InlineData("The Transport Ministry has urged an ", "Transport Ministry")]
    [InlineData("杨海涛认为，往水里加这么多药，", "杨海涛")]
    [InlineData("医生杨海涛回忆说，当时检查没发现异常，", "杨海涛")]
    [InlineData("县教育局通报称，", "县教育局")]
    [InlineData("全国政协委员张向东提出", "张向东")]
    public void Speakers_are_named_from_the_clause_before_the_quote(string before, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find(before, string.Empty).Name);
    }

    [Theory]
    [InlineData("Certified planner (CFP) Rosa M. Delgado of Harbor Wealth confirms, ", "Rosa M. Delgado")]
    [InlineData("As hand surgeon Dr. Amir Haddad of Northside Clinic explains to the magazine in a recent interview, ", "Amir Haddad")]
    [InlineData("Lena Brandt at Rhine Analytics said: ", "Lena Brandt")]
    public void A_person_speaks_for_the_body_they_belong_to_not_the_body(string before, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find(before, string.Empty).Name);
    }

    [Theory]
    [InlineData(" says Halden Freight's vice president, Ivan Petrov.", "Ivan Petrov")]
    [InlineData(" says Co-Founder, Mara Quinn.", "Mara Quinn")]
    [InlineData(" said Halden Freight's spokesperson.", "Halden Freight")]
    [InlineData(", the Northline Rail report explained.", "Northline Rail")]
    [InlineData(" said the report in the Valley Courier of Red Falls.", "Valley Courier")]
    public void A_role_or_a_report_names_the_person_or_body_behind_it(string after, string? speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find(string.Empty, after).Name);
    }

    [Fact]
    public void The_report_is_the_report_of_the_body_that_spoke_last()
    {
        var quotes = EnglishQuotes(
            "The Coastal Fisheries Association reported on Monday that catches of cod fell by a third over the past year.",
            "“Warmer water has pushed the cod north, and the boats now travel twice as far to find them,” the annual report stated.");
        Assert.Equal(["Coastal Fisheries Association"], quotes.Select(q => q.Speaker));
    }

    [Theory]
    [InlineData(" he added.")]
    [InlineData("，他说。")]
    [InlineData(", she said in an email.")]
    public void Pronouns_refer_back_instead_of_naming(string after)
    {
        var attribution = SpeakerRecognizer.Find(string.Empty, after);
        Assert.Null(attribution.Name);
        Assert.Equal(AttributionKind.Pronoun, attribution.Kind);
    }

    [Theory]
    [InlineData(" said the actor.", "actor")]
    [InlineData(" the ministry said.", "ministry")]
    [InlineData(", the Labour MP said.", "mp")]
    public void Descriptions_refer_back_to_what_they_describe(string after, string noun)
    {
        var attribution = SpeakerRecognizer.Find(string.Empty, after);
        Assert.Equal(AttributionKind.Description, attribution.Kind);
        Assert.Equal(noun, attribution.Name);
    }

    [Theory]
    [InlineData("他先向记者鞠躬，随后表示：")]
    [InlineData("他曾接受电视台采访称，")]
    public void A_chinese_clause_without_its_own_subject_refers_back(string before)
    {
        Assert.Equal(AttributionKind.Pronoun, SpeakerRecognizer.Find(before, string.Empty).Kind);
    }

    [Theory]
    [InlineData(" an officer said at the scene.")]
    [InlineData(" the authors wrote.")]
    [InlineData("，一位市民表示。")]
    [InlineData("，有网友感叹。")]
    public void Unnamed_speakers_name_nobody(string after)
    {
        var attribution = SpeakerRecognizer.Find(string.Empty, after);
        Assert.Null(attribution.Name);
        Assert.False(attribution.RefersBack);
    }

    [Theory]
    [InlineData("李秋萍开始向记者讲述当年的经历。", "李秋萍")]
    [InlineData("随后，水务局局长陈海峰对本报记者透露了新的方案。", "陈海峰")]
    [InlineData("，周文斌跟记者们聊起了家乡。", "周文斌")]
    public void A_chinese_speaker_addressing_the_reporter_speaks_whatever_the_verb(string after, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find(string.Empty, after).Name);
    }

    [Theory]
    [InlineData("周文斌为记者算了一笔账：", "周文斌")]
    [InlineData("谈到这次搬迁，村支书孙建华向本报记者回忆起当年的情形，", "孙建华")]
    public void A_chinese_speaker_addressing_the_reporter_before_the_quote_is_named(string before, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find(before, string.Empty).Name);
    }

    [Theory]
    [InlineData("，李明对记者的到来感到意外。")]
    [InlineData("，李明没有向记者隐瞒。")]
    public void Words_about_the_reporter_that_are_no_speech_name_nobody(string after)
    {
        Assert.False(SpeakerRecognizer.Find(string.Empty, after).Found);
    }

    [Theory]
    [InlineData("许大伯是来杭州市民之家办理退休业务的,原本以为要等半天。")]
    [InlineData(" The vote is on Friday.")]
    [InlineData("拿着慰问品来家中拜望的同事。")]
    [InlineData(" mutually agreed by both sides, and the talks ended.")]
    public void Text_without_a_speech_verb_names_nobody(string after)
    {
        Assert.False(SpeakerRecognizer.Find(string.Empty, after).Found);
    }

    [Fact]
    public void A_surname_character_after_a_digit_is_a_unit_of_the_number_not_a_name()
    {
        Assert.Null(SpeakerRecognizer.Find(string.Empty, "，那时20万元钱在他看来并不多。").Name);
    }

    [Fact]
    public void A_pronoun_takes_the_person_the_text_named_last_not_the_last_speaker()
    {
        var quotes = EnglishQuotes(
            "“We expect the new berth to be ready before the summer season begins,” said port spokesman Karl Jensen.",
            "Harbor director Tom Reyes, who has run the port for a decade, spent the week meeting the shipping companies that use the east quay.",
            "“The cranes on the east quay are older than most of the people who drive them,” he said.");
        Assert.Equal(["Karl Jensen", "Tom Reyes"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_pronoun_in_a_sentence_takes_the_subject_named_earlier_in_it()
    {
        var quotes = EnglishQuotes(
            "“Nobody on the board saw the letter before it was sent,” said Alma Ruiz, the board's lawyer, in an email.",
            "Victor Hale was fined in May for a call he made to the board office, in which he said the members would “pay for every vote they cast against the plan.”");
        Assert.Equal(["Alma Ruiz", "Victor Hale"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_sentence_according_to_someone_is_theirs_and_makes_them_whom_a_pronoun_means()
    {
        var quotes = EnglishQuotes(
            "Farm reporter Tom Fielding spent May driving between the wheat farms of the northern plain.",
            "Harvests there have been uneven and, according to soil scientist Maren Olsen, alarming. “The worst fields lost half their crop in two seasons,” she writes.",
            "According to Olsen, the soil itself is the problem. “Nothing we add to it stays there for more than a year.”");
        Assert.Equal(["Maren Olsen", "Olsen"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Both_halves_of_a_quotation_split_by_its_attribution_share_the_speaker()
    {
        var quotes = EnglishQuotes("“The first section opens in May,” Gonzalez said. “The rest follows when the money arrives from the state.”");
        Assert.Equal(["Gonzalez", "Gonzalez"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quotation_over_several_paragraphs_keeps_its_speaker()
    {
        var quotes = EnglishQuotes(
            "Transport Secretary Maria Gonzalez said: “The bridge is older than anyone in this room.",
            "“It was built for horses and carts, not for trucks that weigh forty tonnes.”");
        Assert.Equal(["Maria Gonzalez", "Maria Gonzalez"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quote_block_continues_the_speaker_of_the_paragraph_before()
    {
        var quotes = EnglishQuotes(
            "“Space travel needs a whole industry behind it to work,” said Dana Okoro, the founder of Lunar Freight.",
            "<blockquote>“There are the big launch companies, and there are small ones like us, and the small ones bring speed.”</blockquote>");
        Assert.Equal(["Dana Okoro", "Dana Okoro"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_colon_introduces_the_next_quotation_not_the_one_before()
    {
        var quotes = EnglishQuotes("“It is a different kind of work,” Kate Moss said. “You step out of yourself a little.” Ben Ortiz agreed: “It is a different job altogether, and a harder one.”");
        Assert.Equal(["Kate Moss", "Kate Moss", "Ben Ortiz"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Organisations_and_descriptions_of_them_are_speakers()
    {
        var quotes = EnglishQuotes(
            "The Transport Ministry announced on Monday that the northern line would close for a week of repairs to its signals.",
            "“The line will stay closed until Friday night while crews replace the signals,” the ministry said.",
            "“No train will run on the branch before the inspection is complete,” said a statement from Northline Rail.");
        Assert.Equal(["Transport Ministry", "Northline Rail"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_description_of_the_person_named_last_refers_to_them()
    {
        var quotes = EnglishQuotes(
            "“We lost the first match and had to win the next two,” Daniel Moreau said after the final.",
            "“You never know how these things turn out, and that is what makes the sport worth playing,” said the veteran.");
        Assert.Equal(["Daniel Moreau", "Daniel Moreau"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void An_unnamed_speaker_stays_unnamed()
    {
        var quotes = EnglishQuotes(
            "“We expect the new berth to be ready before the summer season begins,” said port spokesman Karl Jensen.",
            "“Nobody was hurt and the fire was out within the hour,” an officer said at the scene.");
        Assert.Equal(["Karl Jensen", null], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Chinese_speakers_are_named_before_after_and_through_pronouns()
    {
        var quotes = ChineseQuotes(
            "“今年年底前，所有线路都会换上新能源车。”市交通局局长王建国说。",
            "来自河北的退休教师张秀英说：“以前去医院要换两趟车，现在一趟就到了。”",
            "王建国在会上介绍了线路规划。他表示，“明年还会在东部新区增加四条线路。”",
            "他先向乘客代表鞠躬致谢，随后表示：“有意见可以随时打热线电话告诉我们。”",
            "李女士告诉记者：“孩子现在每天自己坐车上学，我很放心。”");
        Assert.Equal(["王建国", "张秀英", "王建国", "王建国", "李女士"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_chinese_name_the_article_keeps_coming_back_to_is_what_a_pronoun_means()
    {
        var quotes = ChineseQuotes(
            "经历了十几个小时的飞行，彭晓岚来到了里昂，这是她第一次离开家乡。",
            "每天下课后，彭晓岚都会去河边练琴，许多路人会停下来听。彭晓岚说，这是她最快乐的时候。",
            "后来，彭晓岚在街头办起了演奏会。她说：“我想让更多人听到这种乐器的声音，它很美。”");
        Assert.Equal(["彭晓岚"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_chinese_quotation_standing_alone_continues_the_speaker_of_its_paragraph()
    {
        var quotes = ChineseQuotes(
            "王建国表示，新线路开通以来，乘客比去年多了一倍，司机们都很辛苦。“我们会继续增加班次，让大家少等一会儿。”");
        Assert.Equal(["王建国"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_chinese_quotation_standing_as_a_sentence_is_the_words_of_the_person_the_next_sentence_is_about()
    {
        var quotes = ChineseQuotes(
            "市场监管局局长陈立平说，今年共查处食品安全案件三百多起。",
            "“有些商家把过期食品重新包装出售，手段越来越隐蔽。”陈立平一边翻着卷宗一边摇头。",
            "“这里的水比城里的自来水还干净，我们天天喝。”退休老师吴春华站在河边，指着对岸的芦苇。",
            "“检测报告我们一份一份都核对过了，没有问题。”记者随后采访了村长张德旺。");
        Assert.Equal(["陈立平", "吴春华", null], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_chinese_pronoun_after_the_quotation_is_the_person_its_own_sentence_named_first()
    {
        var quotes = ChineseQuotes(
            "市场监管局局长陈立平说，今年共查处食品安全案件三百多起。",
            "“我们对这个结论感到意外，产品出厂前都检测过。”对这次调查结果，公司发言人林晓雯显得很意外，她随后对本报记者透露了内部检测的数据。");
        Assert.Equal(["林晓雯"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_chinese_clause_that_opens_with_a_preposition_has_no_subject_of_its_own()
    {
        var quotes = ChineseQuotes(
            "公司发言人林晓雯在发布会上回答了几个问题。",
            "“每一批原料都有检测记录，可以随时查。”除了再次向记者强调公司的声明之外，林晓雯还透露了检测的方法。");
        Assert.Equal(["林晓雯"], quotes.Select(q => q.Speaker));
    }

    [Theory]
    [InlineData("他走到鞋匠的摊前，同他商量说：")]
    [InlineData("站在一旁的门房回答说：")]
    [InlineData("另一位军官听了，马上说道：")]
    public void Chinese_verbs_adverbs_and_objects_before_the_verb_are_no_names(string before)
    {
        var attribution = SpeakerRecognizer.Find(before, string.Empty);
        Assert.True(attribution.Found);
        Assert.Null(attribution.Name);
    }

    [Fact]
    public void A_chinese_clause_without_its_subject_takes_the_one_its_sentence_named_first()
    {
        Assert.Equal("吴春华", SpeakerRecognizer.Find("退休老师吴春华觉得奇怪，就问他说：", string.Empty).Name);
    }

    [Fact]
    public void In_german_a_capitalised_noun_after_an_article_is_no_name()
    {
        const string text = """
            Appell zum Zusammenhalt

            Bundespräsidentin Anna Berger hat am Montag in Berlin vor den Gefahren des Extremismus gewarnt und die Bürger zum Zusammenhalt aufgerufen.

            „Die Demokratie lebt davon, dass wir einander zuhören und auch miteinander streiten“, sagte das Staatsoberhaupt bei einem Empfang im Schloss.

            Die Zahl der politisch motivierten Straftaten ist nach Angaben der Behörden im vergangenen Jahr auf einen neuen Höchststand gestiegen.
            """;
        var quote = Assert.Single(ContentExtractor.Default.ExtractText(text).Quotes);
        Assert.NotEqual("Staatsoberhaupt", quote.Speaker);
    }

    [Fact]
    public void A_statement_whose_verb_follows_a_comma_names_the_speaker_a_pronoun_then_means()
    {
        var quotes = EnglishQuotes(
            "“We will hire more tutors next year,” said Ellen Park, the district's superintendent.",
            "The programs are still in relatively early stages, said Omar Reyes, a professor of economics who has studied them.",
            "“People should be asking whether the money is well spent,” he said.",
            "“Protein remains the priority for most of my clients,” says Tom Hale, a dietitian in Bristol.",
            "But it is also important not to neglect the other nutrients, says Nora Baines, author of a book on diets. “Most people need more fibre than they think,” she says.");
        Assert.Equal(["Ellen Park", "Omar Reyes", "Tom Hale", "Nora Baines"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_statement_is_attributed_by_its_verb_that_names_someone_not_by_one_whose_subject_names_nobody()
    {
        var quotes = EnglishQuotes(
            "“The results surprised all of us,” says study author Mara Lind, a psychiatrist at the university hospital.",
            "Breathing Practice, the method taught in the study, was developed by a clinic in Boston forty years ago.",
            "It suggests a gentler way to look at one's own thoughts, explains Lind.",
            "“Somebody with anxiety tends to worry about exams that are months away,” she says.");
        Assert.Equal(["Mara Lind", "Lind"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_chinese_speaker_whose_reported_words_run_on_into_the_quotation_says_it()
    {
        var quotes = ChineseQuotes(
            "谈到这次比赛，林海峰说遗憾自己没有坚持到最后，“如果再来一次，我会把体力留到最后一圈，不会在第二圈就冲出去。”");
        Assert.Equal(["林海峰"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_chinese_saying_that_is_no_ones_speech_names_nobody()
    {
        var quotes = ChineseQuotes(
            "刘先生不解地说：“不是说这种锅不粘吗？”回家后，他上网一查，原来真有这么一说——“新买的铁锅要先开锅，不然用不了几次就会粘锅”。");
        Assert.Equal(["刘先生", null], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quotation_that_runs_on_with_a_comma_is_said_by_the_subject_and_verb_after_it_whatever_the_verb()
    {
        var quotes = EnglishQuotes(
            "Harbor director Tom Reyes has run the port for a decade and knows every crane on the east quay.",
            "“It has been a slow rollout,” he confesses. “The cranes are older than the people who drive them.”",
            "“One piece of advice for anyone who starts out here,” Dana Hale offers, “is to learn the tides before the machines.”",
            "“That is a serious allegation against the port,” inquired Nina Ortega.",
            "“Everything that floats in this harbor needs a crane at some point,” Ortega points out.");
        Assert.Equal(["Tom Reyes", "Tom Reyes", "Dana Hale", "Dana Hale", "Nina Ortega", "Ortega"], quotes.Select(q => q.Speaker));
    }

    [Theory]
    [InlineData("“Nothing on the east quay works the way it should,” Ellen Park is sure.")]
    [InlineData("“Nothing on the east quay works the way it should,” Ellen Park's report found in its first pages.")]
    public void A_comma_after_a_quotation_needs_a_subject_and_a_finite_verb_that_end_the_clause(string paragraph)
    {
        Assert.Equal([null], EnglishQuotes(paragraph).Select(q => q.Speaker));
    }

    [Fact]
    public void The_agency_is_the_organisation_the_text_named_last_even_one_that_has_not_spoken()
    {
        var quotes = EnglishQuotes(
            "“We paid three times the estimate on the day of the move,” said Nate Wheeler, a customer from Ohio.",
            "Reporters reached out to the Highway Safety Agency for comment. In a written response, the agency said, “The company is under investigation and we will share what we find.”");
        Assert.Equal(["Nate Wheeler", "Highway Safety Agency"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_description_of_another_kind_of_body_than_the_one_named_last_names_nobody()
    {
        var quotes = EnglishQuotes(
            "The Swedish Prosecution Authority said: “The investigation has been closed because the evidence was not sufficient.”",
            "“We are disappointed, and we apologise to every fan who planned a trip,” the company said.",
            "“Refunds will reach every buyer within a fortnight,” the authority added.");
        Assert.Equal(["Swedish Prosecution Authority", null, "Swedish Prosecution Authority"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_speaker_described_with_a_complement_is_nobody_named_before()
    {
        var quotes = EnglishQuotes(
            "The Swedish Prosecution Authority said: “The investigation has been closed because the evidence was not sufficient.”",
            "“Workers deserve a fair share of what they produce,” the coalition of transport unions said in a letter to the ministry.");
        Assert.Equal(["Swedish Prosecution Authority", null], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void The_reporter_who_asks_is_not_the_person_who_answers()
    {
        var quotes = EnglishQuotes(
            "Transit chief Maria Lopez met reporters at the depot on the first morning of the new line.",
            "“How did riders take the new line on its first day?” the reporter asked. “Very well, though some stops are far from the estates,” Lopez replied.");
        Assert.Collection(
            quotes,
            question => Assert.Null(question.Speaker),
            answer => Assert.EndsWith("Lopez", answer.Speaker, StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_verb_of_saying_after_a_modal_attributes_and_a_noun_of_the_same_spelling_does_not()
    {
        var quotes = EnglishQuotes(
            "Critics of the plan wrote to Robert Nozick about the river park and its cost to the town.",
            "If someone objects that the park is too dear, Nozick would simply answer, “The town has paid for worse.”",
            "The answer, “we are not sure,” came from the planning office after a long delay.");
        Assert.Equal(["Nozick", null], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_citation_between_the_author_and_the_verb_leaves_the_author_the_speaker()
    {
        var quotes = EnglishQuotes(
            "Planners have written about riverside parks for decades. Jane Morrow in Cities of the River (1998) argues, “A park that nobody can reach is no park at all.”",
            "The point is older still. Okafor (1971) writes, “Every town turns its back on its river until it needs it.”");
        Assert.Equal(["Jane Morrow", "Okafor"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_verb_of_refutation_introduces_the_quotation_its_sentence_leads_into()
    {
        var quotes = EnglishQuotes(
            "Thomas Nagel wrote a short book about the claims made for the river park.",
            "Nagel neatly rebuts this: “A park that nobody can reach is no park at all.”");
        Assert.Equal(["Nagel"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quoted_term_in_the_sentence_after_a_chinese_quotation_is_part_of_that_sentence()
    {
        var quotes = ChineseQuotes(
            "乐团指挥郭美华说，学生们的性格各有不同。",
            "球队训练时每个人都要跟上节奏。“为了帮他赶上进度，我每天放学后陪他多练半小时。”讲起这段“插曲”，郭美华脸上露出笑容。");
        Assert.Equal(["郭美华"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quotation_after_a_chinese_paragraph_of_words_introduced_by_a_colon_is_the_same_speakers()
    {
        var quotes = ChineseQuotes(
            "王建国说：新线路开通以来，乘客比去年多了一倍。我们还会在东部新区增加四条线路。",
            "<blockquote>“有意见可以随时打热线电话告诉我们，我们一定认真处理每一条意见。”</blockquote>");
        Assert.Equal(["王建国"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_chinese_quotation_that_opens_its_paragraph_unattributed_is_the_words_of_whoever_goes_on_to_the_next()
    {
        var quotes = ChineseQuotes(
            "“好的厨师从来不靠调料掩盖食材！”协会会长郑国平在接受记者采访时指出：“新鲜的食材本身就有足够的味道，调料只是点缀。”");
        Assert.Equal(["郑国平", "郑国平"], quotes.Select(q => q.Speaker));
    }

    [Theory]
    [InlineData("对此，市交通局的回应是，", "市交通局")]
    [InlineData("杨一飞的回答是：", "杨一飞")]
    [InlineData("用杨一飞的话说，", "杨一飞")]
    [InlineData("借用杨一飞的话来说，", "杨一飞")]
    [InlineData("正如杨一飞所说，", "杨一飞")]
    [InlineData("如院长杨一飞所言，", "杨一飞")]
    public void A_chinese_speech_given_as_a_noun_is_its_possessors(string before, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find(before, string.Empty).Name);
    }

    [Theory]
    [InlineData("网友的说法是，")]
    [InlineData("他的说法不一样，")]
    [InlineData("用一句话说，")]
    public void A_chinese_speech_noun_without_a_named_possessor_names_nobody(string before)
    {
        Assert.Null(SpeakerRecognizer.Find(before, string.Empty).Name);
    }

    [Theory]
    [InlineData("对此，华远集团方面表示，", "", "华远集团")]
    [InlineData("对此，华远集团方面回应称，", "", "华远集团")]
    [InlineData("", "，广汽方面说。", "广汽")]
    [InlineData("另一方面，李明表示：", "", "李明")]
    public void A_chinese_body_speaks_through_its_side(string before, string after, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find(before, after).Name);
    }

    [Theory]
    [InlineData("昨日，南昌市工商局办案人员肖冰言之确凿地告诉记者，该广告违法。", "肖冰")]
    [InlineData("王奶奶感动地说。", "王奶奶")]
    [InlineData("，赫山区人民医院院长杨一飞如是说。", "杨一飞")]
    public void A_chinese_adverb_of_manner_is_no_part_of_the_name(string after, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find(string.Empty, after).Name);
    }

    [Theory]
    [InlineData("杨一飞回复称，", "", "杨一飞")]
    [InlineData("", "，杨一飞回复称。", "杨一飞")]
    [InlineData("王明对此回应称，", "", "王明")]
    [InlineData("", "，欧阳建国博士自豪地称。", "欧阳建国")]
    public void A_chinese_name_that_opens_a_predicate_before_the_verb_is_its_subject(string before, string after, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find(before, after).Name);
    }

    [Theory]
    [InlineData("高速公路管理处发布通知称，", "高速公路管理处")]
    [InlineData("华远集团相关负责人表示，", "华远集团")]
    public void A_surname_character_that_starts_a_word_opens_no_persons_name(string before, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find(before, string.Empty).Name);
    }

    [Theory]
    [InlineData("对此，市商务局有关负责人表示，", "", "市商务局")]
    [InlineData("", "，市民救援队相关负责人说。", "市民救援队")]
    [InlineData("外交部发言人在例行记者会上表示，", "", "外交部")]
    [InlineData("华远集团的工作人员告诉记者，", "", "华远集团")]
    public void A_chinese_body_speaks_through_its_spokespeople(string before, string after, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find(before, after).Name);
    }

    [Theory]
    [InlineData("有关部门负责人表示，")]
    [InlineData("现场工作人员表示，")]
    [InlineData("王明的负责人表示，")]
    public void Spokespeople_of_no_named_body_name_nobody(string before)
    {
        Assert.Null(SpeakerRecognizer.Find(before, string.Empty).Name);
    }

    [Theory]
    [InlineData("江西省消费者协会发表声明称：", "江西省消费者协会")]
    [InlineData("市政府通过官方微博发布消息称，", "市政府")]
    [InlineData("李明发文称，", "李明")]
    public void A_chinese_speaker_who_publishes_a_statement_says_it(string before, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find(before, string.Empty).Name);
    }

    [Fact]
    public void A_chinese_body_whose_answer_is_the_quotation_says_it()
    {
        var quotes = ChineseQuotes("有乘客反映，部分站点的位置离小区太远。对此，市公交集团的回应是，“站点的位置还会根据乘客的意见进一步调整。”");
        Assert.Equal(["市公交集团"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_chinese_surname_alone_refers_back_to_the_full_name_of_that_surname()
    {
        var quotes = ChineseQuotes(
            "市公交集团总经理王建国介绍，新线路开通以来，乘客比去年多了一倍，司机李明也说，早班车几乎每趟都坐满了。",
            "“我们还会在东部新区增加四条线路。”王说。",
            "“早上的乘客最多，一趟车要拉两百多人。”李说。",
            "“站点的位置还会根据乘客的意见进一步调整。”张说。");
        Assert.Equal(["王建国", "李明", null], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_name_introduced_as_a_name_is_what_a_later_pronoun_means()
    {
        var quotes = ChineseQuotes(
            "那年冬天，朱君在湖边散步时对同伴说：“今年的冰比往年薄得多，大家要小心。”同伴们都点头称是。",
            "不久，一辆客车翻入湖中，一位名叫魏志明的学生跳进冰冷的湖水，把十七个乘客救了起来。",
            "开会之时，会众请魏志明登台。魏志明走到台上，掌声雷动。魏志明向会众鞠躬，感谢他们的热诚。然后，他低声说：“最令我惊讶的，是没有一个人向我说一句话！”");
        Assert.Equal(["朱君", "魏志明"], quotes.Select(q => q.Speaker));
    }

    [Theory]
    [InlineData("In Ellen Park's words, a ", "Ellen Park")]
    [InlineData("Math gave her an escape — in Cairo’s words, a ", "Cairo")]
    [InlineData("In the words of Ellen Park, ", "Ellen Park")]
    public void Words_given_as_someones_words_are_theirs(string before, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find(before, string.Empty).Name);
    }

    [Theory]
    [InlineData(" Chiou and Howlett write.", "Chiou and Howlett")]
    [InlineData(", Ellen Park and Omar Haddad explain in their report.", "Ellen Park and Omar Haddad")]
    [InlineData(", Chiou and Howlett wrote.", "Chiou and Howlett")]
    public void Names_joined_by_and_speak_together(string after, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find(string.Empty, after).Name);
    }

    [Fact]
    public void Names_joined_by_and_speak_together_before_the_quote()
    {
        Assert.Equal("Chiou and Howlett", SpeakerRecognizer.Find("Chiou and Howlett write: ", string.Empty).Name);
    }

    [Theory]
    [InlineData(" the report in Ellen Park's paper.")]
    [InlineData(" as a note to the Board and Council.")]
    public void A_bare_verb_without_names_joined_by_and_is_a_noun(string after)
    {
        Assert.Null(SpeakerRecognizer.Find(string.Empty, after).Name);
    }

    [Fact]
    public void Words_that_are_no_ones_in_particular_name_nobody()
    {
        Assert.Null(SpeakerRecognizer.Find("In other words, a ", string.Empty).Name);
        Assert.Null(SpeakerRecognizer.Find("In a few words, ", string.Empty).Name);
    }

    [Fact]
    public void A_paragraph_ending_in_a_comma_introduces_the_quote_block_after_it()
    {
        var quotes = EnglishQuotes(
            "As the historian Ellen Park writes in her book on the river towns,",
            "<blockquote>The towns along the river grew up around their mills, and when the mills closed, most of them never found another reason to exist.</blockquote>",
            "Park goes further in a later chapter and argues that,",
            "<blockquote>No town on the river survived the closing of its mill without a railway or a college to fall back on.</blockquote>",
            "The river towns are the subject of a new exhibition at the county museum this spring.",
            "<blockquote>Most of the mills were built before the railway reached the valley.</blockquote>");
        Assert.Equal(["Ellen Park", "Park", null], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_surname_that_is_also_a_preposition_after_a_role_is_the_preposition()
    {
        var quotes = ChineseQuotes("“目前已经有三十多名患者出院，剩下的还在观察。”11月16日，赫山区卫健局一名工作人员向澎湃新闻证实。");
        Assert.Equal([null], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_chinese_speaker_who_speaks_thus_is_named()
    {
        var quotes = ChineseQuotes("“压力很大，但我们有信心把这件事做好，不会让大家失望。”张伟如此表示。");
        Assert.Equal(["张伟"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void An_adverb_of_frequency_stands_where_the_left_out_subject_would()
    {
        var quotes = ChineseQuotes(
            "小学生小花说：“我的眼睛有点疼，看东西也不清楚。”",
            "小花的奶奶说，小花眼睛不鼓，但总说眼睛“憋得慌、不舒服”，看着很可怜。");
        Assert.Equal(["小花", "小花"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_role_followed_by_a_surname_character_and_another_role_names_nobody()
    {
        // 任 serves as a verb here ("以副市长任组长"): a pronoun or left-out subject after it must not find 任组长.
        var quotes = ChineseQuotes(
            "两天后，禹州市宣布成立以分管副市长任组长的联合调查组，全面深入调查此事。",
            "小花奶奶说，小花眼睛不鼓，但总说眼睛“憋得慌、不舒服”，看着很可怜。");
        Assert.Equal([null], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_momentary_action_before_the_verb_leaves_the_subject_out()
    {
        var quotes = ChineseQuotes(
            "四年级学生张小刚今年十岁，个子不高，说话很轻。",
            "问到和班里谁关系最好，张小刚沉默了一会。随后，几个字一顿说：“别人不理我，总是跟我离得远一点。”",
            "村民们围在一起议论。其中一人说：“这条路修了三年还没修好，大家出门都不方便。”",
            "彭静旋向路人讲解古筝的由来。“原来古筝是中国的，中国的文化真奇妙！”每多一次讲解，就多一个人认识古筝。");
        Assert.Equal(["张小刚", null, null], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_surname_with_a_title_refers_back_to_the_one_full_name_of_that_surname()
    {
        var quotes = ChineseQuotes(
            "大将军马生拿奉命率领一万八千人进兵。城里的人商量投降。马将军是富有经验的元帅，他对部下官佐说：“城里的救兵到了，我们赶快退兵吧！”",
            "马将军听到钟声后，对部下说：“我们孤单深入，实在危险啊，赶快退兵吧！”");
        Assert.Equal(["马生拿", "马生拿"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_surname_with_a_title_stays_as_written_when_two_people_have_that_surname()
    {
        var quotes = ChineseQuotes("大将军马生拿奉命率领一万八千人进兵，将军马德隆随行。马将军对部下说：“城里的救兵到了，我们赶快退兵吧，不要再等了！”");
        Assert.Equal(["马将军"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_pronoun_that_repeats_the_pronoun_of_an_earlier_report_is_the_reporter()
    {
        var quotes = ChineseQuotes(
            "乔冠华在会上说：“我们要把翻译工作做好，这是大事。”",
            "这时，乔冠华与老同学季羡林取得了联系，季羡林已在北京大学任教，据他回忆，乔冠华没有官架子，平易近人，他说：“我讨厌人摆官架子，然而偏偏有人爱摆。”");
        Assert.Equal(["乔冠华", "季羡林"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_noun_the_text_named_someone_by_refers_back_to_them()
    {
        var quotes = ChineseQuotes(
            "市公交集团总经理王建国介绍了线路规划。这位总经理说：“我们还会在东部新区增加四条线路。”",
            "从前，有一个好国王，名叫福寿。一天，孩子们吃饭不祷告。国王走过来，吩咐孩子们不要作声，说：“孩子们，你们都以为这个乞丐不讲礼吗？”");
        Assert.Equal(["王建国", "福寿"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_noun_for_a_place_or_for_many_refers_back_to_nobody()
    {
        var quotes = ChineseQuotes(
            "在奥国边界，有座小城，名叫弗克，那里没有军队。城里的老执事站起来说：“弟兄们，今天是复活节，我们去教堂吧！”",
            "市公交集团总经理王建国介绍了线路规划。各公司的总经理们说：“我们还会在东部新区增加四条线路。”");
        Assert.Equal([null, null], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Shuo_after_a_verb_of_direction_is_speech_and_after_a_topic_is_not()
    {
        var quotes = ChineseQuotes("市长王建国来到会场。有位老执事站起来说：“弟兄们，今天是复活节，我们去教堂敬拜吧！”");
        Assert.Equal([null], quotes.Select(q => q.Speaker));
        Assert.False(SpeakerRecognizer.Find("一般来说，", string.Empty).Found);
        Assert.False(SpeakerRecognizer.Find("对王建国来说，", string.Empty).Found);
    }

    [Fact]
    public void A_pull_quote_signed_on_its_own_line_is_the_signers()
    {
        var quotes = ChineseQuotes(
            "“全市已有三十所学校完成了改造，剩下的明年完成。”——市教育局副局长陈静",
            "“新线路开通以来，乘客比去年多了一倍，早班车几乎每趟都坐满了，我们还会在东部新区增加四条线路，让大家少等一会儿。”——王建国");
        Assert.Equal(["陈静", "王建国"], quotes.Select(q => q.Speaker));
        var english = EnglishQuotes("“We expect the new berth to be ready before the summer season begins.” — Karl Jensen, port spokesman");
        Assert.Equal(["Karl Jensen"], english.Select(q => q.Speaker));
    }

    [Fact]
    public void A_dash_after_a_quotation_that_goes_on_with_a_sentence_signs_nothing()
    {
        var quotes = EnglishQuotes("“We expect the new berth to be ready before the summer season begins.” — and then the crowd went home.");
        Assert.All(quotes, q => Assert.Null(q.Speaker));
    }

    [Fact]
    public void A_chinese_name_ends_before_the_time_word_that_follows_it()
    {
        var quotes = ChineseQuotes(
            "记者见到市民张伟时，他正在车间里检查设备。",
            "他说：“这批设备是去年从德国进口的，现在每天要运转二十个小时。”");
        Assert.Equal(["张伟"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void An_office_names_its_holder_whose_name_has_no_chinese_surname()
    {
        var quotes = ChineseQuotes(
            "俄罗斯总统普京在克里姆林宫会见记者时说：“我们不会接受任何形式的制裁，这是我们的底线。”",
            "“我们正在密切关注事态发展，并将与盟友保持沟通。”美国总统拜登说。",
            "美国总统拜登当天在白宫发表讲话。“欧洲必须团结起来，共同面对这场危机。”拜登说。");
        Assert.Equal(["普京", "拜登", "拜登"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Words_after_an_office_or_a_profession_that_are_no_name_name_nobody()
    {
        var quotes = ChineseQuotes(
            "“我们正在密切关注事态发展，并将与盟友保持沟通。”公司总经理随即表示。",
            "业内专家普遍认为，“这批设备是去年从德国进口的，现在每天要运转二十个小时。”");
        Assert.Equal([null, null], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_date_after_a_chinese_name_ends_it()
    {
        var quotes = ChineseQuotes("“现在会做的人不到十个了，我们得抓紧时间培养徒弟。”杨一飞19日在接受采访时称。");
        Assert.Equal(["杨一飞"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_noun_for_what_someone_does_names_the_person_after_it_for_a_later_pronoun()
    {
        var quotes = ChineseQuotes(
            "赫山区文化馆馆员李梅从事这项工作已有十年。“现在会做的人不到十个了，我们得抓紧时间培养徒弟。”她说道。",
            "经济持续增长，王府井一带的客流比去年多了三成。“周末的人比平时多一倍，店里根本忙不过来，得多招几个人。”她说。");
        Assert.Equal(["李梅", "李梅"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_subject_that_opens_with_a_prepositions_character_is_no_left_out_subject()
    {
        var quotes = ChineseQuotes(
            "市公交集团总经理王建国介绍了线路规划。与会代表认为，“新线路方便了东部新区的居民，应该尽快开通。”",
            "市公交集团总经理王建国介绍了线路规划。和他一起来的同事说：“新线路方便了东部新区的居民，应该尽快开通。”");
        Assert.Equal([null, null], quotes.Select(q => q.Speaker));
    }

    private static IEnumerable<Quotation> EnglishQuotes(params string[] paragraphs) => Quotes("Council approves river park", EnglishFiller, paragraphs);

    private static IEnumerable<Quotation> ChineseQuotes(params string[] paragraphs) => Quotes("新线路开通", ChineseFiller, paragraphs);

    private static IEnumerable<Quotation> Quotes(string title, string filler, string[] paragraphs)
    {
        var body = string.Concat(paragraphs.Select(p => p.StartsWith('<') ? p : "<p>" + WebUtility.HtmlEncode(p) + "</p>\n"));
        var html = $"<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><article><h1>{title}</h1>\n<p>{filler}</p>\n{body}<p>{filler}</p>\n</article></body></html>";
        return ContentExtractor.Default.ExtractHtml(html).Quotes;
    }
}
