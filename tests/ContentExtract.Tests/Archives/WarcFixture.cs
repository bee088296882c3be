using System.IO.Compression;
using System.Text;

namespace ContentExtract.Tests.Archives;

/// <summary>Composes WARC records and archives for the archive tests; every page in them is made up.</summary>
internal static class WarcFixture
{
    public const string ChineseTitle = "城市公交线路优化方案公布";
    public const string EnglishTitle = "Harbor dredging to resume in spring";

    /// <summary>What the sample archive holds, record by record, in order.</summary>
    public static readonly string[] SampleRecordTypes =
        ["warcinfo", "request", "response", "response", "response", "response", "conversion", "revisit", "response", "metadata"];

    public static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding("gbk")!;

    public static readonly Encoding Big5 = CodePagesEncodingProvider.Instance.GetEncoding("big5")!;

    /// <summary>One WARC/1.1 record: header, block, and the two line ends that close it.</summary>
    public static byte[] Record(string type, string? targetUri, byte[] block, string? contentType, int id, string? contentLength = null, params string[] extraFields)
    {
        var header = new StringBuilder("WARC/1.1\r\n");
        header.Append("WARC-Type: ").Append(type).Append("\r\n");
        header.Append("WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-").Append(id.ToString("D12", System.Globalization.CultureInfo.InvariantCulture)).Append(">\r\n");
        header.Append("WARC-Date: 2024-06-01T12:00:").Append((id % 60).ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).Append("Z\r\n");
        if (targetUri is not null)
        {
            header.Append("WARC-Target-URI: ").Append(targetUri).Append("\r\n");
        }

        if (contentType is not null)
        {
            header.Append("Content-Type: ").Append(contentType).Append("\r\n");
        }

        foreach (var field in extraFields)
        {
            header.Append(field).Append("\r\n");
        }

        header.Append("Content-Length: ").Append(contentLength ?? block.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        return [.. Encoding.UTF8.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    /// <summary>An HTTP response: status line, header fields, blank line, body.</summary>
    public static byte[] Http(string statusLine, byte[] body, params string[] headers)
    {
        var head = new StringBuilder(statusLine).Append("\r\n");
        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        head.Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    /// <summary>The body in the chunked transfer coding, in chunks of <paramref name="size"/> bytes.</summary>
    public static byte[] Chunked(byte[] body, int size)
    {
        using var output = new MemoryStream();
        for (int i = 0; i < body.Length; i += size)
        {
            int length = Math.Min(size, body.Length - i);
            output.Write(Encoding.ASCII.GetBytes($"{length:x};ext=1\r\n"));
            output.Write(body, i, length);
            output.Write("\r\n"u8);
        }

        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] ChineseArticleHtml() => Gbk.GetBytes($"""
        <html><head><title>{ChineseTitle}</title></head>
        <body>
        <div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>
        <div class="article">
        <h1>{ChineseTitle}</h1>
        <p>市交通运输局昨日公布了新一轮公交线路优化方案，涉及全市四十二条线路的走向调整和站点设置，预计下月起分批实施，市民可通过官方渠道查询具体变化。</p>
        <p>据介绍，此次调整主要针对新建居住区和轨道交通站点之间的接驳问题，力求缩短市民换乘步行距离，同时减少与地铁线路重复的长距离公交线路。</p>
        <p>交通运输局有关负责人表示，方案公布前已开展为期两个月的问卷调查和现场调研，共收集意见建议三千余条，其中大部分已在方案中得到采纳。</p>
        <p>该负责人还说，优化实施后将持续跟踪客流变化，对运行效果不理想的线路及时进行再调整，确保公共交通服务更加便捷高效。</p>
        </div>
        </body></html>
        """);

    public static byte[] EnglishArticleHtml() => Encoding.UTF8.GetBytes($"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{EnglishTitle} | Coast Gazette</title></head>
        <body>
        <nav><a href="/">Home</a> <a href="/local">Local</a></nav>
        <article>
        <h1>{EnglishTitle}</h1>
        <p>Dredging of the inner harbor channel will resume in March after a winter pause, the port authority said on Tuesday, ending months of uncertainty for the fishing fleet.</p>
        <p>The work was halted in November when sampling found higher than expected levels of sediment contamination near the old cannery pier, which required a revised disposal plan.</p>
        <p>Under the new plan, the most contaminated material will be trucked to a licensed facility inland, while clean sediment will be used to restore a salt marsh north of the breakwater.</p>
        <p>Harbor master Ellen Park said the channel had lost nearly a meter of depth at low tide, forcing larger boats to wait for the tide before entering or leaving the harbor.</p>
        </article>
        <footer>Copyright Coast Gazette</footer>
        </body></html>
        """);

    public static byte[] ConversionText() => Encoding.UTF8.GetBytes("""
        Library extends weekend opening hours

        The central library will stay open until eight in the evening on Saturdays and Sundays from next month, the city council announced after a consultation with residents.

        Council members said the change responds to demand from students and working families, who told the consultation that weekday opening hours did not suit them.

        The longer hours will be staffed by moving two positions from the mobile library service, which will reduce its rural stops from weekly to fortnightly.

        """);

    /// <summary>
    /// The sample archive: warcinfo, request, a gbk page, a chunked and gzip-coded page, a record whose
    /// Content-Length is wrong, a 404 with a Server header, a conversion (WET) record, a revisit, a redirect
    /// and a metadata record. <paramref name="gzipPerRecord"/> compresses each record as its own member.
    /// </summary>
    public static byte[] Sample(bool gzipPerRecord)
    {
        const string chinese = "http://news.example.cn/2024/06/01/bus-routes.html";
        const string english = "https://gazette.example.com/local/harbor-dredging";
        byte[][] records =
        [
            Record("warcinfo", null, "software: composed by WarcFixture\r\nformat: WARC File Format 1.1\r\n"u8.ToArray(), "application/warc-fields", 1, null, "WARC-Filename: sample.warc.gz"),
            Record("request", chinese, "GET /2024/06/01/bus-routes.html HTTP/1.1\r\nHost: news.example.cn\r\n\r\n"u8.ToArray(), "application/http; msgtype=request", 2),
            Record("response", chinese, Http("HTTP/1.1 200 OK", ChineseArticleHtml(), "Content-Type: text/html; charset=gbk", "Server: Tengine"), "application/http; msgtype=response", 3),
            Record("response", english, Http("HTTP/1.1 200 OK", Chunked(Gzip(EnglishArticleHtml()), 300), "Content-Type: text/html;", "  charset=utf-8", "Transfer-Encoding: chunked", "Content-Encoding: gzip"), "application/http; msgtype=response", 4),
            Record("response", "https://gazette.example.com/broken", Http("HTTP/1.1 200 OK", "<html><body><p>short</p></body></html>"u8.ToArray(), "Content-Type: text/html"), "application/http; msgtype=response", 5, contentLength: "4000"),
            Record("response", "https://gazette.example.com/missing", Http("HTTP/1.1 404 Not Found", "<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1></center><hr><center>nginx/1.24.0</center></body></html>"u8.ToArray(), "Content-Type: text/html", "Server: nginx/1.24.0"), "application/http; msgtype=response", 6),
            Record("conversion", "https://gazette.example.com/local/library-hours", ConversionText(), "text/plain", 7, null, "WARC-Refers-To: <urn:uuid:00000000-0000-4000-8000-000000000099>", "WARC-Identified-Content-Language: eng"),
            Record("revisit", english, Http("HTTP/1.1 200 OK", [], "Content-Type: text/html; charset=utf-8"), "application/http; msgtype=response", 8, null, "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"),
            Record("response", "https://gazette.example.com/old", Http("HTTP/1.1 301 Moved Permanently", [], "Location: https://gazette.example.com/local/harbor-dredging"), "application/http; msgtype=response", 9),
            Record("metadata", english, "fetchTimeMs: 120\r\n"u8.ToArray(), "application/warc-fields", 10),
        ];

        return [.. records.SelectMany(r => gzipPerRecord ? Gzip(r) : r)];
    }
}
