namespace ContentExtract.Archives;

/// <summary>
/// Inflates a whole gzip input (a <c>.html.gz</c> page, a body with <c>Content-Encoding: gzip</c>) with the
/// checks <see cref="System.IO.Compression.GZipStream"/> does not make: <c>GZipStream</c> returns half a page
/// without a word when the data is cut, and stops silently at garbage after a member, dropping the members
/// after it. Here every member's trailer is checked, damage is reported, and reading resumes at the next
/// member; no more than the limit is ever inflated.
/// </summary>
internal static class GzipDecoder
{
    /// <summary>Inflates every member of <paramref name="compressed"/>.</summary>
    /// <param name="compressed">The gzip data; read forward only and not closed.</param>
    /// <param name="maxLength">The most bytes inflated; a longer output is refused as soon as it passes the limit.</param>
    /// <param name="damage">
    /// Null when every member was whole; otherwise what was wrong (a cut member, a failed CRC-32 or length
    /// check, bytes that are not a gzip member): the bytes inflated before the damage are kept.
    /// </param>
    /// <param name="cancellationToken">Stops the inflation.</param>
    /// <returns>The inflated bytes.</returns>
    /// <remarks>
    /// A stream that can seek is inflated twice: once to measure, keeping nothing, and once into an array of the measured
    /// size. A small file that inflates past the limit (a gzip bomb) so costs no memory before it is refused, where
    /// buffering it cost the limit (32 MiB) and more; a page within the limit is held once, not grown by doubling and
    /// copied. A stream that cannot seek is inflated once, into a growing buffer.
    /// </remarks>
    /// <exception cref="ContentExtractionException">The output is longer than <paramref name="maxLength"/> (<see cref="ExtractionFailure.TooLarge"/>).</exception>
    /// <exception cref="InvalidDataException">Nothing could be inflated because the data is damaged or not gzip at all.</exception>
    public static byte[] Decode(Stream compressed, int maxLength, out string? damage, CancellationToken cancellationToken = default)
    {
        if (!compressed.CanSeek)
        {
            using var growing = new MemoryStream();
            damage = Inflate(compressed, maxLength, growing, cancellationToken);
            return growing.ToArray();
        }

        long start = compressed.Position;
        damage = Inflate(compressed, maxLength, output: null, cancellationToken, out long length);
        compressed.Position = start;
        using var exact = new MemoryStream((int)length);
        damage = Inflate(compressed, maxLength, exact, cancellationToken);
        return exact.Length == exact.Capacity ? exact.GetBuffer() : exact.ToArray();
    }

    private static string? Inflate(Stream compressed, int maxLength, MemoryStream output, CancellationToken cancellationToken) =>
        Inflate(compressed, maxLength, output, cancellationToken, out _);

    /// <summary>Inflates into <paramref name="output"/>, or only counts the bytes when it is null; returns the damage found.</summary>
    private static string? Inflate(Stream compressed, int maxLength, MemoryStream? output, CancellationToken cancellationToken, out long length)
    {
        using var gzip = new GzipMemberStream(new ByteReader(compressed));
        var chunk = new byte[81920];
        string? first = null;
        int problems = 0;
        length = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int read;
            try
            {
                read = gzip.Read(chunk);
            }
            catch (InvalidDataException ex)
            {
                first ??= ex.Message;
                problems++;
                gzip.SkipToNextMember(cancellationToken);
                continue;
            }

            if (read == 0)
            {
                break;
            }

            if (length + read > maxLength)
            {
                throw new ContentExtractionException(ExtractionFailure.TooLarge, $"the input is larger than {maxLength} bytes (decompressed), the limit");
            }

            length += read;
            output?.Write(chunk, 0, read);
        }

        string? damage = first is null ? null : problems == 1 ? first : $"{first}, and {problems - 1} more damaged parts";
        if (damage is not null && length == 0)
        {
            throw new InvalidDataException(damage);
        }

        return damage;
    }
}
