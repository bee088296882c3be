using AngleSharp.Dom;

namespace ContentExtract.Html;

/// <summary>
/// Puts the content that a streaming server renderer sent late into the place the page's own script moves it to.
/// React's streaming renderer (and the frameworks built on it) first sends a placeholder with a loading skeleton,
/// <c>&lt;!--$?--&gt;&lt;template id="B:0"&gt;&lt;/template&gt;…&lt;!--/$--&gt;</c>, and the real content later at the
/// end of the body inside <c>&lt;div hidden id="S:0"&gt;</c>, with a call <c>$RC("B:0","S:0")</c> that swaps it in
/// (<c>$RS("S:1","P:1")</c> for a segment). A reader that runs no script sees only the skeleton, and the article of
/// such a page is hidden text; here the calls are carried out on the parsed page as the browser would.
/// </summary>
internal static class StreamedContent
{
    /// <summary>An id longer than this is no id the renderer writes ("B:12", "S:3", "P:7").</summary>
    private const int MaxIdLength = 32;

    /// <summary>The start of a streamed segment as the renderer writes it, script or none.</summary>
    private const string SegmentStart = "id=\"S:";

    /// <summary>Whether the page's source can hold streamed content at all, a search the common page ends with.</summary>
    public static bool MayHold(string html) =>
        html.Contains(SegmentStart, StringComparison.Ordinal) && (html.Contains("B:", StringComparison.Ordinal) || html.Contains("P:", StringComparison.Ordinal));

    /// <summary>
    /// Carries out every call the page's inline scripts make, in their order; then puts each streamed segment no call
    /// moved in at the placeholder of the same number, as the renderer numbers them in step on most pages (archived
    /// copies often lose their scripts); returns how many segments moved. One pass over the elements finds the scripts
    /// and the renderer's ids, so that a page of many calls costs no search of the tree per call.
    /// </summary>
    public static int Apply(IDocument document, CancellationToken cancellation)
    {
        var scripts = new List<IElement>();
        var streamed = new List<IElement>();
        var byId = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var element in document.All)
        {
            if (element.LocalName == "script")
            {
                scripts.Add(element);
            }
            else if (element.Id is { Length: > 2 } id && id[1] == ':' && id[0] is 'B' or 'S' or 'P')
            {
                // The first element of an id is the one the page's script would find.
                if (byId.TryAdd(id, element) && id[0] == 'S' && element.HasAttribute("hidden"))
                {
                    streamed.Add(element);
                }
            }
        }

        if (streamed.Count == 0)
        {
            return 0;
        }

        int applied = 0;
        foreach (var script in scripts)
        {
            cancellation.ThrowIfCancellationRequested();
            string code = script.TextContent;
            if (code.IndexOf('$') < 0)
            {
                continue;
            }

            foreach (var (isBoundary, first, second) in Calls(code))
            {
                bool moved = isBoundary ? CompleteBoundary(Find(byId, first), Find(byId, second)) : CompleteSegment(Find(byId, first), Find(byId, second));
                applied += moved ? 1 : 0;
            }
        }

        foreach (var segment in streamed)
        {
            if (segment.Parent is null)
            {
                continue;
            }

            string number = segment.Id![2..];
            bool moved = CompleteBoundary(Find(byId, "B:" + number), segment) || CompleteSegment(segment, Find(byId, "P:" + number));
            applied += moved ? 1 : 0;
        }

