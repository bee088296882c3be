using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ContentExtract.Noise;

/// <summary>
/// Cuts whole error documents out of a page's markup before it is parsed. A failed server-side
/// include pastes the error response — <c>&lt;html&gt;&lt;head&gt;&lt;title&gt;404 Not Found…&lt;/html&gt;</c> — into
/// the body of the page that included it. Once parsed, the nested <c>&lt;html&gt;</c>, <c>&lt;head&gt;</c> and
/// <c>&lt;body&gt;</c> tags vanish and its lines mingle with the article's, in whatever language the
/// server speaks; in the markup the nested document is still whole, and a document inside a
/// document is no part of any article. It is removed when its own text shows it is an error page.
/// </summary>
internal static class NestedErrorDocumentRemover
{
    /// <summary>Longest nested document taken for an error body; error pages are a few kilobytes.</summary>
    private const int MaxNestedLength = 64 * 1024;

    /// <summary>Nested documents looked at per page: a broken include leaves a few; thousands are a hostile page, not errors.</summary>
    private const int MaxCandidates = 32;

    /// <summary>Returns the markup without nested error documents, adding one fragment per document to <paramref name="found"/>.</summary>
    public static string Remove(string html, List<NoiseFragment> found)
    {
        int bodyStart = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        if (bodyStart < 0)
        {
            return html;
        }

        StringBuilder? kept = null;
        int copied = 0;
        int searchFrom = bodyStart + 5;
        int candidates = 0;
        while (candidates++ < MaxCandidates && FindNestedStart(html, searchFrom) is var start and >= 0)
        {
            int end = FindNestedEnd(html, start);
            if (end < 0 || end - start > MaxNestedLength)
            {
                searchFrom = start + 5;
                continue;
            }

            var fragment = Recognize(html.AsSpan(start, end - start));
            if (fragment is null)
            {
                searchFrom = start + 5;
                continue;
            }

            found.Add(fragment);
            kept ??= new StringBuilder(html.Length);
            kept.Append(html, copied, start - copied);
            copied = end;
            searchFrom = end;
        }

        if (kept is null)
        {
            return html;
        }

        kept.Append(html, copied, html.Length - copied);
        return kept.ToString();
    }

    /// <summary>
    /// The next <c>&lt;!DOCTYPE</c> or <c>&lt;html</c> tag at or after <paramref name="from"/>, or -1. Comments and
    /// the text of scripts, styles and text areas are stepped over as the parser would, so markup quoted in a
    /// script string is never taken for a nested document.
    /// </summary>
    private static int FindNestedStart(string html, int from)
    {
        while (from < html.Length)
        {
            int open = html.IndexOf('<', from);
            if (open < 0 || open + 5 > html.Length)
            {
                return -1;
            }

            var tag = html.AsSpan(open + 1);
            if (!MayName(tag[0], "!hstx"))
            {
                from = open + 1;
                continue;
            }

            if (tag.StartsWith("!doctype", StringComparison.OrdinalIgnoreCase) || IsTag(tag, "html"))
            {
                return open;
            }

            from = AfterTag(html, open);
        }

        return -1;
    }

    /// <summary>Where to look for the next tag after the one at <paramref name="open"/>: past a comment, or past the text of a raw-text element.</summary>
    private static int AfterTag(string html, int open)
    {
        var tag = html.AsSpan(open + 1);
        if (!MayName(tag[0], "!stx"))
        {
            return open + 1;
        }

        return tag.StartsWith("!--", StringComparison.Ordinal) ? SkipPast(html, open + 4, "-->")
            : IsTag(tag, "script") ? SkipPast(html, open, "</script")
            : IsTag(tag, "style") ? SkipPast(html, open, "</style")
            : IsTag(tag, "textarea") ? SkipPast(html, open, "</textarea")
            : IsTag(tag, "xmp") ? SkipPast(html, open, "</xmp")
            : open + 1;
    }

    /// <summary>
    /// Whether a tag whose first character is <paramref name="first"/> may be one of those starting with one of
    /// <paramref name="firsts"/> (lower case): most tags of a page are none of the few looked for, and one character
    /// settles it before half a dozen case-blind comparisons. A character beyond ASCII always may: the case-blind
    /// comparison matches some of them to ASCII letters (the dotless ı to I, the long ſ to S).
    /// </summary>
    private static bool MayName(char first, string firsts) => first >= 0x80 || firsts.Contains((char)(first | 0x20));

