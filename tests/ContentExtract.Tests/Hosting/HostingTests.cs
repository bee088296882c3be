using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;
using ContentExtract.Archives;
using ContentExtract.Batches;
using ContentExtract.Hosting;
using ContentExtract.Tests.Archives;
using ContentExtract.Tests.Batches;
using ContentExtract.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContentExtract.Tests.Hosting;

public sealed class HostingTests
{
    private static IHost Build(Action<HostApplicationBuilder> configure, CapturedLogs? logs = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        if (logs is not null)
        {
            builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddProvider(logs);
        }

        configure(builder);
        return builder.Build();
    }

    [Fact]
    public async Task AddContentExtractor_registers_one_extractor_with_the_configured_options()
    {
        using var host = Build(b => b.Services.AddContentExtractor(o => o.Extraction = o.Extraction with { MaxInputLength = 123_456, Timeout = TimeSpan.FromSeconds(5) }));
        await host.StartAsync();

        var extractor = host.Services.GetRequiredService<IContentExtractor>();
        Assert.Same(extractor, host.Services.GetRequiredService<IContentExtractor>());
        Assert.Equal(123_456, extractor.Options.MaxInputLength);
        Assert.Equal(TimeSpan.FromSeconds(5), extractor.Options.Timeout);
        Assert.Same(extractor.Options, host.Services.GetRequiredService<ContentExtractor>().Options);
        Assert.Equal("Story 4", extractor.Extract(BatchExtractionTests.Page(4)).Title);
        Assert.Equal(ExtractionOptions.Default.MaxInputLength, new ExtractionOptions().MaxInputLength);
        await host.StopAsync();
    }

    [Fact]
    public async Task Bad_options_stop_the_host_from_starting_and_name_the_setting()
    {
        using var host = Build(b => b.Services.AddContentExtractor(o => o.Extraction = o.Extraction with { MaxInputLength = 0 }));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MaxInputLength", error.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(ContentExtractorOptions), error.OptionsType);
    }

