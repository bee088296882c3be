using Microsoft.Extensions.Options;

namespace ContentExtract.Hosting;

/// <summary>
/// Checks the settings as the extractor's constructor does (by building one, so that the rules live in one place, the
/// library), and reports what is wrong as an options failure instead of an exception: with <c>ValidateOnStart</c> the
/// host refuses to start on bad settings.
/// </summary>
internal sealed class ContentExtractorOptionsValidator : IValidateOptions<ContentExtractorOptions>
{
    public ValidateOptionsResult Validate(string? name, ContentExtractorOptions options)
    {
        if (options.Extraction is null)
        {
            return ValidateOptionsResult.Fail("ContentExtractorOptions.Extraction is null.");
        }

        try
        {
            _ = new ContentExtractor(options.Extraction);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"ContentExtractorOptions.Extraction: {ex.Message}");
        }
    }
}