    private static bool IsTag(ReadOnlySpan<char> tag, string name) =>
        tag.StartsWith(name, StringComparison.OrdinalIgnoreCase) && tag.Length > name.Length && (tag[name.Length] is '>' or '/' || char.IsWhiteSpace(tag[name.Length]));

    private static int SkipPast(string html, int from, string end)
    {
        int at = html.IndexOf(end, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + end.Length;
    }

    /// <summary>
    /// One past the <c>&lt;/html&gt;</c> that closes the nested document, or -1 when none does. Documents nest
    /// (an include inside an included page), so each <c>&lt;html</c> met on the way needs its own close.
    /// </summary>
    private static int FindNestedEnd(string html, int start)
    {
        int depth = 0;
        int from = start;
        int limit = (int)Math.Min(html.Length, (long)start + MaxNestedLength);
        while (from < limit)
        {
            int open = html.IndexOf('<', from);
            if (open < 0 || open + 6 > html.Length)
            {
                return -1;
            }

            var tag = html.AsSpan(open + 1);
            if (IsTag(tag, "html"))
            {
                depth++;
            }
            else if (tag[0] == '/' && IsTag(tag[1..], "html") && --depth <= 0)
            {
                int gt = html.IndexOf('>', open);
                return gt < 0 ? html.Length : gt + 1;
            }

            from = AfterTag(html, open);
        }

        return -1;
    }

    /// <summary>Reads the nested document's lines and reports it when they are an error page's.</summary>
    private static NoiseFragment? Recognize(ReadOnlySpan<char> markup)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(markup.ToString());
        var lines = new List<string>();
        if (document.Title is { Length: > 0 } title)
        {
            lines.Add(Text.TextSpan.CollapseSpaces(title));
        }

        if (document.Body is { } body)
        {
            var line = new StringBuilder();
            CollectLines(body, line, lines, 0);
            FlushLine(line, lines);
        }

        var recognized = new ErrorLine[lines.Count];
        bool evidence = false;
        for (int i = 0; i < lines.Count; i++)
        {
            recognized[i] = ErrorLineRecognizer.Recognize(lines[i]);
            evidence |= recognized[i].Kind is not (ErrorLineKind.None or ErrorLineKind.Joiner or ErrorLineKind.ServerSentence);
        }

        var titleClaim = lines.Count > 0 ? ErrorTitleRecognizer.Recognize(lines[0]) : null;
        if (!evidence && titleClaim is null)
        {
            return null;
        }

        var (status, reason, server) = ErrorFragmentRemover.Summarize(recognized);
        if (status is null && titleClaim is { Status: not 0 } claim)
        {
            status = claim.Status;
            reason ??= claim.Reason;
        }

        return new NoiseFragment { Kind = NoiseKind.ErrorPage, Status = status, Reason = reason, Server = server, Text = string.Join(' ', lines) };
    }

    private static void CollectLines(INode node, StringBuilder line, List<string> lines, int depth)
    {
        if (depth > 64)
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                line.Append(text.Data);
                continue;
            }

            if (child is not IElement element)
            {
                continue;
            }

            string name = element.LocalName;
            if (name is "script" or "style" or "template" or "noscript" or "head" or "title")
            {
                continue;
            }

            bool block = name is "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "br" or "hr" or "center" or "address"
                or "li" or "ul" or "ol" or "tr" or "table" or "pre" or "section" or "header" or "footer" or "main" or "blockquote" or "dl" or "dt" or "dd";
            if (block)
            {
                FlushLine(line, lines);
            }

            CollectLines(element, line, lines, depth + 1);
            if (block)
            {
                FlushLine(line, lines);
            }
        }
    }

    private static void FlushLine(StringBuilder line, List<string> lines)
    {
        if (line.Length == 0)
        {
            return;
        }

        string text = Text.TextSpan.CollapseSpaces(line.ToString());
        line.Clear();
        if (text.Length > 0)
        {
            lines.Add(text);
        }
    }
}
