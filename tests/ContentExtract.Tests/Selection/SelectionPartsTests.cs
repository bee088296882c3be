using ContentExtract.Html;
using ContentExtract.Selection;

namespace ContentExtract.Tests.Selection;

/// <summary>The selection stage's parts alone: declared types, text cover, the judge's weights file.</summary>
public sealed class SelectionPartsTests
{
    [Theory]
    [InlineData("""{"@context":"https://schema.org","@type":"NewsArticle","headline":"x"}""", (int)DeclaredTypes.Article)]
    [InlineData("""{"@type" : [ "Product", "Thing" ], "name": "Shoe"}""", (int)DeclaredTypes.Product)]
    [InlineData("""[{"@type":"BreadcrumbList"},{"@type":"DiscussionForumPosting"}]""", (int)DeclaredTypes.Discussion)]
    [InlineData("""{"@graph":[{"@type":"CollectionPage"},{"@type":"BlogPosting"}]}""", (int)(DeclaredTypes.Collection | DeclaredTypes.Article))]
    [InlineData("""{"@type":"Organization","name":"Alder"}""", (int)DeclaredTypes.None)]
    [InlineData("""{"@type": """, (int)DeclaredTypes.None)]
    [InlineData("""{"@type":"Prod""", (int)DeclaredTypes.None)]
    public void Json_ld_types_are_read_from_every_type_value(string json, int expected) =>
        Assert.Equal((DeclaredTypes)expected, DeclaredTypeReader.ReadJsonLd(json));

    [Fact]
    public void Reading_json_ld_types_stays_linear_on_hostile_input()
    {
        string hostile = "{\"@type\":" + new string(' ', 200_000) + string.Concat(Enumerable.Repeat("\"@type\"", 20_000));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(DeclaredTypes.None, DeclaredTypeReader.ReadJsonLd(hostile));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_text_cover_finds_segments_whatever_the_spacing()
    {
        var cover = new TextCover("The council voted   six to one\non Tuesday. 市政府今天宣布新的公园计划。");
        Assert.Equal(1, cover.Covers("The council voted six to one on Tuesday."));
        Assert.Equal(1, cover.Covers("市政府今天宣布新的公园 计划"));
        Assert.Equal(0, cover.Covers("Nothing of this sentence is in the text at all."));
        Assert.Equal(0, cover.Covers("   "));
    }

    [Fact]
    public void The_judges_weights_name_only_features_the_library_computes()
    {
        using var unknown = new MemoryStream("""{"bias":0,"weights":{"noSuchFeature":1}}"""u8.ToArray());
        Assert.Throws<InvalidDataException>(() => ArticleJudge.Parse(unknown));

        using var partial = new MemoryStream("""{"bias":0.5,"doubtMargin":0.1,"weights":{"logWords":2}}"""u8.ToArray());
        var judge = ArticleJudge.Parse(partial);
        var features = new double[CandidateFeatures.Names.Count];
        features[CandidateFeatures.Names.ToList().IndexOf("logWords")] = 3;
        features[0] = 100;
        Assert.Equal(6.5, judge.Score(features), 6);
        Assert.Equal(0.1, judge.DoubtMargin);
    }

    [Fact]
    public void The_shipped_weights_load_and_weigh_every_feature_name()
    {
        var judge = ArticleJudge.Default;
        Assert.True(judge.DoubtMargin >= 0);
        Assert.Equal(judge.Bias, judge.Score(new double[CandidateFeatures.Names.Count]));
    }
}
