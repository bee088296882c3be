namespace ContentExtract.Evaluation;

/// <summary>The corpus sets the tool reads, each a folder of that name under the corpus root.</summary>
internal static class CorpusSets
{
    public const string ArticleBench = "articlebench";
    public const string TrafilaturaEval = "trafilatura-eval";
    public const string ZhNews = "zh-news";
    public const string ZhCwced = "zh-cwced";
    public const string Wcxb = "wcxb";
    public const string Structure = "structure";
    public const string Structure2 = "structure2";
    public const string ErrorPages = "error-pages";

    /// <summary>Not a folder: every dev article page with error bodies from error-pages injected, compared with the clean page.</summary>
    public const string InjectNoise = "inject-noise";

    public static IReadOnlyList<string> All { get; } = [ArticleBench, TrafilaturaEval, ZhNews, ZhCwced, Wcxb, Structure, Structure2, ErrorPages, InjectNoise];
}

/// <summary>The labels extractors carry in summary lines, figure names and file names.</summary>
internal static class ExtractorLabels
{
    public const string ContentExtract = "ContentExtract";
    public const string SmartReader = "SmartReader";

    public static string ContentExtractText(string tool) => $"ContentExtract-text/{tool}";

    public static bool IsTextPath(string label) => label.StartsWith(ContentExtract + "-text/", StringComparison.Ordinal);
}
