using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace ContentExtract.Evaluation.Extractors;

/// <summary>
/// Decodes page bytes for SmartReader, which takes a string: UTF-8 when the bytes are valid UTF-8 (so a page that
/// wrongly declares gb2312 is still read right), else the charset the page's <c>&lt;meta&gt;</c> declares, else
/// UTF-8 with each bad sequence replaced. A corpus whose README names the encoding of its other pages (zh-cwced:
/// strict UTF-8, else GB18030, since two of its GBK pages declare nothing) passes that instead of the declaration.
/// </summary>
internal static partial class HtmlBytesDecoder
{
    // Declarations sit in the head; a page whose head is longer than this is rare and then read as UTF-8.
    private const int DeclarationScanLength = 32 * 1024;

    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*(?<charset>[A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    /// <param name="bytes">The page's bytes.</param>
    /// <param name="legacyCharset">The charset of any page that is not valid UTF-8, when the corpus says; null to read the page's declaration.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string? legacyCharset = null)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var declared = legacyCharset is not null
            ? EncodingNamed(legacyCharset)
            : DeclaredEncoding(bytes[..Math.Min(bytes.Length, DeclarationScanLength)]);
        return (declared ?? Encoding.UTF8).GetString(bytes);
    }

    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> head)
    {
        // Latin-1 maps every byte to one char, so the ASCII markup reads right whatever the real charset.
        var match = MetaCharset().Match(Encoding.Latin1.GetString(head));
        return match.Success ? EncodingNamed(match.Groups["charset"].Value.ToLowerInvariant()) : null;
    }

    // Browsers read gb2312 and gbk as GB18030 and latin-1 as windows-1252; the code-page encodings are
    // taken from the provider directly so that no process-wide registration changes other code's decoding.
    private static Encoding? EncodingNamed(string name) => name switch
    {
        "utf-8" or "utf8" => null,
        "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" or "gb18030" or "chinese" => CodePagesEncodingProvider.Instance.GetEncoding(54936),
        "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" => CodePagesEncodingProvider.Instance.GetEncoding(1252),
        _ => CodePagesEncodingProvider.Instance.GetEncoding(name) ?? BuiltInEncoding(name),
    };

    private static Encoding? BuiltInEncoding(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
