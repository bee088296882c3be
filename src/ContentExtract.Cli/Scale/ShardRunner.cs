using System.Globalization;
using System.Security.Cryptography;
using ContentExtract.Archives;

namespace ContentExtract.Cli.Scale;

/// <summary>What a shard run is asked to write, and how.</summary>
/// <param name="OutDirectory">Where the shard's output and marker go.</param>
/// <param name="Format">Parquet or JSON Lines.</param>
/// <param name="Mode">How pages are read (archive records decide for themselves).</param>
/// <param name="Explain">Adds the <c>explain</c> array to JSON Lines.</param>
/// <param name="Tool">The tool and its version, recorded in the marker and the Parquet file's metadata.</param>
internal sealed record ShardRunSettings(string OutDirectory, ShardFormat Format, InputMode Mode, bool Explain, string Tool)
{
    /// <summary>When Parquet row groups close.</summary>
    public RowGroupLayout Layout { get; init; } = RowGroupLayout.Default;

    /// <summary>How many archive records are extracted at once (0: one per processor).</summary>
    public ArchiveExtractionOptions Archive { get; init; } = ArchiveExtractionOptions.Default;

    /// <summary>Extracts one page that is not an archive; null for the run's extractor (tests put a faulty one here).</summary>
    public PageExtraction? ExtractPage { get; init; }

    public string FormatName => Format == ShardFormat.Parquet ? "parquet" : "jsonl";

    public string ModeName => Mode.ToString().ToLowerInvariant();
}

/// <summary>How a shard run ended.</summary>
internal enum ShardRunStatus
{
    /// <summary>The output and its marker were written.</summary>
    Finished,

    /// <summary>A marker for the same inputs and settings was there: nothing was done.</summary>
    AlreadyFinished,

    /// <summary>An input could not be read; nothing that looks finished was left, and a rerun starts over.</summary>
    Failed,

    /// <summary>The folder holds this shard of other inputs or settings; nothing was touched.</summary>
    Conflict,
}

/// <summary>The end of a shard run, with its marker when it finished.</summary>
internal sealed record ShardRunResult(ShardRunStatus Status, ShardMarker? Marker, string Message);

/// <summary>
/// Runs one shard of a manifest: its entries in manifest order (pages extracted in parallel batches, archives
/// streamed with every core), every page and record written to a temporary file, renamed to
/// <c>part-I-of-N.&lt;ext&gt;</c> when complete, then the <c>_SUCCESS.part-I-of-N.json</c> marker written the same way.
/// A run killed at any point leaves at most a hidden <c>.part-….partial</c> file, removed by the next run of the shard;
/// a rerun of a finished shard does nothing.
/// </summary>
internal sealed class ShardRunner(ContentExtractor extractor, InputOpener opener, ShardRunSettings settings, ProgressReporter progress, TimeProvider time)
{
    private const int PageBatchSize = 64;

    /// <summary>How a page that is not an archive is extracted: the run's extractor unless the settings name another.</summary>
    private readonly PageExtraction _extractPage = settings.ExtractPage ?? PageExtractions.Of(extractor);

