using ContentExtract.Evaluation.Injection;

namespace ContentExtract.Tests.Noise;

/// <summary>
/// Error documents written for these tests in the style of the servers that emit them: an nginx-style status page,
/// an Apache-style canned response with its signature line, an IIS-style page with its style block, and a
/// Tomcat-style status report in Chinese, so that non-ASCII bodies go into the GBK, Big5 and Shift_JIS fixtures too.
/// Host names, versions and paths are placeholders; the markers are each document's distinctive lines.
/// </summary>
internal static class ComposedErrorBodies
{
    public static ErrorBody Nginx { get; } = new(
        "nginx-style-404",
        404,
        "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.26.2</center>\r\n</body>\r\n</html>\r\n",
        ["404 Not Found", "nginx/1.26.2"]);

    public static ErrorBody Apache { get; } = new(
        "apache-style-503",
        503,
        """
        <!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
        <html><head>
        <title>503 Service Unavailable</title>
        </head><body>
        <h1>Service Unavailable</h1>
        <p>The server is temporarily unable to service your
        request due to maintenance downtime or capacity
        problems. Please try again later.</p>
        <hr>
        <address>Apache/2.4.62 (Debian) Server at cdn.news.example.org Port 443</address>
        </body></html>

        """,
        ["Service Unavailable", "Apache/2.4.62 (Debian) Server at cdn.news.example.org Port 443"]);

    public static ErrorBody Iis { get; } = new(
        "iis-style-500",
        500,
        """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml">
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>
        <title>500 - Internal server error.</title>
        <style type="text/css">
        body{margin:0;font-size:.7em;font-family:Verdana,Arial,sans-serif;background:#EEEEEE;}
        #header{width:96%;padding:6px 2%;color:#FFF;background-color:#555555;}
        </style>
        </head>
        <body>
        <div id="header"><h1>Server Error</h1></div>
        <div id="content">
         <div class="content-container"><fieldset>
          <h2>500 - Internal server error.</h2>
          <h3>There is a problem with the resource you are looking for, and it cannot be displayed.</h3>
         </fieldset></div>
        </div>
        </body>
        </html>
        """.ReplaceLineEndings("\r\n"),
        ["500 - Internal server error.", "There is a problem with the resource you are looking for, and it cannot be displayed."]);

    public static ErrorBody TomcatChinese { get; } = new(
        "tomcat-style-404-zh",
        404,
        """<!doctype html><html lang="zh"><head><title>HTTP状态 404 - 未找到</title><style type="text/css">body {font-family:Tahoma,Arial,sans-serif;} h1 {font-size:22px;}</style></head><body><h1>HTTP状态 404 - 未找到</h1><hr class="line" /><p><b>类型</b> 状态报告</p><p><b>消息</b> 请求的资源[/a/20240718/bridge.shtml]不可用</p><p><b>描述</b> 源服务器未能找到目标资源的表示或者是不愿公开一个已经存在的资源表示。</p><hr class="line" /><h3>Apache Tomcat/10.1.30</h3></body></html>""",
        ["HTTP状态 404 - 未找到", "请求的资源[/a/20240718/bridge.shtml]不可用"]);

    public static IReadOnlyList<ErrorBody> All { get; } = [Nginx, Apache, Iis, TomcatChinese];
}
