using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace ContentExtract.Archives;

/// <summary>
/// Runs an archive through the extractor: one reader, several workers, results in archive order.
/// </summary>
/// <remarks>
/// The reader runs on its own task and hands each record to a worker as soon as one is free; the
/// record's pending result goes into a bounded channel in archive order. The consumer takes results
/// from the channel in that order, waiting for each one's worker. When the channel is full, the
/// reader waits, so at most <see cref="ArchiveExtractionOptions.Window"/> records (plus the one being
/// read) are in memory whatever the archive's size.
/// </remarks>
internal static class ArchiveExtraction
{
    public static async IAsyncEnumerable<ArchiveRecordResult> RunAsync(
        ContentExtractor extractor,
        Stream archive,
        ArchiveExtractionOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var workers = new SemaphoreSlim(options.Parallelism);
        var pending = Channel.CreateBounded<Task<ArchiveRecordResult>>(new BoundedChannelOptions(options.Window)
        {
            SingleReader = true,
            SingleWriter = true,
        });

        // Started without a token: the reader must run to completing the channel, or the consumer would wait forever.
        var reading = Task.Run(() => ReadAsync(extractor, archive, pending.Writer, workers, stop.Token), CancellationToken.None);
        try
        {
            while (await pending.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (pending.Reader.TryRead(out var result))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return await result.ConfigureAwait(false);
                }
            }

            // Surfaces a failure of the stream itself (an I/O error), after every record read before it.
            await reading.ConfigureAwait(false);
        }
        finally
        {
            // The consumer stopped early, finished, or failed: stop the reader and let it let go of the stream.
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await reading.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private static async Task ReadAsync(
        ContentExtractor extractor,
        Stream archive,
        ChannelWriter<Task<ArchiveRecordResult>> pending,
        SemaphoreSlim workers,
        CancellationToken cancellationToken)
    {
        try
        {
            var reader = new WarcReader(archive, extractor.Options.MaxInputLength);
            while (reader.Next(cancellationToken) is { } entry)
            {
                Task<ArchiveRecordResult> result;
                if (NeedsExtraction(entry))
                {
                    await workers.WaitAsync(cancellationToken).ConfigureAwait(false);
                    result = Task.Run(
                        () =>
                        {
                            try
                            {
                                return Process(extractor, entry, cancellationToken);
                            }
                            finally
                            {
                                workers.Release();
                            }
                        },
                        CancellationToken.None);
                }
                else
                {
                    // Skipped and damaged records cost nothing: no worker, no thread hop.
                    result = Task.FromResult(Process(extractor, entry, cancellationToken));
                }

                await pending.WriteAsync(result, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            pending.Complete();
        }
    }

    private static bool NeedsExtraction(WarcEntry entry) =>
        entry.Problem == WarcProblem.None && TypeOf(entry) is "response" or "conversion" or "resource";

    /// <summary>Turns one record into its result. Never throws, except when cancelled.</summary>
    internal static ArchiveRecordResult Process(ContentExtractor extractor, WarcEntry entry, CancellationToken cancellationToken)
    {
        var info = Describe(entry);
        if (entry.Problem != WarcProblem.None || entry.Block is null)
        {
            return Failed(info, entry.Reason ?? "the record could not be read");
        }

        try
        {
            var (recordMediaType, recordCharset) = HttpResponseParser.ParseContentType(entry.Field("Content-Type"));
            switch (info.Type)
            {
                case "response":
                    if (recordMediaType is "application/http" || entry.Block.AsSpan().StartsWith("HTTP/"u8))
                    {
                        return ProcessHttpResponse(extractor, info, entry.Block, cancellationToken);
                    }

                    return Skipped(info, $"a response record that is not an HTTP response ({recordMediaType ?? "no Content-Type"})");
                case "conversion":
                    // WET conversion records are UTF-8 text; a charset in the record header wins.
                    return Extract(extractor, info, entry.Block, InputMode.Text, recordCharset ?? "utf-8", cancellationToken);
                case "resource":
                    return IsPage(recordMediaType)
                        ? Extract(extractor, info, entry.Block, ModeFor(recordMediaType), recordCharset, cancellationToken)
                        : Skipped(info, $"a resource record that is not a page ({recordMediaType ?? "no Content-Type"})");
                case null:
                    return Skipped(info, "a record without WARC-Type");
                default:
                    return Skipped(info, $"a {info.Type} record");
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // One bad record must not end a run over millions: report it like a damaged one.
            return Failed(info, $"extraction failed ({ex.GetType().Name}: {ex.Message})");
        }
    }

    private static ArchiveRecordResult ProcessHttpResponse(ContentExtractor extractor, ArchiveRecordInfo info, byte[] block, CancellationToken cancellationToken)
    {
        var response = HttpResponseParser.Parse(block, extractor.Options.MaxInputLength, out string? error);
        if (response is null)
        {
            return Failed(info, error ?? "the HTTP response could not be read");
        }

        info = info with { HttpStatus = response.Status };
        if (response.Status >= 400)
        {
            // The status is authoritative: the body of a 404 is the server's error page, never an article.
            return new ArchiveRecordResult
            {
                Record = info,
                Outcome = ArchiveRecordOutcome.Extracted,
                Document = ErrorDocument(info, response),
            };
        }

        if (response.Status is < 200 or >= 300)
        {
            string? location = response.Header("Location");
            return Skipped(info, location is null ? $"HTTP status {response.Status}" : $"HTTP status {response.Status}, redirect to {location}");
        }

        return IsPage(response.MediaType)
            ? Extract(extractor, info, response.Body, ModeFor(response.MediaType), response.Charset, cancellationToken, response.Damage is null ? null : $"extracted from a damaged body: its content coding is broken ({response.Damage}); only the part before the damage was read")
            : Skipped(info, $"not a page ({response.MediaType})");
    }

    private static ExtractedDocument ErrorDocument(ArchiveRecordInfo info, HttpResponse response) => new()
    {
        Url = AddressOf(info),
        InputKind = ModeFor(response.MediaType) == InputMode.Text ? InputKind.Text : InputKind.Html,
        PageKind = PageKind.Error,
        PageKindEvidence = [response.Reason is null
            ? $"the archived HTTP response has status {response.Status}"
            : $"the archived HTTP response has status {response.Status} \"{response.Reason}\""],
        ErrorPage = new ErrorPageInfo { Status = response.Status, Reason = response.Reason, Server = response.Header("Server") },
    };

    private static ArchiveRecordResult Extract(ContentExtractor extractor, ArchiveRecordInfo info, byte[] content, InputMode mode, string? charset, CancellationToken cancellationToken, string? damage = null)
    {
        var page = new PageInfo { Url = AddressOf(info), Charset = charset };

        try
        {
            var document = extractor.Extract(content, mode, page, cancellationToken);
            return new ArchiveRecordResult
            {
                Record = info,
                Outcome = ArchiveRecordOutcome.Extracted,
                Reason = damage,
                Document = document,
            };
        }
        catch (ContentExtractionException ex) when (ex.Failure == ExtractionFailure.Binary)
        {
            return Skipped(info, "not a page (binary data)");
        }
        catch (ContentExtractionException ex)
        {
            return Failed(info, ex.Message);
        }
    }

    /// <summary>
    /// The record's target URI as the document's address; null when it is not an absolute URI, which
    /// <see cref="ArchiveRecordInfo.TargetUri"/> still holds as written (and the JSON contract writes as <c>url</c>).
    /// </summary>
    private static Uri? AddressOf(ArchiveRecordInfo info) => Uri.TryCreate(info.TargetUri, UriKind.Absolute, out var url) ? url : null;

    private static bool IsPage(string? mediaType) =>
        mediaType is null or "text/html" or "application/xhtml+xml" or "text/plain";

    private static InputMode ModeFor(string? mediaType) => mediaType switch
    {
        "text/html" or "application/xhtml+xml" => InputMode.Html,
        "text/plain" => InputMode.Text,
        _ => InputMode.Auto,
    };

    private static string? TypeOf(WarcEntry entry) => entry.Field("WARC-Type")?.ToLowerInvariant();

    private static ArchiveRecordInfo Describe(WarcEntry entry)
    {
        string? target = entry.Field("WARC-Target-URI");

        // WARC/1.0's grammar put the target URI in angle brackets and some writers still do.
        if (target is ['<', .., '>'])
        {
            target = target[1..^1];
        }

        return new ArchiveRecordInfo
        {
            Index = entry.Index,
            Offset = entry.Offset,
            RecordId = entry.Field("WARC-Record-ID"),
            Type = TypeOf(entry),
            TargetUri = string.IsNullOrEmpty(target) ? null : target,
            Date = DateTimeOffset.TryParse(entry.Field("WARC-Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date) ? date : null,
            Truncated = entry.Field("WARC-Truncated")?.Trim() is { Length: > 0 } truncated ? truncated : null,
        };
    }

    private static ArchiveRecordResult Skipped(ArchiveRecordInfo info, string reason) =>
        new() { Record = info, Outcome = ArchiveRecordOutcome.Skipped, Reason = reason };

    private static ArchiveRecordResult Failed(ArchiveRecordInfo info, string reason) =>
        new() { Record = info, Outcome = ArchiveRecordOutcome.Failed, Reason = reason };
}
