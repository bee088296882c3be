namespace ContentExtract.Telemetry;

/// <summary>
/// The names under which the library reports what it does, through <see cref="System.Diagnostics.ActivitySource"/> and
/// <see cref="System.Diagnostics.Metrics.Meter"/> (System.Diagnostics, no package needed): subscribe to them with
/// OpenTelemetry (<c>.AddSource(ContentExtractTelemetry.ActivitySourceName)</c>,
/// <c>.AddMeter(ContentExtractTelemetry.MeterName)</c>), <c>dotnet-counters</c> or a <c>MeterListener</c>. Nothing is
/// measured unless something listens.
/// </summary>
public static class ContentExtractTelemetry
{
    /// <summary>The activity source: one activity, <see cref="ExtractActivityName"/>, per page.</summary>
    public const string ActivitySourceName = "ContentExtract";

    /// <summary>The meter holding the instruments below.</summary>
    public const string MeterName = "ContentExtract";

    /// <summary>The activity of one page's extraction, tagged with <see cref="InputKindTag"/>, <see cref="PageKindTag"/> or <c>error.type</c>.</summary>
    public const string ExtractActivityName = "contentextract.extract";

    /// <summary>Counter of pages extracted (documents returned), tagged with <see cref="InputKindTag"/> and <see cref="PageKindTag"/>.</summary>
    public const string PagesInstrumentName = "contentextract.pages";

    /// <summary>Counter of inputs refused with a <see cref="ContentExtractionException"/>, tagged with <see cref="FailureTag"/>.</summary>
    public const string FailuresInstrumentName = "contentextract.failures";

    /// <summary>Histogram of the time one page takes, in seconds, from its bytes or text to its document (or failure).</summary>
    public const string PageDurationInstrumentName = "contentextract.page.duration";

    /// <summary>Histogram of the time each stage takes on a page, in seconds, tagged with <see cref="StageTag"/>.</summary>
    public const string StageDurationInstrumentName = "contentextract.stage.duration";

    /// <summary>Tag: which path read the page, <c>html</c> or <c>text</c>.</summary>
    public const string InputKindTag = "contentextract.input_kind";

    /// <summary>Tag: what the page is, <c>article</c>, <c>error</c>, <c>challenge</c>, <c>listing</c> or <c>empty</c>.</summary>
    public const string PageKindTag = "contentextract.page_kind";

    /// <summary>Tag: why an input was refused, the <see cref="ExtractionFailure"/> in snake case (<c>too_large</c>, <c>binary</c>, <c>too_complex</c>, <c>timed_out</c>).</summary>
    public const string FailureTag = "contentextract.failure";

    /// <summary>
    /// Tag: the stage a time is for: <c>decode</c> (bytes to text), <c>markup_guard</c>, <c>html_segmenter</c> or
    /// <c>text_segmenter</c>, then the pipeline's stages in order (<c>error_fragment_remover</c>, <c>block_classification</c>,
    /// <c>text_dump_signals</c>, <c>breadcrumb</c>, <c>article_selection</c>, <c>title_recognizer</c>,
    /// <c>link_list_recognizer</c>, <c>body_block_builder</c>, <c>stated_text</c>, <c>quotation_recognizer</c>, <c>error_page_recognizer</c>,
    /// <c>page_kind_classifier</c>), and <c>document_assembler</c>.
    /// </summary>
    public const string StageTag = "contentextract.stage";
}
