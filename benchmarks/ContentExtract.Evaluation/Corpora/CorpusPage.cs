namespace ContentExtract.Evaluation.Corpora;

/// <summary>One page file of a corpus.</summary>
/// <param name="Key">The name its gold record is matched by: the file name without its extensions, as score.py's <c>key_of</c> makes it.</param>
/// <param name="Path">The file; gzip-compressed when its name ends in <c>.gz</c>.</param>
/// <param name="Mode">How ContentExtract reads it: <see cref="InputMode.Html"/> for pages, <see cref="InputMode.Text"/> for text dumps.</param>
/// <param name="Url">The page's address, when the corpus gives one.</param>
internal sealed record CorpusPage(string Key, string Path, InputMode Mode, Uri? Url)
{
    /// <summary>
    /// How to read the page when its bytes are not valid UTF-8, where the corpus README says so whatever the page
    /// declares (zh-cwced: GB18030, as two GBK pages declare no charset); null to follow the page's <c>&lt;meta&gt;</c>.
    /// Only SmartReader, which takes a string, needs it; ContentExtract reads the bytes itself.
    /// </summary>
    public string? LegacyCharset { get; init; }

    // score.py strips the first of these that ends the name, in this order.
    private static readonly string[] KeyExtensions = [".html.gz", ".htm.gz", ".txt.gz", ".html", ".htm", ".txt", ".gz"];

    /// <summary>The file's name, which is what the JSON Lines output gives as <c>source</c>.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>score.py's <c>key_of</c>: the base name without its page extensions.</summary>
    public static string KeyOf(string fileName)
    {
        string baseName = System.IO.Path.GetFileName(fileName);
        foreach (string extension in KeyExtensions)
        {
            if (baseName.EndsWith(extension, StringComparison.Ordinal))
            {
                return baseName[..^extension.Length];
            }
        }

        return baseName;
    }

    /// <summary>Reads the page's bytes, unpacking gzip.</summary>
    public byte[] ReadBytes()
    {
        if (!Path.EndsWith(".gz", StringComparison.Ordinal))
        {
            return File.ReadAllBytes(Path);
        }

        using var file = File.OpenRead(Path);
        using var unpacked = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        unpacked.CopyTo(buffer);
        return buffer.ToArray();
    }
}
