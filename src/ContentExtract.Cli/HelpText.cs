namespace ContentExtract.Cli;

internal static class HelpText
{
    public const string Usage = """
        content-extract — extract the article from scraped news pages (HTML or text dumps)

        Usage:
          content-extract [options] <input>...
          content-extract snapshot add <file> [--name <slug>] [--fixtures <dir>]

        Inputs:
          <file>             .html, .htm, .html.gz, .htm.gz, .txt or .txt.gz (.txt is read as a text dump)
          <archive>          .warc, .warc.gz, .wet or .wet.gz (WARC/1.0 or 1.1, plain or gzip per record):
                             streamed; one document per HTTP response or conversion record, in archive
                             order, with source <archive>#<record index>; HTTP 400 and up are error pages;
                             other records are skipped; a damaged record is reported and skipped,
                             and reading resumes at the next WARC/1. or gzip member wherever it is
          <directory>        walked recursively for those extensions, in name order
          -                  standard input (a page, not an archive)

        Options:
          -f, --format <f>   markdown (default; also md), json, jsonl, text (also txt) or html.
                             jsonl writes one JSON document per input per line, in input order
                             (per record for archives, with a "record" object); json writes an array
                             when there are several documents; markdown and text put a
                             "==> <archive>#<index> <url> (type, date, HTTP status) <==" line above
                             each archive record; html writes one self-contained page (inline style,
                             no script) to read the document, so it takes a single page on standard
                             output, or --out for several (one .html file per page; per record of an
                             archive, named <archive>-<index>.html).
          -m, --mode <m>     auto (default: sniff for markup; .txt files are text), html or text.
              --url <url>    the page's absolute address, to resolve relative links (single page only;
                             archive records carry their own).
          -o, --out <dir>    write one output file per input into <dir> instead of standard output,
                             named after the input with .md, .json, .jsonl, .txt or .html (one file per
                             archive, holding all its records; for html one file per record).
              --explain      add, for every source block, whether it was kept and why: an "explain"
                             array in JSON, a commented list in Markdown and text, and with html a report
                             page instead of the article: every source block in page order, kept (✓,
                             green) or dropped (✕), with its role and the signal that decided it, under
                             the title, page kind and its evidence, error page, breadcrumb and counts,
                             followed by the removed noise, quotations and link lists.
          -h, --help         show this help.
              --version      show the version.

        Standard error:
          Failures, one line each, as content-extract: <input>: <reason>. After each archive, a line
          with its record counts. When more than one input was processed, a closing summary line:
          content-extract: <n> inputs: <p> pages, <f> failed, <e> error pages in <s> s.
          While a long run writes to files or a pipe and standard error is a terminal, a progress line
          (pages done of all, or an archive's records and position, rate, time left) is redrawn in
          place; when standard error is redirected, nothing else is written.

        Snapshot fixtures (run from the repository root; see content-extract snapshot --help):
          snapshot add <file>  copies a new scrape into tests/ContentExtract.Tests/Scrapes as
                             <lang>-<style>-<slug>.<ext>, named from its extraction, never overwriting,
                             and prints the next step (dotnet test writes its first snapshot for review).

        Exit codes:
          0  every input was processed
          1  some inputs or archive records failed or were damaged (each is reported on standard error,
             an archive record as <archive>#<index> (offset <n>): <reason>; the others are processed).
             A .gz page or a record's body coded with gzip, deflate or br that is cut short, fails
             its check or holds garbage is extracted from the part before the damage, written, and
             reported: never a silent half page with exit code 0
          2  usage error (also --format html with several documents and no --out)
          3  the output could not be written (a closed pipe, as under | head; an unwritable --out
             or a full disk): one line on standard error, and the run stops

        Examples:
          content-extract seeds/000_d154e7da7914ddc9.txt
          content-extract --format json page.html.gz
          content-extract --explain --format html page.html > report.html
          content-extract --explain --format html --out reports/ scrapes/
          content-extract --format jsonl --out results/ scrapes/
          content-extract --format jsonl crawl.warc.gz > crawl.jsonl
          curl -s https://example.com/news/1.html | content-extract --url https://example.com/news/1.html -
          content-extract snapshot add ~/Downloads/story.html
        """;
}
