using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace ContentExtract.Archives;

/// <summary>
/// Decompresses a gzip file member by member, knowing where each member starts in the compressed
/// file. <see cref="GZipStream"/> also reads concatenated members, but it reads ahead and cannot say
/// where a member began, so after a damaged member it cannot continue. Here each member is inflated
/// by its own <see cref="DeflateStream"/>; its end is found from the gzip trailer (CRC-32 and length
/// of the member's output, which also checks the member), and the bytes read ahead are pushed back.
/// A damaged member raises <see cref="InvalidDataException"/>; <see cref="SkipToNextMember"/> then
/// resumes at the next gzip header. WARC files written one record per member (the usual
/// <c>.warc.gz</c>) so lose only the damaged record.
/// </summary>
internal sealed class GzipMemberStream : Stream
{
    private const byte FlagHeaderCrc = 0x02;
    private const byte FlagExtra = 0x04;
    private const byte FlagName = 0x08;
    private const byte FlagComment = 0x10;
    private const byte ReservedFlags = 0xE0;

    private static ReadOnlySpan<byte> Magic => [0x1F, 0x8B, 0x08];

    private readonly ByteReader _raw;
    private readonly MemberFeed _feed;
    private readonly List<(long OutputStart, long RawOffset)> _memberStarts = [];
    private readonly Crc32 _crc = new();
    private DeflateStream? _inflater;
    private long _memberOutput;
    private long _totalOutput;

    public GzipMemberStream(ByteReader raw)
    {
        _raw = raw;
        _feed = new MemberFeed(raw);
    }

    /// <summary>Where the member being read starts in the compressed file.</summary>
    public long CurrentMemberOffset { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _totalOutput;
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// The compressed-file offset of the member that produced the decompressed byte at
    /// <paramref name="outputPosition"/>. Positions must be asked for in increasing order: older
    /// member starts are forgotten, so that a long archive does not accumulate them.
    /// </summary>
    public long MemberOffsetAt(long outputPosition)
    {
        int last = -1;
        for (int i = 0; i < _memberStarts.Count && _memberStarts[i].OutputStart <= outputPosition; i++)
        {
            last = i;
        }

        if (last < 0)
        {
            return _memberStarts.Count > 0 ? _memberStarts[0].RawOffset : CurrentMemberOffset;
        }

        if (last > 0)
        {
            _memberStarts.RemoveRange(0, last);
        }

        return _memberStarts[0].RawOffset;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (true)
        {
            if (_inflater is null && !BeginMember())
            {
                return 0;
            }

            int read;
            try
            {
                read = _inflater!.Read(buffer);
            }
            catch (InvalidDataException ex)
            {
                // DeflateStream's own message ("unsupported compression method") misleads: the method byte was checked; the data is bad.
            throw new InvalidDataException($"corrupt gzip data: the member at offset {CurrentMemberOffset} holds invalid compressed data", ex);
            }

            if (read > 0)
            {
                _crc.Append(buffer[..read]);
                _memberOutput += read;
                _totalOutput += read;
                return read;
            }

            EndMember();
        }
    }

    /// <summary>
    /// After <see cref="InvalidDataException"/>: abandons the damaged member and moves to the next
    /// gzip header after its start. Returns false when there is none.
    /// </summary>
    public bool SkipToNextMember(CancellationToken cancellationToken)
    {
        _inflater?.Dispose();
        _inflater = null;

        // A cut member's inflater reads on into the members after it: the damaged member's bytes are
        // searched again from just after its header, so the next member is found wherever it begins.
        _feed.PushBackMember();
        return _raw.SeekBytes(Magic, cancellationToken);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inflater?.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool BeginMember()
    {
        if (_raw.AtEnd)
        {
            return false;
        }

        CurrentMemberOffset = _raw.Position;
        var header = _raw.Peek(10);
        if (header.Length < 10 || !header.StartsWith(Magic))
        {
            // Step over the first byte so that the search for the next header makes progress.
            _raw.Advance(1);
            throw new InvalidDataException(header.Length < 10 && header.StartsWith(Magic[..Math.Min(header.Length, 3)])
                ? $"truncated gzip data: the data ends inside the gzip header at offset {CurrentMemberOffset}"
                : CurrentMemberOffset == 0
                    ? "not gzip data: no gzip header at the start"
                    : $"no gzip header at offset {CurrentMemberOffset} (trailing garbage or a damaged member)");
        }

        byte flags = header[3];
        _raw.Advance(10);
        if ((flags & ReservedFlags) != 0)
        {
            throw new InvalidDataException($"corrupt gzip data: the gzip header at offset {CurrentMemberOffset} has reserved flags set");
        }

        if ((flags & FlagExtra) != 0)
        {
            var length = _raw.Peek(2);
            if (length.Length < 2)
            {
                throw new InvalidDataException($"truncated gzip data: the data ends inside the gzip header at offset {CurrentMemberOffset}");
            }

            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(length);
            _raw.Advance(2);
            _raw.Skip(extraLength, CancellationToken.None);
        }

        if ((flags & FlagName) != 0)
        {
            SkipZeroTerminated();
        }

        if ((flags & FlagComment) != 0)
        {
            SkipZeroTerminated();
        }

        if ((flags & FlagHeaderCrc) != 0)
        {
            _raw.Skip(2, CancellationToken.None);
        }

        _memberStarts.Add((_totalOutput, CurrentMemberOffset));
        _crc.Reset();
        _memberOutput = 0;
        _feed.BeginMember();
        _inflater = new DeflateStream(_feed, CompressionMode.Decompress, leaveOpen: true);
        return true;
    }

    private void SkipZeroTerminated()
    {
        int b;
        while ((b = _raw.ReadByte()) > 0)
        {
        }

        if (b < 0)
        {
            throw new InvalidDataException($"truncated gzip data: the data ends inside the gzip header at offset {CurrentMemberOffset}");
        }
    }

    /// <summary>
    /// The deflate data has ended somewhere in the last chunk handed to the inflater. The trailer
    /// (CRC-32 and length of this member's output) is found there; the bytes after it go back.
    /// </summary>
    private void EndMember()
    {
        _inflater!.Dispose();
        _inflater = null;

        Span<byte> trailer = stackalloc byte[8];
        // The gzip trailer holds the CRC-32 little-endian, the byte order Crc32 writes its hash in.
        _crc.GetCurrentHash(trailer[..4]);
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], unchecked((uint)_memberOutput));

        var chunk = _feed.LastChunk;
        var after = _raw.Peek(8);
        var window = new byte[chunk.Length + after.Length];
        chunk.CopyTo(window);
        after.CopyTo(window.AsSpan(chunk.Length));
        int found = window.AsSpan().IndexOf(trailer);
        if (found < 0)
        {
            throw new InvalidDataException(DescribeBadTrailer(window, trailer));
        }

        int end = found + trailer.Length;
        if (end <= chunk.Length)
        {
            _raw.Unread(chunk[end..]);
        }
        else
        {
            _raw.Advance(end - chunk.Length);
        }

        _feed.Forget();
    }

