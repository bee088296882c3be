namespace ContentExtract.Cli;

/// <summary>
/// <c>content-extract snapshot add &lt;file&gt;</c>: copies a new scrape, byte for byte, into the scrape fixtures
/// under the name its extraction suggests (<see cref="ScrapeNaming"/>), never over an existing file, and says
/// what to run next so that the test suite writes the scrape's first snapshot for review.
/// </summary>
internal static class SnapshotCommand
{
    /// <summary>Where the fixtures live, relative to the repository root the command is run from.</summary>
    public const string DefaultFixtures = "tests/ContentExtract.Tests/Scrapes";

    public const string Usage = """
        content-extract snapshot add — copy a new scrape into the test fixtures under a clean name

        Usage:
          content-extract snapshot add <file> [--name <slug>] [--fixtures <dir>]

        The file (.html, .htm, .txt, optionally .gz) is extracted to name it
        <lang>-<style>-<slug>.<ext>: lang is the content's language (zh, en, …; und when unknown);
        style is html-<charset> for a page (utf8, gbk, big5, sjis, cp1252, utf8-as-<declared>) or the
        look of a text dump (lynx, w3m, wet, plain); slug comes from the title's Latin-script words,
        or for other titles from an error page's status, the page kind or the file's own name.
        The copy is byte-exact; an existing file is never overwritten.

        Options:
              --name <slug>      the slug to use instead (lower-case letters and digits joined by hyphens,
                                 such as harbor-dredging); the language and style stay.
              --fixtures <dir>   the fixtures folder (default: tests/ContentExtract.Tests/Scrapes, from the
                                 repository root).
          -h, --help             show this help.

        Exit codes: 0 added; 1 not added (the input cannot be read or extracted, or the name is taken);
        2 usage error.

        Example:
          content-extract snapshot add ~/Downloads/story.html
          content-extract snapshot add dump.txt --name village-library
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Count == 0)
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        if (args.Any(a => a is "-h" or "--help" or "-?"))
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        if (args[0] != "add")
        {
            await error.WriteLineAsync($"content-extract: snapshot: unknown command '{args[0]}'; the command is 'snapshot add <file>'. Run 'content-extract snapshot --help'.").ConfigureAwait(false);
            return 2;
        }

        string? file = null, slug = null, fixtures = null;
        for (int i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--name":
                    slug = i + 1 < args.Count ? args[++i] : string.Empty;
                    if (!ScrapeNaming.IsValidSlug(slug))
                    {
                        return await UsageErrorAsync(error, $"--name takes a slug of lower-case letters and digits joined by hyphens, such as harbor-dredging (got '{slug}').").ConfigureAwait(false);
                    }

                    break;
                case "--fixtures":
                    fixtures = i + 1 < args.Count ? args[++i] : null;
                    if (string.IsNullOrWhiteSpace(fixtures))
                    {
                        return await UsageErrorAsync(error, "--fixtures takes a directory.").ConfigureAwait(false);
                    }

                    break;
                default:
                    if (args[i].StartsWith('-') || file is not null)
                    {
                        return await UsageErrorAsync(error, $"unexpected '{args[i]}'.").ConfigureAwait(false);
                    }

                    file = args[i];
                    break;
            }
        }

        if (file is null)
        {
            return await UsageErrorAsync(error, "name the scrape to add: content-extract snapshot add <file>.").ConfigureAwait(false);
        }

        if (!InputSource.IsPageFile(file))
        {
            return await UsageErrorAsync(error, $"{file}: a scrape fixture is an .html, .htm, .txt, .html.gz or .txt.gz file.").ConfigureAwait(false);
        }

        fixtures ??= DefaultFixtures;
        if (!Directory.Exists(fixtures))
        {
            return await UsageErrorAsync(error, $"no fixtures folder at {fixtures}; run from the repository root or pass --fixtures <dir>.").ConfigureAwait(false);
        }

        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"content-extract: snapshot add: {file}: no such file").ConfigureAwait(false);
            return 1;
        }

        var source = new InputSource(file, file);
        ExtractedDocument document;
        byte[] bytes;
        try
        {
            (bytes, string? damage) = await source.ReadAsync(Stream.Null, ContentExtractor.Default.Options.MaxInputLength, cancellationToken).ConfigureAwait(false);
            if (damage is not null)
            {
                // A fixture is a whole page: half of one would pin a snapshot of the damage.
                throw new InvalidDataException(damage);
            }

            document = ContentExtractor.Default.Extract(bytes, source.ModeFor(InputMode.Auto), null, cancellationToken);
        }
        catch (Exception ex) when (ex is ContentExtractionException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await error.WriteLineAsync($"content-extract: snapshot add: {file}: {ex.Message}").ConfigureAwait(false);
            return 1;
        }

        var (language, style, chosenSlug, slugOrigin, fileName) = ScrapeNaming.Name(file, bytes, document, slug);
        string destination = Path.Combine(fixtures, fileName);
        try
        {
            // CreateNew refuses an existing file atomically: no check-then-write race with another copy.
            await using var target = new FileStream(destination, FileMode.CreateNew, FileAccess.Write);
            await using var original = File.OpenRead(file);
            await original.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException) when (File.Exists(destination))
        {
            await error.WriteLineAsync($"content-extract: snapshot add: {destination} already exists; not overwritten. Pass --name <slug> to add this scrape under another name.").ConfigureAwait(false);
            return 1;
        }

        string kind = document.PageKind.ToString().ToLowerInvariant();
        string what = document.ErrorPage is { } e ? $"error page {e.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}" : kind;
        string snapshot = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(fixtures)) ?? fixtures, "Snapshots", "__snapshots__", fileName + ".snap");
        string snapshotShown = Path.GetRelativePath(Directory.GetCurrentDirectory(), snapshot) is var relative && !relative.StartsWith("..", StringComparison.Ordinal) ? relative : snapshot;
        await output.WriteLineAsync($"""
            Added {destination}
              language {language} · {style} · {what} · title {(document.Title is null ? "(none)" : $"\"{document.Title}\"")}{(slug is null ? $" · slug {chosenSlug} from {slugOrigin} (--name <slug> to choose another)" : string.Empty)}
            Next:
              dotnet test ContentExtract.sln -c Release
            writes its first snapshot, {snapshotShown}, for review.
            Read it, describe the scrape in {Path.Combine(fixtures, "README.md")}, and commit the scrape with its snapshot.
            """).ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> UsageErrorAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync($"content-extract: snapshot add: {message}").ConfigureAwait(false);
        return 2;
    }
}
