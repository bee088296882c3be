namespace ContentExtract.Archives;

/// <summary>What went wrong with a WARC record, if anything.</summary>
internal enum WarcProblem
{
    None,
    Corrupt,
    TooLarge,
}

/// <summary>One record as read from the archive: its named fields and block, or why it could not be read.</summary>
internal sealed record WarcEntry
{
    private static readonly IReadOnlyDictionary<string, string> NoFields = new Dictionary<string, string>();

    /// <summary>The record's position in the archive, counting every record, damaged ones included.</summary>
    public required int Index { get; init; }

    /// <summary>Where the record starts in the archive file: its gzip member for a compressed archive.</summary>
    public required long Offset { get; init; }

    /// <summary>The named fields of the record header (case-insensitive); empty when the header could not be read.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = NoFields;

    /// <summary>The record block; null when the record is damaged or too large.</summary>
    public byte[]? Block { get; init; }

    public WarcProblem Problem { get; init; }

    /// <summary>Why the record could not be read; null when it was.</summary>
    public string? Reason { get; init; }

    public string? Field(string name) => Fields.TryGetValue(name, out var value) ? value : null;
}
