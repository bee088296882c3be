using System.Globalization;
using ContentExtract.Archives;

namespace ContentExtract.Cli;

/// <summary>One page or archive to extract: a file, or standard input.</summary>
/// <param name="Name">The input as the user named it (a walked file: the folder given, joined with its path below it).</param>
/// <param name="Path">The file; null for standard input.</param>
/// <param name="Root">The folder given on the command line that the file was found in, whose tree <c>--out</c> mirrors; null for a file named directly.</param>
internal sealed record InputSource(string Name, string? Path, string? Root = null)
{
    private static readonly string[] Extensions = [".html", ".htm", ".html.gz", ".htm.gz", ".txt", ".txt.gz"];

    // Web archives hold many pages each and are streamed record by record, never read whole.
    private static readonly string[] ArchiveExtensions = [".warc", ".warc.gz", ".wet", ".wet.gz"];

    public bool IsStandardInput => Path is null;

    public bool IsArchive => Path is not null && IsArchiveFile(Path);

    /// <summary>Expands the command line's inputs: directories are walked for page files in name order.</summary>
    /// <param name="inputs">The command line's inputs.</param>
    /// <param name="skip">A folder not to walk into (the <c>--out</c> folder, when it lies inside an input folder); null for none.</param>
    /// <param name="missing">Inputs that do not exist.</param>
    /// <param name="unreadable">Folders that could not be listed, each with why: reported, and the rest is read.</param>
    public static List<InputSource> Resolve(IReadOnlyList<string> inputs, string? skip, out List<string> missing, out List<string> unreadable)
    {
        var sources = new List<InputSource>();
        missing = [];
        unreadable = [];
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                sources.Add(new InputSource("-", null));
            }
            else if (Directory.Exists(input))
            {
                var files = new List<string>();
                ListFiles(input, skip is null ? null : System.IO.Path.GetFullPath(skip), files, unreadable);
                files.Sort(StringComparer.Ordinal);
                sources.AddRange(files.Select(f => new InputSource(f, f, input)));
            }
            else if (File.Exists(input))
            {
                sources.Add(new InputSource(input, input));
            }
            else
            {
                missing.Add(input);
            }
        }

        return sources;
    }

    /// <summary>
    /// The page and archive files under a folder; a sub-folder that cannot be listed is noted and skipped. Links to folders
    /// are followed, but a folder is read once however many ways lead to it: a link back up to a folder above made the
    /// walk list the same files again at every level, and two such links made it endless.
    /// </summary>
    private static void ListFiles(string directory, string? skip, List<string> files, List<string> unreadable)
    {
        var pending = new Stack<(string Folder, string Target)>();
        var read = new HashSet<string>(StringComparer.Ordinal);
        pending.Push((directory, TargetOf(new DirectoryInfo(directory), System.IO.Path.GetFullPath(directory))));
        while (pending.TryPop(out var entry))
        {
            var (folder, target) = entry;
            if (!read.Add(target))
            {
                continue;
            }

            try
            {
                files.AddRange(Directory.EnumerateFiles(folder).Where(f => IsPageFile(f) || IsArchiveFile(f)));
                foreach (var sub in new DirectoryInfo(folder).EnumerateDirectories())
                {
                    // A second run would otherwise read the first run's .html or .txt outputs as inputs.
                    string path = System.IO.Path.Combine(folder, sub.Name);
                    if (skip is null || !string.Equals(System.IO.Path.GetFullPath(path), skip, StringComparison.Ordinal))
                    {
                        pending.Push((path, TargetOf(sub, System.IO.Path.Combine(target, sub.Name))));
                    }
                }
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                unreadable.Add($"{folder}: cannot read the folder: {IoMessages.Describe(ex)}");
            }
        }
    }

    /// <summary>The folder a path leads to: a link's final target, else <paramref name="path"/> (the folder's place under its parent's target).</summary>
    private static string TargetOf(DirectoryInfo folder, string path)
    {
        try
        {
            return folder.LinkTarget is null ? path : folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            return path;
        }
    }

    public static bool IsPageFile(string path) => Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public static bool IsArchiveFile(string path) => ArchiveExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The input's bytes, decompressed when the name ends in .gz; no more than <paramref name="maxLength"/> of them are
    /// ever held, so that a small file that inflates to gigabytes (or an endless standard input) is refused early.
    /// A .gz file is checked member by member: when it is cut short, fails its check or holds garbage, the bytes
    /// before the damage are returned and <c>Damage</c> says what was wrong.
    /// </summary>
    /// <exception cref="ContentExtractionException">The input, inflated, is longer than <paramref name="maxLength"/> bytes.</exception>
    /// <exception cref="InvalidDataException">A .gz file of which nothing could be inflated.</exception>
    public async Task<(byte[] Bytes, string? Damage)> ReadAsync(Stream standardInput, int maxLength, CancellationToken cancellationToken)
    {
        if (Path is null)
        {
            return await ReadBoundedAsync(standardInput, gzip: false, maxLength, cancellationToken).ConfigureAwait(false);
        }

        await using var file = File.OpenRead(Path);
        return await ReadBoundedAsync(file, Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase), maxLength, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A page's bytes from a stream (a file, standard input, a download), inflated when <paramref name="gzip"/> is set,
    /// never more than <paramref name="maxLength"/> of them; see <see cref="ReadAsync"/>.
    /// </summary>
    /// <exception cref="ContentExtractionException">The input, inflated, is longer than <paramref name="maxLength"/> bytes.</exception>
    /// <exception cref="InvalidDataException">Gzip data of which nothing could be inflated.</exception>
    public static async Task<(byte[] Bytes, string? Damage)> ReadBoundedAsync(Stream stream, bool gzip, int maxLength, CancellationToken cancellationToken)
    {
        if (gzip)
        {
            byte[] inflated = GzipDecoder.Decode(stream, maxLength, out string? damage, cancellationToken);
            return (inflated, damage is null ? null : string.Create(CultureInfo.InvariantCulture, $"damaged gzip file, extracted from the {inflated.Length:N0} bytes before the damage: {damage}"));
        }

        using var buffer = new MemoryStream();
        await CopyBoundedAsync(stream, buffer, maxLength, cancellationToken).ConfigureAwait(false);
        return (buffer.ToArray(), null);
    }

    private static async Task CopyBoundedAsync(Stream source, MemoryStream destination, int maxLength, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (destination.Length + read > maxLength)
            {
                throw new ContentExtractionException(ExtractionFailure.TooLarge, $"the input is larger than {maxLength} bytes (decompressed), the limit");
            }

            destination.Write(chunk, 0, read);
        }
    }

    /// <summary>The mode a file's extension implies, when the caller left it to auto-detection.</summary>
    public InputMode ModeFor(InputMode requested)
    {
        if (requested != InputMode.Auto || Path is null)
        {
            return requested;
        }

        string name = Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? Path[..^3] : Path;
        return name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? InputMode.Text : InputMode.Auto;
    }

    /// <summary>
    /// Where <c>--out</c> writes this input, below the output folder and without an extension: the stem of a file named
    /// directly, or its path below the folder given on the command line (x/index.html in a folder walked: x/index).
    /// </summary>
    public string OutputStem()
    {
        string below = Root is null || Path is null ? string.Empty : System.IO.Path.GetDirectoryName(System.IO.Path.GetRelativePath(Root, Path)) ?? string.Empty;
        return System.IO.Path.Combine(below, Stem());
    }

    /// <summary>The file name stem: the name without its page or archive extensions.</summary>
    public string Stem()
    {
        string name = System.IO.Path.GetFileName(Path ?? "stdin");
        foreach (var extension in Extensions.Concat(ArchiveExtensions).OrderByDescending(e => e.Length))
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^extension.Length];
            }
        }

        return name;
    }
}
