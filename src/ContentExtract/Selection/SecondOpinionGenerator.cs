using System.Diagnostics;
using ContentExtract.Boilerplate;
using ContentExtract.Pipeline;
using ContentExtract.Segmentation;

namespace ContentExtract.Selection;

/// <summary>
/// SmartReader's article (a port of Mozilla's Readability: comma-rich paragraphs vote for their container), the
/// second opinion the judge asks for where it doubts: when its two best candidates score within
/// <see cref="ArticleJudge.DoubtMargin"/> of each other, the one whose text SmartReader's article holds more of wins.
/// SmartReader errs differently from the candidates, which is why it is asked; it is also slow, which is why it is
/// asked only then. It reads the document the segmenter already parsed, and consumes it: nothing reads the document
/// after selection.
/// </summary>
internal static class SecondOpinionGenerator
{
    /// <summary>Share of a segment's text that must be in SmartReader's article for the segment to be in its candidate.</summary>
    private const double MinCover = 0.6;

    /// <summary>Address handed to SmartReader when the page's is unknown (it only resolves links with it).</summary>
    private static readonly Uri PlaceholderAddress = new("https://localhost/");

    /// <summary>
    /// The share of the page's time budget left that SmartReader may take: whatever it does, the stages after it keep the
    /// rest, so that a second opinion never makes the page time out. SmartReader's time grows faster than the page (20,000
    /// short paragraphs took it over half a minute), where every stage of our own is linear.
    /// </summary>
    private const double ShareOfTimeLeft = 0.5;

    /// <summary>Below this much time for it, SmartReader is not asked at all: it could not finish, and would only take the time.</summary>
    private static readonly TimeSpan MinTime = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// SmartReader's article text, or null when there is no document, no readable article, SmartReader failed, or it did
    /// not finish within its share of the page's time budget (<see cref="ExtractionContext.SecondOpinionNote"/> says which
    /// of the last two). The page's cancellation stops it inside its work, as it stops our own loops; where it is in a
    /// phase that does not look at the token, the page does not wait for it.
    /// </summary>
    /// <exception cref="OperationCanceledException">The caller's token fired, or the page's time budget ran out.</exception>
    public static string? ReadArticle(ExtractionContext context)
    {
        if (context.Document is not { } document || context.SecondOpinionTime is not null)
        {
            return null;
        }

        context.Cancellation.ThrowIfCancellationRequested();
        var timeLeft = context.TimeLeft;
        var allowed = timeLeft == Timeout.InfiniteTimeSpan ? Timeout.InfiniteTimeSpan : timeLeft * ShareOfTimeLeft;
        if (allowed != Timeout.InfiniteTimeSpan && allowed < MinTime)
        {
            context.SecondOpinionNote = System.FormattableString.Invariant($"SmartReader not asked: {timeLeft.TotalMilliseconds:0} ms of the page's time budget left");
            return null;
        }

        var clock = Stopwatch.StartNew();
        var limit = CancellationTokenSource.CreateLinkedTokenSource(context.Cancellation);
        limit.CancelAfter(allowed);

        // GetArticleAsync checks the token as it walks the page (GetArticle does not); a cancelled run comes back as an
        // unreadable article with the cancellation as its error. It does not check it in every phase (on 10,000 short
        // paragraphs one phase ran on 1.3 s past the token), so it runs on a worker, and the page waits for it no longer
        // than its share and a fifth more: past that, the page goes on without it, and the run stops at its next check.
        var reader = new SmartReader.Reader((context.Page.Url ?? PlaceholderAddress).AbsoluteUri, document);
        var run = Task.Run(() => reader.GetArticleAsync(limit.Token), CancellationToken.None);
        bool finished;
        try
        {
            if (allowed == Timeout.InfiniteTimeSpan)
            {
                run.Wait(context.Cancellation);
                finished = true;
            }
            else
            {
                finished = run.Wait(allowed * 1.2, context.Cancellation);
            }
        }
        catch (OperationCanceledException)
        {
            // The caller's cancellation or the page's own timeout: honoured as everywhere else.
            Abandon(run, limit);
            throw;
        }
        catch (AggregateException exception) when (exception.InnerException is not OutOfMemoryException)
        {
            // A second opinion that fails is no opinion; the page keeps the judge's choice.
            bool stoppedHere = limit.IsCancellationRequested;
            limit.Dispose();
            context.SecondOpinionTime = clock.Elapsed;
            context.Cancellation.ThrowIfCancellationRequested();
            context.SecondOpinionNote = stoppedHere ? System.FormattableString.Invariant($"SmartReader stopped after {clock.Elapsed.TotalMilliseconds:0} ms, its share of the page's time budget") : null;
            return null;
        }

        context.SecondOpinionTime = clock.Elapsed;
        if (!finished)
        {
            Abandon(run, limit);
            context.SecondOpinionNote = System.FormattableString.Invariant($"SmartReader left after {clock.Elapsed.TotalMilliseconds:0} ms, past its share of the page's time budget, in a step that does not stop");
            return null;
        }

        bool stopped = limit.IsCancellationRequested;
        limit.Dispose();
        context.Cancellation.ThrowIfCancellationRequested();
        if (stopped)
        {
            context.SecondOpinionNote = System.FormattableString.Invariant($"SmartReader stopped after {clock.Elapsed.TotalMilliseconds:0} ms, its share of the page's time budget");
            return null;
        }

        var article = run.Result;
        return article.IsReadable && !string.IsNullOrWhiteSpace(article.TextContent) ? article.TextContent : null;
    }

