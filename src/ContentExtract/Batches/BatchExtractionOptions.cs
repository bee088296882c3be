namespace ContentExtract.Batches;

/// <summary>Settings of <see cref="ContentExtractor.ExtractManyAsync(IAsyncEnumerable{ExtractionInput}, BatchExtractionOptions?, CancellationToken)"/>. Immutable.</summary>
public sealed record BatchExtractionOptions
{
    /// <summary>The defaults: one page per processor at once, a window of four inputs per worker.</summary>
    public static BatchExtractionOptions Default { get; } = new();

    /// <summary>How many inputs are extracted at once.</summary>
    /// <value>Defaults to 0: one per processor.</value>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// How many inputs may be taken from the sequence ahead of the result being returned: extracted, being extracted
    /// or waiting for their turn. The sequence is read no faster, so memory is bounded by this many pages (each at
    /// most <see cref="ExtractionOptions.MaxInputLength"/>) however long the batch.
    /// </summary>
    /// <value>Defaults to 0: four times <see cref="MaxDegreeOfParallelism"/>.</value>
    public int MaxInputsInFlight { get; init; }

    internal int Parallelism => MaxDegreeOfParallelism > 0 ? MaxDegreeOfParallelism : Environment.ProcessorCount;

    internal int Window => MaxInputsInFlight > 0 ? MaxInputsInFlight : 4 * Parallelism;

    internal void Validate()
    {
        if (MaxDegreeOfParallelism < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "Must be 0 (one per processor) or positive.");
        }

        if (MaxInputsInFlight < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxInputsInFlight), MaxInputsInFlight, "Must be 0 (four per worker) or positive.");
        }
    }
}
