namespace ContentExtract.Cli.Scale;

/// <summary>An input went past the most bytes a run reads from one input.</summary>
internal sealed class DownloadLimitException(string message) : IOException(message);

/// <summary>
/// A read-only pass-through that refuses to read past a limit and, for network streams, gives up when no byte
/// arrives for a while: an endless response, or a server that stalls mid-body, must not hold a shard forever.
/// Counts the bytes read, so that progress can say how far into an input the run is.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, long maxBytes, string what, TimeSpan? idleTimeout = null) : Stream
{
    private long _bytesRead;

    /// <summary>Bytes read so far; safe to call from any thread.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (idleTimeout is null)
        {
            return Counted(inner.Read(buffer[..Clamp(buffer.Length)]));
        }

        // A synchronous read of a network stream cannot be cancelled; the archive reader reads synchronously on its
        // own task, so the read is made asynchronous here and waited for with the idle limit.
        var rented = new byte[Clamp(buffer.Length)];
        int read = ReadAsync(rented, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        rented.AsSpan(0, read).CopyTo(buffer);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        buffer = buffer[..Clamp(buffer.Length)];
        if (idleTimeout is not { } timeout)
        {
            return Counted(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
        }

        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        idle.CancelAfter(timeout);
        try
        {
            return Counted(await inner.ReadAsync(buffer, idle.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new IOException($"{what}: no data arrived for {timeout.TotalSeconds:0} s");
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

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
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Asks for one byte more than the limit allows at most, so that going past it is seen, not silently cut.</summary>
    private int Clamp(int wanted)
    {
        long left = maxBytes - BytesRead + 1;
        return left <= 0 ? Math.Min(wanted, 1) : (int)Math.Min(wanted, left);
    }

    private int Counted(int read)
    {
        long total = Interlocked.Add(ref _bytesRead, read);
        if (total > maxBytes)
        {
            throw new DownloadLimitException($"{what} is larger than {maxBytes:N0} bytes, the limit");
        }

        return read;
    }
}
