using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace ContentExtract.Cli;

/// <summary>
/// Names a scrape fixture the way the fixtures folder names them: <c>&lt;lang&gt;-&lt;style&gt;-&lt;slug&gt;</c>,
/// where the style is <c>html-&lt;charset&gt;</c> for a page (the bytes' real encoding: <c>utf8</c>, <c>gbk</c>,
/// <c>big5</c>, <c>sjis</c>, <c>cp1252</c>, or <c>utf8-as-gb2312</c> for UTF-8 that declares otherwise) and the
/// dump's look for a text dump (<c>lynx</c>, <c>w3m</c>, <c>wet</c>, <c>plain</c>).
/// </summary>
internal static partial class ScrapeNaming
{
    private const int MaxSlugWords = 5;
    private const int MaxSlugLength = 48;

    // Words that make a slug longer without making it easier to find the file again.
    private static readonly HashSet<string> SlugStopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "and", "or", "as", "with", "from", "after", "before",
        "is", "are", "be", "its", "his", "her", "their", "it", "this", "that", "into", "over", "than",
        "der", "die", "das", "und", "den", "dem", "des", "ein", "eine", "le", "la", "les", "de", "du", "et", "un", "une",
        "el", "los", "las", "y", "del",
    };

    /// <summary>The language, style and slug of a scrape, where the slug came from, and the file name they make with its extension.</summary>
    /// <param name="path">The scrape's path.</param>
    /// <param name="bytes">Its bytes (decompressed).</param>
    /// <param name="document">Its extraction.</param>
    /// <param name="slug">The slug the user chose, or null to derive one.</param>
    public static (string Language, string Style, string Slug, string SlugOrigin, string FileName) Name(string path, byte[] bytes, ExtractedDocument document, string? slug)
    {
        string language = document.Language is { Length: > 0 } lang && lang.All(char.IsAsciiLetterLower) ? lang : "und";
        string style = document.InputKind == InputKind.Html ? "html-" + CharsetOf(bytes) : TextStyleOf(bytes);
        var (chosenSlug, origin) = slug is null ? SlugOf(document, path, $"{language}-{style}-") : (slug, "--name");
        return (language, style, chosenSlug, origin, $"{language}-{style}-{chosenSlug}{ExtensionOf(path)}");
    }

    /// <summary>True when <paramref name="slug"/> is lower-case ASCII letters and digits joined by single hyphens.</summary>
    public static bool IsValidSlug(string slug) => ValidSlug().IsMatch(slug);

    /// <summary>The fixture extension for a scrape path: <c>.html</c>, <c>.txt</c>, with <c>.gz</c> kept (<c>.htm</c> becomes <c>.html</c>).</summary>
    public static string ExtensionOf(string path)
    {
        bool gzip = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        string name = gzip ? path[..^3] : path;
        string extension = name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? ".txt" : ".html";
        return gzip ? extension + ".gz" : extension;
    }

    /// <summary>
    /// The encoding of a page's bytes: UTF-8 when they are valid UTF-8 (noting a different declared charset),
    /// otherwise the charset its <c>&lt;meta&gt;</c> declares, shortened the way the fixtures spell it.
    /// </summary>
    public static string CharsetOf(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            return "utf8";
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return "utf16";
        }

        string? declared = DeclaredCharset(bytes);
        if (Utf8.IsValid(bytes))
        {
            return declared is null or "utf8" || bytes.All(b => b < 0x80) ? "utf8" : "utf8-as-" + declared;
        }

        return declared ?? "legacy";
    }

    /// <summary>
    /// How a text dump looks: lynx (<c>(BUTTON)</c>, <c>[ ]</c> controls or body lines indented three spaces),
    /// w3m (<c>[Button]</c>-style controls or <c>•</c> bullets), wet (one block per line with no blank lines)
    /// or plain (one block per line with blank lines between them).
    /// </summary>
    public static string TextStyleOf(byte[] bytes)
    {
        string text = Encoding.UTF8.GetString(bytes);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var nonBlank = lines.Where(l => l.Trim().Length > 0).ToList();
        if (nonBlank.Count == 0)
        {
            return "plain";
        }

        if (text.Contains("(BUTTON)", StringComparison.Ordinal) || nonBlank.Count(l => ThreeSpaceIndent().IsMatch(l)) * 3 > nonBlank.Count)
        {
            return "lynx";
        }

        if (W3mControl().IsMatch(text) || nonBlank.Any(l => l.TrimStart().StartsWith('•')))
        {
            return "w3m";
        }

        int blank = lines.Count(l => l.Trim().Length == 0);
        return nonBlank.Count >= 5 && blank * 20 < nonBlank.Count ? "wet" : "plain";
    }

    /// <summary>
    /// A slug from the title's Latin-script words (accents dropped, small words left out); for a title in
    /// another script, from an error page's status and reason, the page kind, or the input's file name
    /// (without a <paramref name="prefix"/> it already carries); with where it came from.
    /// </summary>
    public static (string Slug, string Origin) SlugOf(ExtractedDocument document, string path, string prefix)
    {
        if (Slugify(document.Title, dropStopWords: true) is { } fromTitle)
        {
            return (fromTitle, "the title");
        }

        if (document.ErrorPage is { } error)
        {
            string status = error.Status?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
            return (Slugify($"error {status} {error.Reason}", dropStopWords: false) ?? "error-page", "the error page");
        }

        if (document.PageKind is not PageKind.Article)
        {
            return (document.PageKind.ToString().ToLowerInvariant() + "-page", "the page kind");
        }

        string stem = Path.GetFileName(path);
        int dot = stem.IndexOf('.', StringComparison.Ordinal);
        string? fromFileName = Slugify(dot > 0 ? stem[..dot] : stem, dropStopWords: false);

        // A file that is already named like a fixture keeps its slug rather than doubling the prefix.
        if (fromFileName is not null && fromFileName.StartsWith(prefix, StringComparison.Ordinal) && fromFileName.Length > prefix.Length)
        {
            fromFileName = fromFileName[prefix.Length..];
        }

        return (fromFileName ?? "page", "the file name");
    }

    private static string? Slugify(string? text, bool dropStopWords)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // "Página" becomes "pagina": decompose, then drop the combining marks.
        var folded = new StringBuilder();
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        var words = AsciiWord().Matches(folded.ToString()).Select(m => m.Value)
            .Where(w => !dropStopWords || !SlugStopWords.Contains(w))
            .Take(MaxSlugWords)
            .ToList();
        if (words.Count == 0 || (dropStopWords && words.All(w => w.All(char.IsAsciiDigit))))
        {
            return null;
        }

        string slug = string.Join('-', words);
        return slug.Length <= MaxSlugLength ? slug : slug[..MaxSlugLength].TrimEnd('-');
    }

    private static string? DeclaredCharset(byte[] bytes)
    {
        // The declaration sits in the head; ASCII is enough to read it whatever the page's encoding.
        string head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = MetaCharset().Match(head);
        if (!match.Success)
        {
            return null;
        }

        string charset = match.Groups[1].Value.ToLowerInvariant();
        return charset switch
        {
            "utf-8" or "utf8" => "utf8",
            "shift_jis" or "shift-jis" or "sjis" or "x-sjis" or "windows-31j" or "cp932" => "sjis",
            "windows-1252" or "iso-8859-1" or "latin1" or "us-ascii" => "cp1252",
            "big5" or "big5-hkscs" => "big5",
            "euc-jp" => "eucjp",
            "euc-kr" => "euckr",
            _ => NonSlugCharacters().Replace(charset, string.Empty),
        };
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex AsciiWord();

    [GeneratedRegex("^   \\S")]
    private static partial Regex ThreeSpaceIndent();

    [GeneratedRegex("\\[[A-Z][a-z]+\\]")]
    private static partial Regex W3mControl();

    [GeneratedRegex("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("[^a-z0-9]")]
    private static partial Regex NonSlugCharacters();
}