    [Fact]
    public async Task Settings_bind_from_configuration_without_touching_the_shared_defaults()
    {
        using var host = Build(b =>
        {
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ContentExtract:Extraction:MaxInputLength"] = "65536",
                ["ContentExtract:Extraction:Boilerplate:ProseBlockWords"] = "25",
            });
            b.Services.AddContentExtractor().BindConfiguration("ContentExtract");
        });
        await host.StartAsync();

        var options = host.Services.GetRequiredService<IContentExtractor>().Options;
        Assert.Equal(65536, options.MaxInputLength);
        Assert.Equal(25, options.Boilerplate.ProseBlockWords);
        Assert.Equal(32 * 1024 * 1024, ExtractionOptions.Default.MaxInputLength);
        Assert.Equal(20, ExtractionOptions.Default.Boilerplate.ProseBlockWords);
        await host.StopAsync();
    }

    [Fact]
    public void A_fake_registered_first_is_kept()
    {
        var fake = new FakeExtractor();
        var services = new ServiceCollection().AddSingleton<IContentExtractor>(fake);
        services.AddContentExtractor();
        using var provider = services.BuildServiceProvider();

        Assert.Same(fake, provider.GetRequiredService<IContentExtractor>());
    }

    [Fact]
    public void Without_a_host_the_container_still_gives_an_extractor_and_validates_on_first_use()
    {
        var services = new ServiceCollection().AddContentExtractor(o => o.Extraction = o.Extraction with { Timeout = TimeSpan.Zero }).Services;
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IContentExtractor>());
        Assert.Contains("Timeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_failed_and_dropped_inputs_are_logged_with_their_source()
    {
        var logs = new CapturedLogs();
        using var host = Build(b => b.Services.AddContentExtractor(o => o.Extraction = o.Extraction with { MaxInputLength = 4_000 }), logs);
        var extractor = host.Services.GetRequiredService<IContentExtractor>();

        Assert.Throws<ContentExtractionException>(() => extractor.Extract(BatchExtractionTests.Page(1, paragraphs: 40), page: new PageInfo { Url = new Uri("https://news.example/too-big") }));
        extractor.Extract(Encoding.UTF8.GetBytes(BatchExtractionTests.Page(2)), page: new PageInfo { Url = new Uri("https://news.example/fine") });
        extractor.Extract("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p><hr><address>nginx/1.24.0</address></body></html>",
            page: new PageInfo { Url = new Uri("https://news.example/gone") });
        var inputs = new[]
        {
            ExtractionInput.FromText(BatchExtractionTests.Page(3), source: "batch/ok.html"),
            ExtractionInput.FromStream(_ => Task.FromException<Stream>(new IOException("disk unplugged")), source: "batch/unreadable.html"),
            ExtractionInput.FromBytes(new byte[] { 0, 1, 2, 0, 0, 0, 0, 0, 0xff, 0, 0, 0, 0, 0, 0, 0 }, source: "batch/binary.bin"),
        };
        await foreach (var _ in extractor.ExtractManyAsync(inputs))
        {
        }

        Assert.All(logs.Entries, e => Assert.Equal(LoggingContentExtractor.Category, e.Category));
        Assert.Collection(
            logs.Entries,
            e => Assert.Equal((LogLevel.Warning, 1, true), (e.Level, e.EventId, e.Message.StartsWith("https://news.example/too-big: refused (TooLarge)", StringComparison.Ordinal))),
            e => Assert.Equal((LogLevel.Debug, 3, true), (e.Level, e.EventId, e.Message.StartsWith("https://news.example/gone: no article, the page is Error", StringComparison.Ordinal))),
            e => Assert.Equal((LogLevel.Warning, 2, "batch/unreadable.html: failed (IOException): disk unplugged"), (e.Level, e.EventId, e.Message)),
            e => Assert.Equal((LogLevel.Warning, 1, true), (e.Level, e.EventId, e.Message.StartsWith("batch/binary.bin: refused (Binary)", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Archive_records_that_fail_or_are_skipped_are_logged()
    {
        var logs = new CapturedLogs();
        using var host = Build(b => b.Services.AddContentExtractor(), logs);
        var extractor = host.Services.GetRequiredService<IContentExtractor>();

        var results = new List<ArchiveRecordResult>();
        await foreach (var result in extractor.ExtractArchiveAsync(new MemoryStream(WarcFixture.Sample(gzipPerRecord: true))))
        {
            results.Add(result);
        }

        Assert.Equal(results.Count(r => r.Outcome == ArchiveRecordOutcome.Failed), logs.Entries.Count(e => e.EventId == 4 && e.Level == LogLevel.Warning));
        Assert.Equal(results.Count(r => r.Outcome == ArchiveRecordOutcome.Skipped), logs.Entries.Count(e => e.EventId == 5 && e.Level == LogLevel.Debug));
        Assert.Equal(results.Count(r => r.Document?.PageKind is PageKind.Error or PageKind.Challenge or PageKind.Empty), logs.Entries.Count(e => e.EventId == 3));
        Assert.Contains(logs.Entries, e => e.EventId == 4);
    }

    [Fact]
    public async Task Metrics_go_to_the_hosts_meter_factory()
    {
        using var host = Build(b => b.Services.AddContentExtractor());
        using var telemetry = new RecordedTelemetry(host.Services.GetRequiredService<IMeterFactory>());
        var extractor = host.Services.GetRequiredService<IContentExtractor>();

        await extractor.ExtractAsync(new MemoryStream(Encoding.UTF8.GetBytes(BatchExtractionTests.Page(5))));

        Assert.Equal(1, telemetry.Of(ContentExtract.Telemetry.ContentExtractTelemetry.PagesInstrumentName).Sum(m => m.Value));
        Assert.Contains(telemetry.Of(ContentExtract.Telemetry.ContentExtractTelemetry.StageDurationInstrumentName), m => m.Tag(ContentExtract.Telemetry.ContentExtractTelemetry.StageTag) == "article_selection");
    }

    internal sealed class CapturedLogs : ILoggerProvider
    {
        private readonly ConcurrentQueue<Entry> _entries = new();

        public IReadOnlyList<Entry> Entries => [.. _entries];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

        public void Dispose()
        {
        }

        internal sealed record Entry(string Category, LogLevel Level, int EventId, string Message);

        private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new Entry(category, logLevel, eventId.Id, formatter(state, exception)));
        }
    }

    /// <summary>What a test of the reader's own code would substitute for the extractor.</summary>
    private sealed class FakeExtractor : IContentExtractor
    {
        public ExtractionOptions Options => ExtractionOptions.Default;

        public ExtractedDocument Extract(string content, InputMode mode = InputMode.Auto, PageInfo? page = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ExtractedDocument Extract(ReadOnlySpan<byte> content, InputMode mode = InputMode.Auto, PageInfo? page = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ExtractedDocument> ExtractAsync(Stream content, InputMode mode = InputMode.Auto, PageInfo? page = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<ArchiveRecordResult> ExtractArchiveAsync(Stream archive, ArchiveExtractionOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<ExtractionResult> ExtractManyAsync(IAsyncEnumerable<ExtractionInput> inputs, BatchExtractionOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<ExtractionResult> ExtractManyAsync(IEnumerable<ExtractionInput> inputs, BatchExtractionOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