    public async Task<ShardRunResult> RunAsync(Manifest manifest, ShardSpec shard, CancellationToken cancellationToken)
    {
        var entries = manifest.Entries.Where(shard.Contains).ToList();
        string fingerprint = Manifest.Fingerprint(entries);
        string extension = ShardWriters.Extension(settings.Format);
        string outputName = shard.Stem + extension;
        string outputPath = Path.Combine(settings.OutDirectory, outputName);
        string markerPath = Path.Combine(settings.OutDirectory, ShardMarker.FileName(shard));

        if (File.Exists(markerPath))
        {
            var previous = ShardMarker.Read(markerPath);
            if (previous is null)
            {
                return new ShardRunResult(ShardRunStatus.Conflict, null, $"{markerPath} is not a marker this tool wrote: remove it, or write to another --out");
            }

            if (previous.InputsSha256 != fingerprint || previous.Format != settings.FormatName || previous.Mode != settings.ModeName)
            {
                return new ShardRunResult(ShardRunStatus.Conflict, previous, $"{settings.OutDirectory} holds shard {shard} of other inputs or settings ({Describe(previous)}); write to another --out, or remove {outputName} and {Path.GetFileName(markerPath)} to redo it");
            }

            if (File.Exists(outputPath))
            {
                return new ShardRunResult(ShardRunStatus.AlreadyFinished, previous, $"shard {shard} is already done ({markerPath}): nothing to do");
            }

            // The output was removed by hand to have the shard redone: the marker must go first, or a killed redo would leave it.
            await Output(() => File.Delete(markerPath)).ConfigureAwait(false);
        }

        var started = time.GetUtcNow();
        long startedTicks = time.GetTimestamp();
        await Output(() =>
        {
            Directory.CreateDirectory(settings.OutDirectory);
            RemovePartials(settings.OutDirectory, outputName);
            RemovePartials(settings.OutDirectory, Path.GetFileName(markerPath));
        }).ConfigureAwait(false);

        string temporary = Path.Combine(settings.OutDirectory, $".{outputName}.{RandomTag()}.partial");
        var summaries = new List<InputTally>(entries.Count);
        long rows;
        int rowGroups;
        try
        {
            var file = await Output(() => new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: false)).ConfigureAwait(false);
            var metadata = new Dictionary<string, string>
            {
                ["content-extract.tool"] = settings.Tool,
                ["content-extract.shard"] = shard.ToString(),
                ["content-extract.inputs-sha256"] = fingerprint,
            };
            await using (var writer = ShardWriters.Create(settings.Format, file, settings.Layout, metadata, settings.Explain))
            {
                progress.Begin(entries.Count, withArchives: entries.Any(e => e.IsArchive), resultsGoToStandardOutput: false);
                for (int start = 0; start < entries.Count;)
                {
                    if (entries[start].IsArchive)
                    {
                        summaries.Add(await RunArchiveAsync(entries[start], writer, cancellationToken).ConfigureAwait(false));
                        start++;
                        continue;
                    }

                    var batch = entries.Skip(start).Take(PageBatchSize).TakeWhile(e => !e.IsArchive).ToArray();
                    start += batch.Length;
                    summaries.AddRange(await RunPagesAsync(batch, writer, cancellationToken).ConfigureAwait(false));
                }

                await Output(() => writer.CompleteAsync(cancellationToken)).ConfigureAwait(false);
                rows = writer.Rows;
                rowGroups = writer.RowGroups;
            }

            await Output(() => File.Move(temporary, outputPath, overwrite: true)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or UnauthorizedAccessException)
        {
            // An input that cannot be read leaves the shard unfinished: no output, no marker, and the scheduler's retry starts over.
            TryDelete(temporary);
            progress.Finish(0);
            return new ShardRunResult(ShardRunStatus.Failed, null, $"shard {shard} did not finish: {ex.Message}; nothing was written, run the shard again");
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }

        progress.Finish(entries.Count);
        var marker = new ShardMarker(
            settings.Tool,
            shard.Index,
            shard.Count,
            shard.Origin,
            settings.FormatName,
            settings.ModeName,
            outputName,
            new FileInfo(outputPath).Length,
            fingerprint,
            started,
            time.GetUtcNow(),
            Math.Round(time.GetElapsedTime(startedTicks).TotalSeconds, 3),
            new ShardTotals(
                entries.Count,
                summaries.Sum(s => s.Records),
                rows,
                rowGroups,
                summaries.Sum(s => s.Extracted),
                summaries.Sum(s => s.Skipped),
                summaries.Sum(s => s.Failed),
                summaries.Sum(s => s.Damaged),
                summaries.Sum(s => s.ErrorPages),
                summaries.Sum(s => s.Bytes)),
            [.. summaries.Select(s => s.ToSummary())]);

        string markerTemporary = Path.Combine(settings.OutDirectory, $".{Path.GetFileName(markerPath)}.{RandomTag()}.partial");
        await Output(async () =>
        {
            await using (var markerFile = new FileStream(markerTemporary, FileMode.CreateNew, FileAccess.Write))
            {
                await markerFile.WriteAsync(System.Text.Encoding.UTF8.GetBytes(marker.ToJson() + "\n"), cancellationToken).ConfigureAwait(false);
                markerFile.Flush(flushToDisk: true);
            }

            File.Move(markerTemporary, markerPath, overwrite: true);
        }).ConfigureAwait(false);

        var t = marker.Totals;
        return new ShardRunResult(
            ShardRunStatus.Finished,
            marker,
            string.Create(CultureInfo.InvariantCulture, $"shard {shard}: {t.Inputs:N0} inputs, {t.Records:N0} records: {t.Extracted:N0} extracted, {t.Skipped:N0} skipped, {t.Failed:N0} failed; {t.Rows:N0} rows in {outputPath} ({marker.Seconds:0.00} s)"));
    }

