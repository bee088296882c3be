using ContentExtract.Evaluation.Corpora;
using ContentExtract.Evaluation.Injection;

namespace ContentExtract.Evaluation;

/// <summary>
/// The corpora under the corpus root, each read (gold parsed, page files listed) the first time a set asks for it and
/// then kept: the sets that share pages share one reading, and the ablation report builds its plans from one library.
/// </summary>
internal sealed class CorpusLibrary(string corpusRoot)
{
    private readonly Lazy<ArticleBenchCorpus> _articleBench = new(() => ArticleBenchReader.Read(Path.Combine(corpusRoot, CorpusSets.ArticleBench)));
    private readonly Lazy<SnippetCorpus> _trafilaturaEval = new(() => SnippetCorpusReader.Read(Path.Combine(corpusRoot, CorpusSets.TrafilaturaEval)));
    private readonly Lazy<SnippetCorpus> _zhNews = new(() => SnippetCorpusReader.Read(Path.Combine(corpusRoot, CorpusSets.ZhNews)));
    private readonly Lazy<ArticleBenchCorpus> _zhCwced = new(() => ArticleBenchReader.ReadZhCwced(Path.Combine(corpusRoot, CorpusSets.ZhCwced)));
    private readonly Lazy<WcxbCorpus> _wcxb = new(() => WcxbCorpusReader.Read(Path.Combine(corpusRoot, CorpusSets.Wcxb)));
    private readonly Lazy<ErrorPageCorpus> _errorPages = new(() => ErrorPageCorpusReader.Read(Path.Combine(corpusRoot, CorpusSets.ErrorPages)));
    private readonly Lazy<IReadOnlyList<ErrorBody>> _injectableBodies = new(() => ErrorPageCorpusReader.ReadInjectableBodies(Path.Combine(corpusRoot, CorpusSets.ErrorPages)));

    public ArticleBenchCorpus ArticleBench => _articleBench.Value;

    public SnippetCorpus TrafilaturaEval => _trafilaturaEval.Value;

    public SnippetCorpus ZhNews => _zhNews.Value;

    public ArticleBenchCorpus ZhCwced => _zhCwced.Value;

    public WcxbCorpus Wcxb => _wcxb.Value;

    public ErrorPageCorpus ErrorPages => _errorPages.Value;

    public IReadOnlyList<ErrorBody> InjectableBodies => _injectableBodies.Value;

    /// <summary>structure's gold; its records name their pages in articlebench and zh-news.</summary>
    public StructureCorpus Structure => ReadStructure(CorpusSets.Structure);

    /// <summary>structure2's gold; its records name their pages in wcxb, zh-cwced and trafilatura-eval.</summary>
    public StructureCorpus Structure2 => ReadStructure(CorpusSets.Structure2);

    /// <summary>The dev article corpora whose pages error-pages' false alarms and inject-noise read.</summary>
    public IReadOnlyList<(string Name, CorpusForms Forms)> DevArticleCorpora =>
    [
        (CorpusSets.ArticleBench, ArticleBench.Forms),
        (CorpusSets.TrafilaturaEval, TrafilaturaEval.Forms),
        (CorpusSets.ZhNews, ZhNews.Forms),
    ];

    private StructureCorpus ReadStructure(string set) => StructureCorpusReader.Read(Path.Combine(corpusRoot, set), FormsOf);

    private CorpusForms FormsOf(string corpus) => corpus switch
    {
        CorpusSets.ArticleBench => ArticleBench.Forms,
        CorpusSets.ZhNews => ZhNews.Forms,
        CorpusSets.TrafilaturaEval => TrafilaturaEval.Forms,
        CorpusSets.ZhCwced => ZhCwced.Forms,
        CorpusSets.Wcxb => Wcxb.Forms,
        _ => throw new InvalidDataException($"A structure gold record names an unknown corpus '{corpus}'."),
    };
}
