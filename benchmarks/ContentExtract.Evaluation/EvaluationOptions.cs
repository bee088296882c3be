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
          --smartreader-cache <file>
                                  read SmartReader's page results from the file instead of running it
                                  (benchmarks/ContentExtract.Evaluation/smartreader-pages.json); pages it lacks run live
          --record-smartreader <file>
                                  run SmartReader live and write its page results to the file
          --report <file>         write every figure, page score and timing as JSON
          --write-jsonl <dir>     write each extractor's outputs per corpus as JSON Lines, for score.py
          --write-injected <dir>  write every page inject-noise extracts, with its error bodies, to look at
          --record <file>         write the figures as a gate file
          --gate <file>           exit 1 when a figure is more than 0.01 worse than the file records
                                  (a count of pages: when it rises at all)
          --ablate [rule,rule,…]  run ContentExtract with all rules on and once with each named rule off (no names:
                                  every rule), and print what each rule changes on each half; SmartReader does not run.
                                  Rules joined by + (a+b) are switched off together in one run, to measure a removal
                                  of several rules that may stand in for one another
          --ablate-report <file>  also write the ablation table to the file: Markdown for *.md, else JSON
          --fit-judge <file>      fit the article judge's weights on the tune halves and write them to the file
                                  (src/ContentExtract/Selection/JudgeWeights.json); prints both halves' figures
          --judge-l2 <value>      the fit's regularization strength (default 0.05)
          --without <rule,rule,…> run ContentExtract with these rules switched off (an evaluation, a fit or an
                                  ablation of the rules left), to try a change before making it
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

    /// <summary>SmartReader's recorded page results to use instead of running it; null to run it.</summary>
    public string? SmartReaderCachePath { get; init; }

    /// <summary>Where to write SmartReader's page results from this run; null for nowhere.</summary>
    public string? RecordSmartReaderPath { get; init; }

    /// <summary>
    /// The groups of rules the ablation switches off, one group per run (most groups hold one rule); null when this is
    /// no ablation run.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Pipeline.Rule>>? AblatedRules { get; init; }

    /// <summary>Where to write the ablation table; null for the console only.</summary>
    public string? AblationReportPath { get; init; }

    /// <summary>Where to write fitted judge weights; null when this is no fitting run.</summary>
    public string? FitJudgePath { get; init; }

    /// <summary>The judge fit's regularization strength.</summary>
    public double JudgeL2 { get; init; } = 0.05;

    /// <summary>Rules switched off for the whole run (<c>--without</c>).</summary>
    public IReadOnlySet<Pipeline.Rule> DisabledRules { get; init; } = System.Collections.Frozen.FrozenSet<Pipeline.Rule>.Empty;

    /// <summary>The ContentExtract this run evaluates: the default one, or one with the <c>--without</c> rules switched off.</summary>
    public ContentExtractor Extractor => DisabledRules.Count == 0 ? ContentExtractor.Default : new ContentExtractor(new ExtractionOptions { DisabledRules = DisabledRules });

    /// <summary>Parses the arguments.</summary>
    /// <exception cref="ArgumentException">The command line is wrong; the message says how.</exception>
    public static EvaluationOptions Parse(IReadOnlyList<string> args)
    {
        string? corpusRoot = null, report = null, jsonl = null, record = null, gate = null;
        string? smartReaderCache = null, recordSmartReader = null, ablationReport = null, fitJudge = null;
        double judgeL2 = 0.05;
        List<Pipeline.Rule> without = [];
        List<IReadOnlyList<Pipeline.Rule>>? ablatedRules = null;
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
                case "--smartreader-cache":
                    smartReaderCache = ValueOf(args, ref index);
                    break;
                case "--record-smartreader":
                    recordSmartReader = ValueOf(args, ref index);
                    break;
                case "--ablate":
                    // The names are optional: --ablate alone switches off every rule in turn.
                    ablatedRules = index + 1 < args.Count && !args[index + 1].StartsWith("--", StringComparison.Ordinal)
                        ? ParseRuleGroups(args[++index])
                        : [.. Enum.GetValues<Pipeline.Rule>().Select(rule => (IReadOnlyList<Pipeline.Rule>)[rule])];
                    break;
                case "--ablate-report":
                    ablationReport = ValueOf(args, ref index);
                    break;
                case "--without":
                    without.AddRange(ParseRules(ValueOf(args, ref index)));
                    break;
                case "--fit-judge":
                    fitJudge = ValueOf(args, ref index);
                    break;
                case "--judge-l2":
                    judgeL2 = double.TryParse(ValueOf(args, ref index), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double l2) && l2 >= 0
                        ? l2
                        : throw new ArgumentException("--judge-l2 needs a number of zero or more.");
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

        if (smartReaderCache is not null && !File.Exists(smartReaderCache))
        {
            throw new ArgumentException($"The SmartReader cache '{smartReaderCache}' does not exist; write one with --record-smartreader.");
        }

        if (recordSmartReader is not null && (!smartReader || smartReaderCache is not null))
        {
            throw new ArgumentException("--record-smartreader runs SmartReader live; leave out --no-smartreader and --smartreader-cache.");
        }

        if (ablationReport is not null && ablatedRules is null)
        {
            throw new ArgumentException("--ablate-report needs --ablate.");
        }

        if (ablatedRules is not null && (record is not null || gate is not null || recordSmartReader is not null || jsonl is not null || report is not null))
        {
            throw new ArgumentException("--ablate prints a table of changes; it takes neither --record, --gate, --record-smartreader, --write-jsonl nor --report.");
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
            SmartReaderCachePath = smartReaderCache,
            RecordSmartReaderPath = recordSmartReader,
            AblatedRules = ablatedRules,
            AblationReportPath = ablationReport,
            FitJudgePath = fitJudge,
            JudgeL2 = judgeL2,
            DisabledRules = System.Collections.Frozen.FrozenSet.ToFrozenSet(without),
        };
    }

    // "a+b,c": a and b off together in one run, then c alone in another.
    private static List<IReadOnlyList<Pipeline.Rule>> ParseRuleGroups(string groups) =>
        groups.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(group => (IReadOnlyList<Pipeline.Rule>)ParseRules(group.Replace('+', ',')))
            .ToList();

    private static List<Pipeline.Rule> ParseRules(string names)
    {
        var rules = new List<Pipeline.Rule>();
        foreach (string name in names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Pipeline.RuleNames.TryParse(name, out var rule))
            {
                string known = string.Join(", ", Enum.GetValues<Pipeline.Rule>().Select(Pipeline.RuleNames.Of));
                throw new ArgumentException($"Unknown rule '{name}'; the rules are {known}.");
            }

            rules.Add(rule);
        }

        return rules.Distinct().ToList();
    }

    private static string ValueOf(IReadOnlyList<string> args, ref int index) =>
        ++index < args.Count && !args[index].StartsWith("--", StringComparison.Ordinal)
            ? args[index]
            : throw new ArgumentException($"{args[index - 1]} needs a value.");
}
