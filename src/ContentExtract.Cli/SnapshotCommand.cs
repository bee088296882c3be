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

    /// <summary>Adds <paramref name="file"/> to the fixtures; the arguments were checked by <see cref="CliSyntax"/>.</summary>
    /// <returns>The exit code: 0 added, 1 not added, 2 no fixtures folder.</returns>
    public static async Task<int> RunAsync(string file, string? slug, string? fixtures, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        fixtures ??= DefaultFixtures;
        if (!Directory.Exists(fixtures))
        {
            return await UsageErrorAsync(error, $"no fixtures folder at {fixtures}; run from the repository root or pass --fixtures <dir>.").ConfigureAwait(false);
        }

        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"content-extract: snapshot add: {file}: {IoMessages.NoSuchFile}").ConfigureAwait(false);
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
            await error.WriteLineAsync($"content-extract: snapshot add: {file}: {IoMessages.Describe(ex)}").ConfigureAwait(false);
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
