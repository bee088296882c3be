using System.IO.Compression;
using System.Text;
using ContentExtract.Archives;

namespace ContentExtract.Tests.Archives;

public sealed class HttpResponseParserTests
{
    private const int Limit = 1024 * 1024;

    [Fact]
    public void Status_reason_headers_and_charset_are_read()
    {
        var block = WarcFixture.Http("HTTP/1.1 404 Not Found", "<p>gone</p>"u8.ToArray(), "Server: nginx/1.24.0", "Content-Type: text/html;", "\tcharset=\"GBK\"", "Set-Cookie: a=1", "Set-Cookie: b=2");

        var response = HttpResponseParser.Parse(block, Limit, out var error);

        Assert.Null(error);
        Assert.NotNull(response);
        Assert.Equal(404, response.Status);
        Assert.Equal("Not Found", response.Reason);
        Assert.Equal("nginx/1.24.0", response.Header("server"));
        Assert.Equal("text/html", response.MediaType);
        Assert.Equal("GBK", response.Charset);
        Assert.Equal("a=1, b=2", response.Header("Set-Cookie"));
        Assert.Equal("<p>gone</p>"u8.ToArray(), response.Body);
    }

    [Fact]
    public void A_status_line_without_reason_phrase_is_accepted()
    {
        var response = HttpResponseParser.Parse(WarcFixture.Http("HTTP/2 200", "x"u8.ToArray()), Limit, out _);
        Assert.Equal(200, response!.Status);
        Assert.Null(response.Reason);
    }

    [Fact]
    public void Chunked_and_gzip_coded_bodies_are_decoded()
    {
        byte[] body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>harbor dredging</p>", 100)));
        var block = WarcFixture.Http("HTTP/1.1 200 OK", WarcFixture.Chunked(WarcFixture.Gzip(body), 100), "Transfer-Encoding: chunked", "Content-Encoding: gzip");

        Assert.Equal(body, HttpResponseParser.Parse(block, Limit, out _)!.Body);
    }

    [Theory]
    [InlineData("deflate")]
    [InlineData("br")]
    public void Deflate_and_brotli_bodies_are_decoded(string coding)
    {
        byte[] body = Encoding.UTF8.GetBytes("<p>" + new string('z', 1000) + "</p>");
        using var compressed = new MemoryStream();
        using (Stream encoder = coding == "br" ? new BrotliStream(compressed, CompressionLevel.Fastest, leaveOpen: true) : new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            encoder.Write(body);
        }

        var block = WarcFixture.Http("HTTP/1.1 200 OK", compressed.ToArray(), $"Content-Encoding: {coding}");

        Assert.Equal(body, HttpResponseParser.Parse(block, Limit, out _)!.Body);
    }

    [Fact]
    public void A_body_stored_already_dechunked_is_kept_as_it_is()
    {
        var block = WarcFixture.Http("HTTP/1.1 200 OK", "<html>plain</html>"u8.ToArray(), "Transfer-Encoding: chunked");
        Assert.Equal("<html>plain</html>"u8.ToArray(), HttpResponseParser.Parse(block, Limit, out _)!.Body);
    }

    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: x\r\n\r\n")]
    [InlineData("HTTP/1.1 abc OK\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\nnot gzip at all")]
    public void Blocks_that_are_not_usable_responses_say_why(string text)
    {
        Assert.Null(HttpResponseParser.Parse(Encoding.ASCII.GetBytes(text), Limit, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
