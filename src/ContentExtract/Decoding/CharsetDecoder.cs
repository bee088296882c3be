using System.Text;

namespace ContentExtract.Decoding;

/// <summary>
/// Turns the bytes of a page into text. Order of evidence: a byte-order mark; valid UTF-8 (pages
/// that declare gb2312 but were saved as UTF-8 are common in scraped corpora, so UTF-8 that
/// validates wins over a declaration); the HTTP charset the caller passes; a <c>&lt;meta&gt;</c>
/// declaration; then a trial decode of the common legacy encodings. The code-pages provider is used
/// directly rather than registered, so that no process-wide state changes.
/// </summary>
internal static class CharsetDecoder
{
    private const int SniffWindow = 4096;

    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, InputMode mode, out Encoding encoding)
    {
        encoding = DetectBom(bytes, out int bomLength) ?? Detect(bytes, declaredCharset, mode);
        RejectBinary(bytes[bomLength..], encoding);
        return encoding.GetString(bytes[bomLength..]);
    }

    private static Encoding? DetectBom(ReadOnlySpan<byte> bytes, out int length)
    {
        length = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            length = 3;
            return new UTF8Encoding(false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            length = 4;
            return Encoding.UTF32;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            length = 2;
            return Encoding.Unicode;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            length = 2;
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    private static Encoding Detect(ReadOnlySpan<byte> bytes, string? declaredCharset, InputMode mode)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new UTF8Encoding(false);
        }

        var declared = Resolve(declaredCharset);
        if (declared is null && mode != InputMode.Text)
        {
            declared = Resolve(MetaCharsetSniffer.Find(bytes[..Math.Min(bytes.Length, SniffWindow)]));
        }

        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage && DecodesCleanly(bytes, declared))
        {
            return declared;
        }

        // Undeclared or wrongly declared legacy bytes: the first multi-byte encoding that decodes cleanly.
        foreach (var candidate in (ReadOnlySpan<string>)["gb18030", "big5", "shift_jis", "euc-kr"])
        {
            var encoding = Resolve(candidate)!;
            if (DecodesCleanly(bytes, encoding) && MostlyIdeographic(bytes, encoding))
            {
                return encoding;
            }
        }

        return declared ?? Resolve("windows-1252")!;
    }

    /// <summary>Maps a charset label to an encoding; legacy Chinese labels map to their superset GB18030.</summary>
    public static Encoding? Resolve(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        string name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "gb2312" or "gbk" or "x-gbk" or "cp936" or "gb_2312-80" or "euc-cn" => "gb18030",
            "iso-8859-1" or "latin1" or "us-ascii" or "ascii" => "windows-1252",
            "big5-hkscs" => "big5",
            "x-sjis" or "sjis" or "ms_kanji" or "windows-31j" => "shift_jis",
            "utf8" => "utf-8",
            _ => name,
        };

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool DecodesCleanly(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            strict.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool MostlyIdeographic(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var sample = encoding.GetString(bytes[..Math.Min(bytes.Length, 64 * 1024)]);
        int wide = 0, high = 0;
        foreach (char c in sample)
        {
            if (c > 0x7F)
            {
                high++;
                if (Text.CharClass.IsCjk(c) || Text.CharClass.IsCjkPunctuation(c))
                {
                    wide++;
                }
            }
        }

        return high > 0 && wide * 10 >= high * 8;
    }

    private static void RejectBinary(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        if (encoding is UnicodeEncoding or UTF32Encoding)
        {
            return;
        }

        var window = bytes[..Math.Min(bytes.Length, SniffWindow)];
        int control = 0;
        foreach (byte b in window)
        {
            if (b == 0)
            {
                throw new ContentExtractionException(ExtractionFailure.Binary, "The input holds NUL bytes: it is binary data, not a page.");
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1B)
            {
                control++;
            }
        }

        if (window.Length > 0 && control * 20 > window.Length)
        {
            throw new ContentExtractionException(ExtractionFailure.Binary, "The input is mostly control bytes: it is binary data, not a page.");
        }
    }
}
