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
    /// <summary>Consecutive unknown lines a fragment may hold between two error lines.</summary>
    private const int MaxFillerRun = 5;

    /// <summary>Longest unknown line a fragment may hold: error pages' own short lines, never an article's paragraph.</summary>
    private const int MaxFillerLength = 80;

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

            // A run of error lines, which may hold a few short lines of its own that no lexicon knows ("What
            // happened?", "Browser", "Thank you very much!") between two error lines.
            int end = start + 1, lastError = start;
            while (end < segments.Count)
            {
                if (lines[end].Kind != ErrorLineKind.None)
                {
                    lastError = end++;
                }
                else if (end - lastError <= MaxFillerRun && segments[end].Text.Length <= MaxFillerLength)
                {
                    end++;
                }
                else
                {
                    break;
                }
            }

            end = lastError + 1;

            // Joiners (rules, host names, sentences about "the server") only extend a fragment: the evidence
            // lies in the other lines. The fragment runs from its first to its last evidence line, with the
            // joiners right beside them, and the unknown short lines only where they sit between the two.
            int first = start, last = end;
            while (first < last && lines[first].Kind is ErrorLineKind.Joiner or ErrorLineKind.ServerSentence or ErrorLineKind.None)
            {
                first++;
            }

            while (last > first && lines[last - 1].Kind is ErrorLineKind.Joiner or ErrorLineKind.ServerSentence or ErrorLineKind.None)
            {
                last--;
            }

            int from = first, to = last;
            while (from > start && lines[from - 1].Kind is ErrorLineKind.Joiner)
            {
                from--;
            }

            while (to < end && lines[to].Kind is ErrorLineKind.Joiner)
            {
                to++;
            }

            bool atEdge = from == 0 || to == segments.Count;
            if (last > first && IsFragment(lines.AsSpan(first, last - first), atEdge))
            {
                context.Noise.Add(Report(segments, lines, from, to));
                start = to;
            }
            else
            {
                start = end;
            }
        }
    }

    private static bool IsFragment(ReadOnlySpan<ErrorLine> run, bool atEdge)
    {
        bool status = false, bare = false, support = false;
        int sentences = 0, sentenceStatuses = 0, errorLines = 0;
        foreach (var line in run)
        {
            status |= line.Kind == ErrorLineKind.StatusLine;
            bare |= line.Kind is ErrorLineKind.BareStatus or ErrorLineKind.BareReason;
            support |= line.Kind is ErrorLineKind.Banner or ErrorLineKind.ErrorSentence || line.Server is not null;
            sentences += line.Kind == ErrorLineKind.ErrorSentence ? 1 : 0;
            sentenceStatuses += line.Kind == ErrorLineKind.ErrorSentence && line.Status != 0 ? 1 : 0;
            errorLines += line.Kind != ErrorLineKind.None ? 1 : 0;
        }

        // Error pages that print no status ("An error occurred." … "Faithfully yours, nginx.") still say
        // several things only error pages say.
        bool message = sentences >= 3 || (sentences >= 2 && sentenceStatuses >= 1);
        return status ? errorLines >= 2 || atEdge : (bare && support) || message;
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
                ErrorLineKind.ServerSentence => "sentence about the server",
                ErrorLineKind.Banner => "server banner",
                _ => "short line between error lines",
            }}");
        }

        return new NoiseFragment { Kind = NoiseKind.ErrorPage, Status = status, Reason = reason, Server = server, Text = string.Join(' ', texts) };
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
