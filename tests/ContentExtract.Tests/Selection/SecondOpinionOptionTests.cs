using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Selection;

/// <summary>
/// <see cref="BoilerplateOptions.ConsultSecondOpinion"/>: a crawl that cannot afford SmartReader's time switches it off, and
/// the judge's own choice then stands on the pages where it doubts, with a note that says why no second opinion was taken.
/// </summary>
public sealed class SecondOpinionOptionTests
{
    /// <summary>A page whose two best candidates score within the judge's doubt margin, so that it asks SmartReader.</summary>
    private static string DoubtedPage => File.ReadAllText(Path.Combine(RepositoryPaths.Scrapes, "en-html-utf8-wind-farm-approval.html"));

    private static readonly ContentExtractor WithoutSecondOpinion =
        new(new ExtractionOptions { Boilerplate = new BoilerplateOptions { ConsultSecondOpinion = false } });

    [Fact]
    public void By_default_SmartReader_is_asked_where_the_judge_doubts()
    {
        var selection = ContentExtractor.Default.Extract(DoubtedPage, InputMode.Html).Selection;

        Assert.NotNull(selection);
        Assert.NotNull(selection.SecondOpinionTime);
        Assert.Null(selection.SecondOpinionNote);
    }

    [Fact]
    public void Switched_off_SmartReader_is_not_asked_and_the_report_says_why()
    {
        var document = WithoutSecondOpinion.Extract(DoubtedPage, InputMode.Html);

        Assert.NotNull(document.Selection);
        Assert.Null(document.Selection.SecondOpinionTime);
        Assert.Equal("SmartReader not asked: switched off in the options", document.Selection.SecondOpinionNote);
        Assert.Contains("switched off in the options", document.Selection.Describe(), StringComparison.Ordinal);
        Assert.NotEmpty(document.Paragraphs);
    }

    [Fact]
    public void Switched_off_a_page_the_judge_does_not_doubt_comes_out_the_same()
    {
        const string page = "<html><head><title>Harbour dredging</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            + "<article><h1>Harbour dredging starts in spring</h1><p>The port authority said on Monday that dredging of the inner harbour "
            + "will start in March, after two years of delays, and that ferries will keep their timetable throughout the works.</p>"
            + "<p>The works deepen the channel by two metres, so that larger cargo ships can reach the quays at low tide, the authority said.</p>"
            + "</article><footer>Contact us</footer></body></html>";

        var asked = ContentExtractor.Default.Extract(page, InputMode.Html);
        var off = WithoutSecondOpinion.Extract(page, InputMode.Html);

        Assert.Null(asked.Selection?.SecondOpinionTime);
        Assert.Equal(asked.Text, off.Text);
        Assert.Null(off.Selection?.SecondOpinionNote);
    }
}
