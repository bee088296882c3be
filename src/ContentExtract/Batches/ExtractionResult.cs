using System.Diagnostics.CodeAnalysis;

namespace ContentExtract.Batches;

/// <summary>
/// The result for one input of a batch: its document, or the error that stopped it. A failed input is a result like
/// any other, never an exception that ends the batch.
/// </summary>
public sealed record ExtractionResult
{
    /// <summary>The input's position in the batch, from 0; results come back in this order.</summary>
    public required int Index { get; init; }

    /// <summary>The input this is the result of.</summary>
    public required ExtractionInput Input { get; init; }

    /// <summary>The extracted document; null when the input failed (see <see cref="Error"/>).</summary>
    public ExtractedDocument? Document { get; init; }

    /// <summary>
    /// Why the input failed: a <see cref="ContentExtractionException"/> for input that cannot be a page (its
    /// <see cref="ContentExtractionException.Failure"/> says why), or the error of opening or reading its stream
    /// (<see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>, <see cref="InvalidDataException"/> …);
    /// null when the document was extracted.
    /// </summary>
    public Exception? Error { get; init; }

    /// <summary>Whether the input was extracted (<see cref="Document"/> is set).</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Document is not null;
}
