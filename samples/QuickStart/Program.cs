// QuickStart: extract one page — from a file, standard input or a URL — and print it as Markdown.
//   dotnet run --project samples/QuickStart -- seeds/000_d154e7da7914ddc9.txt
//   dotnet run --project samples/QuickStart -- https://example.com/news/1.html
//   cat page.html | dotnet run --project samples/QuickStart -- -
using ContentExtract;
using ContentExtract.Rendering;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: QuickStart <file | url | ->");
    return 2;
}

string input = args[0];
var extractor = ContentExtractor.Default;
ExtractedDocument document;

if (Uri.TryCreate(input, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
{
    using var http = new HttpClient();
    using var response = await http.GetAsync(url);
    response.EnsureSuccessStatusCode();

    // Hand over the bytes, not a string: the response's charset (Content-Type) decides how they are read,
    // and without one the extractor falls back to the BOM, <meta> and detection.
    var contentType = response.Content.Headers.ContentType;
    var page = new PageInfo { Url = response.RequestMessage?.RequestUri ?? url, Charset = contentType?.CharSet };
    var mode = contentType?.MediaType == "text/plain" ? InputMode.Text : InputMode.Auto;
    byte[] body = await response.Content.ReadAsByteArrayAsync();
    document = extractor.Extract(body, mode, page);
}
else if (input == "-")
{
    await using var stdin = Console.OpenStandardInput();
    document = await extractor.ExtractAsync(stdin);
}
else
{
    var mode = input.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? InputMode.Text : InputMode.Auto;
    document = extractor.Extract(await File.ReadAllBytesAsync(input), mode);
}

Console.Write(MarkdownRenderer.Render(document));
Console.Error.WriteLine($"[{document.PageKind}, {document.Blocks.Count} blocks, {document.Quotes.Count} quotes, {document.LinkLists.Count} link lists, {document.Noise.Count} noise fragments]");
return 0;
