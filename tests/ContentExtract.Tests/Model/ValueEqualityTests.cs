using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Model;

/// <summary>Results are values: the same page extracted twice gives equal documents, and lists compare by content.</summary>
public sealed class ValueEqualityTests
{
    public static TheoryData<string> Scrapes() => Fixtures.Names();

    [Theory]
    [MemberData(nameof(Scrapes))]
    public void Two_extractions_of_the_same_bytes_are_equal_and_hash_alike(string name)
    {
        string path = Fixtures.PathOf(name);
        byte[] bytes = ScrapeFile.ReadBytes(path);

        // Two extractors, so that nothing cached in one can make the results the same instances.
        var a = new ContentExtractor().Extract(bytes, ScrapeFile.ModeOf(path));
        var b = new ContentExtractor().Extract(bytes, ScrapeFile.ModeOf(path));

        Assert.NotSame(a, b);
        Assert.NotSame(a.Decisions, b.Decisions);
        Assert.True(a == b, "a == b");
        Assert.False(a != b, "a != b");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Documents_that_differ_in_one_list_item_are_not_equal()
    {
        var a = Sample();
        var b = Sample() with { LinkLists = [Sample().LinkLists[0] with { Links = [new LinkItem { Text = "Other", Url = "https://example.com/o" }] }] };

        Assert.NotEqual(a, b);
        Assert.False(a == b);
        Assert.NotEqual(a, Sample() with { Blocks = [.. Sample().Blocks, new ParagraphBlock("One more.")] });
        Assert.NotEqual(a, Sample() with { Blocks = [.. Sample().Blocks.Reverse()] });
        Assert.NotEqual(a, Sample() with { Metadata = Sample().Metadata with { Published = null } });
    }

    [Fact]
    public void Nested_lists_compare_by_content()
    {
        var table = new TableBlock { Rows = [["a", "b"], ["c", "d"]] };
        var same = new TableBlock { Rows = new List<IReadOnlyList<string>> { new List<string> { "a", "b" }, new[] { "c", "d" } } };
        var other = new TableBlock { Rows = [["a", "b"], ["c", "x"]] };

        Assert.Equal(table, same);
        Assert.Equal(table.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(table, other);
        Assert.Equal(new ListBlock { Items = ["x", "y"] }, new ListBlock { Items = new List<string> { "x", "y" } });
        Assert.NotEqual(new ListBlock { Items = ["x", "y"] }, new ListBlock { Ordered = true, Items = ["x", "y"] });
    }

    [Fact]
    public void A_list_given_to_an_init_accessor_is_copied()
    {
        var items = new List<string> { "one" };
        var block = new ListBlock { Items = items };
        var blocks = new List<ContentBlock> { block };
        var document = new ExtractedDocument { InputKind = InputKind.Html, Blocks = blocks };

        items.Add("two");
        blocks.Clear();

        Assert.Equal(["one"], block.Items);
        Assert.Single(document.Blocks);
        Assert.Throws<NotSupportedException>(() => ((IList<ContentBlock>)document.Blocks).Add(block));
    }

    [Fact]
    public void Collections_are_never_null()
    {
        Assert.Throws<ArgumentNullException>(() => new ExtractedDocument { InputKind = InputKind.Html, Blocks = null! });
        Assert.Throws<ArgumentNullException>(() => new ListBlock { Items = null! });
        var empty = new ExtractedDocument { InputKind = InputKind.Text };
        Assert.Empty(empty.Blocks);
        Assert.Empty(empty.Decisions);
        Assert.Equal(new ExtractedDocument { InputKind = InputKind.Text }, empty);
    }

    [Fact]
    public void An_archive_result_compares_its_document_by_value()
    {
        ContentExtract.Archives.ArchiveRecordResult Result() => new()
        {
            Record = new ContentExtract.Archives.ArchiveRecordInfo { Index = 1, TargetUri = "https://example.com/a" },
            Outcome = ContentExtract.Archives.ArchiveRecordOutcome.Extracted,
            Document = Sample(),
        };

        Assert.Equal(Result(), Result());
        Assert.Equal(Result().GetHashCode(), Result().GetHashCode());
    }

    /// <summary>A document with one of everything, built anew on each call.</summary>
    internal static ExtractedDocument Sample() => new()
    {
        Url = new Uri("https://example.com/news/harbor"),
        InputKind = InputKind.Html,
        Language = "en",
        Title = "Harbor dredging begins",
        Breadcrumb = [new BreadcrumbItem { Text = "Home", Url = "https://example.com/" }, new BreadcrumbItem { Text = "News" }],
        Blocks =
        [
            new HeadingBlock("Work starts") { Level = 2 },
            new ParagraphBlock("Dredgers arrived on Monday.\nMore follow."),
            new QuoteBlock("“It will take a year.”") { Speaker = "Ann Lee" },
            new ListBlock { Ordered = true, Items = ["one", "two"] },
            new TableBlock { Rows = [["Phase", "Months"], ["1", "4"]] },
            new CodeBlock("x = 1\n  y = 2") { Language = "python" },
        ],
        Quotes = [new Quotation { Text = "It will take a year.", Speaker = "Ann Lee", BlockIndex = 2 }],
        LinkLists = [new LinkList { Title = "Related", HasMore = true, MoreUrl = "https://example.com/more", Links = [new LinkItem { Text = "Port budget", Url = "https://example.com/b", Truncated = true }] }],
        Noise = [new NoiseFragment { Status = 404, Reason = "Not Found", Server = "nginx/1.24.0", Text = "404 Not Found nginx/1.24.0" }],
        Metadata = new DocumentMetadata
        {
            Author = "Ann Lee",
            Published = new DateTimeOffset(2024, 6, 1, 12, 30, 0, TimeSpan.FromHours(2)),
            SiteName = "Example News",
            Description = "Dredging",
        },
        Text = "Work starts\n\nDredgers arrived on Monday.\nMore follow.",
        Decisions = [new BlockDecision { Index = 0, Text = "Work starts", Role = BlockRole.Content, Reason = "heading" }],
    };
}
