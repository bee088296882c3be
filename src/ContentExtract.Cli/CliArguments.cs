using System.CommandLine;

namespace ContentExtract.Cli;

/// <summary>Output formats of the command line.</summary>
internal enum OutputFormat
{
    Markdown,
    Json,
    JsonLines,
    Text,
    Html,

    /// <summary>Apache Parquet: a sharded run's output (Scale/).</summary>
    Parquet,
}

/// <summary>The names <c>--format</c> takes for each <see cref="OutputFormat"/>, and the file extension each is written with.</summary>
internal static class OutputFormats
{
    /// <summary>Every accepted name, in the order help, usage errors and completions list them.</summary>
    public static readonly OrderedDictionary<string, OutputFormat> Names = new(StringComparer.Ordinal)
    {
        ["markdown"] = OutputFormat.Markdown,
        ["md"] = OutputFormat.Markdown,
        ["json"] = OutputFormat.Json,
        ["jsonl"] = OutputFormat.JsonLines,
        ["text"] = OutputFormat.Text,
        ["txt"] = OutputFormat.Text,
        ["html"] = OutputFormat.Html,
        ["parquet"] = OutputFormat.Parquet,
    };

    public static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.Json => ".json",
        OutputFormat.JsonLines => ".jsonl",
        OutputFormat.Text => ".txt",
        OutputFormat.Html => ".html",
        OutputFormat.Parquet => ".parquet",
        _ => ".md",
    };
}

/// <summary>What a run of <c>content-extract</c> was asked to do, read from a parse by <see cref="CliSyntax"/>.</summary>
internal sealed record CliArguments
{
    public IReadOnlyList<string> Inputs { get; init; } = [];

    public OutputFormat Format { get; init; } = OutputFormat.Markdown;

    public InputMode Mode { get; init; } = InputMode.Auto;

    public Uri? Url { get; init; }

    public string? OutDirectory { get; init; }

    public bool Force { get; init; }

    public bool Explain { get; init; }

    /// <summary>Whether SmartReader's second opinion is left out (<c>--no-second-opinion</c>).</summary>
    public bool NoSecondOpinion { get; init; }

    /// <summary>The extractor these options ask for: the shared default one unless an option changes its settings.</summary>
    public ContentExtractor Extractor() => NoSecondOpinion
        ? new ContentExtractor(ExtractionOptions.Default with { Boilerplate = ExtractionOptions.Default.Boilerplate with { ConsultSecondOpinion = false } })
        : ContentExtractor.Default;

    // Sharded runs (docs/scale.md); checked and run by Scale/ScaleCommand.
    public string? Manifest { get; init; }

    public string? ManifestBase { get; init; }

    public string? Shard { get; init; }

    /// <summary>The usage error, when the command line does not parse; null otherwise.</summary>
    public string? Error { get; init; }

    /// <summary>Reads the options of the extraction command from a parse without errors.</summary>
    public static CliArguments From(ParseResult result, CliSyntax syntax) => new()
    {
        Inputs = result.GetValue(syntax.Inputs) ?? [],
        Format = result.GetValue(syntax.Format),
        Mode = result.GetValue(syntax.Mode),
        Url = result.GetValue(syntax.Url),
        OutDirectory = result.GetValue(syntax.Out),
        Force = result.GetValue(syntax.Force),
        Explain = result.GetValue(syntax.Explain),
        NoSecondOpinion = result.GetValue(syntax.NoSecondOpinion),
        Manifest = result.GetValue(syntax.Manifest),
        ManifestBase = result.GetValue(syntax.ManifestBase),
        Shard = result.GetValue(syntax.Shard),
    };

    /// <summary>Parses an extraction command line; a problem comes back as <see cref="Error"/>, never as an exception.</summary>
    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var syntax = new CliSyntax();

        // A command with subcommands and no action of its own is an error to System.CommandLine; only the parse is wanted here.
        syntax.Root.SetAction(_ => 0);
        var result = syntax.Root.Parse(args);
        return result.Errors.Count > 0 ? new CliArguments { Error = result.Errors[0].Message } : From(result, syntax);
    }
}
