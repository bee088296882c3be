using ContentExtract.Evaluation.Corpora;
using ContentExtract.Evaluation.Injection;

namespace ContentExtract.Evaluation.Extractors;

/// <summary>
/// ContentExtract on a page with error bodies injected: the injector's plan for the page's key, injected into its
/// bytes, then extracted by the same <see cref="ContentExtractPageExtractor"/> as the clean page. The plan depends on
/// the key alone, so the metric can tell which bodies went in without seeing the bytes.
/// </summary>
internal sealed class InjectingPageExtractor(ErrorBodyInjector injector, ContentExtractPageExtractor contentExtract, string? writeTo = null) : IPageExtractor
{
    public ErrorBodyInjector Injector => injector;

    public ExtractedDocument Extract(CorpusPage page, byte[] content)
    {
        // The corpora's "plain" dumps open with the page's <title> line (corpus README), as the seed does.
        bool startsWithTitle = page.Mode == InputMode.Text && Path.GetFileName(Path.GetDirectoryName(page.Path)) == "plain";
        byte[] injected = ErrorBodyInjector.Inject(content, page.Mode, injector.Plan(page.Key), startsWithTitle);
        if (writeTo is not null)
        {
            // The key may name a corpus folder; the form (html, text/lynx …) keeps a page's forms apart.
            string form = page.Mode == InputMode.Html ? "html" : Path.GetFileName(Path.GetDirectoryName(page.Path)) ?? "text";
            string file = Path.Combine(writeTo, form, page.Key.Replace('/', '_') + (page.Mode == InputMode.Html ? ".html" : ".txt"));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, injected);
        }

        return contentExtract.Extract(page, injected);
    }
}
