using System.Text;
using System.Text.Json;
using ContentExtract.Archives;
using ContentExtract.Rendering;
using ContentExtract.Tests.Model;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Rendering;

/// <summary>The JSON contract reads back into the model: render, read, and the document is equal to the original.</summary>
public sealed class JsonContractReaderTests
{
    public static TheoryData<string> Scrapes() => Fixtures.Names();

    [Theory]
    [MemberData(nameof(Scrapes))]
    public void Every_fixture_reads_back_equal_to_its_extraction(string name)
    {
        var document = Fixtures.Document(name);

        var withDecisions = JsonContractReader.Read(JsonRenderer.Render(document, name, explain: true));
        var withoutDecisions = JsonContractReader.Read(Encoding.UTF8.GetBytes(JsonRenderer.Render(document, name, indented: false)));

        Assert.Equal(document, withDecisions);
        Assert.True(document == withDecisions);
        Assert.Equal(document.GetHashCode(), withDecisions.GetHashCode());
        Assert.Equal(document with { Decisions = [] }, withoutDecisions);
    }

    [Fact]
    public async Task A_document_with_one_of_everything_reads_back_equal_from_every_form()
    {
        var document = ValueEqualityTests.Sample();
        string json = JsonRenderer.Render(document, "sample", explain: true);

        Assert.Equal(document, JsonContractReader.Read(json));

        await using var stream = new MemoryStream();
        await JsonRenderer.RenderAsync(document, stream, explain: true);
        stream.Position = 0;
        Assert.Equal(document, await JsonContractReader.ReadAsync(stream));

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.Equal(document, JsonContractReader.Read(ref reader));
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
    }

    [Fact]
    public async Task JSON_lines_read_back_in_order()
    {
        var documents = Fixtures.All.Select(Fixtures.Document).ToList();
        await using var stream = new MemoryStream();
        foreach (var document in documents)
        {
            JsonRenderer.Render(document, stream, indented: false, explain: true);
            stream.WriteByte((byte)'\n');
            stream.WriteByte((byte)'\n');
        }

        stream.Position = 0;
        var read = new List<ExtractedDocument>();
        await foreach (var document in JsonContractReader.ReadLinesAsync(stream))
        {
            read.Add(document);
        }

        Assert.Equal(documents, read);
    }

    [Fact]
    public async Task Archive_records_read_back_with_their_target_uri_as_url()
    {
        await using var archive = File.OpenRead(RepositoryPaths.SampleArchive);
        await foreach (var result in ContentExtractor.Default.ExtractArchiveAsync(archive))
        {
            if (result.Document is { } document)
            {
                var read = JsonContractReader.Read(JsonRenderer.Render(result, $"sample#{result.Record.Index}", explain: true));
                Assert.Equal(result.Record.TargetUri, read.Url?.AbsoluteUri);
                Assert.Equal(document, read);
            }
        }
    }

    [Fact]
    public void Fields_a_later_contract_adds_are_ignored_and_older_dates_still_read()
    {
        var document = JsonContractReader.Read("""
            { "source": "x", "url": "https://example.com/a", "inputKind": "html", "language": "zh", "pageKind": "article",
              "isErrorPage": false, "errorPage": null, "title": "T", "breadcrumb": [], "futureField": { "a": [1, 2] },
              "blocks": [ { "type": "paragraph", "text": "P", "futureBlockField": true } ], "quotes": [], "linkLists": [],
              "noise": [], "metadata": { "author": "A", "published": "2024-11-05 10:20", "siteName": null, "description": null },
              "text": "P" }
            """);

        Assert.Equal(new Uri("https://example.com/a"), document.Url);
        Assert.Equal([new ParagraphBlock("P")], document.Blocks);
        Assert.Empty(document.PageKindEvidence);
        Assert.Equal(new DateTimeOffset(2024, 11, 5, 10, 20, 0, TimeSpan.Zero), document.Metadata.Published);

        // Written before publishedOffsetUnknown existed: the text says whether it named an offset.
        Assert.True(document.Metadata.PublishedOffsetUnknown);
    }

    [Theory]
    [InlineData("\"2024-06-01T10:30:00Z\", \"publishedOffsetUnknown\": true", true)]
    [InlineData("\"2024-06-01T10:30:00Z\", \"publishedOffsetUnknown\": false", false)]
    [InlineData("\"2024-06-01T10:30:00Z\"", false)]
    [InlineData("\"2024-06-01T12:30:00+02:00\"", false)]
    [InlineData("\"2024-06-01T10:30:00\"", true)]
    [InlineData("null, \"publishedOffsetUnknown\": true", false)]
    public void Whether_the_offset_was_stated_reads_back_and_older_json_is_read_from_its_text(string published, bool offsetUnknown)
    {
        var document = JsonContractReader.Read($$"""
            { "inputKind": "html", "pageKind": "article", "metadata": { "author": null, "published": {{published}} }, "text": "" }
            """);
        Assert.Equal(offsetUnknown, document.Metadata.PublishedOffsetUnknown);
    }

    [Fact]
    public void A_date_without_an_offset_reads_back_equal()
    {
        var document = ValueEqualityTests.Sample() with
        {
            Metadata = ValueEqualityTests.Sample().Metadata with { Published = new DateTimeOffset(2024, 6, 1, 12, 30, 0, TimeSpan.Zero), PublishedOffsetUnknown = true },
        };

        var read = JsonContractReader.Read(JsonRenderer.Render(document, explain: true));
        Assert.Equal(document, read);
        Assert.NotEqual(document, read with { Metadata = read.Metadata with { PublishedOffsetUnknown = false } });
    }

    [Theory]
    [InlineData("""{ "inputKind": "html", "pageKind": "poem", "text": "" }""", "pageKind")]
    [InlineData("""{ "inputKind": "pdf", "pageKind": "article", "text": "" }""", "inputKind")]
    [InlineData("""{ "inputKind": "html", "pageKind": "article", "blocks": [ { "type": "video", "text": "x" } ], "text": "" }""", "type")]
    [InlineData("""{ "inputKind": "html", "pageKind": "article", "blocks": [ { "text": "x" } ], "text": "" }""", "type")]
    [InlineData("""null""", "null")]
    [InlineData("""{ "inputKind": "html", """, "")]
    [InlineData("""[ 1, 2 ]""", "")]
    public void Json_outside_the_contract_is_a_JsonException(string json, string mentioned)
    {
        var ex = Assert.ThrowsAny<JsonException>(() => JsonContractReader.Read(json));
        Assert.Contains(mentioned, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_library_is_built_trimmable_with_the_trimming_and_aot_analyzers_on()
    {
        // IsAotCompatible marks the assembly trimmable and turns the trimming and AOT analyzers on; with warnings as
        // errors, a reflection-based JSON call (or any other the analyzers flag) fails the build.
        var metadata = typeof(ContentExtractor).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>();
        Assert.Contains(metadata, m => m.Key == "IsTrimmable" && m.Value == "True");
    }

    [Fact]
    public void Reflection_based_serialization_is_off_in_these_tests()
    {
        // The test project turns it off as a trimmed or AOT app would, so the round trips above prove that rendering
        // and reading need only the source-generated context. If this fails, they prove nothing of the sort.
        Assert.False(JsonSerializer.IsReflectionEnabledByDefault);
    }
}
