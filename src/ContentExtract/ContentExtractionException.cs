namespace ContentExtract;

/// <summary>Why an input could not be extracted.</summary>
/// <remarks>The values are numbered explicitly: a value keeps its number when others are added.</remarks>
public enum ExtractionFailure
{
    /// <summary>
    /// No reason was given: the default, for an exception created without one. The extractor itself always names
    /// one of the reasons below.
    /// </summary>
    Unknown = 0,

    /// <summary>The input is larger than <see cref="ExtractionOptions.MaxInputLength"/>.</summary>
    TooLarge = 1,

    /// <summary>The input is binary data (an image, an archive), not a page.</summary>
    Binary = 2,

    /// <summary>
    /// The markup holds more elements than <see cref="ExtractionOptions.MaxElements"/>, or more than its memory budget
    /// (<see cref="ExtractionOptions.MemoryBudgetFactor"/>); refused before parsing.
    /// </summary>
    TooComplex = 3,

    /// <summary>The page took longer than <see cref="ExtractionOptions.Timeout"/>.</summary>
    TimedOut = 4,
}

/// <summary>
/// Raised when an input cannot be read as a page at all. Pages that are merely empty, error pages
/// or boilerplate are not failures: they come back as a document with the matching <see cref="PageKind"/>.
/// </summary>
public sealed class ContentExtractionException : Exception
{
    /// <summary>Creates the exception; its <see cref="Failure"/> is <see cref="ExtractionFailure.Unknown"/>.</summary>
    public ContentExtractionException()
    {
    }

    /// <summary>Creates the exception with a message; its <see cref="Failure"/> is <see cref="ExtractionFailure.Unknown"/>.</summary>
    /// <param name="message">What went wrong.</param>
    public ContentExtractionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause; its <see cref="Failure"/> is <see cref="ExtractionFailure.Unknown"/>.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ContentExtractionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a failure kind.</summary>
    /// <param name="failure">Why the input was refused.</param>
    /// <param name="message">What went wrong.</param>
    public ContentExtractionException(ExtractionFailure failure, string message)
        : base(message)
    {
        Failure = failure;
    }

    /// <summary>Why the input was refused; <see cref="ExtractionFailure.Unknown"/> when the creator gave no reason.</summary>
    public ExtractionFailure Failure { get; }
}
