using System.Globalization;

namespace ContentExtract.Cli;

/// <summary>
/// Where <c>--out</c> writes each input, decided before anything is extracted: the input tree mirrored below the output
/// folder (a folder walked keeps its sub-folders, so x/index.html and y/index.html stay two files), and checked so that
/// no page is lost silently. Two inputs that would land on the same file are a usage error; files that exist already
/// stop the run before it writes anything, unless <c>--force</c>.
/// </summary>
internal sealed class OutputPlan
{
    // Linux file names are case-sensitive; elsewhere index.md and Index.md are one file.
    private static readonly StringComparer PathComparer = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    private readonly Dictionary<InputSource, string> _paths;

    private OutputPlan(string directory, OutputFormat format, bool overwrite, Dictionary<InputSource, string> paths)
    {
        Directory = directory;
        Format = format;
        Overwrite = overwrite;
        _paths = paths;
    }

    public string Directory { get; }

    public OutputFormat Format { get; }

    /// <summary>True with <c>--force</c>: existing files are replaced.</summary>
    public bool Overwrite { get; }

    /// <summary>The output file of a page, or of an archive written as one file.</summary>
    public string PathOf(InputSource source) => _paths[source];

    /// <summary>The output file of one archive record, with <c>--format html</c>: <c>&lt;archive&gt;-&lt;index&gt;.html</c>.</summary>
    public string PathOfRecord(InputSource source, long index) =>
        Path.Combine(Directory, source.OutputStem() + "-" + index.ToString(CultureInfo.InvariantCulture) + OutputFormats.Extension(Format));

    /// <summary>True when each record of an archive gets its own file (html: one page per document).</summary>
    public bool FilePerRecord(InputSource source) => source.IsArchive && Format == OutputFormat.Html;

    /// <summary>Plans the outputs of <paramref name="sources"/>.</summary>
    /// <param name="directory">The <c>--out</c> folder.</param>
    /// <param name="sources">The inputs, after folders were walked.</param>
    /// <param name="format">The output format, which gives the extension.</param>
    /// <param name="overwrite">True with <c>--force</c>.</param>
    /// <param name="usageError">Set when two inputs would be written to one file (exit code 2).</param>
    /// <param name="outputError">Set when the folder is a file, or outputs exist and may not be replaced (exit code 3).</param>
    /// <returns>The plan; null when one of the errors is set.</returns>
    public static OutputPlan? Create(string directory, IReadOnlyList<InputSource> sources, OutputFormat format, bool overwrite, out string? usageError, out string? outputError)
    {
        usageError = null;
        outputError = null;
        if (File.Exists(directory))
        {
            outputError = $"{directory}: not a directory";
            return null;
        }

        var paths = new Dictionary<InputSource, string>();
        var owners = new Dictionary<string, InputSource>(PathComparer);
        string extension = OutputFormats.Extension(format);
        foreach (var source in sources)
        {
            string path = Path.Combine(directory, source.OutputStem() + extension);
            if (source.IsArchive && format == OutputFormat.Html)
            {
                // Written a file per record (PathOfRecord); the record files are checked with the existing ones.
                paths[source] = path;
                continue;
            }

            if (owners.TryGetValue(Path.GetFullPath(path), out var other))
            {
                usageError = $"{other.Name} and {source.Name} would both be written to {path}: name them in separate runs, or give the folder that holds both, whose tree --out mirrors.";
                return null;
            }

            owners[Path.GetFullPath(path)] = source;
            paths[source] = path;
        }

        var plan = new OutputPlan(directory, format, overwrite, paths);
        if (!overwrite && plan.Existing().ToList() is { Count: > 0 } existing)
        {
            string others = existing.Count == 1 ? string.Empty : existing.Count == 2 ? " (and 1 other output)" : $" (and {existing.Count - 1:N0} other outputs)";
            outputError = string.Create(CultureInfo.InvariantCulture, $"{existing[0]}{others}: exists already; nothing was written. Pass --force to overwrite, or choose another --out.");
            return null;
        }

        return plan;
    }

    /// <summary>The planned files that exist already, and for archives written a file per record, their records' files.</summary>
    private IEnumerable<string> Existing()
    {
        foreach (var (source, path) in _paths)
        {
            if (!FilePerRecord(source))
            {
                if (File.Exists(path))
                {
                    yield return path;
                }

                continue;
            }

            string folder = Path.GetDirectoryName(PathOfRecord(source, 0)) ?? ".";
            if (!System.IO.Directory.Exists(folder))
            {
                continue;
            }

            string prefix = source.Stem() + "-";
            foreach (var file in System.IO.Directory.EnumerateFiles(folder, prefix + "*" + OutputFormats.Extension(Format)).Order(StringComparer.Ordinal))
            {
                string index = Path.GetFileNameWithoutExtension(file)[prefix.Length..];
                if (index.Length > 0 && index.All(char.IsAsciiDigit))
                {
                    yield return file;
                }
            }
        }
    }
}