    /// <summary>
    /// Stops waiting for a run of SmartReader: it is told to stop, and its token is disposed of once it has. It works on the
    /// page's parsed document, which nothing else reads after selection.
    /// </summary>
    private static void Abandon(Task run, CancellationTokenSource limit)
    {
        limit.Cancel();
        run.ContinueWith(_ => limit.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>
    /// How far a candidate and SmartReader's article agree: the F1 of the candidate's characters SmartReader's article
    /// holds (their share of the candidate, and of the article).
    /// </summary>
    public static double Agreement(ArticleCandidate candidate, IReadOnlyList<Segment> segments, TextCover article)
    {
        double covered = 0, total = 0;
        for (int i = candidate.Start; i < candidate.End; i++)
        {
            if (candidate.Keep[i])
            {
                var (chars, cover) = article.Measure(segments[i].Text);
                covered += chars * cover;
                total += chars;
            }
        }

        if (covered <= 0)
        {
            return 0;
        }

        double precision = covered / total, recall = Math.Min(1, covered / article.Length);
        return 2 * precision * recall / (precision + recall);
    }

    /// <summary>SmartReader's article as a candidate of its own, for the evaluation tool's traces.</summary>
    public static ArticleCandidate Candidate(ExtractionContext context, TextCover article)
    {
        var segments = context.Segments;
        var relaxed = RunScorer.ZoneFree(context);
        var candidate = new ArticleCandidate(CandidateSource.SecondOpinion, segments.Count) { Classes = relaxed.Classes, Reasons = relaxed.Reasons };
        int start = -1, end = -1;
        for (int i = 0; i < segments.Count; i++)
        {
            bool content = !segments[i].IsDecided && relaxed.Classes[i] is not (BlockClass.Bad or BlockClass.Terminator);
            if (!content)
            {
                continue;
            }

            if (article.Covers(segments[i].Text) >= MinCover)
            {
                candidate.Keep[i] = true;
                start = start < 0 ? i : start;
                end = i + 1;
            }
            else
            {
                candidate.Causes[i] = DropCause.OutsideRun;
            }
        }

        if (start >= 0)
        {
            candidate.Start = start;
            candidate.End = end;
        }

        return candidate;
    }
}
