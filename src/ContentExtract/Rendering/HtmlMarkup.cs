using System.Text;

namespace ContentExtract.Rendering;

/// <summary>
/// What the HTML renderers share: encoding of untrusted page text, link filtering and the page shell.
/// Every string that came from a scraped page goes through <see cref="AppendText"/> or
/// <see cref="AppendAttribute"/>; nothing from the page is ever written raw.
/// </summary>
internal static class HtmlMarkup
{
    /// <summary>
    /// Forbids scripts, frames, fonts, images and every fetch, so that even a mistake in encoding cannot make
    /// the page run code or call out; the only thing allowed is the page's own inline style sheet.
    /// </summary>
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    /// <summary>Appends text as element content: &amp;, &lt; and &gt; become entities, control characters are dropped.</summary>
    public static StringBuilder AppendText(this StringBuilder html, string? text)
    {
        if (text is null)
        {
            return html;
        }

        foreach (char c in text)
        {
            switch (c)
            {
                case '&':
                    html.Append("&amp;");
                    break;
                case '<':
                    html.Append("&lt;");
                    break;
                case '>':
                    html.Append("&gt;");
                    break;
                case '"':
                    html.Append("&quot;");
                    break;
                case '\'':
                    html.Append("&#39;");
                    break;
                case '\n' or '\t':
                    html.Append(c);
                    break;
                default:
                    // C0 controls (and a stray \r) have no business in a report and some break XML-minded viewers.
                    if (!char.IsControl(c) || c > '\u009F')
                    {
                        html.Append(c);
                    }

                    break;
            }
        }

        return html;
    }

    /// <summary>Appends a value for a double-quoted attribute; the same encoding as text, quotes included.</summary>
    public static StringBuilder AppendAttribute(this StringBuilder html, string? value) => html.AppendText(value);

    /// <summary>
    /// The link target to write for a page's URL: only absolute http and https addresses are linked, so a
    /// <c>javascript:</c> or <c>data:</c> address from the page stays text and can never be followed.
    /// </summary>
    public static string? SafeHref(string? url) =>
        url is not null
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    /// <summary>Appends a link when the address is safe to follow, or the plain text otherwise.</summary>
    public static StringBuilder AppendLink(this StringBuilder html, string text, string? url)
    {
        if (SafeHref(url) is not { } href)
        {
            return html.AppendText(text);
        }

        return html.Append("<a href=\"").AppendAttribute(href).Append("\" rel=\"noreferrer noopener\">").AppendText(text).Append("</a>");
    }

    /// <summary>
    /// Opens a self-contained page: UTF-8, the language of the content, a restrictive content security policy
    /// and the given style sheet inline. Close it with <see cref="AppendPageEnd"/>.
    /// </summary>
    public static StringBuilder AppendPageStart(this StringBuilder html, string? language, string title, string styleSheet)
    {
        // A language tag from the page is used as an attribute only when it looks like one.
        string lang = language is { Length: > 0 and <= 8 } && language.All(char.IsAsciiLetter) ? language : "und";
        return html.Append("<!DOCTYPE html>\n<html lang=\"").Append(lang).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<meta name=\"generator\" content=\"ContentExtract\">\n")
            .Append("<title>").AppendText(title).Append("</title>\n")
            .Append("<style>\n").Append(styleSheet).Append("</style>\n</head>\n<body>\n");
    }

    /// <summary>Closes a page opened with <see cref="AppendPageStart"/>.</summary>
    public static StringBuilder AppendPageEnd(this StringBuilder html) => html.Append("</body>\n</html>\n");

    /// <summary>The words of the status, reason and server of an error, for a heading or a table cell.</summary>
    public static string DescribeError(int? status, string? reason, string? server)
    {
        var parts = new List<string>(3);
        if (status is { } s)
        {
            parts.Add(s.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (reason is not null)
        {
            parts.Add(reason);
        }

        string described = parts.Count == 0 ? "unknown status" : string.Join(' ', parts);
        return server is null ? described : $"{described} ({server})";
    }
}
