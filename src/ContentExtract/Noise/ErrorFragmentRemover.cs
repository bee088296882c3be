using ContentExtract.Pipeline;
using ContentExtract.Segmentation;

namespace ContentExtract.Noise;

/// <summary>
/// Finds the text of HTTP error pages left inside a page — a failed server-side include renders
/// "404 Not Found" and a server banner where an article block should be — removes it and reports
/// it. A fragment is a run of adjacent error lines holding a status line and more evidence (a second
/// error line, or the page's edge), or a bare reason with a banner or an error sentence. A banner,
/// a sentence or a single status line inside prose is never enough, so an article that mentions
/// "nginx/1.24" or quotes "404 Not Found" keeps it.
/// </summary>
internal sealed class ErrorFragmentRemover : IExtractionStage
{
    public void Run(ExtractionContext context)
    {
        if (!context.Options.Noise.RemoveErrorFragments)
        {
            return;
        }

        var segments = context.Segments;
        var lines = ErrorLineRecognizer.RecognizeAll(segments);
        context.ErrorLines = lines;

        int start = 0;
        while (start < segments.Count)
        {
            if (lines[start].Kind == ErrorLineKind.None)
            {
                start++;
                continue;
            }

            int end = start;
            while (end < segments.Count && lines[end].Kind != ErrorLineKind.None)
            {
                end++;
            }

            // Joiners (rules, host names, sentences about "the server") only extend a fragment: the
            // evidence lies in the other lines, but the whole run, joiners included, is the error page.
            int first = start, last = end;
            while (first < last && lines[first].Kind is ErrorLineKind.Joiner)
            {
                first++;
            }

            while (last > first && lines[last - 1].Kind is ErrorLineKind.Joiner)
            {
                last--;
            }

            bool atEdge = start == 0 || end == segments.Count;
            if (last > first && IsFragment(lines.AsSpan(first, last - first), atEdge))
            {
                context.Noise.Add(Report(segments, lines, start, end));
            }

            start = end;
        }
    }

    private static bool IsFragment(ReadOnlySpan<ErrorLine> run, bool atEdge)
    {
        bool status = false, bare = false, support = false;
        foreach (var line in run)
        {
            status |= line.Kind == ErrorLineKind.StatusLine;
            bare |= line.Kind is ErrorLineKind.BareStatus or ErrorLineKind.BareReason;
            support |= line.Kind is ErrorLineKind.Banner or ErrorLineKind.ErrorSentence || line.Server is not null;
        }

        return status ? run.Length >= 2 || atEdge : bare && support;
    }

    private static NoiseFragment Report(IReadOnlyList<Segment> segments, ErrorLine[] lines, int start, int end)
    {
        var (status, reason, server) = Summarize(lines.AsSpan(start, end - start));
        var texts = new string[end - start];
        for (int i = start; i < end; i++)
        {
            texts[i - start] = segments[i].Text;
            segments[i].Decide(BlockRole.Noise, $"error-page {lines[i].Kind switch
            {
                ErrorLineKind.StatusLine => "status line",
                ErrorLineKind.BareStatus => "status code",
                ErrorLineKind.BareReason => "reason phrase",
                ErrorLineKind.ErrorSentence => "message",
                ErrorLineKind.Joiner => "rule or info line",
                _ => "server banner",
            }}");
        }

        return new NoiseFragment(NoiseKind.ErrorPage, status, reason, server, string.Join(' ', texts));
    }

    /// <summary>
    /// The status, reason and server a run of error lines states. A status line says most; a bare
    /// code or reason comes next, and a sentence's status ("was not found on this server") last.
    /// </summary>
    public static (int? Status, string? Reason, string? Server) Summarize(ReadOnlySpan<ErrorLine> lines)
    {
        int? status = null;
        string? reason = null, server = null;
        foreach (var kinds in (ReadOnlySpan<ErrorLineKind[]>)[[ErrorLineKind.StatusLine], [ErrorLineKind.BareStatus, ErrorLineKind.BareReason], [ErrorLineKind.ErrorSentence]])
        {
            foreach (var line in lines)
            {
                if (line.Status == 0 || Array.IndexOf(kinds, line.Kind) < 0 || (status is not null && line.Status != status))
                {
                    continue;
                }

                status ??= line.Status;
                reason ??= line.Kind is ErrorLineKind.StatusLine or ErrorLineKind.BareReason ? line.Reason : null;
            }
        }

        foreach (var line in lines)
        {
            server ??= line.Server;
        }

        return (status, reason, server);
    }
}
