using System.Text;
using System.Text.RegularExpressions;
using ContentExtract.Batches;
using ContentExtract.Tests.Batches;
using ContentExtract.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static ContentExtract.Telemetry.ContentExtractTelemetry;

namespace ContentExtract.Tests.Telemetry;

public sealed class ExtractionTelemetryTests
{
    /// <summary>The stages an HTML page goes through, as the stage-time metric names them, in order.</summary>
    private static readonly string[] HtmlStages =
    [
        "decode", "markup_guard", "html_segmenter", "error_fragment_remover", "block_classification", "text_dump_signals", "breadcrumb",
        "article_selection", "title_recognizer", "link_list_recognizer", "body_block_builder", "stated_text", "quotation_recognizer", "error_page_recognizer",
        "page_kind_classifier", "document_assembler",
    ];

    [Fact]
    public void A_page_counts_once_with_its_kinds_its_time_and_the_time_of_every_stage()
    {
        using var telemetry = new RecordedTelemetry();
        var extractor = new ContentExtractor(ExtractionOptions.Default, telemetry.MeterFactory);

        extractor.Extract(Encoding.UTF8.GetBytes(BatchExtractionTests.Page(1)));

        var page = Assert.Single(telemetry.Of(PagesInstrumentName));
        Assert.Equal(1, page.Value);
        Assert.Equal("{page}", page.Unit);
        Assert.Equal("html", page.Tag(InputKindTag));
        Assert.Equal("article", page.Tag(PageKindTag));

        var time = Assert.Single(telemetry.Of(PageDurationInstrumentName));
        Assert.Equal("s", time.Unit);
        Assert.InRange(time.Value, 0, 30);

        var stages = telemetry.Of(StageDurationInstrumentName).ToList();
        Assert.Equal(HtmlStages, stages.Select(s => s.Tag(StageTag)));
        Assert.All(stages, s => Assert.InRange(s.Value, 0, time.Value));
        Assert.Empty(telemetry.Of(FailuresInstrumentName));
    }

    [Fact]
    public void A_text_dump_is_timed_through_the_text_segmenter()
    {
        using var telemetry = new RecordedTelemetry();
        var extractor = new ContentExtractor(ExtractionOptions.Default, telemetry.MeterFactory);

        var document = extractor.Extract("Council keeps the library open\n\nThe council met on Tuesday evening to discuss the budget for the coming year, and the members agreed that the library would stay open on Sundays for the whole of the summer.\n", InputMode.Text);

        Assert.Equal("text", Assert.Single(telemetry.Of(PagesInstrumentName)).Tag(InputKindTag));
        var stages = telemetry.Of(StageDurationInstrumentName).Select(s => s.Tag(StageTag)).ToList();
        Assert.Equal("text_segmenter", stages[0]);
        Assert.Equal(HtmlStages.Skip(3), stages.Skip(1));
        Assert.NotNull(document);
    }

    [Fact]
    public async Task Refused_inputs_count_as_failures_by_reason_and_a_batch_counts_every_page()
    {
        using var telemetry = new RecordedTelemetry();
        var extractor = new ContentExtractor(new ExtractionOptions { MaxInputLength = 2_000 }, telemetry.MeterFactory);
        var inputs = new[]
        {
            ExtractionInput.FromText(BatchExtractionTests.Page(0, paragraphs: 1)),
            ExtractionInput.FromText(BatchExtractionTests.Page(1, paragraphs: 30)),
            ExtractionInput.FromBytes(new byte[] { 0, 1, 2, 3, 0, 0, 0, 0, 0xff, 0xfe, 0, 0, 0, 0, 0, 0, 0, 0 }),
            ExtractionInput.FromStream(() => new MemoryStream(Encoding.UTF8.GetBytes(BatchExtractionTests.Page(3, paragraphs: 30)))),
        };

        await foreach (var _ in extractor.ExtractManyAsync(inputs))
        {
        }

        Assert.Equal(1, telemetry.Of(PagesInstrumentName).Sum(m => m.Value));
        var failures = telemetry.Of(FailuresInstrumentName).Select(m => m.Tag(FailureTag)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["binary", "too_large", "too_large"], failures);
        Assert.Equal(4, telemetry.Of(PageDurationInstrumentName).Count());
    }

    [Fact]
    public void Stages_are_timed_only_while_something_listens()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        var unheard = ContentExtract.Telemetry.ExtractionTelemetry.For(factory);
        Assert.False(unheard.TimesStages);

        using var telemetry = new RecordedTelemetry(factory);
        Assert.True(ContentExtract.Telemetry.ExtractionTelemetry.For(factory).TimesStages);
    }

    [Fact]
    public void Each_page_is_an_activity_tagged_with_its_kinds_or_its_failure()
    {
        const string host = "telemetry-activity.example";
        using var telemetry = new RecordedTelemetry(activityHost: host);
        var extractor = new ContentExtractor(new ExtractionOptions { MaxInputLength = 2_000 });

        extractor.Extract(BatchExtractionTests.Page(1, paragraphs: 1), page: new PageInfo { Url = new Uri($"https://{host}/1") });
        Assert.Throws<ContentExtractionException>(() => extractor.Extract(BatchExtractionTests.Page(2, paragraphs: 30), page: new PageInfo { Url = new Uri($"https://{host}/2") }));

        var activities = telemetry.Activities.OrderBy(a => (string?)a.GetTagItem("url.full"), StringComparer.Ordinal).ToList();
        Assert.Equal(2, activities.Count);
        Assert.All(activities, a => Assert.Equal(ExtractActivityName, a.OperationName));
        Assert.Equal("article", activities[0].GetTagItem(PageKindTag));
        Assert.Equal("html", activities[0].GetTagItem(InputKindTag));
        Assert.Equal(System.Diagnostics.ActivityStatusCode.Unset, activities[0].Status);
        Assert.Equal("too_large", activities[1].GetTagItem(FailureTag));
        Assert.Equal("too_large", activities[1].GetTagItem("error.type"));
        Assert.Equal(System.Diagnostics.ActivityStatusCode.Error, activities[1].Status);
    }

    [Fact]
    public void The_readme_names_every_instrument_tag_and_stage()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        string[] names =
        [
            ActivitySourceName, MeterName, ExtractActivityName, PagesInstrumentName, FailuresInstrumentName, PageDurationInstrumentName,
            StageDurationInstrumentName, InputKindTag, PageKindTag, FailureTag, StageTag, "text_segmenter", .. HtmlStages,
        ];
        Assert.All(names, name => Assert.Matches($"`{Regex.Escape(name)}`", readme));
    }
}
