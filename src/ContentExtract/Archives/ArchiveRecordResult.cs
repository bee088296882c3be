namespace ContentExtract.Archives;

/// <summary>What became of one archive record.</summary>
public enum ArchiveRecordOutcome
{
    /// <summary>The record held a page, and <see cref="ArchiveRecordResult.Document"/> is its extraction (an error page for HTTP status 400 and up).</summary>
    Extracted,

    /// <summary>
    /// The record holds no page by design: <c>warcinfo</c>, <c>request</c>, <c>metadata</c> and <c>revisit</c>
    /// records, redirects and other non-2xx statuses below 400, and bodies that are not HTML or text (images,
    /// scripts, binary data).
    /// </summary>
    Skipped,

    /// <summary>The record is damaged (malformed header, wrong <c>Content-Length</c>, broken gzip member), too large, or its body could not be decoded.</summary>
    Failed,
}

/// <summary>Where a record sits in the archive and what its header says.</summary>
public sealed record ArchiveRecordInfo
{
    /// <summary>The record's position in the archive, from 0, counting every record (damaged ones included).</summary>
    public required int Index { get; init; }

    /// <summary>Where the record starts in the archive file; for a compressed archive, the offset of its gzip member.</summary>
    public long Offset { get; init; }

    /// <summary>The <c>WARC-Record-ID</c>, as written (usually <c>&lt;urn:uuid:…&gt;</c>); null when the header could not be read.</summary>
    public string? RecordId { get; init; }

    /// <summary>The <c>WARC-Type</c>, lower-case (<c>response</c>, <c>conversion</c>, <c>request</c> …); null when unknown.</summary>
    public string? Type { get; init; }

    /// <summary>The <c>WARC-Target-URI</c>: the address the record was captured from.</summary>
    public string? TargetUri { get; init; }

    /// <summary>The <c>WARC-Date</c>: when the record was captured.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>The HTTP status of a <c>response</c> record; null for other records.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>
    /// The <c>WARC-Truncated</c> reason (<c>length</c>, <c>time</c>, <c>disconnect</c>, <c>unspecified</c>) when the
    /// crawler captured only part of the payload, so that the document holds only that part; null for a whole capture.
    /// </summary>
    public string? Truncated { get; init; }
}

/// <summary>The result for one archive record: its metadata, and its document or why there is none.</summary>
public sealed record ArchiveRecordResult
{
    /// <summary>Where the record sits and what its header says.</summary>
    public required ArchiveRecordInfo Record { get; init; }

    /// <summary>Whether the record was extracted, skipped or failed.</summary>
    public required ArchiveRecordOutcome Outcome { get; init; }

    /// <summary>The extracted document when <see cref="Outcome"/> is <see cref="ArchiveRecordOutcome.Extracted"/>; otherwise null.</summary>
    public ExtractedDocument? Document { get; init; }

    /// <summary>
    /// Why the record was skipped or failed; for an extracted record, what was wrong with it (its body's content
    /// coding, gzip, deflate or br, was cut short, failed its check or was followed by garbage, so the document holds
    /// only the part before the damage); null when it was extracted whole.
    /// </summary>
    public string? Reason { get; init; }
}

/// <summary>Settings of <see cref="ContentExtractor.ExtractArchiveAsync"/>. Immutable.</summary>
public sealed record ArchiveExtractionOptions
{
    /// <summary>The defaults: every core, a window of four records per core.</summary>
    public static ArchiveExtractionOptions Default { get; } = new();

    /// <summary>How many records are extracted at once.</summary>
    /// <value>Defaults to 0: one per processor.</value>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// How many records may be read ahead of the one being returned, extracted or waiting their turn.
    /// Memory use is bounded by this many records (each at most <see cref="ExtractionOptions.MaxInputLength"/>).
    /// </summary>
    /// <value>Defaults to 0: four times <see cref="MaxDegreeOfParallelism"/>.</value>
    public int MaxRecordsInFlight { get; init; }

    internal int Parallelism => MaxDegreeOfParallelism > 0 ? MaxDegreeOfParallelism : Environment.ProcessorCount;

    internal int Window => MaxRecordsInFlight > 0 ? MaxRecordsInFlight : 4 * Parallelism;

    internal void Validate()
    {
        if (MaxDegreeOfParallelism < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "Must be 0 (one per processor) or positive.");
        }

        if (MaxRecordsInFlight < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRecordsInFlight), MaxRecordsInFlight, "Must be 0 (four per worker) or positive.");
        }
    }
}
