using AngleSharp.Dom;

namespace ContentExtract.Html;

/// <summary>
/// Puts streamed content where a browser shows it. React's streaming server rendering (Next.js and others) sends
/// the page first with a loading placeholder for every part not ready yet, then, later in the same response, each
/// part in a hidden element (<c>&lt;div hidden id="S:1"&gt;</c>) followed by a one-line script that moves it into
/// place: <c>$RC("B:1","S:1")</c> replaces the fallback of the boundary marked by <c>&lt;template id="B:1"&gt;</c>,
/// <c>$RS("S:1","P:1")</c> replaces the placeholder <c>&lt;template id="P:1"&gt;</c>. Read without running scripts,
/// such a page shows only its skeleton and hides its article, so the moves the scripts make are made here, in the
/// order the scripts run. Nothing is run: only calls of exactly that shape, with literal ids, are followed; a part
/// no call moves (the copy lost its inline scripts) goes to the boundary of the same number.
/// </summary>
internal static class StreamedContentResolver
{
    /// <summary>The marker every streamed part carries, looked for in the markup before any walk of the tree.</summary>
    public const string StreamedPartMarker = "<div hidden id=\"S:";

    /// <summary>Moves followed per page: a page streams one per boundary, a few dozen at most.</summary>
    private const int MaxMoves = 4096;

    /// <summary>
    /// Siblings looked through for a boundary's closing comment: a fallback is a small skeleton, and the bound keeps a
    /// page of many boundaries that lost their comments from costing a walk to the end of the parent for each.
    /// </summary>
    private const int MaxFallbackNodes = 256;

    /// <summary>Script characters read per page when looking for the calls.</summary>
    private const int MaxScriptChars = 4 * 1024 * 1024;

    /// <summary>Whether the markup may hold streamed parts; cheap enough to ask of every page.</summary>
    public static bool MayHoldStreamedParts(string html) => html.Contains(StreamedPartMarker, StringComparison.Ordinal);

    /// <summary>Makes the moves the page's completion scripts would make; returns how many were made.</summary>
    public static int Resolve(IDocument document)
    {
        if (document.DocumentElement is not { } root)
        {
            return 0;
        }

        var moves = new List<(bool CompletesBoundary, string First, string Second)>();
        var elementsById = new Dictionary<string, IElement>(StringComparer.Ordinal);
        int scriptChars = 0;
        foreach (var element in Descendants(root))
        {
            string? id = element.Id;
            if (id is { Length: > 2 } && id[1] == ':' && id[0] is 'B' or 'S' or 'P')
            {
                elementsById.TryAdd(id, element);
            }

            if (element.LocalName == "script" && scriptChars < MaxScriptChars && moves.Count < MaxMoves)
            {
                string code = element.TextContent;
                scriptChars += code.Length;
                ReadCalls(code, moves);
            }
        }

        int made = 0;
        foreach (var (completesBoundary, first, second) in moves)
        {
            made += completesBoundary ? CompleteBoundary(elementsById, first, second) : CompleteSegment(elementsById, first, second);
        }

        // Archived copies often lose the inline scripts while keeping the parts; React numbers a boundary and the part
        // that completes it alike, so a part left over goes to the boundary of its number.
        var leftOver = elementsById.Where(pair => pair.Key[0] == 'S' && pair.Value.HasAttribute("hidden")).Select(pair => pair.Key).ToList();
        foreach (string partId in leftOver)
        {
            string boundaryId = string.Concat("B", partId.AsSpan(1));
            if (elementsById.ContainsKey(boundaryId))
            {
                made += CompleteBoundary(elementsById, boundaryId, partId);
            }
        }

        return made;
    }

    /// <summary>Reads <c>$RC("B:n","S:n")</c> and <c>$RS("S:n","P:n")</c> calls, in order, from one script.</summary>
    private static void ReadCalls(string code, List<(bool, string, string)> moves)
    {
        int at = 0;
        while (moves.Count < MaxMoves && (at = code.IndexOf("$R", at, StringComparison.Ordinal)) >= 0)
        {
            at += 2;
            if (at + 1 >= code.Length || code[at] is not ('C' or 'S') || code[at + 1] != '(')
            {
                continue;
            }

            bool completesBoundary = code[at] == 'C';
            int next = at + 2;
            if (ReadQuoted(code, ref next) is { } first && next < code.Length && code[next] == ',' && ++next > 0
                && ReadQuoted(code, ref next) is { } second && next < code.Length && code[next] == ')')
            {
                moves.Add((completesBoundary, first, second));
            }

            at = next;
        }
    }

    /// <summary>A short quoted id at <paramref name="at"/> (either quote), or null; <paramref name="at"/> ends past it.</summary>
    private static string? ReadQuoted(string code, ref int at)
    {
        if (at >= code.Length || code[at] is not ('"' or '\''))
        {
            return null;
        }

        char quote = code[at];
        int end = code.IndexOf(quote, at + 1);
        if (end < 0 || end - at > 32)
        {
            return null;
        }

        string value = code.Substring(at + 1, end - at - 1);
        at = end + 1;
        return value;
    }

    /// <summary>
    /// <c>$RC</c>: the boundary's fallback, from its template to the boundary's closing comment, gives way to the
    /// streamed part's children.
    /// </summary>
    private static int CompleteBoundary(Dictionary<string, IElement> elementsById, string boundaryId, string partId)
    {
        if (!elementsById.Remove(partId, out var part) || part.Parent is null)
        {
            return 0;
        }

        part.Parent.RemoveChild(part);
        if (!elementsById.Remove(boundaryId, out var template) || template.Parent is not { } parent)
        {
            return 0;
        }

        // The fallback runs from the template to the boundary's closing comment. A copy that lost its comments has no
        // end to the fallback: then only the template goes, and nothing of the page around it.
        INode? insertBefore;
        if (BoundaryEnd(template) is { } end)
        {
            for (INode node = template; node != end;)
            {
                var following = node.NextSibling!;
                parent.RemoveChild(node);
                node = following;
            }

            insertBefore = end;
        }
        else
        {
            insertBefore = template.NextSibling;
            parent.RemoveChild(template);
        }

        MoveChildren(part, parent, insertBefore);
        return 1;
    }

    /// <summary>The comment that closes the boundary <paramref name="template"/> opens, or null when there is none.</summary>
    private static IComment? BoundaryEnd(IElement template)
    {
        int depth = 0;
        int seen = 0;
        for (var node = template.NextSibling; node is not null && seen++ < MaxFallbackNodes; node = node.NextSibling)
        {
            if (node is not IComment comment)
            {
                continue;
            }

            string data = comment.Data;
            if (data == "/$")
            {
                if (depth == 0)
                {
                    return comment;
                }

                depth--;
            }
            else if (data is "$" or "$?" or "$!")
            {
                depth++;
            }
        }

        return null;
    }

    /// <summary><c>$RS</c>: the placeholder template gives way to the streamed part's children.</summary>
    private static int CompleteSegment(Dictionary<string, IElement> elementsById, string partId, string placeholderId)
    {
        if (!elementsById.Remove(partId, out var part) || part.Parent is null)
        {
            return 0;
        }

        part.Parent.RemoveChild(part);
        if (!elementsById.Remove(placeholderId, out var placeholder) || placeholder.Parent is not { } parent)
        {
            return 0;
        }

        MoveChildren(part, parent, placeholder);
        parent.RemoveChild(placeholder);
        return 1;
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

    /// <summary>Every element under <paramref name="root"/> in document order, without recursion.</summary>
    private static IEnumerable<IElement> Descendants(IElement root)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push(child);
            }
        }
    }
}
