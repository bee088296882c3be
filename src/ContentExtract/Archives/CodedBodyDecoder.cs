using System.Buffers;
using System.IO.Compression;

namespace ContentExtract.Archives;

/// <summary>
/// Decodes a body sent with <c>Content-Encoding: deflate</c> or <c>br</c> with the checks the .NET streams leave out:
/// <see cref="DeflateStream"/>, <see cref="ZLibStream"/> and <see cref="BrotliStream"/> return the part of a cut body
/// as if it were all of it, and stop without a word at bytes after the coded data, so a truncated record passed for a
/// whole page. Here a body that ends before its coded data does, coded data followed by more bytes, and data that does
/// not decode are reported as damage, and the part decoded before it is kept, as <see cref="GzipDecoder"/> does for gzip.
/// Each body is decoded twice, once to measure and once into an array of that size, so that a small body that decodes
/// past the limit is refused without holding any of it.
/// </summary>
internal static class CodedBodyDecoder
{
    /// <summary>Decodes a <c>deflate</c> body: zlib-wrapped by the standard, raw deflate from some servers.</summary>
    /// <exception cref="ContentExtractionException">The decoded body is longer than <paramref name="maxLength"/> (<see cref="ExtractionFailure.TooLarge"/>).</exception>
    /// <exception cref="InvalidDataException">Nothing could be decoded.</exception>
    public static byte[] Inflate(byte[] body, int maxLength, out string? damage)
    {
        bool zlib = body.Length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0;
        return Decode(body, maxLength, (byte[]? output, out int counted) => Inflate(body, zlib, maxLength, output, out counted), out damage);
    }

    /// <summary>Decodes a <c>br</c> (Brotli) body.</summary>
    /// <exception cref="ContentExtractionException">The decoded body is longer than <paramref name="maxLength"/> (<see cref="ExtractionFailure.TooLarge"/>).</exception>
    /// <exception cref="InvalidDataException">Nothing could be decoded.</exception>
    public static byte[] Unbrotli(byte[] body, int maxLength, out string? damage) =>
        Decode(body, maxLength, (byte[]? output, out int counted) => Unbrotli(body, maxLength, output, out counted), out damage);

    private delegate string? Pass(byte[]? output, out int length);

    private static byte[] Decode(byte[] body, int maxLength, Pass pass, out string? damage)
    {
        // An empty body (a HEAD response, a 304 sent with its coding's header) holds no coded data to find damage in.
        if (body.Length == 0)
        {
            damage = null;
            return body;
        }

        damage = pass(null, out int length);
        if (length == 0 && damage is not null)
        {
            throw new InvalidDataException(damage);
        }

        var output = new byte[length];
        pass(output, out _);
        return output;
    }

    /// <summary>One pass of inflation: into <paramref name="output"/>, or only counted when it is null.</summary>
    private static string? Inflate(byte[] body, bool zlib, int maxLength, byte[]? output, out int length)
    {
        var feed = new TailFeed(body);
        using Stream inflater = zlib ? new ZLibStream(feed, CompressionMode.Decompress) : new DeflateStream(feed, CompressionMode.Decompress);
        byte[] chunk = ArrayPool<byte>.Shared.Rent(81920);
        length = 0;
        string coding = zlib ? "deflate (zlib)" : "deflate";
        try
        {
            int read;
            while ((read = inflater.Read(chunk)) > 0)
            {
                Take(chunk.AsSpan(0, read), maxLength, output, ref length);
            }
        }
        catch (InvalidDataException ex)
        {
            return $"{coding} data damaged after {length} bytes ({ex.Message})";
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return feed.ReadPastEnd ? $"{coding} data truncated: the body ends before its coded data does ({length} bytes decoded)"
            : feed.Unread > 0 ? $"garbage after the {coding} data ({(feed.Unread <= TailFeed.TailLength ? string.Empty : "at least ")}{feed.Unread} bytes)"
            : null;
    }

    /// <summary>One pass of Brotli decoding: into <paramref name="output"/>, or only counted when it is null.</summary>
    private static string? Unbrotli(byte[] body, int maxLength, byte[]? output, out int length)
    {
        using var decoder = new BrotliDecoder();
        byte[] chunk = ArrayPool<byte>.Shared.Rent(81920);
        var source = body.AsSpan();
        length = 0;
        try
        {
            while (true)
            {
                var status = decoder.Decompress(source, chunk, out int consumed, out int written);
                source = source[consumed..];
                Take(chunk.AsSpan(0, written), maxLength, output, ref length);
                switch (status)
                {
                    case System.Buffers.OperationStatus.Done:
                        return source.IsEmpty ? null : $"garbage after the br data ({source.Length} bytes)";
                    case System.Buffers.OperationStatus.InvalidData:
                        return $"br data damaged after {length} bytes";
                    case System.Buffers.OperationStatus.NeedMoreData when source.IsEmpty || consumed + written == 0:
                        return $"br data truncated: the body ends before its coded data does ({length} bytes decoded)";
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static void Take(ReadOnlySpan<byte> decoded, int maxLength, byte[]? output, ref int length)
    {
        if ((long)length + decoded.Length > maxLength)
        {
            throw new ContentExtractionException(ExtractionFailure.TooLarge, $"the decoded body is larger than the limit of {maxLength} bytes");
        }

        if (output is not null)
        {
            decoded.CopyTo(output.AsSpan(length));
        }

        length += decoded.Length;
    }

    /// <summary>
    /// The body as the inflater reads it, telling where its coded data ended. The inflater stops asking for bytes at the
    /// end of its data, so a read past the body's end means the data was cut, and bytes never handed over are garbage.
    /// The last bytes are handed over one at a time: the inflater holds on to what it was given but did not need, so only
    /// a byte at a time shows exactly where its data ended.
    /// </summary>
    private sealed class TailFeed(byte[] body) : Stream
    {
        /// <summary>The bytes at the end handed over one at a time: more than a zlib trailer and the last block's end.</summary>
        public const int TailLength = 64;

        private int _position;

        /// <summary>True once the inflater asked for more after the last byte: the body ended before its coded data.</summary>
        public bool ReadPastEnd { get; private set; }

        /// <summary>The bytes the inflater never asked for.</summary>
        public int Unread => body.Length - _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => body.Length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int left = body.Length - _position;
            if (left == 0)
            {
                ReadPastEnd = true;
                return 0;
            }

            int count = left <= TailLength ? 1 : Math.Min(buffer.Length, left - TailLength);
            body.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