    /// <summary>
    /// Why the trailer was not found after the deflate data: the member's length is there but its CRC-32 is not (a
    /// failed check) or the other way round, the file ends inside the trailer or inside the deflate data (cut short),
    /// or neither is found (a damaged trailer, or bytes that are not one).
    /// </summary>
    private string DescribeBadTrailer(ReadOnlySpan<byte> window, ReadOnlySpan<byte> trailer)
    {
        string member = $"the member at offset {CurrentMemberOffset}";
        if (window.LastIndexOf(trailer[4..]) >= 4)
        {
            return $"corrupt gzip data: {member} fails its CRC-32 check";
        }

        // The file ends with the trailer's first bytes (two or more, so that a stray byte is not taken for them).
        for (int kept = trailer.Length - 1; kept >= 2; kept--)
        {
            if (window.EndsWith(trailer[..kept]))
            {
                return $"truncated gzip data: {member} is cut short inside its trailer";
            }
        }

        if (window.LastIndexOf(trailer[..4]) >= 0)
        {
            return $"corrupt gzip data: {member} fails its length check";
        }

        return _feed.RanDry
            ? $"truncated gzip data: {member} is cut short"
            : $"corrupt gzip data: {member} has no valid trailer (CRC-32 and length)";
    }

    /// <summary>
    /// Hands compressed bytes to the inflater and remembers the last chunk it handed over, and every byte of
    /// the member up to <see cref="MaxRetained"/> (beyond it, only the last chunk can be searched again).
    /// </summary>
    private sealed class MemberFeed(ByteReader raw) : Stream
    {
        private const int MaxRetained = 4 * 1024 * 1024;

        private readonly byte[] _lastChunk = new byte[16 * 1024];
        private int _lastChunkLength;
        private byte[] _retained = [];
        private int _retainedLength;
        private bool _overflowed;

        public ReadOnlySpan<byte> LastChunk => _lastChunk.AsSpan(0, _lastChunkLength);

        /// <summary>True when the inflater asked for more of this member and the file had no more: the member is cut short.</summary>
        public bool RanDry { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public void BeginMember() => Forget();

        public void Forget()
        {
            _lastChunkLength = 0;
            _retainedLength = 0;
            _overflowed = false;
            RanDry = false;
        }

        /// <summary>Puts back the member's bytes (all of them, or the last chunk when there were too many).</summary>
        public void PushBackMember()
        {
            raw.Unread(_overflowed ? LastChunk : _retained.AsSpan(0, _retainedLength));
            Forget();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            // A bounded chunk keeps the trailer search and the push-back small.
            var destination = buffer[..Math.Min(buffer.Length, _lastChunk.Length)];
            int read = raw.Read(destination);
            RanDry |= read == 0 && destination.Length > 0;
            destination[..read].CopyTo(_lastChunk);
            _lastChunkLength = read;
            Retain(destination[..read]);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private void Retain(ReadOnlySpan<byte> chunk)
        {
            if (_overflowed)
            {
                return;
            }

            if (_retainedLength + chunk.Length > MaxRetained)
            {
                _overflowed = true;
                _retainedLength = 0;
                return;
            }

            if (_retainedLength + chunk.Length > _retained.Length)
            {
                Array.Resize(ref _retained, Math.Min(MaxRetained, Math.Max(_retainedLength + chunk.Length, Math.Max(64 * 1024, _retained.Length * 2))));
            }

            chunk.CopyTo(_retained.AsSpan(_retainedLength));
            _retainedLength += chunk.Length;
        }
    }
}
