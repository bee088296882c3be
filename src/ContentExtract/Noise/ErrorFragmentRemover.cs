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
        var lines = new ErrorLine[segments.Count];
        for (int i = 0; i < segments.Count; i++)
        {
            lines[i] = ErrorLineRecognizer.Recognize(segments[i].Text);
        }

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

            // Joiners and sentences only extend a fragment: trim them off the ends of a run.
            int first = start, last = end;
            while (first < last && lines[first].Kind is ErrorLineKind.Joiner)
            {
                first++;
            }

            while (last > first && lines[last - 1].Kind is ErrorLineKind.Joiner)
            {
                last--;
            }

            bool atEdge = first == 0 || last == segments.Count;
            if (last > first && IsFragment(lines.AsSpan(first, last - first), atEdge))
            {
                context.Noise.Add(Report(segments, lines, first, last));
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
        int? status = null;
        string? reason = null, server = null;
        var texts = new string[end - start];
        for (int i = start; i < end; i++)
        {
            var line = lines[i];
            if (line.Status != 0 && (status is null || (reason is null && line.Reason is not null)))
            {
                status ??= line.Status;
                reason ??= line.Kind is ErrorLineKind.StatusLine or ErrorLineKind.BareReason ? line.Reason : null;
            }

            server ??= line.Server;
            texts[i - start] = segments[i].Text;
            segments[i].Decide(BlockRole.Noise, $"error-page {line.Kind switch
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
}