    private async Task<InputTally> RunArchiveAsync(ManifestEntry entry, IShardWriter writer, CancellationToken cancellationToken)
    {
        var tally = new InputTally(entry.Key, "archive");
        var (stream, length) = await opener.OpenAsync(entry, opener.Limits.MaxArchiveBytes, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            progress.BeginArchive(entry.Key, length ?? 0, () => stream.BytesRead);
            await foreach (var result in extractor.ExtractArchiveAsync(stream, settings.Archive, cancellationToken).ConfigureAwait(false))
            {
                var item = ShardItem.FromRecord(entry.Key, result);
                tally.Add(item, result.Record.Offset);
                if (item.Outcome == ItemOutcome.Failed || (item.Outcome == ItemOutcome.Extracted && item.Reason is not null))
                {
                    progress.WriteLine($"content-extract: {item.Source} (offset {result.Record.Offset}): {item.Reason}");
                }

                await Output(() => writer.WriteAsync(item, cancellationToken).AsTask()).ConfigureAwait(false);
                progress.RecordDone(extracted: item.Document is not null, failed: item.Outcome == ItemOutcome.Failed, errorPage: item.Document?.IsErrorPage == true);
            }

            tally.Bytes = stream.BytesRead;
            progress.EndArchive();
        }

        progress.WriteLine($"content-extract: {entry.Key}: {tally.Records} records: {tally.Extracted} extracted, {tally.Skipped} skipped, {tally.Failed} failed");
        return tally;
    }

