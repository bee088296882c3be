using System.Text;
using ContentExtract.Decoding;

namespace ContentExtract.Tests.Decoding;

/// <summary>Charset labels are read as the WHATWG encoding rules read them: refused and unknown ones fall back, none throws.</summary>
public sealed class WhatwgCharsetTests
{
    private static string Page(string charset, string body) =>
        $"<html><head><meta charset=\"{charset}\"><title>Harbour</title></head><body><p>{body}</p></body></html>";

    [Theory]
    [InlineData("utf-7")]
    [InlineData("x-no-such-charset")]
    [InlineData("csiso2022kr")]
    public void Refused_and_unknown_labels_fall_back_instead_of_throwing(string charset)
    {
        byte[] bytes = Encoding.Latin1.GetBytes(Page(charset, "The café on the quay opens at nine."));
        string decoded = CharsetDecoder.Decode(bytes, null, InputMode.Auto, out _);
        Assert.Contains("café", decoded, StringComparison.Ordinal);

        var document = ContentExtractor.Default.Extract(bytes);
        Assert.NotNull(document);
        Assert.Null(CharsetDecoder.Resolve("utf-7"));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32")]
    public void Utf16_and_utf32_labels_on_ascii_compatible_bytes_mean_utf8(string charset)
    {
        Assert.Equal(Encoding.UTF8.CodePage, CharsetDecoder.Resolve(charset)!.CodePage);

        // Bytes that are not valid UTF-8 either: the label must not turn them into UTF-16 garbage.
        byte[] bytes = Encoding.Latin1.GetBytes(Page(charset, "Prices at the café rose."));
        string decoded = CharsetDecoder.Decode(bytes, null, InputMode.Auto, out var encoding);
        Assert.Contains("Prices at the caf", decoded, StringComparison.Ordinal);
        Assert.NotEqual(1200, encoding.CodePage);
    }

    [Theory]
    [InlineData("ibm037")]
    [InlineData("cp500")]
    public void Labels_of_encodings_that_are_not_ascii_compatible_are_ignored(string charset)
    {
        Assert.Null(CharsetDecoder.Resolve(charset));
        byte[] bytes = Encoding.Latin1.GetBytes(Page(charset, "The café on the quay opens at nine."));
        Assert.Contains("The café on the quay", CharsetDecoder.Decode(bytes, null, InputMode.Auto, out _), StringComparison.Ordinal);
    }

    [Fact]
    public void One_stray_byte_in_utf8_keeps_utf8()
    {
        string body = string.Concat(Enumerable.Repeat("Café crème, déjà vu, naïve façade. ", 10));
        var bytes = Encoding.UTF8.GetBytes(Page("utf-8", body)).ToList();
        bytes.Insert(bytes.Count / 2, 0xE9);   // one windows-1252 "é" pasted into the UTF-8 page
        string decoded = CharsetDecoder.Decode(bytes.ToArray(), null, InputMode.Auto, out var encoding);

        Assert.Equal(Encoding.UTF8.CodePage, encoding.CodePage);
        Assert.Contains("Café crème", decoded, StringComparison.Ordinal);
        Assert.Contains('\uFFFD', decoded);
    }

    [Fact]
    public void Legacy_text_with_a_few_valid_looking_pairs_is_not_taken_for_utf8()
    {
        var gbk = CharsetDecoder.Resolve("gbk")!;
        string chinese = "<html><body><p>这是一篇关于城市公园建设的新闻报道，市民反响热烈。北京上海广州深圳的市民都来参观了新建成的公园。</p></body></html>";
        string decoded = CharsetDecoder.Decode(gbk.GetBytes(chinese), null, InputMode.Auto, out var encoding);
        Assert.Equal(54936, encoding.CodePage);
        Assert.Contains("城市公园建设", decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows1252_with_a_few_accents_stays_windows1252()
    {
        byte[] bytes = Encoding.Latin1.GetBytes("<html><body><p>The café on the quay, the crème brûlée, the naïve façade.</p></body></html>");
        string decoded = CharsetDecoder.Decode(bytes, null, InputMode.Auto, out _);
        Assert.Contains("crème brûlée", decoded, StringComparison.Ordinal);
    }
}
