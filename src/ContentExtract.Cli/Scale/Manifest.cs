using System.Security.Cryptography;
using System.Text;

namespace ContentExtract.Cli.Scale;

/// <summary>
/// The list of inputs a sharded run divides: one local path or http(s) address per line, in the style of Common
/// Crawl's <c>warc.paths.gz</c>. Blank lines and lines starting with <c>#</c> are ignored; a <c>.gz</c> manifest
/// (recognised by its first bytes) is inflated. Relative lines are resolved against a base (a folder or an http(s)
/// address, as Common Crawl's paths are relative to its bucket), else against the working directory.
/// </summary>
internal sealed class Manifest
{
    /// <summary>The most bytes a manifest may hold, inflated: Common Crawl's largest path lists are about 15 MB.</summary>
    public const int MaxBytes = 256 << 20;

    /// <summary>The longest line read; anything longer is not a path.</summary>
    public const int MaxLineLength = 8192;

    private Manifest(IReadOnlyList<ManifestEntry> entries) => Entries = entries;

    /// <summary>The inputs, in manifest order.</summary>
    public IReadOnlyList<ManifestEntry> Entries { get; }

    /// <summary>A manifest from inputs named on the command line (directories already walked), one entry each, in order.</summary>
    public static Manifest FromInputs(IEnumerable<string> paths) =>
        new([.. paths.Select(p => new ManifestEntry(p, 0, p, null))]);

    /// <summary>Reads a manifest from its text (plain or gzip bytes).</summary>
    /// <param name="content">The manifest file, read forward only and not closed.</param>
    /// <param name="baseLocation">A folder or http(s) address that relative lines are joined to; null for the working directory.</param>
    /// <exception cref="FormatException">A line that is not a path or an http(s) address (its number is in the message), or a manifest over <see cref="MaxBytes"/>.</exception>
    public static Manifest Parse(Stream content, string? baseLocation)
    {
        var buffered = new BufferedStream(content, 1 << 16);
        Span<byte> magic = stackalloc byte[2];
        int peeked = PeekTwo(buffered, magic);
        Stream text = peeked == 2 && magic[0] == 0x1f && magic[1] == 0x8b
            ? new System.IO.Compression.GZipStream(new PrefixedStream(magic[..peeked].ToArray(), buffered), System.IO.Compression.CompressionMode.Decompress)
            : new PrefixedStream(magic[..peeked].ToArray(), buffered);

        Uri? baseUrl = null;
        if (baseLocation is not null && IsHttp(baseLocation))
        {
            // A base address names a folder: without the trailing slash, Uri would replace its last segment.
            baseUrl = new Uri(baseLocation.EndsWith('/') ? baseLocation : baseLocation + "/", UriKind.Absolute);
        }

        var entries = new List<ManifestEntry>();
        using var reader = new StreamReader(new BoundedReadStream(text, MaxBytes, "the manifest"), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        int number = 0;
        try
        {
            while (reader.ReadLine() is { } raw)
            {
                number++;
                if (raw.Length > MaxLineLength)
                {
                    throw new FormatException($"line {number} is {raw.Length} characters long, more than {MaxLineLength}: not a path");
                }

                string line = raw.Trim();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                entries.Add(Resolve(line, number, baseLocation, baseUrl));
            }
        }
        catch (DownloadLimitException ex)
        {
            throw new FormatException(ex.Message, ex);
        }
        catch (InvalidDataException ex)
        {
            throw new FormatException($"the manifest is not valid gzip ({ex.Message})", ex);
        }

        return new Manifest(entries);
    }

    /// <summary>
    /// A fingerprint of a list of entries (their keys, in order): a shard's marker records the one of its inputs, so a
    /// rerun can tell a finished shard of the same inputs from one of a changed manifest.
    /// </summary>
    public static string Fingerprint(IEnumerable<ManifestEntry> entries)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var entry in entries)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(entry.Key));
            sha.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static bool IsHttp(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static ManifestEntry Resolve(string line, int number, string? baseLocation, Uri? baseUrl)
    {
        if (IsHttp(line))
        {
            return Uri.TryCreate(line, UriKind.Absolute, out var url)
                ? new ManifestEntry(line, number, url.AbsoluteUri, url)
                : throw new FormatException($"line {number} is not a valid address: {line}");
        }

        if (line.StartsWith("file://", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(line, UriKind.Absolute, out var fileUri))
        {
            return new ManifestEntry(line, number, fileUri.LocalPath, null);
        }

        int colon = line.IndexOf("://", StringComparison.Ordinal);
        if (colon > 0 && line[..colon].All(char.IsAsciiLetterOrDigit))
        {
            // s3://, gs://, hdfs:// … need credentials and clients this tool does not carry.
            throw new FormatException($"line {number}: {line[..colon]}:// addresses are not read; give an http(s) address (Common Crawl: https://data.commoncrawl.org/<path>) or a path on a mounted file system");
        }

        if (Path.IsPathRooted(line))
        {
            return new ManifestEntry(line, number, line, null);
        }

        if (baseUrl is not null)
        {
            var url = new Uri(baseUrl, line);
            return new ManifestEntry(line, number, url.AbsoluteUri, url);
        }

        return new ManifestEntry(line, number, baseLocation is null ? line : Path.Combine(baseLocation, line), null);
    }

    private static int PeekTwo(BufferedStream stream, Span<byte> into)
    {
        int total = 0;
        while (total < into.Length)
        {
            int read = stream.Read(into[total..]);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    /// <summary>Puts back the bytes read to sniff the format in front of the rest of the stream.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream rest) : Stream
    {
        private int _prefixRead;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_prefixRead < prefix.Length)
            {
                int n = Math.Min(buffer.Length, prefix.Length - _prefixRead);
                prefix.AsSpan(_prefixRead, n).CopyTo(buffer);
                _prefixRead += n;
                return n;
            }

            return rest.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
