namespace ContentExtract.Tests.Support;

/// <summary>Finds fixtures from the repository root (the folder holding ContentExtract.sln), never by ../../..</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string TestProject => Path.Combine(Root, "tests", "ContentExtract.Tests");

    public static string Scrapes => Path.Combine(TestProject, "Scrapes");

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Seed => Path.Combine(Seeds, "000_d154e7da7914ddc9.txt");

    /// <summary>The composed web archive (gzip per record) of <c>Archives/WarcFixture.Sample</c>.</summary>
    public static string SampleArchive => Path.Combine(TestProject, "Archives", "Fixtures", "sample.warc.gz");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContentExtract.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ContentExtract.sln above {AppContext.BaseDirectory}.");
    }
}
