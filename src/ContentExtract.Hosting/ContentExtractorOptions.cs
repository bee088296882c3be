namespace ContentExtract.Hosting;

/// <summary>
/// The settings of the extractor that <c>services.AddContentExtractor(...)</c> registers, as the options pattern wants
/// them (a class with settable properties). The settings themselves are the library's one immutable
/// <see cref="ExtractionOptions"/> record: change them with <c>with</c>, as in
/// <c>o => o.Extraction = o.Extraction with { MaxInputLength = 4 &lt;&lt; 20 }</c>. They are validated when the host starts.
/// </summary>
public sealed class ContentExtractorOptions
{
    /// <summary>The extraction settings.</summary>
    /// <value>
    /// Defaults to a new <see cref="ExtractionOptions"/> with the library's defaults (its own instance, so that a
    /// configuration binder that sets properties in place never touches <see cref="ExtractionOptions.Default"/>).
    /// </value>
    public ExtractionOptions Extraction { get; set; } = new();
}
