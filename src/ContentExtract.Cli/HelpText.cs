namespace ContentExtract.Cli;

/// <summary>
/// The parts of the help that are not about one option: what the inputs may be, what goes to standard error, the exit
/// codes and examples. <see cref="CliHelp"/> puts them around the options, which it writes from <see cref="CliSyntax"/>.
/// </summary>
internal static class HelpText
{
    public const string Usage = """
          content-extract [options] <input>...
          content-extract snapshot add <file> [--name <slug>] [--fixtures <dir>]
        """;

    public const string Inputs = """
          <file>             .html, .htm, .html.gz, .htm.gz, .txt or .txt.gz (.txt is read as a text dump).
                             A .gz page that is cut short, fails its CRC-32 check or holds garbage is
                             extracted from the part before the damage and reported (exit code 1); one
                             that is not gzip at all, or of which nothing can be inflated, fails with
                             the reason
          <archive>          .warc, .warc.gz, .wet or .wet.gz (WARC/1.0 or 1.1, plain or gzip per record):
                             streamed; one document per HTTP response or conversion record, in archive
                             order, with source <archive>#<record index>; HTTP 400 and up are error pages;
                             other records are skipped; a damaged record is reported and skipped,
                             and reading resumes at the next WARC/1. or gzip member wherever it is
          <directory>        walked recursively for those extensions, in name order
          -                  standard input (a page, not an archive)
          @<file>            a response file: more arguments, read from <file> (one or more a line)
        """;

    public const string StandardError = """
          Failures, one line each, as content-extract: <input>: <reason>. After each archive, a line
          with its record counts. When more than one input was processed, a closing summary line:
          content-extract: <n> inputs: <p> pages, <f> failed, <e> error pages in <s> s, where pages are
          the documents written. While a long run writes to files or a pipe and standard error is a
          terminal, a progress line (pages done of all, or an archive's records and position, rate, time
          left) is redrawn in place; when standard error is redirected, nothing else is written.
        """;

    public const string ExitCodes = """
          0  every input was processed
          1  some inputs or archive records failed or were damaged (each is reported on standard error,
             an archive record as <archive>#<index> (offset <n>): <reason>; the others are processed).
             A .gz page or a record's body coded with gzip, deflate or br that is cut short, fails
             its check or holds garbage is extracted from the part before the damage, written, and
             reported: never a silent half page with exit code 0
          2  usage error (also --format html with several documents and no --out, and two inputs that
             --out would write to the same file)
          3  the output could not be written: a closed pipe (as under | head), a full disk, an --out that
             is a file or cannot be created or written, or outputs that exist already without --force.
             One line on standard error, and the run stops
        """;

    public const string Completion = """
          Tab completion of options and their values: install dotnet-suggest
          (dotnet tool install --global dotnet-suggest), add its shell shim to your shell's profile, and
          register the tool once: dotnet-suggest register --command-path "$(command -v content-extract)".
        """;

    public const string Examples = """
          content-extract seeds/000_d154e7da7914ddc9.txt
          content-extract --format json page.html.gz
          content-extract --explain --format html page.html > report.html
          content-extract --explain --format html --out reports/ scrapes/
          content-extract --format jsonl --out results/ scrapes/
          content-extract --format jsonl --out results/ --force scrapes/
          content-extract --format jsonl crawl.warc.gz > crawl.jsonl
          curl -s https://example.com/news/1.html | content-extract --url https://example.com/news/1.html -
          content-extract snapshot add ~/Downloads/story.html
        """;

    public const string SnapshotUsage = """
          content-extract snapshot add <file> [--name <slug>] [--fixtures <dir>]
        """;

    public const string SnapshotNaming = """
          The file (.html, .htm, .txt, optionally .gz) is extracted to name it
          <lang>-<style>-<slug>.<ext>: lang is the content's language (zh, en, …; und when unknown);
          style is html-<charset> for a page (utf8, gbk, big5, sjis, cp1252, utf8-as-<declared>) or the
          look of a text dump (lynx, w3m, wet, plain); slug comes from the title's Latin-script words,
          or for other titles from an error page's status, the page kind or the file's own name.
          The copy is byte-exact; an existing file is never overwritten. Run from the repository root;
          the next step is printed (dotnet test writes the scrape's first snapshot for review).
        """;

    public const string SnapshotExitCodes = """
          0  added
          1  not added (the input cannot be read or extracted, or the name is taken)
          2  usage error
        """;

    public const string SnapshotExamples = """
          content-extract snapshot add ~/Downloads/story.html
          content-extract snapshot add dump.txt --name village-library
        """;
}
