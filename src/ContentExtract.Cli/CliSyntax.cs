using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace ContentExtract.Cli;

/// <summary>
/// The command line's grammar, on System.CommandLine: every option once, with its aliases, help text, completions and
/// checks, and the <c>snapshot add</c> command. Parsing follows the POSIX conventions (<c>--format=json</c>,
/// <c>-f json</c>, bundled short options), expands response files (<c>@args.rsp</c>) and answers the <c>[suggest]</c>
/// directive that <c>dotnet-suggest</c> calls for tab completion. <see cref="CliHelp"/> writes the help from these
/// declarations, so an option's description lives here only.
/// </summary>
/// <remarks>
/// <para>A new tree per run: the commands carry that run's actions, which hold its streams.</para>
/// <para>
/// To add an option: declare it below (its names, <see cref="Symbol.Description"/>, <see cref="Option.HelpName"/> and,
/// for a fixed set of values, <see cref="Choice{T}"/>), add it to <see cref="Root"/>'s list in the constructor, and
/// read it in <see cref="CliArguments.From"/>. Help, completion, response files and the one-line usage error
/// (exit code 2) follow from the declaration.
/// </para>
/// </remarks>
internal sealed class CliSyntax
{
    public Option<OutputFormat> Format { get; } = Choice(
        "--format", "-f", "format", OutputFormats.Names, OutputFormat.Markdown,
        "markdown (default; also md), json, jsonl, text (also txt), html or parquet (a sharded run's rows, with --out: see --manifest). jsonl writes one JSON document per input per "
        + "line, in input order (per record for archives, with a \"record\" object); json writes an array when there are "
        + "several documents; markdown and text put a \"==> <input> <==\" line above each page when several go to standard "
        + "output (for an archive record: \"==> <archive>#<index> <url> (type, date, HTTP status) <==\"), and a one-line "
        + "note in place of a page that is not an article (an error page, a bot challenge, an empty page); html writes one "
        + "self-contained page (inline style, no script) to read the document, so it takes a single page on standard output, "
        + "or --out for several.");

    public Option<InputMode> Mode { get; } = Choice(
        "--mode", "-m", "mode", new OrderedDictionary<string, InputMode>(StringComparer.Ordinal) { ["auto"] = InputMode.Auto, ["html"] = InputMode.Html, ["text"] = InputMode.Text }, InputMode.Auto,
        "auto (default: sniff for markup; .txt files are text dumps), html or text.");

    public Option<Uri?> Url { get; } = new("--url")
    {
        HelpName = "url",
        Description = "the page's absolute address, to resolve relative links (a single page only; archive records carry their own).",
        CustomParser = result =>
        {
            string value = result.Tokens.Single().Value;
            if (Uri.TryCreate(value, UriKind.Absolute, out var uri))
            {
                return uri;
            }

            result.AddError($"--url takes an absolute URL, such as https://example.com/news/1.html (got '{value}').");
            return null;
        },
    };

    public Option<string?> Out { get; } = new("--out", "-o")
    {
        HelpName = "dir",
        Description = "write one file per input into <dir> instead of standard output, named after the input with .md, .json, "
            + ".jsonl, .txt or .html; a folder given as input is mirrored below <dir> (x/index.html becomes <dir>/x/index.md). "
            + "One file per archive, holding all its records; for html one file per record (<archive>-<index>.html). "
            + "Existing files are not overwritten without --force: the run stops before it writes anything.",
    };

    public Option<bool> Force { get; } = new("--force")
    {
        Description = "with --out, overwrite output files that exist already.",
    };

    public Option<bool> Explain { get; } = new("--explain")
    {
        Description = "add, for every source block, whether it was kept and why: an \"explain\" array in JSON, a commented list "
            + "in Markdown and text, and with html a report page instead of the article (every source block in page order, kept "
            + "or dropped with its role and signal, runs of dropped blocks folded, a link to the first kept block).",
    };

