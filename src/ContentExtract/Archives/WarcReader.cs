using System.Globalization;
using System.Text;

namespace ContentExtract.Archives;

/// <summary>
/// Reads WARC/1.0 and WARC/1.1 records one at a time from a plain or gzip-compressed stream (the
/// compression is recognised from the first bytes). Only the current record's block is held in
/// memory, and only up to the block limit; larger blocks are skipped without being read into memory.
/// </summary>
/// <remarks>
/// Recovery from damage:
/// <list type="bullet">
/// <item>A record whose header is malformed or cut short, whose <c>Content-Length</c> is missing, or whose
/// block does not end where <c>Content-Length</c> says is reported as corrupt, and reading resumes at the
/// next <c>WARC/1.</c> wherever it is (not only at a line start: a body cut without a line end runs
/// straight into the next record) — searched from just after the damaged record's header, so that
/// records swallowed by a too-large <c>Content-Length</c> are found again.</item>
/// <item>A block over the limit is passed over without being read into memory; the bytes passed over are
/// searched for a version line, so that a lying <c>Content-Length</c> (2 GB in the middle of a small
/// file) loses only its own record. The cost: an honest record over the limit whose content holds a
/// WARC version line (an archive archived uncompressed) is read from there as records.</item>
/// <item>Bytes that are not a record (garbage between records) are reported once and skipped to the
/// next <c>WARC/1.</c>.</item>
/// <item>In a compressed archive, a damaged gzip member (bad deflate data, failed CRC-32 or length
/// check, truncation, garbage between members) is reported as one corrupt record and reading resumes
/// at the next gzip header after the damaged member's own header (its bytes are searched again, so a
/// cut member does not swallow the members after it).
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
        // Writers differ in how many blank lines they leave between records.
        while (_reader.Peek(1) is [(byte)'\r' or (byte)'\n'])
        {
            _reader.Advance(1);
        }

        if (_reader.AtEnd)
        {
            return null;
        }

        long offset = OffsetAt(_reader.Position);
        if (!_reader.Peek(VersionPrefix.Length).SequenceEqual(VersionPrefix))
        {
            // Searched from here, not from the next line: a record may follow garbage or a cut body on the same line.
            string found = Shorten(FirstLine(_reader.Peek(64)));
            bool resumed = _reader.SeekBytes(VersionPrefix, cancellationToken);
            return Corrupt(offset, null, $"expected a WARC/1.0 or WARC/1.1 record, found '{found}'; skipped to {(resumed ? "the next record" : "the end of the archive")}");
        }

        _reader.ReadLine(MaxHeaderLineLength, out bool tooLong);
        if (tooLong)
        {
            // Past the version's own "WARC/1." first, or the search would find it again and again.
            _reader.Advance(VersionPrefix.Length);
            return Resynchronize(offset, new Dictionary<string, string>(), "the version line is longer than 64 KiB", cancellationToken);
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
                    ? Resynchronize(offset, fields, "a header line is longer than 64 KiB", cancellationToken)
                    : Corrupt(offset, fields, "the archive ends inside the record header");
            }

            int nextRecord = field.IndexOf("WARC/1.", StringComparison.Ordinal);
            if (nextRecord >= 0)
            {
                // The header was cut and another record begins inside it: that record is read next.
                _reader.Unread(Encoding.UTF8.GetBytes(string.Concat(field.AsSpan(nextRecord), "\n")));
                return Corrupt(offset, fields, "the record header is cut short: another record begins inside it");
            }

            if (field.Length == 0)
            {
                break;
            }

            headerLength += field.Length;
            if (headerLength > MaxHeaderLength)
            {
                return Resynchronize(offset, fields, "the record header is longer than 1 MiB", cancellationToken);
            }

            if (field[0] is ' ' or '\t' && lastName is not null)
            {
                fields[lastName] = fields[lastName] + " " + field.Trim();
                continue;
            }

            int colon = field.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return Resynchronize(offset, fields, $"malformed header line '{Shorten(field)}'", cancellationToken);
            }

            lastName = field[..colon].Trim();
            fields.TryAdd(lastName, field[(colon + 1)..].Trim());
        }

        if (!fields.TryGetValue("Content-Length", out string? declared)
            || !long.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out long length))
        {
            return Resynchronize(offset, fields, declared is null ? "no Content-Length" : $"invalid Content-Length '{Shorten(declared)}'", cancellationToken);
        }

        if (length > _maxBlockLength)
        {
            return SkipTooLarge(offset, fields, length, cancellationToken);
        }

        var block = ReadBlock((int)length, out int read);
        if (read < length)
        {
            // A too-large Content-Length swallows the records after it: search them again.
            _reader.Unread(block.AsSpan(0, read));
            return Resynchronize(offset, fields, $"Content-Length {length} runs past the end of the archive ({read} bytes left)", cancellationToken);
        }

        if (!ConsumeRecordEnd())
        {
            _reader.Unread(block);
            return Resynchronize(offset, fields, $"the record does not end where Content-Length {length} says", cancellationToken);
        }

        return new WarcEntry { Index = _index++, Offset = offset, Fields = fields, Block = block };
    }

    /// <summary>
    /// Reads a block of the declared length, growing the array as bytes arrive: a few bytes that claim 30 MB
    /// allocate what they hold, not what they claim. Returns the array, full unless the archive ended first.
    /// </summary>
    private byte[] ReadBlock(int length, out int read)
    {
        var block = new byte[Math.Min(length, 64 * 1024)];
        read = 0;
        while (read < length)
        {
            if (read == block.Length)
            {
                Array.Resize(ref block, (int)Math.Min(length, 2L * block.Length));
            }

            int count = _reader.Read(block.AsSpan(read));
            if (count == 0)
            {
                break;
            }

            read += count;
        }

        return block;
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

    /// <summary>
    /// A block larger than the limit is not read into memory but passed over. Its Content-Length may be a lie
    /// (2 GB in the middle of a small file), so the bytes passed over are searched for a version line
    /// (<c>WARC/1.0</c> or <c>WARC/1.1</c> and a line end): where one is found, the record ends there and the
    /// next one is read from it. The record is reported too large either way.
    /// </summary>
    private WarcEntry SkipTooLarge(long offset, IReadOnlyDictionary<string, string> fields, long length, CancellationToken cancellationToken)
    {
        string limit = $"the record block has {length} bytes; the limit is {_maxBlockLength}";
        long skipped = 0;
        bool found = false;
        while (skipped < length)
        {
            skipped += _reader.SkipToBytes(length - skipped, VersionPrefix, cancellationToken, out bool atPrefix);
            if (!atPrefix)
            {
                break;
            }

            if (IsVersionLine(_reader.Peek(10)))
            {
                found = true;
                break;
            }

            _reader.Advance(1);
            skipped++;
        }

        if (found)
        {
            return new WarcEntry
            {
                Index = _index++,
                Offset = offset,
                Fields = fields,
                Problem = WarcProblem.TooLarge,
                Reason = $"{limit}, but another record begins {skipped} bytes into it: read from there",
            };
        }

        if (skipped < length)
        {
            return Corrupt(offset, fields, $"{limit}, and it runs past the end of the archive ({skipped} bytes left)");
        }

        if (!ConsumeRecordEnd())
        {
            return Resynchronize(offset, fields, $"the record does not end where Content-Length {length} says", cancellationToken);
        }

        return new WarcEntry
        {
            Index = _index++,
            Offset = offset,
            Fields = fields,
            Problem = WarcProblem.TooLarge,
            Reason = limit,
        };
    }

    /// <summary>Whether a version line starts at the front of <paramref name="bytes"/>: <c>WARC/1.0</c> or <c>WARC/1.1</c>, then LF or CR LF.</summary>
    private static bool IsVersionLine(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 9 && bytes.StartsWith(VersionPrefix) && bytes[7] is (byte)'0' or (byte)'1'
        && (bytes[8] == (byte)'\n' || (bytes[8] == (byte)'\r' && bytes.Length >= 10 && bytes[9] == (byte)'\n'));

    /// <summary>Reports a damaged record and moves to the next <c>WARC/1.</c>, wherever it is: not only at a line start, since a cut body may run into the next record.</summary>
    private WarcEntry Resynchronize(long offset, IReadOnlyDictionary<string, string> fields, string reason, CancellationToken cancellationToken)
    {
        bool resumed = _reader.SeekBytes(VersionPrefix, cancellationToken);
        return Corrupt(offset, fields, $"{reason}; skipped to {(resumed ? "the next record" : "the end of the archive")}");
    }

    private static string FirstLine(ReadOnlySpan<byte> bytes)
    {
        int end = bytes.IndexOfAny((byte)'\r', (byte)'\n');
        return Encoding.UTF8.GetString(end >= 0 ? bytes[..end] : bytes);
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
