using System.Text;

namespace ContentExtract.Tests;

/// <summary>Bad input gets a clear result or a documented exception: never a hang, a crash or lost text.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("<html></html>")]
    public void Empty_input_is_an_empty_page(string content)
    {
        var document = ContentExtractor.Default.Extract(content);
        Assert.Equal(PageKind.Empty, document.PageKind);
        Assert.Empty(document.Blocks);
        Assert.Equal(string.Empty, document.Text);
    }

    [Fact]
    public void Input_over_the_limit_is_refused_with_a_clear_exception()
    {
        var extractor = new ContentExtractor(new ExtractionOptions { MaxInputLength = 1000 });
        var ex = Assert.Throws<ContentExtractionException>(() => extractor.Extract(new string('a', 1001)));
        Assert.Equal(ExtractionFailure.TooLarge, ex.Failure);
    }

    [Fact]
    public async Task A_stream_over_the_limit_is_refused_without_reading_it_all()
    {
        var extractor = new ContentExtractor(new ExtractionOptions { MaxInputLength = 100_000 });
        await using var stream = new MemoryStream(new byte[1_000_000]);
        var ex = await Assert.ThrowsAsync<ContentExtractionException>(() => extractor.ExtractAsync(stream));
        Assert.Equal(ExtractionFailure.TooLarge, ex.Failure);
    }

    [Fact]
    public void Binary_bytes_are_refused_with_a_clear_exception()
    {
        byte[] gzip = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x01, 0x02];
        var ex = Assert.Throws<ContentExtractionException>(() => ContentExtractor.Default.Extract(gzip));
        Assert.Equal(ExtractionFailure.Binary, ex.Failure);
    }

    [Fact]
    public void Deeply_nested_markup_keeps_its_text()
    {
        var html = new StringBuilder("<html><body>");
        for (int i = 0; i < 5000; i++)
        {
            html.Append("<div>");
        }

        html.Append("<p>The deepest paragraph of this page still holds the article, with commas, clauses and a full stop at the end of it.</p>");
        html.Append("<p>A second paragraph follows, because a real article has more than one, and it also ends properly with a full stop.</p>");
        var document = ContentExtractor.Default.ExtractHtml(html.ToString());
        Assert.Contains("deepest paragraph", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thousands_of_nested_html_tags_neither_hang_nor_lose_the_article()
    {
        var html = new StringBuilder("<html><head><title>Harbour news</title></head><body><p>The article opens with a long sentence about the harbour, its boats and the people who work there every day.</p>");
        for (int i = 0; i < 20000; i++)
        {
            html.Append("<html><head><title>404 Not Found</title></head>");
        }

        html.Append("<p>It ends with another long sentence about the tide tables, the fish market and the ferry that runs twice a day.</p></body></html>");
        var document = await Task.Run(() => ContentExtractor.Default.ExtractHtml(html.ToString())).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("tide tables", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => ContentExtractor.Default.Extract("some text", cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Invalid_options_are_refused_when_the_extractor_is_built()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContentExtractor(new ExtractionOptions { MaxInputLength = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContentExtractor(new ExtractionOptions { Boilerplate = new BoilerplateOptions { ProseBlockWords = 0 } }));
    }

    [Fact]
    public void One_extractor_serves_many_threads_with_the_same_result()
    {
        string seed = File.ReadAllText(Support.RepositoryPaths.Seed);
        var expected = ContentExtractor.Default.ExtractText(seed).Text;
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = ContentExtractor.Default.ExtractText(seed).Text);
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
