using System.Globalization;

namespace ContentExtract.Archives;

/// <summary>
/// Reads WARC/1.0 and WARC/1.1 records one at a time from a plain or gzip-compressed stream (the
/// compression is recognised from the first bytes). Only the current record's block is held in
/// memory, and only up to the block limit; larger blocks are skipped without being read into memory.
/// </summary>
/// <remarks>
/// Recovery from damage:
/// <list type="bullet">
/// <item>A record whose header is malformed, whose <c>Content-Length</c> is missing, or whose block
/// does not end where <c>Content-Length</c> says is reported as corrupt, and reading resumes at the
/// next line that starts with <c>WARC/1.</c> — searched from just after the damaged record's header,
/// so that records swallowed by a too-large <c>Content-Length</c> are found again.</item>
/// <item>Bytes that are not a record (garbage between records) are reported once and skipped to the
/// next <c>WARC/1.</c> line.</item>
/// <item>In a compressed archive, a damaged gzip member (bad deflate data, failed CRC-32 or length
/// check, truncation) is reported as one corrupt record and reading resumes at the next gzip header.
/// When the archive has one record per member this loses only the damaged record; when a member
/// holds several records, the rest of that member is lost. A member that decompresses but fails its
/// check is only noticed at its end, so a record it held may already have been returned.</item>
/// </list>
/// </remarks>
internal sealed class WarcReader
{
    private const int MaxHeaderLineLength = 64 * 1024;
    private const int MaxHeaderLength = 1024 * 1024;

    private static ReadOnlySpan<byte> VersionPrefix => "WARC/1."u8;

    private readonly ByteReader _reader;
    private readonly GzipMemberStream? _gzip;
    private readonly int _maxBlockLength;
    private int _index;

    /// <summary>Creates a reader; the stream is read forward only and not closed.</summary>
    /// <param name="archive">The archive, plain or gzip-compressed.</param>
    /// <param name="maxBlockLength">The largest block read into memory; larger records come back as <see cref="WarcProblem.TooLarge"/>.</param>
    public WarcReader(Stream archive, int maxBlockLength)
    {
        var raw = new ByteReader(archive);
        if (raw.Peek(2) is [0x1F, 0x8B])
        {
            _gzip = new GzipMemberStream(raw);
            _reader = new ByteReader(_gzip);
        }
        else
        {
            _reader = raw;
        }

        _maxBlockLength = maxBlockLength;
    }

    /// <summary>True when the archive is gzip-compressed.</summary>
    public bool IsCompressed => _gzip is not null;

    /// <summary>Every record, lazily, one at a time.</summary>
    public IEnumerable<WarcEntry> ReadAll(CancellationToken cancellationToken)
    {
        while (Next(cancellationToken) is { } entry)
        {
            yield return entry;
        }
    }

