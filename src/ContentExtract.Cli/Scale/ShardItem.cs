using ContentExtract.Archives;

namespace ContentExtract.Cli.Scale;

/// <summary>What became of one page file or archive record of a shard.</summary>
internal enum ItemOutcome
{
    /// <summary>Extracted; a document exists (for a damaged body, from the part before the damage).</summary>
    Extracted,

    /// <summary>An archive record that holds no page by design (request, metadata, redirect …).</summary>
    Skipped,

    /// <summary>A damaged record, or a page over a limit or not decodable.</summary>
    Failed,
}

/// <summary>
/// One page file or archive record as a shard's writers receive it: where it came from, what became of it, and its
/// document when there is one.
/// </summary>
/// <param name="Input">The manifest entry it came from, as written.</param>
/// <param name="Source">The entry, followed for an archive record by <c>#</c> and the record's index (the JSON contract's <c>source</c>).</param>
/// <param name="Outcome">Extracted, skipped or failed.</param>
/// <param name="Reason">Why it was skipped or failed; for an extracted one, the damage it was read despite; else null.</param>
/// <param name="Document">The extraction, when <see cref="Outcome"/> is <see cref="ItemOutcome.Extracted"/>.</param>
/// <param name="Record">The archive record's result; null for a page file.</param>
/// <param name="Url">The record's target URI, or the page's http(s) address; null when unknown.</param>
internal sealed record ShardItem(string Input, string Source, ItemOutcome Outcome, string? Reason, ExtractedDocument? Document, ArchiveRecordResult? Record, string? Url)
{
    public static ShardItem FromRecord(string input, ArchiveRecordResult result) => new(
        input,
        $"{input}#{result.Record.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        result.Outcome switch
        {
            ArchiveRecordOutcome.Extracted => ItemOutcome.Extracted,
            ArchiveRecordOutcome.Skipped => ItemOutcome.Skipped,
            _ => ItemOutcome.Failed,
        },
        result.Reason,
        result.Document,
        result,
        result.Record.TargetUri);
}
