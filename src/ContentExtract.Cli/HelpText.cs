namespace ContentExtract.Cli;

internal static class HelpText
{
    public const string Usage = """
        content-extract — extract the article from scraped news pages (HTML or text dumps)

        Usage:
          content-extract [options] <input>...

        Inputs:
          <file>             .html, .htm, .html.gz, .txt or .txt.gz
          <directory>        walked recursively for those extensions, in name order
          -                  standard input

        Options:
          -f, --format <f>   markdown (default), json, jsonl or text.
                             jsonl writes one JSON document per input per line, in input order.
          -m, --mode <m>     auto (default: sniff for markup), html or text.
              --url <url>    the page's absolute address, to resolve relative links (single input only).
          -o, --out <dir>    write one output file per input into <dir> instead of standard output.
              --explain      add, for every source block, whether it was kept and why
                             (an "explain" array in JSON; a commented list in Markdown and text).
          -h, --help         show this help.
              --version      show the version.

        Exit codes:
          0  every input was processed
          1  some inputs failed (each failure is reported on standard error; the others are processed)
          2  usage error

        Examples:
          content-extract seeds/000_d154e7da7914ddc9.txt
          content-extract --format json page.html.gz
          content-extract --format jsonl --out results/ scrapes/
          curl -s https://example.com/news/1.html | content-extract --url https://example.com/news/1.html -
        """;
}
