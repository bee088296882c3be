using ContentExtract.Noise;

namespace ContentExtract.Tests.Noise;

/// <summary>Whole error documents pasted into a page by a failed include, cut out before parsing.</summary>
public sealed class NestedErrorDocumentRemoverTests
{
    private const string NginxDocument = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>";

    private const string GermanDocument = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml" lang="de"><head><title>Zugriff verweigert!</title></head>
        <body><h1>Zugriff verweigert!</h1><p>Auf das angeforderte Objekt kann nicht zugegriffen werden.</p>
        <h2>Error 403</h2><address><a href="/">www.example.org</a><br /><span>Apache/2.4.62 (Debian)</span></address></body></html>
        """;

    private static string Page(string first, string middle, string last) => $"""
        <!DOCTYPE html><html><head><title>Harbour dredging starts</title></head><body>{first}
        <article><h1>Harbour dredging starts</h1>
        <p>Dredgers began clearing silt from the harbour mouth on Monday, the first time in eleven years that the channel has been deepened for larger boats.</p>
        {middle}
        <p>The work will take six weeks and the harbour will stay open, with pilots guiding boats around the dredgers during the day.</p>
        </article>{last}</body></html>
        """;

    [Fact]
    public void Documents_at_the_start_between_blocks_and_at_the_end_of_the_body_are_cut_out_and_reported()
    {
        var found = new List<NoiseFragment>();
        string html = NestedErrorDocumentRemover.Remove(Page(NginxDocument, GermanDocument, NginxDocument), found);

        Assert.Equal(Page(string.Empty, string.Empty, string.Empty), html);
        Assert.Equal([502, 403, 502], found.Select(f => f.Status));
        Assert.Equal(["nginx/1.25.3", "Apache/2.4.62 (Debian)", "nginx/1.25.3"], found.Select(f => f.Server));
        Assert.Contains("Zugriff verweigert!", found[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_extraction_of_the_page_is_that_of_the_clean_page()
    {
        var clean = ContentExtractor.Default.ExtractHtml(Page(string.Empty, string.Empty, string.Empty));
        var dirty = ContentExtractor.Default.ExtractHtml(Page(NginxDocument, GermanDocument, NginxDocument));

        Assert.Equal(clean.Title, dirty.Title);
        Assert.Equal(clean.Text, dirty.Text);
        Assert.Equal(3, dirty.Noise.Count);
        Assert.False(dirty.IsErrorPage);
    }

    [Fact]
    public void Tags_are_recognized_whatever_their_case_and_markup_quoted_in_a_script_or_comment_is_passed_over()
    {
        // Upper and mixed case throughout: the nested document, and the script, style and comment whose text quotes one.
        string quoted = "<SCRIPT type=\"text/javascript\">var page = '<HTML><BODY>404 Not Found</BODY></HTML>';</SCRIPT>"
            + "<Style>/* <html> */</Style><!-- <html><head><title>404 Not Found</title></head></html> -->"
            + "<TextArea><html></html></TextArea><XMP><html></XMP>";
        string upper = NginxDocument.Replace("html>", "HTML>", StringComparison.Ordinal).Replace("<html", "<HtMl", StringComparison.Ordinal);
        var found = new List<NoiseFragment>();

        string html = NestedErrorDocumentRemover.Remove(Page(quoted, upper, string.Empty), found);

        Assert.Equal(Page(quoted, string.Empty, string.Empty), html);
        Assert.Equal(502, Assert.Single(found).Status);
    }

    [Fact]
    public void A_nested_document_that_is_no_error_page_stays()
    {
        const string other = "<html><head><title>Tide tables</title></head><body><p>High water at 06:12 and 18:40.</p></body></html>";
        var found = new List<NoiseFragment>();
        string page = Page(string.Empty, other, string.Empty);

        Assert.Same(page, NestedErrorDocumentRemover.Remove(page, found));
        Assert.Empty(found);
    }

    [Fact]
    public void Markup_inside_scripts_and_comments_is_not_a_nested_document()
    {
        string script = "<script>var shell = '" + NginxDocument.Replace("\r\n", string.Empty, StringComparison.Ordinal) + "';</script>";
        string comment = "<!-- " + NginxDocument + " -->";
        var found = new List<NoiseFragment>();
        string page = Page(script, comment, string.Empty);

        Assert.Same(page, NestedErrorDocumentRemover.Remove(page, found));
        Assert.Empty(found);
    }
}
