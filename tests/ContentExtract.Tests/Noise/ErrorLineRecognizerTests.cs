using ContentExtract.Noise;

namespace ContentExtract.Tests.Noise;

public sealed class ErrorLineRecognizerTests
{
    [Theory]
    [InlineData("404 Not Found", 404, "Not Found")]
    [InlineData("403 Forbidden", 403, "Forbidden")]
    [InlineData("500 Internal Server Error", 500, "Internal Server Error")]
    [InlineData("502 Bad Gateway", 502, "Bad Gateway")]
    [InlineData("503 Service Temporarily Unavailable", 503, "Service Temporarily Unavailable")]
    [InlineData("504 Gateway Time-out", 504, "Gateway Time-out")]
    [InlineData("Error 404 - Not Found", 404, "Not Found")]
    [InlineData("HTTP Status 404 – Not Found", 404, "Not Found")]
    [InlineData("HTTP状态 404 - 未找到", 404, "未找到")]
    [InlineData("404 页面不存在", 404, "页面不存在")]
    public void Status_lines_are_recognized_with_status_and_reason(string line, int status, string reason)
    {
        var result = ErrorLineRecognizer.Recognize(line);
        Assert.Equal(ErrorLineKind.StatusLine, result.Kind);
        Assert.Equal(status, result.Status);
        Assert.Equal(reason, result.Reason);
    }

    [Theory]
    [InlineData("www.example.com | 522: Connection timed out", 522)]
    [InlineData(" example.org |  404 Not Found ", 404)]
    public void A_status_line_among_the_parts_of_a_title_is_recognized(string line, int status)
    {
        var result = ErrorLineRecognizer.Recognize(line);
        Assert.Equal(ErrorLineKind.StatusLine, result.Kind);
        Assert.Equal(status, result.Status);
    }

    [Theory]
    [InlineData("News | Sport | Weather")]
    [InlineData("Home | 2024 budget | Editorials")]
    public void A_title_of_parts_without_a_status_is_no_status_line(string line) =>
        Assert.NotEqual(ErrorLineKind.StatusLine, ErrorLineRecognizer.Recognize(line).Kind);

    [Theory]
    [InlineData("nginx/1.24.0", "nginx/1.24.0")]
    [InlineData("nginx", "nginx")]
    [InlineData("openresty", "openresty")]
    [InlineData("openresty/1.21.4.1", "openresty/1.21.4.1")]
    [InlineData("Tengine", "Tengine")]
    [InlineData("Powered by Tengine/2.2.2", "Tengine/2.2.2")]
    [InlineData("cloudflare", "cloudflare")]
    [InlineData("Microsoft-IIS/10.0", "Microsoft-IIS/10.0")]
    [InlineData("Apache/2.4.58 (Ubuntu) Server at example.com Port 80", "Apache/2.4.58 (Ubuntu)")]
    [InlineData("ZJOL/1.24.96", "ZJOL/1.24.96")]
    [InlineData("Apache Tomcat/9.0.85", "Apache Tomcat/9.0.85")]
    [InlineData("Powered by Jetty:// 12.0.14", "Jetty:// 12.0.14")]
    [InlineData("Varnish cache server", "Varnish cache server")]
    public void Server_banners_are_recognized(string line, string server)
    {
        var result = ErrorLineRecognizer.Recognize(line);
        Assert.Equal(ErrorLineKind.Banner, result.Kind);
        Assert.Equal(server, result.Server);
    }

    [Fact]
    public void A_status_line_with_a_banner_on_the_same_line_yields_both()
    {
        var result = ErrorLineRecognizer.Recognize("403 Forbidden - nginx/1.18.0");
        Assert.Equal(ErrorLineKind.StatusLine, result.Kind);
        Assert.Equal("Forbidden", result.Reason);
        Assert.Equal("nginx/1.18.0", result.Server);
    }

    [Theory]
    [InlineData("The crawler got 404 Not Found when it asked for the old address.")]
    [InlineData("404 pages are a fact of life on the web")]
    [InlineData("2024 was a year of change")]
    [InlineData("Call 555-0404 now")]
    [InlineData("version 1.2.3 of the tool")]
    [InlineData("and/or")]
    [InlineData("HTTP/1.1 404 Not Found")]
    public void Prose_ordinary_lines_and_protocol_status_lines_are_not_error_lines(string line)
    {
        Assert.Equal(ErrorLineKind.None, ErrorLineRecognizer.Recognize(line).Kind);
    }

    [Theory]
    [InlineData("www.example.com")]
    [InlineData("203.0.113.45")]
    [InlineData("2025-07-23 08:09:26 UTC")]
    [InlineData("URI: http://www.example.com/news/1.html")]
    public void Host_names_time_stamps_and_info_rows_only_join_a_fragment(string line)
    {
        Assert.Equal(ErrorLineKind.Joiner, ErrorLineRecognizer.Recognize(line).Kind);
    }

    [Theory]
    [InlineData("The server returned 404 Not Found when the crawler asked for the old address.")]
    [InlineData("Sofern Sie dies für eine Fehlfunktion des Servers halten, informieren Sie bitte den Webmaster hierüber.")]
    [InlineData("如果您认为这是一个服务器错误，请联系网站管理员。")]
    public void Sentences_about_the_server_belong_to_a_fragment_only_between_its_error_lines(string line)
    {
        Assert.Equal(ErrorLineKind.ServerSentence, ErrorLineRecognizer.Recognize(line).Kind);
    }

    [Fact]
    public void A_bare_status_code_or_reason_is_only_weak_evidence()
    {
        Assert.Equal(ErrorLineKind.BareStatus, ErrorLineRecognizer.Recognize("Error 404").Kind);
        Assert.Equal(ErrorLineKind.BareReason, ErrorLineRecognizer.Recognize("Not Found").Kind);
    }
}
