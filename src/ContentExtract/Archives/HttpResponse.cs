using System.Globalization;
using System.Text;

namespace ContentExtract.Archives;

/// <summary>An HTTP response as stored in a WARC <c>response</c> record: status, headers and the decoded body.</summary>
internal sealed record HttpResponse
{
    public required int Status { get; init; }

    public string? Reason { get; init; }

    /// <summary>Header fields, names case-insensitive; repeated fields are joined with ", ".</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>The body with transfer and content codings removed.</summary>
    public required byte[] Body { get; init; }

    /// <summary>The media type of <c>Content-Type</c>, lower-case, without parameters; null when absent.</summary>
    public string? MediaType { get; init; }

    /// <summary>The <c>charset</c> parameter of <c>Content-Type</c>; null when absent.</summary>
    public string? Charset { get; init; }

    /// <summary>Null when the body decoded whole; otherwise what was wrong with its content coding (gzip, deflate or br: cut short, failed check, garbage after it), only the part before the damage having been decoded.</summary>
    public string? Damage { get; init; }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// Parses the HTTP response held in a WARC <c>response</c> block: the status line, header fields
/// (folded continuation lines joined), a <c>chunked</c> transfer coding, and <c>gzip</c>,
/// <c>deflate</c> and <c>br</c> content codings.
/// </summary>
internal static class HttpResponseParser
{
    private const int MaxHeaderLength = 256 * 1024;

    /// <summary>Parses a response; on failure returns null and says why.</summary>
    /// <param name="block">The record block.</param>
    /// <param name="maxBodyLength">The largest decoded body accepted (a compressed body may expand).</param>
    /// <param name="error">Why the block is not a usable response.</param>
    public static HttpResponse? Parse(byte[] block, int maxBodyLength, out string? error)
    {
        error = null;
        var span = block.AsSpan(0, Math.Min(block.Length, MaxHeaderLength));
        int headerEnd = FindHeaderEnd(span, out int separatorLength);
        if (headerEnd < 0)
        {
            error = "the HTTP response has no end of headers";
            return null;
        }

        // Header bytes are ASCII in practice; Latin-1 keeps any other byte instead of failing on it.
        var lines = Encoding.Latin1.GetString(span[..headerEnd]).Split('\n');
        string statusLine = lines[0].TrimEnd('\r');
        if (!TryParseStatusLine(statusLine, out int status, out string? reason))
        {
            error = $"not an HTTP status line: '{(statusLine.Length > 60 ? statusLine[..57] + "..." : statusLine)}'";
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? lastName = null;
        foreach (var raw in lines.Skip(1))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] is ' ' or '\t' && lastName is not null)
            {
                headers[lastName] = headers[lastName] + " " + line.Trim();
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                // A stray line is skipped: browsers tolerate them, and so does this.
                continue;
            }

            lastName = line[..colon].Trim();
            string value = line[(colon + 1)..].Trim();
            headers[lastName] = headers.TryGetValue(lastName, out var earlier) ? earlier + ", " + value : value;
        }

        byte[] body = block[(headerEnd + separatorLength)..];
        if (headers.TryGetValue("Transfer-Encoding", out var transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            // Some crawlers store the de-chunked body but keep the header: a body that is not chunked stays as it is.
            body = Dechunk(body) ?? body;
        }

        string? damage = null;
        if (headers.TryGetValue("Content-Encoding", out var encodings))
        {
            try
            {
                body = Decode(body, encodings, maxBodyLength, out damage);
            }
            catch (InvalidDataException ex)
            {
                error = $"the body's Content-Encoding '{encodings}' could not be decoded ({ex.Message})";
                return null;
            }
        }

        var (mediaType, charset) = ParseContentType(headers.GetValueOrDefault("Content-Type"));
        return new HttpResponse
        {
            Status = status,
            Reason = reason,
            Headers = headers,
            Body = body,
            MediaType = mediaType,
            Charset = charset,
            Damage = damage,
        };
    }

