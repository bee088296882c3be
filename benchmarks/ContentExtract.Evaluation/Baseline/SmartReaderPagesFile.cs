using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation.Baseline;

/// <summary>
/// <c>smartreader-pages.json</c>: SmartReader's result on every page it is scored on, recorded from one live run
/// (<c>--record-smartreader</c>) and committed, so that runs and CI rebuild its figures and the comparison without
/// running it. A page's result holds the numbers its metric builds the corpus figures from, never SmartReader's text.
/// One page per line, so that a re-record diffs page by page.
/// </summary>
/// <param name="Package">The baseline's NuGet package, <c>SmartReader</c>.</param>
/// <param name="Version">Its version when recorded; a run with another version ignores the file.</param>
/// <param name="Corpora">The page results by corpus set, each list in gold order.</param>
internal sealed record SmartReaderPagesFile(string Package, string Version, IReadOnlyDictionary<string, IReadOnlyList<StoredPage>> Corpora)
{
    public const string PackageName = "SmartReader";

    private static readonly StoredPageJsonContext Json = new(new JsonSerializerOptions(StoredPageJsonContext.Default.Options)
    {
        // Keeps non-Latin page keys (trafilatura-eval has Polish and German file names) readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The version of the SmartReader this tool is built with, as its package names it (<c>0.11.1</c>).</summary>
    public static string RunningVersion { get; } = VersionOf(typeof(SmartReader.Reader).Assembly);

    /// <exception cref="JsonException">The file is not in this format.</exception>
    public static SmartReaderPagesFile Read(string path) =>
        JsonSerializer.Deserialize(File.ReadAllText(path), Json.SmartReaderPagesFile)
        ?? throw new JsonException($"{path} holds no SmartReader results.");

    public void Write(string path)
    {
        var text = new StringBuilder();
        text.Append("{\n");
        text.Append($"  \"package\": {JsonSerializer.Serialize(Package, Json.String)},\n");
        text.Append($"  \"version\": {JsonSerializer.Serialize(Version, Json.String)},\n");
        text.Append("  \"corpora\": {");
        string corpusSeparator = "\n";
        foreach (var (corpus, pages) in Corpora)
        {
            text.Append($"{corpusSeparator}    {JsonSerializer.Serialize(corpus, Json.String)}: [\n      ");
            text.AppendJoin(",\n      ", pages.Select(page => JsonSerializer.Serialize(page, Json.StoredPage)));
            text.Append("\n    ]");
            corpusSeparator = ",\n";
        }

        text.Append("\n  }\n}\n");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text.ToString());
    }

    // The informational version is the package's, with the commit after a '+'.
    private static string VersionOf(Assembly assembly)
    {
        string? version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString();
        return version is null ? "unknown" : version.Split('+')[0];
    }
}

/// <summary>One page's result as the file stores it: <see cref="PageResult"/> and the failure, if SmartReader threw.</summary>
internal sealed record StoredPage(string Page, double Score, double? F1, bool Missing, string? PageType, string? Failure, string Detail, IReadOnlyDictionary<string, double> Measures)
{
    public static StoredPage Of(PageResult result, string? failure) =>
        new(result.Page, result.Score, result.F1, result.Missing, result.PageType, failure, result.Detail, result.Measures);

    public CachedPage ToCachedPage() =>
        new(new PageResult(Page, Score, Detail, Measures) { F1 = F1, Missing = Missing, PageType = PageType }, Failure);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(SmartReaderPagesFile))]
[JsonSerializable(typeof(StoredPage))]
[JsonSerializable(typeof(string))]
internal sealed partial class StoredPageJsonContext : JsonSerializerContext;
