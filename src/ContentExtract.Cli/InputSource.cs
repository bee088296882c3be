using ContentExtract.Archives;

namespace ContentExtract.Cli;

/// <summary>One page to extract: a file, or standard input.</summary>
internal sealed record InputSource(string Name, string? Path)
{
    private static readonly string[] Extensions = [".html", ".htm", ".html.gz", ".htm.gz", ".txt", ".txt.gz"];

    // Web archives hold many pages each and are streamed record by record, never read whole.
    private static readonly string[] ArchiveExtensions = [".warc", ".warc.gz", ".wet", ".wet.gz"];

    public bool IsStandardInput => Path is null;

    public bool IsArchive => Path is not null && IsArchiveFile(Path);

    /// <summary>Expands the command line's inputs: directories are walked for page files in name order.</summary>
    /// <param name="inputs">The command line's inputs.</param>
    /// <param name="missing">Inputs that do not exist.</param>
    /// <param name="unreadable">Folders that could not be listed, each with why: reported, and the rest is read.</param>
    public static List<InputSource> Resolve(IReadOnlyList<string> inputs, out List<string> missing, out List<string> unreadable)
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
                ListFiles(input, files, unreadable);
                files.Sort(StringComparer.Ordinal);
                sources.AddRange(files.Select(f => new InputSource(f, f)));
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
    private static void ListFiles(string directory, List<string> files, List<string> unreadable)
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
                    pending.Push((System.IO.Path.Combine(folder, sub.Name), TargetOf(sub, System.IO.Path.Combine(target, sub.Name))));
                }
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                unreadable.Add($"{folder}: cannot read the folder ({ex.Message})");
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
        using var buffer = new MemoryStream();
        if (Path is null)
        {
            await CopyBoundedAsync(standardInput, buffer, maxLength, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await using var file = File.OpenRead(Path);
            if (Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                byte[] inflated = GzipDecoder.Decode(file, maxLength, out string? damage, cancellationToken);
                return (inflated, damage is null ? null : $"damaged gzip file ({damage}): extracted from the {inflated.Length} bytes before the damage");
            }

            await CopyBoundedAsync(file, buffer, maxLength, cancellationToken).ConfigureAwait(false);
        }

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

    /// <summary>The file name stem used for --out: the name without its page or archive extensions.</summary>
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
