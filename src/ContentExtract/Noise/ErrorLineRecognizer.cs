using ContentExtract.Text;

namespace ContentExtract.Noise;

/// <summary>What one line of an error page is.</summary>
internal enum ErrorLineKind
{
    None,

    /// <summary>A status code with a reason phrase known for it ("404 Not Found").</summary>
    StatusLine,

    /// <summary>A status code alone or with an unknown phrase ("Error 404"): error text only beside a stronger line.</summary>
    BareStatus,

    /// <summary>A reason phrase alone ("Not Found"): error text only beside a status line.</summary>
    BareReason,

    /// <summary>A server banner ("nginx/1.24.0", "openresty"): error text only beside a status line.</summary>
    Banner,

    /// <summary>A sentence error pages print ("The requested URL was not found on this server."): joins a fragment, never starts one.</summary>
    ErrorSentence,

    /// <summary>
    /// A rule, a "Server:"/"URL:"/"Date:" line of an error page's info table, or a host name or time
    /// stamp alone: joins a fragment beside it, never starts one.
    /// </summary>
    Joiner,

    /// <summary>
    /// A sentence about "the server", "the URL" or "the webmaster", in any language: part of a fragment
    /// only between two of its error lines, since an article's paragraph may talk about servers too.
    /// </summary>
    ServerSentence,
}

/// <summary>One recognized error-page line.</summary>
internal readonly record struct ErrorLine(ErrorLineKind Kind, int Status, string? Reason, string? Server)
{
    public static readonly ErrorLine None = new(ErrorLineKind.None, 0, null, null);
}

/// <summary>Recognizes status lines, reason phrases and server banners in single lines of text.</summary>
internal static class ErrorLineRecognizer
{
    private const int MaxLineLength = 100;

    private static readonly SpanLookupSet BareServerNames = new(ErrorPageLexicon.BareServerNames);

    // The character sets the recognizers test lines against, built once: a set of more than five characters given as a
    // string is turned into a lookup map on every call, and IsJoiner asks about nearly every short line of a page.
    private static readonly System.Buffers.SearchValues<char> RuleChars = System.Buffers.SearchValues.Create("_-=─━*~ ");
    private static readonly System.Buffers.SearchValues<char> HostNameChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:");
    private static readonly System.Buffers.SearchValues<char> VersionChars = System.Buffers.SearchValues.Create("0123456789.-abcdefghijklmnopqrstuvwxyz");
    private static readonly System.Buffers.SearchValues<char> DescriptionChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz ");
    // An error page's message runs to two or three sentences (Apache's, in some languages, to 300 characters).
    private const int MaxSentenceLength = 400;

    /// <summary>Recognizes every segment's text.</summary>
    public static ErrorLine[] RecognizeAll(IReadOnlyList<Segmentation.Segment> segments)
    {
        var lines = new ErrorLine[segments.Count];
        for (int i = 0; i < segments.Count; i++)
        {
            lines[i] = Recognize(segments[i].Text);
        }

        return lines;
    }

    public static ErrorLine Recognize(string line)
    {
        if (line.Length == 0 || line.Length > MaxSentenceLength)
        {
            return ErrorLine.None;
        }

        if (line.Length > MaxLineLength)
        {
            return !line.AsSpan().ContainsAny(ErrorPageLexicon.ErrorSentencesOrServerWords) ? ErrorLine.None
                : IsErrorSentence(line) ? Sentence(line)
                : line.AsSpan().ContainsAny(ErrorPageLexicon.ServerWords) ? new ErrorLine(ErrorLineKind.ServerSentence, 0, null, null)
                : ErrorLine.None;
        }

        var status = RecognizeStatus(line);
        if (status.Kind != ErrorLineKind.None)
        {
            return status;
        }

        // A page title as a dump prints it: "www.example.com | 522: Connection timed out".
        if (line.Contains(" | ", StringComparison.Ordinal))
        {
            foreach (var range in line.AsSpan().Split(" | "))
            {
                // Most parts are a site's name or a section: the string is made only for one that may open a status.
                var part = TextSpan.TrimAll(line.AsSpan()[range]);
                if (part.Length > 0 && MayStartStatus(part[0]) && RecognizeStatus(part.ToString()) is { Kind: ErrorLineKind.StatusLine } titled)
                {
                    return titled;
                }
            }
        }

        var banner = RecognizeBanner(line);
        if (banner is not null)
        {
            return new ErrorLine(ErrorLineKind.Banner, 0, null, banner);
        }

        var reason = TextSpan.TrimAll(line.AsSpan()).TrimStart("¡").TrimEnd(".!！");
        int reasonStatus = ErrorPageLexicon.StatusOfReason(reason);
        if (reasonStatus != 0)
        {
            return new ErrorLine(ErrorLineKind.BareReason, reasonStatus, reason.ToString(), null);
        }

        // One search says whether either set below can match; most lines hold neither.
        bool holdsPhrase = line.AsSpan().ContainsAny(ErrorPageLexicon.ErrorSentencesOrServerWords);
        if (holdsPhrase && IsErrorSentence(line))
        {
            return Sentence(line);
        }

        if (IsJoiner(line))
        {
            return new ErrorLine(ErrorLineKind.Joiner, 0, null, ServerOfInfoLine(line));
        }

        return holdsPhrase && line.AsSpan().ContainsAny(ErrorPageLexicon.ServerWords) ? new ErrorLine(ErrorLineKind.ServerSentence, 0, null, null) : ErrorLine.None;
    }

    private static bool IsErrorSentence(string line) => line.AsSpan().ContainsAny(ErrorPageLexicon.ErrorSentences);

    private static ErrorLine Sentence(string line) => new(ErrorLineKind.ErrorSentence, ErrorPageLexicon.StatusOfSentence(line), null, null);

