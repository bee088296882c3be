using ContentExtract.Decoding;

namespace ContentExtract.Tests.Decoding;

public sealed class InputSnifferTests
{
    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>Hi</p></body></html>")]
    [InlineData("  \n<html lang=\"zh\"><head></head></html>")]
    [InlineData("<div class=\"a\"><p>One</p><p>Two</p><a href=\"/x\">x</a></div>")]
    public void Markup_is_html(string content) => Assert.Equal(InputKind.Html, InputSniffer.Sniff(content));

    [Theory]
    [InlineData("404 Not Found\n\nZJOL/1.24.96\n您当前的位置 :浙江在线 > 浙江新闻")]
    [InlineData("The value of x < 5 and y > 3 in this example.")]
    [InlineData("")]
    public void Text_dumps_are_text(string content) => Assert.Equal(InputKind.Text, InputSniffer.Sniff(content));
}
