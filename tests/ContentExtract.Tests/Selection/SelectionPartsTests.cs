using ContentExtract.Html;
using ContentExtract.Segmentation;
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
    public void A_text_cover_of_text_without_spaces_or_of_spaces_alone_measures_the_same()
    {
        var cover = new TextCover("市政府今天宣布新的公园计划，明年春天开工。");
        Assert.Equal(1, cover.Covers("市政府今天宣布新的 公园计划"));
        Assert.Equal((7, 1.0), cover.Measure("明年 春天 开工。"));
        Assert.Equal((7, 0.0), cover.Measure("明年 秋天 开工。"));
        Assert.True(new TextCover(" \n\t ").IsEmpty);
        Assert.Equal(0, new TextCover(" \n ").Covers("市政府今天宣布新的公园计划"));
    }

    [Fact]
    public void A_lists_item_titles_are_the_longest_link_of_each_item_that_has_one()
    {
        // ul(0) > li(1), li(2) > div(3), li(4), li(5); an aside(6) after it. The second item's title is in its inner div, the
        // third item has no link, and a block of the list's own (between items) is an item of its own.
        var tree = new BlockTree([-1, 0, 0, 2, 0, 0, -1], [6, 2, 4, 4, 5, 6, 7]);
        Segment Block(int index, int element, string text, params string[] links) =>
            new(index, text) { Element = element, Links = [.. links.Select(link => new SegmentLink(link, "https://example.org/" + index))] };
        var segments = new List<Segment>
        {
            Block(0, 1, "First headline of the list", "First headline of the list"),
            Block(1, 1, "A teaser for the first item, a sentence long."),
            Block(2, 2, "Second", "Second"),
            Block(3, 3, "Second, and the longer title of the item", "Second, and the longer title of the item"),
            Block(4, 4, "A third item without a link but with words."),
            Block(5, 0, "Sponsored", "Sponsored"),
            Block(6, 5, "Fourth headline, at the end", "Fourth headline, at the end"),
            Block(7, 6, "An aside after the list", "An aside after the list"),
        };

        Assert.Equal([0, 3, 5, 6], ItemListGenerator.TitleSegments(segments, tree, 0, 0, 7));
        Assert.Equal([2, 3], ItemListGenerator.TitleSegments(segments, tree, 2, 2, 3));
    }

    [Fact]
    public void A_text_cover_owes_nothing_to_the_cover_made_before()
    {
        // Its table is borrowed from a shared pool: a cover of one text, disposed, leaves none of its windows to the next.
        string first = string.Concat(Enumerable.Range(0, 200).Select(n => $"Sentence {n} of the first text, "));
        using (var before = new TextCover(first))
        {
            Assert.Equal(1, before.Covers("Sentence 17 of the first text, Sentence 18 of the first text"));
        }

        using var cover = new TextCover("The council voted six to one on Tuesday to turn the old rail yard into a park.");
        Assert.Equal(0, cover.Covers("Sentence 17 of the first text, Sentence 18 of the first text"));
        Assert.Equal(1, cover.Covers("voted six to one on Tuesday"));
        var (chars, share) = cover.Measure("the old rail yard into a garden");
        Assert.Equal(25, chars);
        Assert.Equal(8.0 / 14, share, 6); // the windows within "theoldrailyardintoa"
    }

    [Fact]
    public void The_best_list_of_a_page_owes_nothing_to_the_page_read_before()
    {
        // The tallies live in an array borrowed from a shared pool: a listing read first must leave nothing behind for a
        // page without a list, nor change the list of the listing read again.
        var listing = new BlockTree([-1, 0, 0, 0, 0, 0], [6, 2, 3, 4, 5, 6]);
        var items = Enumerable.Range(1, 5).Select(n => new Segment(n - 1, $"Headline number {n} of the listing, with a teaser sentence after it.")
        {
            Element = n,
            Links = [new SegmentLink($"Headline number {n} of the listing", "https://example.org/" + n)],
        }).ToList();
        var story = new BlockTree([-1, 0, 0], [3, 2, 3]);
        var paragraphs = Enumerable.Range(1, 2).Select(n => new Segment(n - 1, $"Paragraph {n} of a story that has no list of items at all in it.") { Element = n }).ToList();

        Assert.Equal((0, 0, 4), ItemListGenerator.BestListSpan(items, listing));
        Assert.Null(ItemListGenerator.BestListSpan(paragraphs, story));
        Assert.Equal((0, 0, 4), ItemListGenerator.BestListSpan(items, listing));
    }

    [Fact]
    public void The_element_balance_of_a_page_owes_nothing_to_the_page_read_before()
    {
        // Its arrays are borrowed from a shared pool too: a larger page with large balances read first changes nothing.
        var large = new BlockTree([-1, 0, 1, 1, 0, 4], [6, 4, 3, 4, 6, 6]);
        var largeSegments = Enumerable.Range(0, 6).Select(n => new Segment(n, "Some words of a block") { Element = n }).ToList();
        var small = new BlockTree([-1, 0, 0], [3, 2, 3]);
        var smallSegments = new List<Segment> { new(0, "One") { Element = 1 }, new(1, "Two") { Element = 2 } };

        Assert.Equal((0, 6, 600.0), ElementBalance.Best(largeSegments, large, _ => 100));
        Assert.Equal((1, 2, 5.0), ElementBalance.Best(smallSegments, small, i => i == 0 ? -1 : 5));
        Assert.Null(ElementBalance.Best(smallSegments, small, _ => -1));
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