    private static bool IsJoiner(string line)
    {
        var span = line.AsSpan().Trim();
        if (span.Length >= 3 && span.IndexOfAnyExcept(RuleChars) < 0)
        {
            return true;
        }

        // Every label ends in a colon: a line without one starts with none of them.
        if (span.Contains(':'))
        {
            foreach (var label in ErrorPageLexicon.InfoTableLabels)
            {
                if (span.StartsWith(label, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return IsHostName(span) || IsTimeStamp(span);
    }

    /// <summary>"www.example.com", "localhost", "203.0.113.45": the address line under an error.</summary>
    private static bool IsHostName(ReadOnlySpan<char> span)
    {
        if (span.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        int dot = span.IndexOf('.');
        return dot > 0 && dot < span.Length - 1 && span.Length <= 80
            && span.IndexOfAnyExcept(HostNameChars) < 0
            && span[^1] != '.' && span.IndexOf("..") < 0;
    }

    /// <summary>"2025-07-23 08:09:26 UTC", "2020/02/03 08:15:40": a time stamp alone on its line.</summary>
    private static bool IsTimeStamp(ReadOnlySpan<char> span)
    {
        if (span.Length is < 8 or > 40 || !char.IsAsciiDigit(span[0]))
        {
            return false;
        }

        int digits = 0;
        foreach (char c in span)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not ('-' or '/' or ':' or ' ' or '.' or 'T' or 'Z' or 'U' or 'C' or 'G' or 'M' or '+'))
            {
                return false;
            }
        }

        return digits >= 8 && span.IndexOfAny('-', '/') > 0 && span.IndexOf(':') > 0;
    }

    private static string? ServerOfInfoLine(string line)
    {
        const string label = "Server:";
        return line.StartsWith(label, StringComparison.OrdinalIgnoreCase) && RecognizeBanner(TextSpan.TrimAll(line[label.Length..])) is { } banner ? banner : null;
    }

    private static ErrorLine RecognizeStatus(string line)
    {
        if (!MayStartStatus(line[0]))
        {
            return ErrorLine.None;
        }

        var match = ErrorPageLexicon.StatusLine().Match(line);
        if (!match.Success)
        {
            return ErrorLine.None;
        }

        // "HTTP/1.1 404 Not Found" is a response's status line as code and articles show it; error
        // pages print the status without the protocol.
        if (line.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase))
        {
            return ErrorLine.None;
        }

        int status = int.Parse(match.Groups["code"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        var reasonGroup = match.Groups["reason"];
        if (!reasonGroup.Success || reasonGroup.Length == 0)
        {
            return new ErrorLine(ErrorLineKind.BareStatus, status, null, null);
        }

        string reason = TextSpan.TrimAll(reasonGroup.Value);

        // "404 Not Found nginx" and "403 Forbidden - nginx/1.2": a reason followed by a banner on one line.
        string? server = null;
        if (!ErrorPageLexicon.IsKnownReason(status, reason))
        {
            int cut = reason.LastIndexOfAny([' ', '-', '–', '|']);
            if (cut > 0 && RecognizeBanner(TextSpan.TrimAll(reason[(cut + 1)..])) is { } tail
                && ErrorPageLexicon.IsKnownReason(status, TextSpan.TrimAll(reason.AsSpan(0, cut)).TrimEnd("-–| ")))
            {
                server = tail;
                reason = TextSpan.TrimAll(reason[..cut]).TrimEnd('-', '–', '|', ' ');
            }
            else
            {
                // "404 pages are a fact of life": a code followed by words that are no reason phrase is prose.
                return ErrorLine.None;
            }
        }

        return new ErrorLine(ErrorLineKind.StatusLine, status, reason.TrimEnd('.', '!', '！'), server);
    }

    /// <summary>Whether a status line may start with <paramref name="first"/>: a code, "HTTP", "Error", "Fehler", "错误".</summary>
    private static bool MayStartStatus(char first) =>
        char.IsAsciiDigit(first) || first is 'H' or 'h' or 'E' or 'e' or 'F' or 'f' or '错' or '錯';

    private static string? RecognizeBanner(string line)
    {
        var text = TextSpan.TrimAll(line.AsSpan());
        if (text.StartsWith("Powered by ", StringComparison.OrdinalIgnoreCase))
        {
            text = TextSpan.TrimAll(text["Powered by ".Length..]);
        }

        if (BareServerNames.Contains(text))
        {
            return text.ToString();
        }

        // "Jetty:// 12.0.14", "Varnish cache server": a known server's name with its version after a separator
        // other than a slash, or with a few words saying what it is.
        int nameEnd = text.IndexOfAny(":/ ");
        if (nameEnd > 0 && text.Length <= 40 && BareServerNames.Contains(text[..nameEnd]))
        {
            var rest = text[nameEnd..].TrimStart(":/ ");
            bool version = rest.Length is > 0 and <= 20 && char.IsAsciiDigit(rest[0]) && rest.IndexOfAnyExcept(VersionChars) < 0;
            bool description = rest.Length > 0 && rest.IndexOfAnyExcept(DescriptionChars) < 0 && rest.Count(' ') <= 2;
            if (version || description)
            {
                return text.ToString();
            }
        }

        if (text.IndexOf('/') < 1)
        {
            return null;
        }

        var match = ErrorPageLexicon.VersionedBanner().Match(text.ToString());
        if (!match.Success)
        {
            return null;
        }

        // Keep the software and its platform, drop the "Server at host Port n" address.
        string banner = match.Value;
        int at = banner.IndexOf(" Server at ", StringComparison.Ordinal);
        return at > 0 ? banner[..at] : banner.TrimEnd('.');
    }
}
