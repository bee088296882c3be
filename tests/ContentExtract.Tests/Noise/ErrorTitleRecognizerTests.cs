using ContentExtract.Noise;

namespace ContentExtract.Tests.Noise;

public sealed class ErrorTitleRecognizerTests
{
    [Theory]
    [InlineData("404 Not Found", 404, true)]
    [InlineData("www.example.com | 522: Connection timed out", 522, true)]
    [InlineData("404 - File or directory not found.", 404, true)]
    [InlineData("403 - Forbidden: Access is denied.", 403, true)]
    [InlineData("HTTP Status 500 – Internal Server Error", 500, true)]
    [InlineData("HTTP状态 404 - 未找到", 404, true)]
    [InlineData("404-对不起！您访问的页面不存在", 404, true)]
    [InlineData("Page not found – Riverside Gazette", 404, false)]
    [InlineData("页面不存在_滨江市人民政府门户网站", 404, false)]
    [InlineData("Objekt nicht gefunden!", 404, false)]
    [InlineData("¡Acceso prohibido!", 403, false)]
    [InlineData("Error", 0, false)]
    public void Error_titles_are_read_with_their_status(string title, int status, bool statesCode)
    {
        var claim = ErrorTitleRecognizer.Recognize(title);
        Assert.NotNull(claim);
        Assert.Equal(status, claim.Value.Status);
        Assert.Equal(statesCode, claim.Value.StatesCode);
    }

    [Theory]
    [InlineData("Link rot: why so many old web pages now end in a 404 error")]
    [InlineData("Not Found review – a paranoid thriller about lost records | Brindle Street Journal")]
    [InlineData("How we got rid of our 502 errors in a week")]
    [InlineData("Council approves new bridge - The Courier")]
    [InlineData("")]
    public void Article_titles_announce_no_error(string title)
    {
        Assert.Null(ErrorTitleRecognizer.Recognize(title));
    }
}
