using System.Text.Json;
using ContentExtract.Rendering;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Rendering;

/// <summary>The JSON of docs/output-contract.md: field names and shapes that outside tools read.</summary>
public sealed class JsonRendererTests
{
    private static readonly Lazy<JsonElement> SeedJson = new(() =>
        JsonDocument.Parse(JsonRenderer.Render(ScrapeFile.Extract(RepositoryPaths.Seed), "seeds/000_d154e7da7914ddc9.txt")).RootElement);

    [Fact]
    public void The_document_has_every_contract_field()
    {
        string[] fields = ["source", "url", "inputKind", "language", "pageKind", "isErrorPage", "errorPage", "title", "breadcrumb", "blocks", "quotes", "linkLists", "noise", "metadata", "text"];
        var root = SeedJson.Value;
        Assert.All(fields, f => Assert.True(root.TryGetProperty(f, out _), $"missing {f}"));
        Assert.Equal("seeds/000_d154e7da7914ddc9.txt", root.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("url").ValueKind);
        Assert.Equal("text", root.GetProperty("inputKind").GetString());
        Assert.Equal("article", root.GetProperty("pageKind").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("errorPage").ValueKind);
        Assert.False(root.TryGetProperty("explain", out _));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("record").ValueKind);
    }

    [Fact]
    public void An_archive_record_adds_its_record_object_and_its_target_uri_as_url()
    {
        var result = new ContentExtract.Archives.ArchiveRecordResult
        {
            Record = new ContentExtract.Archives.ArchiveRecordInfo
            {
                Index = 7,
                Offset = 1234,
                RecordId = "<urn:uuid:1>",
                Type = "response",
                TargetUri = "https://example.com/a b",
                Date = new DateTimeOffset(2024, 6, 1, 14, 0, 0, TimeSpan.FromHours(2)),
                HttpStatus = 200,
            },
            Outcome = ContentExtract.Archives.ArchiveRecordOutcome.Extracted,
            Document = ScrapeFile.Extract(RepositoryPaths.Seed),
        };

        var root = JsonDocument.Parse(JsonRenderer.Render(result, "crawl.warc.gz#7", indented: false)).RootElement;

        Assert.Equal("https://example.com/a b", root.GetProperty("url").GetString());
        var record = root.GetProperty("record");
        Assert.Equal(["index", "offset", "id", "type", "date", "httpStatus", "truncated", "damage"], record.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2024-06-01T12:00:00Z", record.GetProperty("date").GetString());
        Assert.Equal(1234, record.GetProperty("offset").GetInt64());
        Assert.Throws<ArgumentException>(() => JsonRenderer.Render(result with { Outcome = ContentExtract.Archives.ArchiveRecordOutcome.Failed, Document = null }));
    }

    [Fact]
    public void Blocks_quotes_link_lists_and_noise_have_the_contract_shapes()
    {
        var root = SeedJson.Value;
        var heading = root.GetProperty("blocks").EnumerateArray().First(b => b.GetProperty("type").GetString() == "heading");
        Assert.Equal(2, heading.GetProperty("level").GetInt32());
        var quoteBlock = root.GetProperty("blocks").EnumerateArray().First(b => b.GetProperty("type").GetString() == "quote");
        Assert.True(quoteBlock.TryGetProperty("speaker", out _));

        var quote = root.GetProperty("quotes")[0];
        Assert.Equal(["text", "speaker", "blockIndex", "inline"], quote.EnumerateObject().Select(p => p.Name));

        var list = root.GetProperty("linkLists")[0];
        Assert.Equal(["title", "hasMore", "moreUrl", "links"], list.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["text", "url", "truncated"], list.GetProperty("links")[0].EnumerateObject().Select(p => p.Name));

        var noise = root.GetProperty("noise")[0];
        Assert.Equal("error-page", noise.GetProperty("kind").GetString());
        Assert.Equal(404, noise.GetProperty("status").GetInt32());
        Assert.Equal("404 Not Found 404 Not Found ZJOL/1.24.96", noise.GetProperty("text").GetString());

        Assert.Equal(["author", "published", "publishedOffsetUnknown", "siteName", "description"], root.GetProperty("metadata").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Chinese_text_is_written_as_is_not_escaped()
    {
        string json = JsonRenderer.Render(ScrapeFile.Extract(RepositoryPaths.Seed));
        Assert.Contains("勇作创先争优排头兵", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Compact_output_is_one_line()
    {
        string json = JsonRenderer.Render(ScrapeFile.Extract(RepositoryPaths.Seed), "x", indented: false);
        Assert.DoesNotContain('\n', json);
    }

    [Fact]
    public void Explain_adds_a_decision_for_every_source_block()
    {
        var document = ScrapeFile.Extract(RepositoryPaths.Seed);
        var root = JsonDocument.Parse(JsonRenderer.Render(document, explain: true)).RootElement;
        Assert.Equal(document.Decisions.Count, root.GetProperty("explain").GetArrayLength());
        Assert.Equal("noise", root.GetProperty("explain")[0].GetProperty("role").GetString());
    }

    [Fact]
    public void An_error_page_has_its_status_in_errorPage()
    {
        var document = ContentExtractor.Default.ExtractText("502 Bad Gateway\n\nopenresty\n");
        var root = JsonDocument.Parse(JsonRenderer.Render(document)).RootElement;
        Assert.True(root.GetProperty("isErrorPage").GetBoolean());
        Assert.Equal("error", root.GetProperty("pageKind").GetString());
        Assert.Equal(502, root.GetProperty("errorPage").GetProperty("status").GetInt32());
        Assert.Equal("openresty", root.GetProperty("errorPage").GetProperty("server").GetString());
    }

    [Fact]
    public void A_code_block_has_type_code_its_text_and_its_language()
    {
        var document = new ExtractedDocument { InputKind = InputKind.Html, Blocks = [new CodeBlock("if x:\n\ty()") { Language = "python" }, new CodeBlock("ls")] };
        var blocks = JsonDocument.Parse(JsonRenderer.Render(document)).RootElement.GetProperty("blocks");

        Assert.Equal(["type", "text", "language"], blocks[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("code", blocks[0].GetProperty("type").GetString());
        Assert.Equal("if x:\n\ty()", blocks[0].GetProperty("text").GetString());
        Assert.Equal("python", blocks[0].GetProperty("language").GetString());
        Assert.Equal(JsonValueKind.Null, blocks[1].GetProperty("language").ValueKind);
    }
}