    private async Task<InputTally[]> RunPagesAsync(ManifestEntry[] batch, IShardWriter writer, CancellationToken cancellationToken)
    {
        var results = new (ShardItem Item, long Bytes)[batch.Length];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, batch.Length),
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = settings.Archive.MaxDegreeOfParallelism > 0 ? settings.Archive.MaxDegreeOfParallelism : Environment.ProcessorCount },
            async (i, ct) =>
            {
                results[i] = await ExtractPageAsync(batch[i], ct).ConfigureAwait(false);
                progress.PageDone(failed: results[i].Item.Outcome == ItemOutcome.Failed, errorPage: results[i].Item.Document?.IsErrorPage == true);
            }).ConfigureAwait(false);

        var tallies = new InputTally[batch.Length];
        for (int i = 0; i < batch.Length; i++)
        {
            var (item, bytes) = results[i];
            if (item.Reason is not null)
            {
                progress.WriteLine($"content-extract: {item.Source}: {item.Reason}");
            }

            tallies[i] = new InputTally(batch[i].Key, "page") { Bytes = bytes };
            tallies[i].Add(item, offset: null);
            await Output(() => writer.WriteAsync(item, cancellationToken).AsTask()).ConfigureAwait(false);
        }

        return tallies;
    }

    private async Task<(ShardItem Item, long Bytes)> ExtractPageAsync(ManifestEntry entry, CancellationToken cancellationToken)
    {
        // Pages are bounded by the extractor's input limit as they are read; the stream's own bound is only a backstop.
        var (stream, _) = await opener.OpenAsync(entry, opener.Limits.MaxArchiveBytes, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            string? url = entry.Url?.AbsoluteUri;
            try
            {
                var (bytes, damage) = await InputSource.ReadBoundedAsync(stream, entry.IsGzip, extractor.Options.MaxInputLength, cancellationToken).ConfigureAwait(false);
                var page = new PageInfo { Url = entry.Url };
                var document = _extractPage(bytes, entry.ModeFor(settings.Mode), page, cancellationToken);
                return (new ShardItem(entry.Key, entry.Key, ItemOutcome.Extracted, damage, document, null, url), stream.BytesRead);
            }
            catch (ContentExtractionException ex)
            {
                return (new ShardItem(entry.Key, entry.Key, ItemOutcome.Failed, ex.Message, null, null, url), stream.BytesRead);
            }
            catch (InvalidDataException ex)
            {
                return (new ShardItem(entry.Key, entry.Key, ItemOutcome.Failed, $"not a valid gzip file ({ex.Message})", null, null, url), stream.BytesRead);
            }
            catch (Exception ex) when (ex is not (IOException or UnauthorizedAccessException or HttpRequestException or OperationCanceledException))
            {
                // A fault of the library on one page is that page's failure, as a damaged record is; reading failures
                // stay the run's, which the scheduler retries.
                return (new ShardItem(entry.Key, entry.Key, ItemOutcome.Failed, PageExtractions.DescribeFault(ex), null, null, url), stream.BytesRead);
            }
        }
    }

    private static string Describe(ShardMarker marker) =>
        $"its marker has {marker.Totals.Inputs} inputs with fingerprint {marker.InputsSha256[..12]}…, format {marker.Format}, mode {marker.Mode}";

    /// <summary>Removes what killed runs of this shard left: hidden partial files of its output or marker.</summary>
    private static void RemovePartials(string directory, string name)
    {
        foreach (var partial in Directory.EnumerateFiles(directory, $".{name}.*.partial"))
        {
            File.Delete(partial);
        }
    }

    private static string RandomTag() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind, it is hidden and removed by the next run of the shard.
        }
    }

    /// <summary>Runs a write to the output folder; a failure there (a full disk, no permission) ends the run with exit code 3.</summary>
    private async Task<T> Output<T>(Func<T> write)
    {
        T result = default!;
        await OutputSink.Guard(settings.OutDirectory, () =>
        {
            result = write();
            return Task.CompletedTask;
        }).ConfigureAwait(false);
        return result;
    }

    private Task Output(Action write) => OutputSink.Guard(settings.OutDirectory, () =>
    {
        write();
        return Task.CompletedTask;
    });

    private Task Output(Func<Task> write) => OutputSink.Guard(settings.OutDirectory, write);

    /// <summary>What one input gave, counted as its items are written.</summary>
    private sealed class InputTally(string input, string kind)
    {
        private readonly List<FailureNote> _failures = [];

        public long Records { get; private set; }

        public long Extracted { get; private set; }

        public long Skipped { get; private set; }

        public long Failed { get; private set; }

        public long Damaged { get; private set; }

        public long ErrorPages { get; private set; }

        public long Bytes { get; set; }

        private long _notListed;

        public void Add(ShardItem item, long? offset)
        {
            Records++;
            switch (item.Outcome)
            {
                case ItemOutcome.Extracted:
                    Extracted++;
                    if (item.Document?.IsErrorPage == true)
                    {
                        ErrorPages++;
                    }

                    if (item.Reason is not null)
                    {
                        Damaged++;
                        Note(item, offset);
                    }

                    break;
                case ItemOutcome.Skipped:
                    Skipped++;
                    break;
                default:
                    Failed++;
                    Note(item, offset);
                    break;
            }
        }

        public InputSummary ToSummary() => new(input, kind, Records, Extracted, Skipped, Failed, Damaged, ErrorPages, Bytes, _failures, _notListed);

        private void Note(ShardItem item, long? offset)
        {
            if (_failures.Count < InputSummary.MaxListed)
            {
                _failures.Add(new FailureNote(item.Source, offset, item.Reason ?? "failed"));
            }
            else
            {
                _notListed++;
            }
        }
    }
}
