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

    /// <summary>
    /// Moves followed per page: a page streams one part per boundary, a few dozen at most. Each move costs a scan of
    /// its parent's children, so the bound keeps a hostile page linear.
    /// </summary>
    private const int MaxMoves = 128;

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
        var moves = new List<(bool CompletesBoundary, string First, string Second)>();
        var elementsById = new Dictionary<string, IElement>(StringComparer.Ordinal);
        int scriptChars = 0;
        foreach (var element in ElementWalk.Below(document, new Stack<IElement>()))
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
            if (made >= MaxMoves)
            {
                break;
            }

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
    /// streamed part. The part is shown where the fallback was and the fallback is hidden, rather than nodes moved one
    /// by one: AngleSharp finds a node's place among its siblings by a scan, so a move per node would cost a scan each.
    /// </summary>
    private static int CompleteBoundary(Dictionary<string, IElement> elementsById, string boundaryId, string partId)
    {
        if (!elementsById.Remove(partId, out var part) || part.Parent is not { } partParent)
        {
            return 0;
        }

        partParent.RemoveChild(part);
        if (!elementsById.Remove(boundaryId, out var template) || template.Parent is not { } parent)
        {
            return 0;
        }

        // A copy that lost its comments has no end to the fallback: then nothing of the page around the template goes.
        var siblings = parent.ChildNodes;
        int at = IndexOf(siblings, template);
        int end = BoundaryEnd(siblings, at);
        for (int i = at + 1; i < end; i++)
        {
            Hide(siblings[i]);
        }

        Show(part, parent, end >= 0 ? siblings[end] : at + 1 < siblings.Length ? siblings[at + 1] : null);
        return 1;
    }

    /// <summary>The index of the comment that closes the boundary opened at <paramref name="at"/>, or -1 when there is none.</summary>
    private static int BoundaryEnd(INodeList siblings, int at)
    {
        int depth = 0;
        int last = Math.Min(siblings.Length, at + 1 + MaxFallbackNodes);
        for (int i = at + 1; i < last; i++)
        {
            if (siblings[i] is not IComment comment)
            {
                continue;
            }

            string data = comment.Data;
            if (data == "/$")
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
            else if (data is "$" or "$?" or "$!")
            {
                depth++;
            }
        }

        return -1;
    }

    /// <summary><c>$RS</c>: the streamed part is shown in the place of its placeholder template.</summary>
    private static int CompleteSegment(Dictionary<string, IElement> elementsById, string partId, string placeholderId)
    {
        if (!elementsById.Remove(partId, out var part) || part.Parent is not { } partParent)
        {
            return 0;
        }

        partParent.RemoveChild(part);
        if (!elementsById.Remove(placeholderId, out var placeholder) || placeholder.Parent is not { } parent)
        {
            return 0;
        }

        Show(part, parent, placeholder);
        return 1;
    }

    private static void Show(IElement part, INode parent, INode? before)
    {
        part.RemoveAttribute("hidden");
        if (before is null)
        {
            parent.AppendChild(part);
        }
        else
        {
            parent.InsertBefore(part, before);
        }
    }

    private static void Hide(INode node)
    {
        if (node is IElement element)
        {
            element.SetAttribute("hidden", string.Empty);
        }
        else if (node is IText text)
        {
            text.Data = string.Empty;
        }
    }

    private static int IndexOf(INodeList siblings, INode node)
    {
        for (int i = 0; i < siblings.Length; i++)
        {
            if (ReferenceEquals(siblings[i], node))
            {
                return i;
            }
        }

        return -1;
    }
}
