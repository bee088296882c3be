using System.Text;

namespace ContentExtract.Archives;

/// <summary>
/// A buffered, forward-only reader over a stream with the few operations archive parsing needs:
/// lines, exact blocks, skipping, searching forward for a marker, and pushing bytes back (so that a
/// record whose length was wrong can be searched for the next record). Fills read only as much as
/// asked for, so that a damaged gzip member further on is not touched before the records before it
/// have been returned.
/// </summary>
internal sealed class ByteReader
{
    private readonly Stream _source;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _sourceEnded;

    public ByteReader(Stream source, int bufferSize = 64 * 1024)
    {
        _source = source;
        _buffer = new byte[bufferSize];
    }

    /// <summary>How many bytes of the source have been consumed (pushed-back bytes count as not consumed).</summary>
    public long Position { get; private set; }

    /// <summary>True when no byte is left.</summary>
    public bool AtEnd => Fill(1) == 0;

    /// <summary>Up to <paramref name="count"/> bytes ahead, without consuming them; fewer only at the end.</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        // Fill first: it may move the buffered bytes.
        int available = Fill(count);
        return _buffer.AsSpan(_start, Math.Min(available, count));
    }

    /// <summary>Consumes bytes already looked at with <see cref="Peek"/>.</summary>
    public void Advance(int count)
    {
        _start += count;
        Position += count;
    }

    public int ReadByte()
    {
        if (Fill(1) == 0)
        {
            return -1;
        }

        Position++;
        return _buffer[_start++];
    }

    /// <summary>Reads what is available, at least one byte unless the source has ended.</summary>
    public int Read(Span<byte> destination)
    {
        int available = Fill(1);
        int count = Math.Min(available, destination.Length);
        _buffer.AsSpan(_start, count).CopyTo(destination);
        Advance(count);
        return count;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; returns the count skipped.</summary>
    public long Skip(long count, CancellationToken cancellationToken)
    {
        long skipped = 0;
        while (skipped < count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int available = Fill(1);
            if (available == 0)
            {
                break;
            }

            int step = (int)Math.Min(available, count - skipped);
            Advance(step);
            skipped += step;
        }

        return skipped;
    }

    /// <summary>Puts bytes back in front of the unread ones; they are read again next.</summary>
    public void Unread(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= _start)
        {
            _start -= bytes.Length;
            bytes.CopyTo(_buffer.AsSpan(_start));
        }
        else
        {
            var combined = new byte[Math.Max(_buffer.Length, bytes.Length + (_end - _start))];
            bytes.CopyTo(combined);
            _buffer.AsSpan(_start, _end - _start).CopyTo(combined.AsSpan(bytes.Length));
            _end = bytes.Length + (_end - _start);
            _start = 0;
            _buffer = combined;
        }

        Position -= bytes.Length;
    }

    /// <summary>Drops the buffered bytes (they count as consumed): used after the source reported damage.</summary>
    public void DiscardBuffered()
    {
        Position += _end - _start;
        _start = _end = 0;
    }

    /// <summary>
    /// Reads one line (LF or CRLF ended; the last line may lack one), decoded as UTF-8. Null at the end.
    /// A line longer than <paramref name="maxLength"/> bytes is not read: <paramref name="tooLong"/> is set.
    /// </summary>
    public string? ReadLine(int maxLength, out bool tooLong)
    {
        tooLong = false;
        int scanned = 0;
        while (true)
        {
            var buffered = _buffer.AsSpan(_start, _end - _start);
            int newline = buffered[scanned..].IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int length = scanned + newline;
                string line = Decode(buffered[..length]);
                Advance(length + 1);
                return line;
            }

            scanned = buffered.Length;
            if (scanned > maxLength)
            {
                tooLong = true;
                return null;
            }

            if (Fill(scanned + 1) == scanned)
            {
                if (scanned == 0)
                {
                    return null;
                }

                string last = Decode(_buffer.AsSpan(_start, scanned));
                Advance(scanned);
                return last;
            }
        }
    }

    /// <summary>
    /// Skips up to <paramref name="count"/> bytes, stopping in front of the first occurrence of
    /// <paramref name="pattern"/> that starts within them. Returns the count skipped; <paramref name="found"/>
    /// says whether it stopped at the pattern.
    /// </summary>
    public long SkipToBytes(long count, ReadOnlySpan<byte> pattern, CancellationToken cancellationToken, out bool found)
    {
        long skipped = 0;
        found = false;
        while (skipped < count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int available = Fill(pattern.Length + 1);
            if (available == 0)
            {
                break;
            }

            long remaining = count - skipped;
            int hit = _buffer.AsSpan(_start, available).IndexOf(pattern);
            if (hit >= 0 && hit < remaining)
            {
                Advance(hit);
                found = true;
                return skipped + hit;
            }

            // Without a hit, keep the tail: the pattern may begin there and end in bytes not read yet.
            long step = hit >= 0 || _sourceEnded ? available : available - (pattern.Length - 1);
            step = Math.Min(step, remaining);
            Advance((int)step);
            skipped += step;
        }

        return skipped;
    }

    /// <summary>Moves forward to the next occurrence of <paramref name="pattern"/> and stops in front of it; false at the end.</summary>
    public bool SeekBytes(ReadOnlySpan<byte> pattern, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int available = Fill(pattern.Length + 1);
            var buffered = _buffer.AsSpan(_start, available);
            int found = buffered.IndexOf(pattern);
            if (found >= 0)
            {
                Advance(found);
                return true;
            }

            if (_sourceEnded)
            {
                Advance(available);
                return false;
            }

            // Keep the tail: the pattern may begin there and end in bytes not read yet.
            Advance(available - Math.Min(available, pattern.Length - 1));
        }
    }

    private static string Decode(ReadOnlySpan<byte> line)
    {
        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        return Encoding.UTF8.GetString(line);
    }

    /// <summary>Makes at least <paramref name="count"/> bytes available unless the source ends; returns how many are.</summary>
    private int Fill(int count)
    {
        int available = _end - _start;
        if (available >= count || _sourceEnded)
        {
            return available;
        }

        if (count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(count, _buffer.Length * 2));
        }

        if (_start + count > _buffer.Length)
        {
            _buffer.AsSpan(_start, available).CopyTo(_buffer);
            _start = 0;
            _end = available;
        }

        while (_end - _start < count)
        {
            int read = _source.Read(_buffer.AsSpan(_end));
            if (read == 0)
            {
                _sourceEnded = true;
                break;
            }

            _end += read;
        }

        return _end - _start;
    }
}
