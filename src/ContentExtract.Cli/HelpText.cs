namespace ContentExtract.Cli;

internal static class HelpText
{
    public const string Usage = """
        content-extract — extract the article from scraped news pages (HTML or text dumps)

        Usage:
          content-extract [options] <input>...

        Inputs:
          <file>             .html, .htm, .html.gz, .txt or .txt.gz
          <archive>          .warc, .warc.gz, .wet or .wet.gz (WARC/1.0 or 1.1, plain or gzip per record):
                             streamed; one document per HTTP response or conversion record, in archive
                             order, with source <archive>#<record index>; HTTP 400 and up are error pages;
                             other records are skipped; a damaged record is reported and skipped
          <directory>        walked recursively for those extensions, in name order
          -                  standard input (a page, not an archive)

        Options:
          -f, --format <f>   markdown (default), json, jsonl or text.
                             jsonl writes one JSON document per input per line, in input order
                             (per record for archives, with a "record" object); json writes an array
                             when there are several documents; markdown and text put a
                             "==> <archive>#<index> <url> (type, date, HTTP status) <==" line above
                             each archive record.
          -m, --mode <m>     auto (default: sniff for markup), html or text.
              --url <url>    the page's absolute address, to resolve relative links (single page only;
                             archive records carry their own).
          -o, --out <dir>    write one output file per input into <dir> instead of standard output
                             (one file per archive, holding all its records).
              --explain      add, for every source block, whether it was kept and why
                             (an "explain" array in JSON; a commented list in Markdown and text).
          -h, --help         show this help.
              --version      show the version.

        Exit codes:
          0  every input was processed
          1  some inputs or archive records failed (each failure is reported on standard error, an
             archive record as <archive>#<index> (offset <n>): <reason>; the others are processed)
          2  usage error

        Examples:
          content-extract seeds/000_d154e7da7914ddc9.txt
          content-extract --format json page.html.gz
          content-extract --format jsonl --out results/ scrapes/
          content-extract --format jsonl crawl.warc.gz > crawl.jsonl
          curl -s https://example.com/news/1.html | content-extract --url https://example.com/news/1.html -
        """;
}