    /// <summary>Splits a <c>Content-Type</c> value into its lower-case media type and its charset.</summary>
    public static (string? MediaType, string? Charset) ParseContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return (null, null);
        }

        var parts = contentType.Split(';');
        string mediaType = parts[0].Trim().ToLowerInvariant();
        string? charset = null;
        foreach (var parameter in parts.Skip(1))
        {
            int eq = parameter.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && parameter[..eq].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                charset = parameter[(eq + 1)..].Trim().Trim('"', '\'');
                break;
            }
        }

        return (mediaType.Length == 0 ? null : mediaType, string.IsNullOrEmpty(charset) ? null : charset);
    }

    private static int FindHeaderEnd(ReadOnlySpan<byte> span, out int separatorLength)
    {
        int crlf = span.IndexOf("\r\n\r\n"u8);
        int lf = span.IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf))
        {
            separatorLength = 4;
            return crlf;
        }

        separatorLength = 2;
        if (lf >= 0)
        {
            return lf;
        }

        // A response with headers only and no blank line before the (empty) body.
        if (span.Length > 0 && span[^1] == (byte)'\n')
        {
            separatorLength = 0;
            return span.Length;
        }

        return -1;
    }

    private static bool TryParseStatusLine(string line, out int status, out string? reason)
    {
        status = 0;
        reason = null;
        if (!line.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts[1].Length != 3
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out status))
        {
            return false;
        }

        reason = parts.Length == 3 && parts[2].Trim().Length > 0 ? parts[2].Trim() : null;
        return true;
    }

    /// <summary>Removes the chunked transfer coding; null when the body is not chunked after all.</summary>
    private static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        int position = 0;
        while (true)
        {
            int lineEnd = body.AsSpan(position).IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                // A body cut off mid-chunk (a truncated capture): keep what arrived.
                return position == 0 ? null : output.ToArray();
            }

            string sizeLine = Encoding.Latin1.GetString(body, position, lineEnd).Trim();
            int extension = sizeLine.IndexOf(';', StringComparison.Ordinal);
            if (extension >= 0)
            {
                sizeLine = sizeLine[..extension].Trim();
            }

            if (!int.TryParse(sizeLine, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int size) || size < 0)
            {
                return position == 0 ? null : output.ToArray();
            }

            position += lineEnd + 1;
            if (size == 0)
            {
                return output.ToArray();
            }

            int available = Math.Min(size, body.Length - position);
            output.Write(body, position, available);
            position += available;
            if (available < size)
            {
                return output.ToArray();
            }

            // The line end after the chunk data.
            if (position < body.Length && body[position] == (byte)'\r')
            {
                position++;
            }

            if (position < body.Length && body[position] == (byte)'\n')
            {
                position++;
            }
        }
    }

    private static byte[] Decode(byte[] body, string encodings, int maxBodyLength, out string? damage)
    {
        damage = null;
        // Codings are listed in the order they were applied; undo them from the last.
        foreach (var coding in encodings.Split(',').Select(c => c.Trim().ToLowerInvariant()).Reverse())
        {
            body = coding switch
            {
                "gzip" or "x-gzip" => Checked(GzipDecoder.Decode(new MemoryStream(body), maxBodyLength, out string? found), found, ref damage),
                "deflate" => Checked(CodedBodyDecoder.Inflate(body, maxBodyLength, out string? found), found, ref damage),
                "br" => Checked(CodedBodyDecoder.Unbrotli(body, maxBodyLength, out string? found), found, ref damage),
                "" or "identity" or "none" => body,
                _ => throw new InvalidDataException($"unknown coding '{coding}'"),
            };
        }

        return body;
    }

    /// <summary>A decoded body, its damage kept: a cut body is reported instead of passing for the whole page.</summary>
    private static byte[] Checked(byte[] decoded, string? found, ref string? damage)
    {
        damage ??= found;
        return decoded;
    }
}
