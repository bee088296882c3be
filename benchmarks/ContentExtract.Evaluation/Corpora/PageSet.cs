namespace ContentExtract.Evaluation.Corpora;

/// <summary>The pages of a corpus in one form: the HTML pages, or the dumps one text tool made of them.</summary>
/// <param name="Name"><c>html</c>, or the tool's folder name under <c>text/</c> (<c>w3m</c>, <c>lynx</c>, <c>plain</c>).</param>
/// <param name="Pages">The pages, in gold order; a page whose file is absent is left out.</param>
internal sealed record PageSet(string Name, IReadOnlyList<CorpusPage> Pages);

/// <summary>Every form a corpus has its pages in.</summary>
/// <param name="Html">The HTML pages.</param>
/// <param name="TextDumps">One set per folder under <c>text/</c>, by folder name; empty when the corpus has none.</param>
internal sealed record CorpusForms(PageSet Html, IReadOnlyList<PageSet> TextDumps)
{
    /// <summary>Finds the text dumps <c>text/&lt;tool&gt;/&lt;key&gt;.txt</c> of the given HTML pages.</summary>
    public static CorpusForms WithTextDumps(string corpusDirectory, IReadOnlyList<CorpusPage> htmlPages)
    {
        var dumps = new List<PageSet>();
        string textDirectory = Path.Combine(corpusDirectory, "text");
        if (Directory.Exists(textDirectory))
        {
            foreach (string toolDirectory in Directory.GetDirectories(textDirectory).Order(StringComparer.Ordinal))
            {
                var pages = htmlPages
                    .Select(page => page with { Path = Path.Combine(toolDirectory, page.Key + ".txt"), Mode = InputMode.Text })
                    .Where(page => File.Exists(page.Path))
                    .ToList();
                dumps.Add(new PageSet(Path.GetFileName(toolDirectory), pages));
            }
        }

        return new CorpusForms(new PageSet("html", htmlPages), dumps);
    }
}
