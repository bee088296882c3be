using ContentExtract.Structure;

namespace ContentExtract.Tests.Structure;

public sealed class SpeakerRecognizerTests
{
    [Theory]
    [InlineData("大连市委常委、组织部长宋善云介绍,活动开展以来,大连新建基层党组织2500多个。", "宋善云")]
    [InlineData("成都市委组织部副部长麻渝生告诉记者,成都统筹推进各领域党建工作。", "麻渝生")]
    [InlineData("国庆期间,面对前来慰问的同事,满头白发的孤寡老人王奶奶感动地说。", "王奶奶")]
    [InlineData("市交通局局长李明表示，明年将新增公交线路12条。", "李明")]
    [InlineData("据市教育局副局长陈静介绍，全市已有30所学校完成改造。", "陈静")]
    public void Chinese_speakers_are_named_from_the_clause_after_the_quote(string after, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find([], after).Name);
    }

    [Theory]
    [InlineData(" said Ellen Park, the mayor.", "Ellen Park")]
    [InlineData(" Park said on Tuesday.", "Park")]
    [InlineData(", Ellen Park told reporters.", "Ellen Park")]
    [InlineData(" according to Dr. Maria Lopez.", "Dr. Maria Lopez")]
    public void English_speakers_are_named_from_the_words_after_the_quote(string after, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find([], after).Name);
    }

    [Theory]
    [InlineData("Ellen Park said: ", "Ellen Park")]
    [InlineData("市长张伟说：", "张伟")]
    public void Speakers_are_named_from_the_clause_before_the_quote(string before, string speaker)
    {
        Assert.Equal(speaker, SpeakerRecognizer.Find(before, []).Name);
    }

    [Theory]
    [InlineData(" he added.")]
    [InlineData("，他说。")]
    public void Pronouns_refer_back_instead_of_naming(string after)
    {
        var attribution = SpeakerRecognizer.Find([], after);
        Assert.Null(attribution.Name);
        Assert.True(attribution.IsPronoun);
    }

    [Theory]
    [InlineData("许大伯是来杭州市民之家办理退休业务的,原本以为要等半天。")]
    [InlineData(" The vote is on Friday.")]
    [InlineData("拿着慰问品来家中拜望的同事。")]
    public void Text_without_a_speech_verb_names_nobody(string after)
    {
        var attribution = SpeakerRecognizer.Find([], after);
        Assert.Null(attribution.Name);
        Assert.False(attribution.IsPronoun);
    }
}