        return applied;
    }

    /// <summary>The element of that id still in the page; one a completed call took out is gone.</summary>
    private static IElement? Find(Dictionary<string, IElement> byId, string id) =>
        byId.TryGetValue(id, out var element) && element.Parent is not null ? element : null;

    /// <summary>The <c>$RC</c> and <c>$RS</c> calls with two string arguments in a script, in order; one pass over the code.</summary>
    internal static List<(bool IsBoundary, string First, string Second)> Calls(string code)
    {
        var calls = new List<(bool, string, string)>();
        int at = 0;
        while ((at = code.IndexOf("$R", at, StringComparison.Ordinal)) >= 0)
        {
            int open = at + 2;
            at = open;
            if (open + 1 >= code.Length || code[open] is not ('C' or 'S') || code[open + 1] != '(')
            {
                continue;
            }

            bool isBoundary = code[open] == 'C';
            int cursor = open + 2;
            if (ReadString(code, ref cursor) is not { } first || !Skip(code, ref cursor, ',') || ReadString(code, ref cursor) is not { } second)
            {
                continue;
            }

            calls.Add((isBoundary, first, second));
            at = cursor;
        }

        return calls;
    }

    private static string? ReadString(string code, ref int cursor)
    {
        SkipSpaces(code, ref cursor);
        if (cursor >= code.Length || code[cursor] is not ('"' or '\''))
        {
            return null;
        }

        char quote = code[cursor];
        int start = cursor + 1;
        int end = code.IndexOf(quote, start);
        if (end < 0 || end - start > MaxIdLength || end == start)
        {
            return null;
        }

        cursor = end + 1;
        return code[start..end];
    }

    private static bool Skip(string code, ref int cursor, char expected)
    {
        SkipSpaces(code, ref cursor);
        if (cursor < code.Length && code[cursor] == expected)
        {
            cursor++;
            return true;
        }

        return false;
    }

    private static void SkipSpaces(string code, ref int cursor)
    {
        while (cursor < code.Length && char.IsWhiteSpace(code[cursor]))
        {
            cursor++;
        }
    }

    /// <summary>
    /// <c>$RC(boundary, segment)</c>: the skeleton from the boundary's opening comment to its closing <c>&lt;!--/$--&gt;</c>
    /// goes, and the segment's children take its place.
    /// </summary>
    private static bool CompleteBoundary(IElement? boundary, IElement? segment)
    {
        if (segment is null || boundary is null || boundary.Parent is not { } parent || segment.Contains(boundary) || boundary.Contains(segment))
        {
            return false;
        }

        segment.Parent?.RemoveChild(segment);

        // The template stands right after the "$?" comment that opens the boundary; the skeleton runs to the comment
        // that closes it, with boundaries nested inside it counted. Where the comments are gone (a page saved with its
        // comments stripped) the skeleton's end is unknown: the content goes in at the template and the skeleton,
        // empty boxes or a "loading" line, stays.
        if (boundary.PreviousSibling is not IComment { Data: "$?" or "$!" or "$" } opening)
        {
            MoveChildren(segment, parent, boundary);
            parent.RemoveChild(boundary);
            return true;
        }

        INode? node = opening.NextSibling;
        int depth = 0;
        while (node is not null)
        {
            if (node is IComment comment)
            {
                if (comment.Data == "/$")
                {
                    if (depth == 0)
                    {
                        break;
                    }

                    depth--;
                }
                else if (comment.Data is "$" or "$?" or "$!")
                {
                    depth++;
                }
            }

            var next = node.NextSibling;
            parent.RemoveChild(node);
            node = next;
        }

        MoveChildren(segment, parent, node);
        return true;
    }

    /// <summary><c>$RS(segment, placeholder)</c>: the segment's children take the placeholder's place.</summary>
    private static bool CompleteSegment(IElement? segment, IElement? placeholder)
    {
        if (segment is null || placeholder is null || placeholder.Parent is not { } parent || segment.Contains(placeholder) || placeholder.Contains(segment))
        {
            return false;
        }

        segment.Parent?.RemoveChild(segment);
        MoveChildren(segment, parent, placeholder);
        parent.RemoveChild(placeholder);
        return true;
    }

    private static void MoveChildren(IElement from, INode parent, INode? before)
    {
        while (from.FirstChild is { } child)
        {
            from.RemoveChild(child);
            if (before is null)
            {
                parent.AppendChild(child);
            }
            else
            {
                parent.InsertBefore(child, before);
            }
        }
    }
}
