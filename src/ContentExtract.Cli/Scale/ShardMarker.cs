using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentExtract.Cli.Scale;

/// <summary>
/// The <c>_SUCCESS.part-I-of-N.json</c> marker a finished shard leaves beside its output: written last, by rename, so
/// that it exists only when the output is complete. A rerun that finds it, for the same inputs and settings, does nothing.
/// </summary>
internal sealed record ShardMarker(
    string Tool,
    int ShardIndex,
    int ShardCount,
    string ShardFrom,
    string Format,
    string Mode,
    string Output,
    long OutputBytes,
    string InputsSha256,
    DateTimeOffset Started,
    DateTimeOffset Finished,
    double Seconds,
    ShardTotals Totals,
    IReadOnlyList<InputSummary> Inputs)
{
    public const string Prefix = "_SUCCESS.";

    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static string FileName(ShardSpec shard) => $"{Prefix}{shard.Stem}.json";

    public string ToJson() => JsonSerializer.Serialize(this, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ShardMarker>)Options.GetTypeInfo(typeof(ShardMarker)));

    /// <summary>Reads a marker; null when the file is not one (a hand-made <c>_SUCCESS</c>, a cut file).</summary>
    public static ShardMarker? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path, Encoding.UTF8), (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ShardMarker>)Options.GetTypeInfo(typeof(ShardMarker)));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(ScaleJsonContext.Default.Options)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

/// <summary>The shard's counts over all its inputs.</summary>
/// <param name="Inputs">Manifest entries in the shard.</param>
/// <param name="Records">Page files and archive records read (every record, skipped and failed ones included).</param>
/// <param name="Rows">Rows (Parquet: one per record) or lines (JSON Lines: one per extracted record) written.</param>
/// <param name="RowGroups">Parquet row groups written (0 for JSON Lines, and for a shard without rows).</param>
/// <param name="Extracted">Records with a document.</param>
/// <param name="Skipped">Archive records that hold no page by design.</param>
/// <param name="Failed">Damaged records and pages that could not be extracted.</param>
/// <param name="Damaged">Extracted records read from a damaged body (also in <paramref name="Extracted"/>).</param>
/// <param name="ErrorPages">Extracted records that are error pages.</param>
/// <param name="Bytes">Bytes read from the inputs (as stored: compressed archives count compressed).</param>
internal sealed record ShardTotals(int Inputs, long Records, long Rows, int RowGroups, long Extracted, long Skipped, long Failed, long Damaged, long ErrorPages, long Bytes);

/// <summary>One input of the shard and what it gave.</summary>
/// <param name="Input">The manifest line.</param>
/// <param name="Kind"><c>archive</c> or <c>page</c>.</param>
/// <param name="Records">Page files count one record.</param>
/// <param name="Extracted">Records with a document.</param>
/// <param name="Skipped">Records without a page by design.</param>
/// <param name="Failed">Records or pages that failed.</param>
/// <param name="Damaged">Extracted from a damaged body.</param>
/// <param name="ErrorPages">Error pages among the extracted.</param>
/// <param name="Bytes">Bytes read.</param>
/// <param name="Failures">The failed and damaged ones, each with its reason (the first <see cref="InputSummary.MaxListed"/>).</param>
/// <param name="FailuresNotListed">Failures past that number, counted only.</param>
internal sealed record InputSummary(string Input, string Kind, long Records, long Extracted, long Skipped, long Failed, long Damaged, long ErrorPages, long Bytes, IReadOnlyList<FailureNote> Failures, long FailuresNotListed)
{
    public const int MaxListed = 100;
}

/// <summary>A failed or damaged record: its source (<c>input#index</c>), byte offset in the archive, and why.</summary>
internal sealed record FailureNote(string Source, long? Offset, string Reason);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ShardMarker))]
internal sealed partial class ScaleJsonContext : JsonSerializerContext;
