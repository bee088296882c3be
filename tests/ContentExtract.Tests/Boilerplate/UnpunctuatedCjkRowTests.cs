using ContentExtract.Boilerplate;
using ContentExtract.Segmentation;

namespace ContentExtract.Tests.Boilerplate;

/// <summary>
/// A long CJK block cut by spaces into phrases, with no clause marks, is a row of headlines a text dump printed side by
/// side; Chinese prose of that length is punctuated.
/// </summary>
public sealed class UnpunctuatedCjkRowTests
{
    private const string HeadlineRow = "财经：央行发布第三季度货币政策报告 国际油价本周小幅回落 新能源汽车销量再创新高 多地出台稳就业新举措";

    private const string Prose = "市交通委员会昨天发布消息，今年年底前全市将新增二十条公交专用道，重点缓解早晚高峰时段主干道的拥堵状况，方便市民出行。";

    [Fact]
    public void A_row_of_spaced_headlines_without_clause_marks_is_no_prose()
    {
        var (blockClass, reason) = new BlockClassifier(new BoilerplateOptions()).Classify(new Segment(0, HeadlineRow));

        Assert.Equal(BlockClass.Short, blockClass);
        Assert.Equal(BlockClassifier.UnpunctuatedCjkRow, reason);
    }

    [Fact]
    public void Punctuated_chinese_prose_stays_prose()
    {
        Assert.Equal(BlockClass.Good, new BlockClassifier(new BoilerplateOptions()).Classify(new Segment(0, Prose)).Class);
        Assert.Equal(BlockClass.Good, new BlockClassifier(new BoilerplateOptions()).Classify(new Segment(0, Prose.Replace("，", " ", StringComparison.Ordinal) + " 另有说明，详见后文。")).Class);
    }

    [Fact]
    public void A_korean_sentence_spaced_between_its_words_stays_prose()
    {
        const string korean = "시의회는 화요일 오후 시청 대회의실에서 열린 정례회의에서 지난 이년 동안 주민 공청회와 전문가 토론을 거치며 오랫동안 논의해 온 "
            + "옛 항구 지역 재개발 계획을 최종 승인했으며 이 계획에 따라 그 자리에는 새 공공 주택 단지와 넓은 해안 공원 그리고 섬을 잇는 여객선 터미널이 "
            + "차례로 들어설 예정이라고 시 관계자가 기자들에게 밝혔다.";

        var (blockClass, reason) = new BlockClassifier(new BoilerplateOptions()).Classify(new Segment(0, korean));

        Assert.Equal(BlockClass.Good, blockClass);
        Assert.NotEqual(BlockClassifier.UnpunctuatedCjkRow, reason);
    }

    [Fact]
    public void Switched_off_the_row_reads_as_prose_again()
    {
        var classifier = new BlockClassifier(new BoilerplateOptions()) { ReadsUnpunctuatedCjkRows = false };

        Assert.Equal(BlockClass.Good, classifier.Classify(new Segment(0, HeadlineRow)).Class);
    }

    [Fact]
    public void In_a_text_dump_the_row_under_the_headline_is_left_out_of_the_article()
    {
        string dump = $"""
            全市年底前新增二十条公交专用道

            {HeadlineRow}

            {Prose}

            据介绍，新增的专用道主要分布在城市东部和北部的新建城区，高峰时段公交车的平均速度预计可提高百分之十五以上。

            交通部门同时提醒，专用道启用后将实行电子监控，社会车辆在规定时段内不得驶入，违者将依法处罚。
            """;

        var document = ContentExtractor.Default.ExtractText(dump);

        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("央行", StringComparison.Ordinal));
        Assert.Equal(3, document.Paragraphs.Count());
    }

    [Fact]
    public void In_markup_a_block_of_spaced_phrases_is_left_to_its_links()
    {
        string html = $"<html><head><meta charset='utf-8'></head><body><article><h1>全市年底前新增二十条公交专用道</h1><p>{HeadlineRow}</p><p>{Prose}</p></article></body></html>";

        var document = ContentExtractor.Default.ExtractHtml(html);

        Assert.Contains(document.Paragraphs, p => p.Text.Contains("央行", StringComparison.Ordinal));
    }
}
