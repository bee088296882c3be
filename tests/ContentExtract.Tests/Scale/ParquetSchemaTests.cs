using System.Text.RegularExpressions;
using ContentExtract.Tests.Support;
using Parquet;

namespace ContentExtract.Tests.Scale;

public sealed partial class ParquetSchemaTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("content-extract-schema-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    /// <summary>The column table of docs/output-contract.md, section "Parquet": name and DuckDB type, in order.</summary>
    public static List<(string Name, string Type)> DocumentedColumns()
    {
        string contract = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "output-contract.md"));
        int start = contract.IndexOf("## Parquet", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/output-contract.md has no Parquet section");
        int end = contract.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        string section = end < 0 ? contract[start..] : contract[start..end];
        return [.. ColumnRow().Matches(section).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];
    }

    [GeneratedRegex(@"^\| `([a-z_]+)` \| `([^`]+)` \|", RegexOptions.Multiline)]
    private static partial Regex ColumnRow();

    private async Task<string> WriteSampleAsync()
    {
        string manifest = Path.Combine(_temp, "paths.txt");
        File.WriteAllLines(manifest, [RepositoryPaths.SampleArchive, RepositoryPaths.Seed]);
        var (exit, error) = await ScaleRun.RunAsync(manifest, null, Path.Combine(_temp, "out"));
        Assert.True(exit == 0, error);
        return Path.Combine(_temp, "out", "part-00000-of-00001.parquet");
    }

    [Fact]
    public async Task The_columns_and_their_types_are_the_documented_ones()
    {
        string output = await WriteSampleAsync();
        var described = DuckDb.Query($"describe select * from read_parquet('{output}')").Select(r => ((string)r[0]!, (string)r[1]!)).ToList();
        var documented = DocumentedColumns();
        Assert.NotEmpty(documented);
        Assert.Equal(documented, described);
    }

    [Fact]
    public async Task The_file_says_which_tool_and_shard_wrote_it_and_is_compressed_with_zstandard()
    {
        string output = await WriteSampleAsync();
        await using (var reader = await ParquetReader.CreateAsync(output))
        {
            Assert.StartsWith("content-extract ", reader.CustomMetadata["content-extract.tool"], StringComparison.Ordinal);
            Assert.Equal("0/1", reader.CustomMetadata["content-extract.shard"]);
            Assert.Matches("^[0-9a-f]{64}$", reader.CustomMetadata["content-extract.inputs-sha256"]);
        }

        Assert.Equal(["ZSTD"], DuckDb.Query($"select distinct compression from parquet_metadata('{output}')").Select(r => (string)r[0]!));
    }

    [Fact]
    public async Task A_row_holds_what_the_json_contract_holds_for_the_same_record()
    {
        string output = await WriteSampleAsync();
        var row = DuckDb.Query($"""
            select source, record_index, record_type, http_status, url, outcome, page_kind, is_error_page, error_status,
                   error_reason, error_server, title, language, record_date, input_kind
            from read_parquet('{output}') where source like '%#5'
            """).Single();
        Assert.Equal(RepositoryPaths.SampleArchive + "#5", row[0]);
        Assert.Equal(5, row[1]);
        Assert.Equal("response", row[2]);
        Assert.Equal(404, row[3]);
        Assert.Equal("https://gazette.example.com/missing", row[4]);
        Assert.Equal(("extracted", "error", true, 404, "Not Found", "nginx/1.24.0"), (row[5], row[6], row[7], row[8], row[9], row[10]));
        Assert.Equal(new DateTime(2024, 6, 1, 12, 0, 6, DateTimeKind.Utc), ((DateTime)row[13]!).ToUniversalTime());

        // The seed page: breadcrumb, quotes with speakers, link lists and error-page noise as lists of structs.
        var seed = DuckDb.Query($"""
            select breadcrumb[1].text, len(quotes), list_filter(quotes, q -> q.speaker is not null)[1].speaker,
                   link_lists[1].title, link_lists[1].has_more, len(link_lists[1].links), noise[1].kind, noise[1].status,
                   noise[1].server, record_index, url, input_kind, language
            from read_parquet('{output}') where input = '{RepositoryPaths.Seed}'
            """).Single();
        var document = ScrapeFile.Extract(RepositoryPaths.Seed);
        Assert.Equal(document.Breadcrumb[0].Text, seed[0]);
        Assert.Equal((ulong)document.Quotes.Count, Convert.ToUInt64(seed[1]));
        Assert.Equal(document.Quotes.First(q => q.Speaker is not null).Speaker, seed[2]);
        Assert.Equal((document.LinkLists[0].Title, document.LinkLists[0].HasMore, (ulong)document.LinkLists[0].Links.Count), ((string)seed[3]!, (bool)seed[4]!, Convert.ToUInt64(seed[5])));
        Assert.Equal(("error-page", 404, "ZJOL/1.24.96"), (seed[6], seed[7], seed[8]));
        Assert.Equal((null, null, "text", "zh"), (seed[9], seed[10], seed[11], seed[12]));
    }
}