    public Option<bool> NoSecondOpinion { get; } = new("--no-second-opinion")
    {
        Description = "never ask SmartReader for a second opinion where the article judge doubts between two candidates: "
            + "markedly less CPU time over a crawl, and a few doubted pages lose their article (README, \"Speed\").",
    };

    public Option<string?> Manifest { get; } = new("--manifest")
    {
        HelpName = "m",
        Description = "a sharded run (docs/scale.md): a file (plain or .gz) or http(s) address listing one input per line, the path or "
            + "http(s) address of a page or archive (# comments and blank lines ignored). With --format parquet or jsonl and --out, "
            + "the shard is written to <out>/part-IIIII-of-NNNNN.parquet|.jsonl under a hidden temporary name, renamed when complete, "
            + "then the marker <out>/_SUCCESS.part-IIIII-of-NNNNN.json (inputs, record counts, failures); a finished shard run again does nothing.",
    };

    public Option<string?> ManifestBase { get; } = new("--manifest-base")
    {
        HelpName = "b",
        Description = "a folder or http(s) address that relative manifest lines are joined to.",
    };

    public Option<string?> Shard { get; } = new("--shard")
    {
        HelpName = "I/N",
        Description = "process shard I (from 0) of N: the manifest lines whose XxHash64 is I mod N. Without it: JOB_COMPLETION_INDEX of "
            + "CONTENT_EXTRACT_SHARD_COUNT (Kubernetes Indexed Job), SLURM_ARRAY_TASK_ID of SLURM_ARRAY_TASK_COUNT counted from "
            + "SLURM_ARRAY_TASK_MIN (Slurm job array), else the whole manifest (0/1). --format parquet with inputs named on the "
            + "command line instead of --manifest runs them as one shard.",
    };

