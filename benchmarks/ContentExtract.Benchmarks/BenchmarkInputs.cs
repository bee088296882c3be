namespace ContentExtract.Benchmarks;

/// <summary>Finds committed inputs from the repository root (the folder holding ContentExtract.sln).</summary>
internal static class BenchmarkInputs
{
    public static string Root { get; } = FindRoot();

    public static string SeedPath => Path.Combine(Root, "seeds", "000_d154e7da7914ddc9.txt");

    public static string ScrapesPath => Path.Combine(Root, "tests", "ContentExtract.Tests", "Scrapes");

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ContentExtract.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the ContentExtract repository.");
    }
}