    /// <summary>The next record, a report of a damaged one, or null at the end of the archive.</summary>
    /// <exception cref="IOException">The underlying stream failed.</exception>
    public WarcEntry? Next(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return ReadRecord(cancellationToken);
        }
        catch (InvalidDataException ex) when (_gzip is not null)
        {
            long offset = _gzip.CurrentMemberOffset;
            _reader.DiscardBuffered();
            _gzip.SkipToNextMember(cancellationToken);
            return Corrupt(offset, null, ex.Message);
        }
    }

    private WarcEntry? ReadRecord(CancellationToken cancellationToken)
    {
        long lineStart;
        string? line;
        bool tooLong;
        do
        {
            // Writers differ in how many blank lines they leave between records.
            lineStart = _reader.Position;
            line = _reader.ReadLine(MaxHeaderLineLength, out tooLong);
        }
        while (line is { Length: 0 });

        if (line is null && !tooLong)
        {
            return null;
        }

        long offset = OffsetAt(lineStart);
        if (line is null || !line.StartsWith("WARC/1.", StringComparison.Ordinal))
        {
            string found = line is null ? "a line longer than 64 KiB" : $"'{Shorten(line)}'";
            bool resumed = _reader.SeekLineStartingWith(VersionPrefix, atLineStart: line is not null, cancellationToken);
            return Corrupt(offset, null, $"expected a WARC/1.0 or WARC/1.1 record, found {found}; skipped to {(resumed ? "the next record" : "the end of the archive")}");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? lastName = null;
        int headerLength = 0;
        while (true)
        {
            string? field = _reader.ReadLine(MaxHeaderLineLength, out tooLong);
            if (field is null)
            {
                return tooLong
                    ? Resynchronize(offset, fields, "a header line is longer than 64 KiB", atLineStart: false, cancellationToken)
                    : Corrupt(offset, fields, "the archive ends inside the record header");
            }

            if (field.Length == 0)
            {
                break;
            }

            headerLength += field.Length;
            if (headerLength > MaxHeaderLength)
            {
                return Resynchronize(offset, fields, "the record header is longer than 1 MiB", atLineStart: true, cancellationToken);
            }

            if (field[0] is ' ' or '\t' && lastName is not null)
            {
                fields[lastName] = fields[lastName] + " " + field.Trim();
                continue;
            }

            int colon = field.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return Resynchronize(offset, fields, $"malformed header line '{Shorten(field)}'", atLineStart: true, cancellationToken);
            }

            lastName = field[..colon].Trim();
            fields.TryAdd(lastName, field[(colon + 1)..].Trim());
        }

        if (!fields.TryGetValue("Content-Length", out string? declared)
            || !long.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out long length))
        {
            return Resynchronize(offset, fields, declared is null ? "no Content-Length" : $"invalid Content-Length '{Shorten(declared)}'", atLineStart: true, cancellationToken);
        }

        if (length > _maxBlockLength)
        {
            long skipped = _reader.Skip(length, cancellationToken);
            if (skipped < length)
            {
                return Corrupt(offset, fields, $"Content-Length {length} runs past the end of the archive ({skipped} bytes left)");
            }

            if (!ConsumeRecordEnd())
            {
                return Resynchronize(offset, fields, $"the record does not end where Content-Length {length} says", atLineStart: false, cancellationToken);
            }

            return new WarcEntry
            {
                Index = _index++,
                Offset = offset,
                Fields = fields,
                Problem = WarcProblem.TooLarge,
                Reason = $"the record block has {length} bytes; the limit is {_maxBlockLength}",
            };
        }

        var block = new byte[length];
        int read = _reader.ReadExactly(block);
        if (read < length)
        {
            // A too-large Content-Length swallows the records after it: search them again.
            _reader.Unread(block.AsSpan(0, read));
            return Resynchronize(offset, fields, $"Content-Length {length} runs past the end of the archive ({read} bytes left)", atLineStart: true, cancellationToken);
        }

        if (!ConsumeRecordEnd())
        {
            _reader.Unread(block);
            return Resynchronize(offset, fields, $"the record does not end where Content-Length {length} says", atLineStart: true, cancellationToken);
        }

        return new WarcEntry { Index = _index++, Offset = offset, Fields = fields, Block = block };
    }

    /// <summary>Consumes the blank lines that end a record; false when something else follows the block.</summary>
    private bool ConsumeRecordEnd()
    {
        var next = _reader.Peek(4);
        if (next.SequenceEqual("\r\n\r\n"u8) || next.Length == 0)
        {
            _reader.Advance(next.Length);
            return true;
        }

        // Lenient about writers that end records with fewer or bare line feeds, as long as a record or
        // the end of the archive follows.
        int newlines = 0;
        var ahead = _reader.Peek(4 + VersionPrefix.Length);
        while (newlines < Math.Min(4, ahead.Length) && ahead[newlines] is (byte)'\r' or (byte)'\n')
        {
            newlines++;
        }

        if (newlines > 0 && (ahead.Length == newlines || ahead[newlines..].StartsWith(VersionPrefix)))
        {
            _reader.Advance(newlines);
            return true;
        }

        return false;
    }

    private WarcEntry Resynchronize(long offset, IReadOnlyDictionary<string, string> fields, string reason, bool atLineStart, CancellationToken cancellationToken)
    {
        bool resumed = _reader.SeekLineStartingWith(VersionPrefix, atLineStart, cancellationToken);
        return Corrupt(offset, fields, $"{reason}; skipped to {(resumed ? "the next record" : "the end of the archive")}");
    }

    private WarcEntry Corrupt(long offset, IReadOnlyDictionary<string, string>? fields, string reason) => new()
    {
        Index = _index++,
        Offset = offset,
        Fields = fields ?? new Dictionary<string, string>(),
        Problem = WarcProblem.Corrupt,
        Reason = reason,
    };

    private long OffsetAt(long position) => _gzip?.MemberOffsetAt(position) ?? position;

    private static string Shorten(string text)
    {
        // Garbage is quoted in a message that ends up on a terminal: no control characters.
        string shown = text.Length <= 60 ? text : text[..57] + "...";
        return string.Create(shown.Length, shown, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
    }
}
