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
        string? decoded = null;
        encoding = DetectBom(bytes, out int bomLength) ?? DetectUtf16WithoutBom(bytes) ?? Detect(bytes, declaredCharset, mode, out decoded);
        RejectBinary(bytes[bomLength..], encoding);
        return decoded ?? encoding.GetString(bytes[bomLength..]);
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

    /// <summary>
    /// UTF-16 saved without a byte-order mark (some Windows tools do). Text in UTF-8 or a legacy charset never holds a
    /// zero byte, while UTF-16 puts one beside every ASCII character (markup, spaces, digits, line ends) and a few CJK
    /// characters (U+3000, the ideographic space). So only bytes with zeros are tried, little-endian first when more
    /// zeros sit on the odd side, and a reading is taken when its first 4 KiB are text (<see cref="ReadsAsText"/>);
    /// otherwise the bytes go on to the binary check as before.
    /// </summary>
    private static Encoding? DetectUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var window = bytes[..(Math.Min(bytes.Length, SniffWindow) & ~1)];
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < window.Length; i += 2)
        {
            evenZeros += window[i] == 0 ? 1 : 0;
            oddZeros += window[i + 1] == 0 ? 1 : 0;
        }

        if (evenZeros + oddZeros == 0)
        {
            return null;
        }

        var (first, second) = oddZeros >= evenZeros ? (Encoding.Unicode, Encoding.BigEndianUnicode) : (Encoding.BigEndianUnicode, Encoding.Unicode);
        return ReadsAsText(window, first) ? first : ReadsAsText(window, second) ? second : null;
    }

    /// <summary>
    /// True when the bytes decode to text: no NUL, few control characters, few unassigned, private-use or broken
    /// characters (random or compressed bytes give about 3 % broken surrogates), and not mostly characters both of
    /// whose bytes are printable ASCII, which is what 8-bit text with a stray zero byte reads as.
    /// </summary>
    private static bool ReadsAsText(ReadOnlySpan<byte> window, Encoding utf16)
    {
        string text = utf16.GetString(window);
        int control = 0, strange = 0, asciiPairs = 0;
        foreach (char c in text)
        {
            if (c == '\0')
            {
                return false;
            }

            control += c < ' ' && c is not '\t' and not '\n' and not '\r' and not '\f' and not '\u001B' ? 1 : 0;
            strange += c == '\uFFFD' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.PrivateUse
                or System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.Surrogate ? 1 : 0;
            asciiPairs += c > 0xFF && IsPrintableAscii(c >> 8) && IsPrintableAscii(c & 0xFF) ? 1 : 0;
        }

        return control * 20 <= text.Length && strange * 100 <= text.Length && asciiPairs * 5 <= text.Length * 3;

        static bool IsPrintableAscii(int b) => b is >= 0x20 and < 0x7F;
    }

    /// <summary>
    /// The page's encoding, with its text when deciding it took a full strict decode (a legacy charset): that text is
    /// the page's, so it is not decoded again.
    /// </summary>
    private static Encoding Detect(ReadOnlySpan<byte> bytes, string? declaredCharset, InputMode mode, out string? decoded)
    {
        decoded = null;
        if (System.Text.Unicode.Utf8.IsValid(bytes) || MostlyUtf8(bytes))
        {
            return new UTF8Encoding(false);
        }

        var declared = Resolve(declaredCharset);
        if (declared is null && mode != InputMode.Text)
        {
            declared = Resolve(MetaCharsetSniffer.Find(bytes[..Math.Min(bytes.Length, SniffWindow)]));
        }

        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage && DecodesCleanly(bytes, declared, out decoded))
        {
            return declared;
        }

        // Undeclared or wrongly declared legacy bytes: the first multi-byte encoding that decodes cleanly.
        foreach (var candidate in (ReadOnlySpan<string>)["gb18030", "big5", "shift_jis", "euc-kr"])
        {
            var encoding = Resolve(candidate)!;
            if (DecodesCleanly(bytes, encoding, out decoded) && MostlyIdeographic(bytes, encoding))
            {
                return encoding;
            }

            decoded = null;
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

        // Labels the WHATWG rules map to the replacement encoding (ISO-2022 and HZ, which can smuggle markup past a filter): ignored.
        if (name is "csiso2022kr" or "hz-gb-2312" or "iso-2022-cn" or "iso-2022-cn-ext" or "iso-2022-kr" or "replacement")
        {
            return null;
        }

        Encoding encoding;
        try
        {
            encoding = CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // An unknown label, or one .NET refuses (UTF-7): ignored, as the WHATWG encoding rules ignore labels they do not know.
            return null;
        }

        // Per the WHATWG rules a page's bytes are read ASCII-compatibly: a UTF-16 or UTF-32 label on bytes that got this
        // far (no byte-order mark) means UTF-8, and other labels of encodings that are not ASCII-compatible (EBCDIC) are ignored.
        if (encoding is UnicodeEncoding or UTF32Encoding)
        {
            return new UTF8Encoding(false);
        }

        return IsAsciiCompatible(encoding) && encoding.CodePage != 65000 ? encoding : null;
    }

    private static bool IsAsciiCompatible(Encoding encoding)
    {
        ReadOnlySpan<char> probe = "<a =\"x\">";
        Span<byte> bytes = stackalloc byte[64];
        int count = encoding.GetBytes(probe, bytes);
        return count == probe.Length && Ascii.Equals(bytes[..count], probe);
    }

    /// <summary>Share of invalid sequences under which bytes that are not all valid UTF-8 are still read as UTF-8: one in twenty multi-byte sequences.</summary>
    private const int ValidPerInvalid = 20;

    /// <summary>
    /// UTF-8 with a few stray bytes (a page pasted together from two sources): its multi-byte sequences are nearly all
    /// valid. Decided by the measured share of invalid sequences, not by the first one, so that one stray byte does not
    /// turn a whole page into GB18030 or windows-1252 ("Café" into "Caf茅"); the stray bytes decode as U+FFFD. Legacy
    /// multi-byte text makes valid-looking UTF-8 pairs by chance, but far fewer than one in twenty.
    /// </summary>
    private static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        while (true)
        {
            int next = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (next < 0)
            {
                break;
            }

            bytes = bytes[next..];
            if (System.Text.Rune.DecodeFromUtf8(bytes, out _, out int consumed) == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return invalid > 0 && valid >= ValidPerInvalid * invalid;
    }

    /// <summary>
    /// Whether the bytes hold no sequence invalid in the encoding, and if so their text: a strict decode that succeeds
    /// gives the same characters as the lenient one, and legacy decoders are slow enough (a full pass each) that the
    /// page is not decoded a second time.
    /// </summary>
    private static bool DecodesCleanly(ReadOnlySpan<byte> bytes, Encoding encoding, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            text = strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = null;
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
