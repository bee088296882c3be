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

/// <summary>The parsed command line. Parsing never throws: a problem comes back as <see cref="Error"/>.</summary>
internal sealed record CliArguments
{
    public IReadOnlyList<string> Inputs { get; init; } = [];

    public OutputFormat Format { get; init; } = OutputFormat.Markdown;

    public InputMode Mode { get; init; } = InputMode.Auto;

    public Uri? Url { get; init; }

    public string? OutDirectory { get; init; }

    public bool Explain { get; init; }

    public bool ShowHelp { get; init; }

    public bool ShowVersion { get; init; }

    public string? Error { get; init; }

    // Sharded runs (docs/scale.md); checked and run by Scale/ScaleCommand.
    public string? Manifest { get; init; }

    public string? ManifestBase { get; init; }

    public string? Shard { get; init; }

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var inputs = new List<string>();
        var result = new CliArguments();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string? value = null;
            int eq = arg.StartsWith("--", StringComparison.Ordinal) ? arg.IndexOf('=', StringComparison.Ordinal) : -1;
            if (eq > 0)
            {
                value = arg[(eq + 1)..];
                arg = arg[..eq];
            }

            string? Next()
            {
                if (value is not null)
                {
                    return value;
                }

                return i + 1 < args.Count ? args[++i] : null;
            }

            switch (arg)
            {
                case "-h" or "--help" or "-?":
                    result = result with { ShowHelp = true };
                    break;
                case "--version":
                    result = result with { ShowVersion = true };
                    break;
                case "--explain":
                    result = result with { Explain = true };
                    break;
                case "-f" or "--format":
                    var format = Next() switch
                    {
                        "markdown" or "md" => OutputFormat.Markdown,
                        "json" => OutputFormat.Json,
                        "jsonl" => OutputFormat.JsonLines,
                        "text" or "txt" => OutputFormat.Text,
                        "html" => OutputFormat.Html,
                        "parquet" => OutputFormat.Parquet,
                        _ => (OutputFormat?)null,
                    };
                    if (format is null)
                    {
                        return Fail("--format takes markdown, json, jsonl, text, html or parquet.");
                    }

                    result = result with { Format = format.Value };
                    break;
                case "-m" or "--mode":
                    var mode = Next() switch
                    {
                        "auto" => InputMode.Auto,
                        "html" => InputMode.Html,
                        "text" => InputMode.Text,
                        _ => (InputMode?)null,
                    };
                    if (mode is null)
                    {
                        return Fail("--mode takes auto, html or text.");
                    }

                    result = result with { Mode = mode.Value };
                    break;
                case "--url":
                    string? url = Next();
                    if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
                    {
                        return Fail("--url takes an absolute URL, such as https://example.com/news/1.html.");
                    }

                    result = result with { Url = uri };
                    break;
                case "-o" or "--out":
                    string? dir = Next();
                    if (string.IsNullOrWhiteSpace(dir))
                    {
                        return Fail("--out takes a directory.");
                    }

                    result = result with { OutDirectory = dir };
                    break;
                case "--manifest" or "--manifest-base" or "--shard":
                    string? scale = Next();
                    if (string.IsNullOrWhiteSpace(scale))
                    {
                        return Fail($"{arg} takes a value (see --help).");
                    }

                    result = arg switch
                    {
                        "--manifest" => result with { Manifest = scale },
                        "--manifest-base" => result with { ManifestBase = scale },
                        _ => result with { Shard = scale },
                    };
                    break;
                default:
                    if (arg.StartsWith('-') && arg != "-")
                    {
                        return Fail($"Unknown option '{arg}'. Run with --help to see the options.");
                    }

                    inputs.Add(args[i]);
                    break;
            }
        }

        result = result with { Inputs = inputs };
        if (result.ShowHelp || result.ShowVersion)
        {
            return result;
        }

        if (inputs.Count == 0 && result.Manifest is null)
        {
            return Fail("No input given. Name a file, a directory, or - for standard input.");
        }

        if (result.Manifest is not null)
        {
            return result;
        }

        if (result.Url is not null && (inputs.Count > 1 || Directory.Exists(inputs[0])))
        {
            return Fail("--url applies to a single input only.");
        }

        if (result.Url is not null && InputSource.IsArchiveFile(inputs[0]))
        {
            return Fail("--url does not apply to an archive: each record carries its own target URI.");
        }

        return result;
    }

    private static CliArguments Fail(string message) => new() { Error = message };
}
