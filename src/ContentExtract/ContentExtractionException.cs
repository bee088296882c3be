namespace ContentExtract;

/// <summary>Why an input could not be extracted.</summary>
public enum ExtractionFailure
{
    /// <summary>The input is larger than <see cref="ExtractionOptions.MaxInputLength"/>.</summary>
    TooLarge,

    /// <summary>The input is binary data (an image, an archive), not a page.</summary>
    Binary,

    /// <summary>The markup holds more elements than <see cref="ExtractionOptions.MaxElements"/>; refused before parsing.</summary>
    TooComplex,

    /// <summary>The page took longer than <see cref="ExtractionOptions.Timeout"/>.</summary>
    TimedOut,
}

/// <summary>
/// Raised when an input cannot be read as a page at all. Pages that are merely empty, error pages
/// or boilerplate are not failures: they come back as a document with the matching <see cref="PageKind"/>.
/// </summary>
public sealed class ContentExtractionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ContentExtractionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ContentExtractionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
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

    /// <summary>Why the input was refused.</summary>
    public ExtractionFailure Failure { get; }
}
