namespace ContentExtract;

/// <summary>
/// What the caller knows about one page besides its content: where it came from and how it was served.
/// Every field is optional.
/// </summary>
public sealed record PageInfo
{
    /// <summary>No information.</summary>
    public static PageInfo None { get; } = new();

    /// <summary>The page's absolute address; relative links are resolved against it.</summary>
    public Uri? Url { get; init; }

    /// <summary>The charset named by the HTTP <c>Content-Type</c> header, when the input is bytes.</summary>
    public string? Charset { get; init; }

    /// <summary>The page title known from elsewhere (a WET record header, a crawler's database).</summary>
    public string? Title { get; init; }
}
