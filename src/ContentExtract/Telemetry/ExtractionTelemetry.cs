using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;
using static ContentExtract.Telemetry.ContentExtractTelemetry;

namespace ContentExtract.Telemetry;

/// <summary>
/// The instruments of one extractor: from the <see cref="IMeterFactory"/> it was given (an application's dependency
/// injection container), or else the library's shared meter. Every instrument is cheap when nothing listens: a
/// disabled instrument records nothing, and an activity is started only for a listener that wants it.
/// </summary>
internal sealed class ExtractionTelemetry
{
    private static readonly string? Version = typeof(ExtractionTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    /// <summary>The activity source of every extractor (activity sources have no factory).</summary>
    public static readonly ActivitySource Source = new(ActivitySourceName, Version);

    private readonly Counter<long> _pages;
    private readonly Counter<long> _failures;
    private readonly Histogram<double> _pageDuration;
    private readonly Histogram<double> _stageDuration;

    private ExtractionTelemetry(Meter meter)
    {
        _pages = meter.CreateCounter<long>(PagesInstrumentName, "{page}", "Pages extracted, by input kind and page kind.");
        _failures = meter.CreateCounter<long>(FailuresInstrumentName, "{page}", "Inputs refused (ContentExtractionException), by failure.");
        _pageDuration = meter.CreateHistogram<double>(PageDurationInstrumentName, "s", "Time to extract one page, from its bytes or text to its document or failure.");
        _stageDuration = meter.CreateHistogram<double>(StageDurationInstrumentName, "s", "Time each stage takes on one page.");
    }

    /// <summary>The instruments of extractors built without a meter factory.</summary>
    public static ExtractionTelemetry Shared { get; } = new(new Meter(MeterName, Version));

    /// <summary>Whether stage times are wanted: only then are the stages timed.</summary>
    public bool TimesStages => _stageDuration.Enabled;

    /// <summary>The instruments for a meter factory's meter, or the shared ones.</summary>
    public static ExtractionTelemetry For(IMeterFactory? meterFactory) =>
        meterFactory is null ? Shared : new ExtractionTelemetry(meterFactory.Create(new MeterOptions(MeterName) { Version = Version }));

    /// <summary>Starts measuring one page.</summary>
    public PageScope StartPage(PageInfo? page)
    {
        var activity = Source.StartActivity(ExtractActivityName, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true } && page?.Url is { } url)
        {
            activity.SetTag("url.full", url.OriginalString);
        }

        return new PageScope(this, activity, Stopwatch.GetTimestamp());
    }

    /// <summary>Records the time of one stage, begun at <paramref name="startTimestamp"/> (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    public void RecordStage(string stage, long startTimestamp) =>
        _stageDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, new KeyValuePair<string, object?>(StageTag, stage));

    /// <summary>The stage's name as <see cref="StageTag"/> reports it: its class's name in snake case, without a "Stage" suffix.</summary>
    public static string StageName(Type stage)
    {
        string name = stage.Name.EndsWith("Stage", StringComparison.Ordinal) ? stage.Name[..^"Stage".Length] : stage.Name;
        return SnakeCase(name);
    }

    internal static string SnakeCase(string name)
    {
        var text = new System.Text.StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    private static string KindName(PageKind kind) => kind switch
    {
        PageKind.Article => "article",
        PageKind.Error => "error",
        PageKind.Challenge => "challenge",
        PageKind.Listing => "listing",
        PageKind.Empty => "empty",
        _ => SnakeCase(kind.ToString()),
    };

    private static string KindName(InputKind kind) => kind == InputKind.Html ? "html" : "text";

    /// <summary>The measurement of one page: ended by <see cref="Succeeded"/> or <see cref="Failed"/>, then disposed.</summary>
    internal readonly struct PageScope(ExtractionTelemetry telemetry, Activity? activity, long startTimestamp) : IDisposable
    {
        /// <summary>Counts the page and its time; returns the document.</summary>
        public ExtractedDocument Succeeded(ExtractedDocument document)
        {
            string inputKind = KindName(document.InputKind);
            string pageKind = KindName(document.PageKind);
            if (telemetry._pages.Enabled)
            {
                telemetry._pages.Add(1, new KeyValuePair<string, object?>(InputKindTag, inputKind), new KeyValuePair<string, object?>(PageKindTag, pageKind));
            }

            if (telemetry._pageDuration.Enabled)
            {
                telemetry._pageDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, new KeyValuePair<string, object?>(InputKindTag, inputKind));
            }

            activity?.SetTag(InputKindTag, inputKind);
            activity?.SetTag(PageKindTag, pageKind);
            return document;
        }

        /// <summary>Counts a refused input (cancellation is no failure); returns false, for an exception filter that lets the exception go on.</summary>
        public bool Failed(Exception exception)
        {
            if (exception is ContentExtractionException refused)
            {
                string failure = SnakeCase(refused.Failure.ToString());
                if (telemetry._failures.Enabled)
                {
                    telemetry._failures.Add(1, new KeyValuePair<string, object?>(FailureTag, failure));
                }

                if (telemetry._pageDuration.Enabled)
                {
                    telemetry._pageDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds);
                }

                activity?.SetTag(FailureTag, failure);
            }

            activity?.SetTag("error.type", exception is ContentExtractionException failed ? SnakeCase(failed.Failure.ToString()) : exception.GetType().FullName);
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            return false;
        }

        public void Dispose() => activity?.Dispose();
    }
}
