using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace ContentExtract.Tests.Support;

/// <summary>
/// Records what one meter factory's ContentExtract meter measures, and the activities of the ContentExtract source started
/// on this test's own pages (by URL host): other tests running beside it report to their own factories and hosts.
/// </summary>
internal sealed class RecordedTelemetry : IDisposable
{
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _activities;
    private readonly ServiceProvider? _services;

    /// <summary>Records the meters of <paramref name="meterFactory"/>, or of a factory of its own (<see cref="MeterFactory"/>).</summary>
    public RecordedTelemetry(IMeterFactory? meterFactory = null, string? activityHost = null)
    {
        if (meterFactory is null)
        {
            _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
            meterFactory = _services.GetRequiredService<IMeterFactory>();
        }

        MeterFactory = meterFactory;
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, MeterFactory) && instrument.Meter.Name == ContentExtract.Telemetry.ContentExtractTelemetry.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.Start();

        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ContentExtract.Telemetry.ContentExtractTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activityHost is not null && activity.GetTagItem("url.full") is string url && new Uri(url).Host == activityHost)
                {
                    Activities.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activities);
    }

    public IMeterFactory MeterFactory { get; }

    public ConcurrentQueue<Measurement> Measurements { get; } = new();

    public ConcurrentQueue<Activity> Activities { get; } = new();

    public IEnumerable<Measurement> Of(string instrument) => Measurements.Where(m => m.Instrument == instrument);

    public void Dispose()
    {
        _meters.Dispose();
        _activities.Dispose();
        _services?.Dispose();
    }

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copied = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copied[tag.Key] = tag.Value;
        }

        Measurements.Enqueue(new Measurement(instrument.Name, instrument.Unit, value, copied));
    }

    internal sealed record Measurement(string Instrument, string? Unit, double Value, IReadOnlyDictionary<string, object?> Tags)
    {
        public string? Tag(string name) => Tags.TryGetValue(name, out var value) ? value as string : null;
    }
}
