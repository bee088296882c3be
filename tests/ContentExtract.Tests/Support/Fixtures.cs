namespace ContentExtract.Tests.Support;

/// <summary>Every scrape fixture and the seed, by a short name, as theory data; extracted once each.</summary>
internal static class Fixtures
{
    public const string SeedName = "seed";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ExtractedDocument> Extracted = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> All { get; } =
        [.. Directory.EnumerateFiles(RepositoryPaths.Scrapes).Where(ScrapeFile.IsScrape).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal), SeedName];

    public static TheoryData<string> Names() => [.. All];

    public static string PathOf(string name) => name == SeedName ? RepositoryPaths.Seed : Path.Combine(RepositoryPaths.Scrapes, name);

    /// <summary>The fixture's document, extracted with the default extractor once per test run.</summary>
    public static ExtractedDocument Document(string name) => Extracted.GetOrAdd(name, n => ScrapeFile.Extract(PathOf(n)));
}
