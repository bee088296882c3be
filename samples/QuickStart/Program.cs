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

    // The server's charset decides how the bytes are read; the extractor falls back to <meta> and detection.
    var page = new PageInfo { Url = url, Charset = response.Content.Headers.ContentType?.CharSet };
    await using var body = await response.Content.ReadAsStreamAsync();
    document = await extractor.ExtractAsync(body, InputMode.Auto, page);
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
