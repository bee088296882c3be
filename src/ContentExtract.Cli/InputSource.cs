using System.IO.Compression;

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
    public static List<InputSource> Resolve(IReadOnlyList<string> inputs, out List<string> missing)
    {
        var sources = new List<InputSource>();
        missing = [];
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                sources.Add(new InputSource("-", null));
            }
            else if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => IsPageFile(f) || IsArchiveFile(f))
                    .Order(StringComparer.Ordinal);
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

    public static bool IsPageFile(string path) => Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public static bool IsArchiveFile(string path) => ArchiveExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>The input's bytes, decompressed when the name ends in .gz.</summary>
    public async Task<byte[]> ReadAsync(Stream standardInput, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        if (Path is null)
        {
            await standardInput.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await using var file = File.OpenRead(Path);
            if (Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                await using var gzip = new GZipStream(file, CompressionMode.Decompress);
                await gzip.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
        }

        return buffer.ToArray();
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