    public Argument<string[]> Inputs { get; } = new("input")
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = "pages, archives, directories, or - for standard input.",
    };

    public Argument<string?> SnapshotFile { get; } = new("file")
    {
        Arity = ArgumentArity.ZeroOrOne,
        Description = "the scrape: .html, .htm, .txt, optionally .gz.",
    };

    public Option<string?> SnapshotName { get; } = new("--name")
    {
        HelpName = "slug",
        Description = "the slug to use instead (lower-case letters and digits joined by hyphens, such as harbor-dredging); the language and style stay.",
    };

    public Option<string?> SnapshotFixtures { get; } = new("--fixtures")
    {
        HelpName = "dir",
        Description = $"the fixtures folder (default: {SnapshotCommand.DefaultFixtures}, from the repository root).",
    };

    public CliSyntax()
    {
        SnapshotAdd = new Command("add", "copy a new scrape into the test fixtures under a name from its extraction") { SnapshotFile, SnapshotName, SnapshotFixtures };
        Snapshot = new Command("snapshot", "snapshot fixtures for the repository's tests") { SnapshotAdd };
        Root = new RootCommand("extract the article from scraped pages (HTML or text dumps) and web archives")
        {
            Format, Mode, Url, Out, Force, Explain, NoSecondOpinion, Manifest, ManifestBase, Shard, Inputs, Snapshot,
        };

        foreach (var option in Root.Options)
        {
            // Help and version answer from these declarations and the library's version, not the entry assembly's.
            if (option is HelpOption)
            {
                option.Action = new CliHelpAction();
                option.Description = "show this help.";
            }
            else if (option is VersionOption)
            {
                option.Action = new CliVersionAction();
                option.Description = "show the version.";
            }
        }

        Root.Validators.Add(CheckInputs);
        SnapshotAdd.Validators.Add(result =>
        {
            if (result.GetValue(SnapshotFile) is not { } file)
            {
                result.AddError("name the scrape to add: content-extract snapshot add <file>.");
            }
            else if (!InputSource.IsPageFile(file))
            {
                result.AddError($"{file}: a scrape fixture is an .html, .htm, .txt, .html.gz or .txt.gz file.");
            }
        });
        SnapshotName.Validators.Add(result =>
        {
            string slug = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (!ScrapeNaming.IsValidSlug(slug))
            {
                result.AddError($"--name takes a slug of lower-case letters and digits joined by hyphens, such as harbor-dredging (got '{slug}').");
            }
        });
        NotBlank(Out, "--out takes a directory.");
        NotBlank(Manifest, "--manifest takes a file or an http(s) address (see --help).");
        NotBlank(ManifestBase, "--manifest-base takes a folder or an http(s) address (see --help).");
        NotBlank(Shard, "--shard takes I/N (see --help).");
        NotBlank(SnapshotFixtures, "--fixtures takes a directory.");
    }

    /// <summary>The command <c>content-extract</c>: extraction.</summary>
    public RootCommand Root { get; }

    /// <summary><c>content-extract snapshot</c>: a group, nothing to run by itself.</summary>
    public Command Snapshot { get; }

    /// <summary><c>content-extract snapshot add &lt;file&gt;</c>.</summary>
    public Command SnapshotAdd { get; }

    /// <summary>
    /// An option that takes one of a fixed set of names: completions offer them, and any other value is a one-line
    /// usage error that lists them.
    /// </summary>
    private static Option<T> Choice<T>(string name, string alias, string helpName, IReadOnlyDictionary<string, T> names, T defaultValue, string description)
    {
        string accepted = string.Join(", ", names.Keys.SkipLast(1)) + " or " + names.Keys.Last();
        var option = new Option<T>(name, alias)
        {
            HelpName = helpName,
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                string value = result.Tokens.Single().Value;
                if (names.TryGetValue(value, out var parsed))
                {
                    return parsed;
                }

                result.AddError($"{name} takes {accepted} (got '{value}').");
                return defaultValue;
            },
        };
        // Only the names: without this, System.CommandLine also offers the enum's member names (Json, JsonLines …), which it would refuse.
        option.CompletionSources.Clear();
        option.CompletionSources.Add(context => names.Keys.Where(k => k.StartsWith(context.WordToComplete, StringComparison.Ordinal)).Select(k => new CompletionItem(k)));
        return option;
    }

    private static void NotBlank(Option<string?> option, string message) =>
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && string.IsNullOrWhiteSpace(result.Tokens[0].Value))
            {
                result.AddError(message);
            }
        });

    /// <summary>
    /// Inputs that look like options but are none: System.CommandLine passes an unknown <c>--bogus</c> to the input argument.
    /// After <c>--</c> every word is an input, as POSIX tools read it.
    /// </summary>
    public IEnumerable<string> UnknownOptions(ParseResult result, IReadOnlyList<string> args)
    {
        int doubleDash = args.ToList().IndexOf("--");
        var literal = doubleDash < 0 ? [] : args.Skip(doubleDash + 1).ToHashSet(StringComparer.Ordinal);
        return (result.GetValue(Inputs) ?? []).Where(input => input.Length > 1 && input[0] == '-' && !literal.Contains(input));
    }

    private void CheckInputs(CommandResult result)
    {
        var inputs = result.GetValue(Inputs) ?? [];
        if (result.GetResult(Manifest) is not null)
        {
            // A sharded run reads its inputs from the manifest; Scale/ScaleCommand checks the rest.
            return;
        }

        if (inputs.Length == 0)
        {
            result.AddError("No input given. Name a file, a directory, or - for standard input.");
            return;
        }

        // Whether --url was given; its value is not read here, as a bad one has its own error.
        if (result.GetResult(Url) is null)
        {
            return;
        }

        if (inputs.Length > 1 || Directory.Exists(inputs[0]))
        {
            result.AddError("--url applies to a single input only.");
        }
        else if (InputSource.IsArchiveFile(inputs[0]))
        {
            result.AddError("--url does not apply to an archive: each record carries its own target URI.");
        }
    }

    /// <summary>Writes <see cref="CliHelp"/> for the command the help was asked of; shown even beside other errors.</summary>
    private sealed class CliHelpAction : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            CliHelp.Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
            return 0;
        }
    }

    /// <summary>The library's version (with its commit), which the tool shares.</summary>
    private sealed class CliVersionAction : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(CliHelp.Version);
            return 0;
        }
    }
}
