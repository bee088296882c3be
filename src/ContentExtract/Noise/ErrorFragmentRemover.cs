using ContentExtract.Pipeline;
using ContentExtract.Segmentation;

namespace ContentExtract.Noise;

/// <summary>
/// Finds the text of HTTP error pages left inside a page — a failed server-side include renders
/// "404 Not Found" and a server banner where an article block should be — removes it and reports
/// it. A fragment is a run of adjacent error lines holding at least one status line; a banner or a
/// bare reason alone is never enough, so an article that merely mentions "nginx/1.24" keeps it.
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

            if (IsFragment(lines.AsSpan(start, end - start)))
            {
                context.Noise.Add(Report(segments, lines, start, end));
            }

            start = end;
        }
    }

    private static bool IsFragment(ReadOnlySpan<ErrorLine> run)
    {
        bool status = false, bareStatus = false, banner = false;
        foreach (var line in run)
        {
            status |= line.Kind == ErrorLineKind.StatusLine;
            bareStatus |= line.Kind == ErrorLineKind.BareStatus;
            banner |= line.Kind == ErrorLineKind.Banner;
        }

        return status || (bareStatus && banner);
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
                reason ??= line.Kind == ErrorLineKind.StatusLine ? line.Reason : null;
            }

            server ??= line.Server;
            texts[i - start] = segments[i].Text;
            segments[i].Decide(BlockRole.Noise, $"error-page {line.Kind switch
            {
                ErrorLineKind.StatusLine => "status line",
                ErrorLineKind.BareStatus => "status code",
                ErrorLineKind.BareReason => "reason phrase",
                _ => "server banner",
            }}");
        }

        return new NoiseFragment(NoiseKind.ErrorPage, status, reason, server, string.Join(' ', texts));
    }
}
