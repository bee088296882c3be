using System.Text;
using ContentExtract.Decoding;

namespace ContentExtract.Tests.Decoding;

public sealed class CharsetDecoderTests
{
    private const string Chinese = "<html><head><title>新闻</title></head><body><p>这是一篇关于城市公园建设的新闻报道，市民反响热烈。</p></body></html>";

    [Theory]
    [InlineData("gb2312", "gb18030")]
    [InlineData("gbk", "gb18030")]
    [InlineData("gb18030", "gb18030")]
    public void Declared_legacy_chinese_charsets_decode(string declared, string actual)
    {
        var encoding = CharsetDecoder.Resolve(actual)!;
        string html = Chinese.Replace("<head>", $"<head><meta charset=\"{declared}\">", StringComparison.Ordinal);
        string decoded = CharsetDecoder.Decode(encoding.GetBytes(html), null, InputMode.Auto, out _);
        Assert.Contains("城市公园建设", decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_gbk_is_detected()
    {
        var gbk = CharsetDecoder.Resolve("gbk")!;
        string decoded = CharsetDecoder.Decode(gbk.GetBytes(Chinese), null, InputMode.Auto, out var encoding);
        Assert.Contains("城市公园建设", decoded, StringComparison.Ordinal);
        Assert.Equal(54936, encoding.CodePage);
    }

    [Fact]
    public void Utf8_bytes_that_declare_gb2312_stay_utf8()
    {
        string html = Chinese.Replace("<head>", "<head><meta charset=\"gb2312\">", StringComparison.Ordinal);
        string decoded = CharsetDecoder.Decode(Encoding.UTF8.GetBytes(html), null, InputMode.Auto, out _);
        Assert.Contains("城市公园建设", decoded, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("big5", "這是一篇關於城市公園建設的新聞報導，市民反應熱烈。")]
    [InlineData("shift_jis", "東京の新しい公園が今日開園しました。")]
    [InlineData("euc-kr", "서울에 새로운 공원이 문을 열었습니다.")]
    [InlineData("windows-1251", "В городе открылся новый парк.")]
    [InlineData("koi8-r", "В городе открылся новый парк.")]
    [InlineData("windows-1252", "Le maire a inauguré le café près de la rivière.")]
    public void Declared_charsets_of_other_scripts_decode(string charset, string text)
    {
        var encoding = CharsetDecoder.Resolve(charset)!;
        string html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\"></head><body><p>{text}</p></body></html>";
        Assert.Contains(text, CharsetDecoder.Decode(encoding.GetBytes(html), null, InputMode.Auto, out _), StringComparison.Ordinal);
    }

    [Fact]
    public void The_http_charset_wins_over_a_missing_declaration()
    {
        var encoding = CharsetDecoder.Resolve("windows-1251")!;
        byte[] bytes = encoding.GetBytes("<p>В городе открылся новый парк.</p>");
        Assert.Contains("новый парк", CharsetDecoder.Decode(bytes, "windows-1251", InputMode.Auto, out _), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41 })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x41 })]
    public void Byte_order_marks_decide_and_are_dropped(byte[] bytes)
    {
        Assert.Equal("A", CharsetDecoder.Decode(bytes, null, InputMode.Auto, out _));
    }

    [Fact]
    public void Binary_input_is_refused_with_a_clear_exception()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var ex = Assert.Throws<ContentExtractionException>(() => CharsetDecoder.Decode(png, null, InputMode.Auto, out _));
        Assert.Equal(ExtractionFailure.Binary, ex.Failure);
    }
    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16_without_a_byte_order_mark_is_read_as_text(string charset)
    {
        var encoding = Encoding.GetEncoding(charset);
        string decoded = CharsetDecoder.Decode(encoding.GetBytes(Chinese), null, InputMode.Auto, out var detected);
        Assert.Equal(Chinese, decoded);
        Assert.Equal(encoding.CodePage, detected.CodePage);

        string dump = "市议会批准新的港口计划\n\n\u3000\u3000市议会周二晚上经过长时间辩论后投票通过。\u3000港口将在三月开始疏浚。\n";
        Assert.Equal(dump, CharsetDecoder.Decode(encoding.GetBytes(dump), null, InputMode.Text, out _));
    }

    [Fact]
    public void Utf8_text_with_a_stray_zero_byte_is_not_taken_for_utf16()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("<html><body><p>The council met on Tuesday evening and voted.</p>"), 0, .. Encoding.UTF8.GetBytes("</body></html>")];
        var ex = Assert.Throws<ContentExtractionException>(() => CharsetDecoder.Decode(bytes, null, InputMode.Auto, out _));
        Assert.Equal(ExtractionFailure.Binary, ex.Failure);
    }

    [Fact]
    public void Binary_data_with_zero_bytes_on_one_side_is_still_binary()
    {
        // Little-endian 16-bit samples: zero high bytes like UTF-16 ASCII, but control characters once decoded.
        byte[] samples = [.. Enumerable.Range(0, 2000).SelectMany(i => new byte[] { (byte)(1 + (i % 30)), 0 })];
        var ex = Assert.Throws<ContentExtractionException>(() => CharsetDecoder.Decode(samples, null, InputMode.Auto, out _));
        Assert.Equal(ExtractionFailure.Binary, ex.Failure);
    }

    [Fact]
    public void Legacy_text_decoded_while_detecting_is_the_page_text()
    {
        // Declared GBK: the strict trial decode that accepts the charset is the text returned.
        var gbk = CharsetDecoder.Resolve("gbk")!;
        string html = Chinese.Replace("<head>", "<head><meta charset=\"gbk\">", StringComparison.Ordinal);
        Assert.Equal(html, CharsetDecoder.Decode(gbk.GetBytes(html), null, InputMode.Auto, out _));
    }

    [Fact]
    public void A_trial_decode_that_is_turned_down_is_not_the_page_text()
    {
        // GB18030 four-byte sequences decode cleanly there (and nowhere else of the trial charsets) but to no Chinese, so
        // GB18030 is turned down and the page falls back to windows-1252: the trial's text must not come back with it.
        byte[] bytes = [.. "<p>Caf"u8, 0x81, 0x30, 0x89, 0x38, .. " au lait, "u8, 0x81, 0x30, 0x8A, 0x30, .. " encore.</p>"u8];
        string decoded = CharsetDecoder.Decode(bytes, null, InputMode.Auto, out var encoding);
        Assert.Equal(1252, encoding.CodePage);
        Assert.Equal(CharsetDecoder.Resolve("windows-1252")!.GetString(bytes), decoded);
    }
}
