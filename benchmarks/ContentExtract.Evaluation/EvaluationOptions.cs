namespace ContentExtract.Evaluation;

/// <summary>The command line, parsed.</summary>
internal sealed record EvaluationOptions
{
    public const string Usage = """
        Usage: ContentExtract.Evaluation --corpus <dir> [options]

          --corpus <dir>          folder holding the corpus sets (e.g. ../shared/corpus); read only
          --corpus-set <name>     articlebench | trafilatura-eval | zh-news | zh-cwced | wcxb | structure |
                                  structure2 | error-pages | inject-noise; repeat for several; default: all
          --inject-noise          the same as --corpus-set inject-noise: error bodies injected into every
                                  dev article page, compared with the clean page
          --no-smartreader        skip the SmartReader baseline
          --report <file>         write every figure, page score and timing as JSON
          --write-jsonl <dir>     write each extractor's outputs per corpus as JSON Lines, for score.py
          --write-injected <dir>  write every page inject-noise extracts, with its error bodies, to look at
          --record <file>         write the figures as a gate file
          --gate <file>           exit 1 when a figure is more than 0.01 worse than the file records
        """;

    public required string CorpusRoot { get; init; }

    public IReadOnlyList<string> SelectedSets { get; init; } = CorpusSets.All;

    public bool IncludeSmartReader { get; init; } = true;

    public string? ReportPath { get; init; }

    public string? JsonlDirectory { get; init; }

    /// <summary>Where inject-noise writes each page as it fed it to the extractor, to look at a failure; null for nowhere.</summary>
    public string? InjectedDirectory { get; init; }

    public string? RecordPath { get; init; }

    public string? GatePath { get; init; }

    /// <summary>Parses the arguments.</summary>
    /// <exception cref="ArgumentException">The command line is wrong; the message says how.</exception>
    public static EvaluationOptions Parse(IReadOnlyList<string> args)
    {
        string? corpusRoot = null, report = null, jsonl = null, record = null, gate = null;
        var sets = new List<string>();
        bool smartReader = true;
        string? injected = null;
        for (int index = 0; index < args.Count; index++)
        {
            string option = args[index];
            switch (option)
            {
                case "--corpus":
                    corpusRoot = ValueOf(args, ref index);
                    break;
                case "--corpus-set":
                    string set = ValueOf(args, ref index);
                    if (!CorpusSets.All.Contains(set))
                    {
                        throw new ArgumentException($"Unknown corpus set '{set}'; expected one of {string.Join(", ", CorpusSets.All)}.");
                    }

                    sets.Add(set);
                    break;
                case "--inject-noise":
                    sets.Add(CorpusSets.InjectNoise);
                    break;
                case "--no-smartreader":
                    smartReader = false;
                    break;
                case "--report":
                    report = ValueOf(args, ref index);
                    break;
                case "--write-jsonl":
                    jsonl = ValueOf(args, ref index);
                    break;
                case "--write-injected":
                    injected = ValueOf(args, ref index);
                    break;
                case "--record":
                    record = ValueOf(args, ref index);
                    break;
                case "--gate":
                    gate = ValueOf(args, ref index);
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{option}'.");
            }
        }

        if (corpusRoot is null)
        {
            throw new ArgumentException("--corpus is required.");
        }

        if (!Directory.Exists(corpusRoot))
        {
            throw new ArgumentException($"The corpus folder '{corpusRoot}' does not exist.");
        }

        if (gate is not null && !File.Exists(gate))
        {
            throw new ArgumentException($"The gate file '{gate}' does not exist; write one with --record.");
        }

        return new EvaluationOptions
        {
            CorpusRoot = corpusRoot,
            SelectedSets = sets.Count > 0 ? sets.Distinct().ToArray() : CorpusSets.All,
            IncludeSmartReader = smartReader,
            ReportPath = report,
            JsonlDirectory = jsonl,
            InjectedDirectory = injected,
            RecordPath = record,
            GatePath = gate,
        };
    }

    private static string ValueOf(IReadOnlyList<string> args, ref int index) =>
        ++index < args.Count && !args[index].StartsWith("--", StringComparison.Ordinal)
            ? args[index]
            : throw new ArgumentException($"{args[index - 1]} needs a value.");
}
