using System.Collections.Concurrent;
using System.Diagnostics;
using ContentExtract.Evaluation.Corpora;

namespace ContentExtract.Evaluation.Extractors;

/// <summary>What one extractor made of one page file.</summary>
/// <param name="Document">The prediction; empty when the extractor failed.</param>
/// <param name="Milliseconds">The time the extractor took, reading the file excluded.</param>
/// <param name="Failure">The exception's type and message when the extractor threw; otherwise null.</param>
internal sealed record PageOutcome(ExtractedDocument Document, double Milliseconds, string? Failure);

/// <summary>One extractor applied to one page file; corpora that share a file share its outcome.</summary>
internal readonly record struct ExtractionJob(IPageExtractor Extractor, CorpusPage Page)
{
    public (IPageExtractor, string) Identity => (Extractor, Page.Path);
}

/// <summary>Runs every job once, in parallel, and keeps going past a page that throws.</summary>
internal static class ExtractionRun
{
    /// <param name="jobs">The extractions; a page file several jobs share with one extractor is extracted once.</param>
    /// <param name="contents">Where page bytes are kept between runs; null to read each file from disk.</param>
    public static IReadOnlyDictionary<(IPageExtractor, string), PageOutcome> Execute(IEnumerable<ExtractionJob> jobs, PageContents? contents = null)
    {
        var distinct = jobs.DistinctBy(job => job.Identity).ToArray();
        var outcomes = new PageOutcome[distinct.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };

        // The first call of an extractor path pays for JIT compilation; one untimed page each keeps that out of the page times.
        foreach (var first in distinct.DistinctBy(job => (job.Extractor, job.Page.Mode)))
        {
            ExecuteOne(first, contents);
        }

        // Page costs differ a hundredfold; load-balanced chunks keep one core from finishing with a queue of heavy pages.
        Parallel.ForEach(Partitioner.Create(distinct, loadBalance: true), options, (job, _, index) => outcomes[index] = ExecuteOne(job, contents));

        var byIdentity = new Dictionary<(IPageExtractor, string), PageOutcome>(distinct.Length);
        for (int index = 0; index < distinct.Length; index++)
        {
            byIdentity[distinct[index].Identity] = outcomes[index];
        }

        return byIdentity;
    }

    private static PageOutcome ExecuteOne(ExtractionJob job, PageContents? contents)
    {
        byte[] content;
        try
        {
            content = contents?.Read(job.Page) ?? job.Page.ReadBytes();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Failed(job, exception, 0);
        }

        long started = Stopwatch.GetTimestamp();
        try
        {
            var document = job.Extractor.Extract(job.Page, content);
            return new PageOutcome(document, Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
        }
        catch (Exception exception)
        {
            // One page that breaks an extractor must cost that page only, whatever it throws.
            return Failed(job, exception, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private static PageOutcome Failed(ExtractionJob job, Exception exception, double milliseconds) =>
        new(new ExtractedDocument { InputKind = job.Page.Mode == InputMode.Text ? InputKind.Text : InputKind.Html }, milliseconds, $"{exception.GetType().Name}: {exception.Message}");
}
