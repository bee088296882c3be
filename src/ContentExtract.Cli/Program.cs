using System.Globalization;
using System.Reflection;
using System.Text;
using ContentExtract;
using ContentExtract.Archives;
using ContentExtract.Cli;
using ContentExtract.Rendering;

var progress = new ProgressReporter(
    Console.Error,
    errorIsTerminal: !Console.IsErrorRedirected,
    outputIsTerminal: !Console.IsOutputRedirected,
    width: Console.IsErrorRedirected ? 80 : Console.WindowWidth,
    TimeProvider.System);
return await CliApplication.RunAsync(args, Console.OpenStandardInput(), Console.Out, Console.Error, progress).ConfigureAwait(false);

namespace ContentExtract.Cli
{
    /// <summary>The command line of docs/output-contract.md: inputs in, one rendering per input out.</summary>
    internal static class CliApplication
    {
        private const int BatchSize = 64;

        /// <summary>Runs the command line; returns the exit code.</summary>
        /// <param name="args">The arguments.</param>
        /// <param name="standardInput">Read for the input <c>-</c>.</param>
        /// <param name="output">Standard output: the renderings.</param>
        /// <param name="error">Standard error: failures, archive summaries and the run's summary line.</param>
        /// <param name="progress">Draws the progress line and writes the summary; null for redirected standard error.</param>
        /// <param name="cancellationToken">Stops the run.</param>
        public static async Task<int> RunAsync(string[] args, Stream standardInput, TextWriter output, TextWriter error, ProgressReporter? progress = null, CancellationToken cancellationToken = default)
        {
            if (args.Length > 0 && args[0] == "snapshot")
            {
                return await SnapshotCommand.RunAsync(args[1..], output, error, cancellationToken).ConfigureAwait(false);
            }

            var arguments = CliArguments.Parse(args);
            if (arguments.Error is not null)
            {
                await error.WriteLineAsync($"content-extract: {arguments.Error}").ConfigureAwait(false);
                return 2;
            }

            if (arguments.ShowHelp)
            {
                await output.WriteLineAsync(HelpText.Usage).ConfigureAwait(false);
                return 0;
            }

            if (arguments.ShowVersion)
            {
                await output.WriteLineAsync(typeof(ContentExtractor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown").ConfigureAwait(false);
                return 0;
            }

            var sources = InputSource.Resolve(arguments.Inputs, out var missing, out var unreadable);
            if (arguments.Format == OutputFormat.Html && arguments.OutDirectory is null && (sources.Count + missing.Count > 1 || sources.Any(s => s.IsArchive)))
            {
                // Several HTML documents back to back are not a page a browser can show.
                await error.WriteLineAsync($"content-extract: --format html writes one page per document, and {DescribeInputs(sources, missing)} give several: name a single page, or add --out <dir> for one .html file per page (per record of an archive).").ConfigureAwait(false);
                return 2;
            }

            progress ??= ProgressReporter.Redirected(error);
            try
            {
                return await RunInputsAsync(sources, missing, unreadable, arguments, standardInput, output, progress, cancellationToken).ConfigureAwait(false);
            }
            catch (OutputFailedException ex)
            {
                // A closed pipe (| head), a full disk or an unwritable --out: nothing more can be delivered, so the run stops.
                progress.WriteLine($"content-extract: cannot write the output: {ex.Message}");
                return 3;
            }
        }

        private static async Task<int> RunInputsAsync(List<InputSource> sources, List<string> missing, List<string> unreadable, CliArguments arguments, Stream standardInput, TextWriter output, ProgressReporter progress, CancellationToken cancellationToken)
        {
            progress.Begin(sources.Count, withArchives: sources.Any(s => s.IsArchive), resultsGoToStandardOutput: arguments.OutDirectory is null);
            int failures = 0;
            foreach (var name in missing)
            {
                progress.WriteLine($"content-extract: {name}: no such file or directory");
                progress.InputMissing();
                failures++;
            }

            foreach (var line in unreadable)
            {
                progress.WriteLine($"content-extract: {line}");
                failures++;
            }

            if (arguments.OutDirectory is not null)
            {
                await OutputSink.Guard(() =>
                {
                    Directory.CreateDirectory(arguments.OutDirectory);
                    return Task.CompletedTask;
                }).ConfigureAwait(false);
            }

            var extractor = ContentExtractor.Default;

            // An archive yields many documents, so JSON becomes an array as soon as one is among the inputs.
            bool jsonArray = arguments.Format == OutputFormat.Json && arguments.OutDirectory is null && (sources.Count > 1 || sources.Any(s => s.IsArchive));
            var sink = new OutputSink(output, arguments.Format, jsonArray);
            await sink.BeginAsync().ConfigureAwait(false);

            for (int start = 0; start < sources.Count;)
            {
                if (sources[start].IsArchive)
                {
                    failures += await ProcessArchiveAsync(extractor, sources[start], arguments, sink, progress, cancellationToken).ConfigureAwait(false);
                    start++;
                    continue;
                }

                // Pages are extracted in parallel a batch at a time and written in input order.
                var batch = sources.Skip(start).Take(BatchSize).TakeWhile(s => !s.IsArchive).ToArray();
                start += batch.Length;
                var results = new (string? Rendered, string? Failure, string? Damage)[batch.Length];
                await Parallel.ForEachAsync(
                    Enumerable.Range(0, batch.Length),
                    new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
                    async (i, ct) =>
                    {
                        var (rendered, failure, damage, errorPage) = await ProcessAsync(extractor, batch[i], arguments, standardInput, ct).ConfigureAwait(false);
                        results[i] = (rendered, failure, damage);
                        progress.PageDone(failed: failure is not null, errorPage);
                    }).ConfigureAwait(false);

                for (int i = 0; i < batch.Length; i++)
                {
                    var (rendered, failure, damage) = results[i];
                    if (failure is not null)
                    {
                        progress.WriteLine($"content-extract: {batch[i].Name}: {failure}");
                        failures++;
                        continue;
                    }

                    if (damage is not null)
                    {
                        // What could be read is written, and the damage reported and counted: never a silent half page.
                        progress.WriteLine($"content-extract: {batch[i].Name}: {damage}");
                        failures++;
                    }

                    if (arguments.OutDirectory is not null)
                    {
                        string path = Path.Combine(arguments.OutDirectory, batch[i].Stem() + Extension(arguments.Format));
                        await OutputSink.Guard(() => File.WriteAllTextAsync(path, rendered, new UTF8Encoding(false), cancellationToken)).ConfigureAwait(false);
                        continue;
                    }

                    await sink.WriteAsync(rendered!).ConfigureAwait(false);
                }
            }

            await sink.EndAsync(cancellationToken).ConfigureAwait(false);
            progress.Finish(sources.Count + missing.Count);
            return failures > 0 ? 1 : 0;
        }

        private static string DescribeInputs(List<InputSource> sources, List<string> missing)
        {
            int archives = sources.Count(s => s.IsArchive);
            int count = sources.Count + missing.Count;
            return archives > 0 && count == 1 ? $"the records of the archive {sources[0].Name}" : $"the {count} inputs";
        }

        /// <summary>
        /// Streams one web archive: one rendering per extracted record, in archive order. A failed record is
        /// reported on standard error and counted; skipped records (request, metadata, redirects …) are only
        /// counted. Returns the number of failures.
        /// </summary>
        private static async Task<int> ProcessArchiveAsync(ContentExtractor extractor, InputSource source, CliArguments arguments, OutputSink sink, ProgressReporter progress, CancellationToken cancellationToken)
        {
            int extracted = 0, skipped = 0, failed = 0, damaged = 0;
            StreamWriter? outFile = null;

            // HTML is one page per document, so with --out each record gets its own file.
            bool filePerRecord = arguments.Format == OutputFormat.Html && arguments.OutDirectory is not null;
            try
            {
                var file = new FileStream(source.Path!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, useAsync: false);
                await using var archive = new CountingReadStream(file);
                progress.BeginArchive(source.Name, file.Length, () => archive.BytesRead);
                if (arguments.OutDirectory is not null && !filePerRecord)
                {
                    // With --out an archive gets one file holding all its records (a JSON array for json).
                    string outPath = Path.Combine(arguments.OutDirectory, source.Stem() + Extension(arguments.Format));
                    await OutputSink.Guard(() =>
                    {
                        outFile = new StreamWriter(outPath, append: false, new UTF8Encoding(false));
                        return Task.CompletedTask;
                    }).ConfigureAwait(false);
                    sink = new OutputSink(outFile!, arguments.Format, jsonArray: arguments.Format == OutputFormat.Json);
                    await sink.BeginAsync().ConfigureAwait(false);
                }

                await foreach (var result in extractor.ExtractArchiveAsync(archive, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    string recordSource = $"{source.Name}#{result.Record.Index}";
                    switch (result.Outcome)
                    {
                        case ArchiveRecordOutcome.Extracted:
                            extracted++;
                            if (result.Reason is not null)
                            {
                                // Extracted from a damaged body: written, and reported and counted like a failure.
                                damaged++;
                                progress.WriteLine($"content-extract: {recordSource} (offset {result.Record.Offset}): {result.Reason}");
                            }

                            string rendered = Render(result.Document!, recordSource, arguments, result);
                            if (filePerRecord)
                            {
                                string path = Path.Combine(arguments.OutDirectory!, $"{source.Stem()}-{result.Record.Index.ToString(CultureInfo.InvariantCulture)}.html");
                                await OutputSink.Guard(() => File.WriteAllTextAsync(path, rendered, new UTF8Encoding(false), cancellationToken)).ConfigureAwait(false);
                            }
                            else
                            {
                                await sink.WriteAsync(rendered).ConfigureAwait(false);
                            }

                            progress.RecordDone(extracted: true, failed: false, errorPage: result.Document!.IsErrorPage);
                            break;
                        case ArchiveRecordOutcome.Skipped:
                            skipped++;
                            progress.RecordDone(extracted: false, failed: false, errorPage: false);
                            break;
                        default:
                            failed++;
                            progress.WriteLine($"content-extract: {recordSource} (offset {result.Record.Offset}): {result.Reason}");
                            progress.RecordDone(extracted: false, failed: true, errorPage: false);
                            break;
                    }
                }

                if (outFile is not null)
                {
                    await sink.EndAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failed++;
                progress.WriteLine($"content-extract: {source.Name}: {ex.Message}");
                progress.RecordDone(extracted: false, failed: true, errorPage: false);
            }
            finally
            {
                if (outFile is not null)
                {
                    await outFile.DisposeAsync().ConfigureAwait(false);
                }
            }

            progress.EndArchive();
            string damagedNote = damaged > 0 ? $" ({damaged} from a damaged body)" : string.Empty;
            progress.WriteLine($"content-extract: {source.Name}: {extracted + skipped + failed} records: {extracted} extracted{damagedNote}, {skipped} skipped, {failed} failed");
            return failed + damaged;
        }

        private static async Task<(string? Rendered, string? Failure, string? Damage, bool ErrorPage)> ProcessAsync(ContentExtractor extractor, InputSource source, CliArguments arguments, Stream standardInput, CancellationToken cancellationToken)
        {
            try
            {
                var (bytes, damage) = await source.ReadAsync(standardInput, extractor.Options.MaxInputLength, cancellationToken).ConfigureAwait(false);
                var page = new PageInfo { Url = arguments.Url };
                var document = extractor.Extract(bytes, source.ModeFor(arguments.Mode), page, cancellationToken);
                return (Render(document, source.Name, arguments, record: null), null, damage, document.IsErrorPage);
            }
            catch (ContentExtractionException ex)
            {
                return (null, ex.Message, null, false);
            }
            catch (IOException ex)
            {
                return (null, ex.Message, null, false);
            }
            catch (UnauthorizedAccessException ex)
            {
                return (null, ex.Message, null, false);
            }
            catch (InvalidDataException ex)
            {
                // Nothing could be inflated: the message says whether the file is not gzip at all, cut short or corrupt.
                return (null, ex.Message, null, false);
            }
        }

        private static string Render(ExtractedDocument document, string source, CliArguments arguments, ArchiveRecordResult? record)
        {
            string rendered = arguments.Format switch
            {
                OutputFormat.Json => (record is null ? JsonRenderer.Render(document, source, indented: true, explain: arguments.Explain) : JsonRenderer.Render(record, source, indented: true, explain: arguments.Explain)) + "\n",
                OutputFormat.JsonLines => (record is null ? JsonRenderer.Render(document, source, indented: false, explain: arguments.Explain) : JsonRenderer.Render(record, source, indented: false, explain: arguments.Explain)) + "\n",
                OutputFormat.Text => PlainTextRenderer.Render(document),
                OutputFormat.Html => RenderHtml(document, source, arguments.Explain, record),
                _ => MarkdownRenderer.Render(document),
            };

            if (record is not null && arguments.Format is OutputFormat.Markdown or OutputFormat.Text)
            {
                rendered = RecordHeading(source, record.Record) + "\n\n" + rendered;
            }

            if (arguments.Explain && arguments.Format is OutputFormat.Markdown or OutputFormat.Text)
            {
                rendered += ExplainRenderer.Render(document);
            }

            return rendered;
        }

        private static string RenderHtml(ExtractedDocument document, string source, bool explain, ArchiveRecordResult? record)
        {
            // A record's address is its target URI, as in JSON.
            if (record?.Record.TargetUri is { } target)
            {
                document = document with { Url = target };
            }

            return explain ? ExplainHtmlRenderer.Render(document, source) : HtmlRenderer.Render(document, source);
        }

        /// <summary>The line above each archive record in Markdown and text, in the style of <c>head</c> over several files.</summary>
        private static string RecordHeading(string source, ArchiveRecordInfo record)
        {
            var details = new List<string>();
            if (record.Type is not null)
            {
                details.Add(record.Type);
            }

            if (record.Date is { } date)
            {
                details.Add(date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }

            if (record.HttpStatus is { } status)
            {
                details.Add($"HTTP {status}");
            }

            string target = record.TargetUri is null ? string.Empty : " " + record.TargetUri;
            return $"==> {source}{target} ({string.Join(", ", details)}) <==";
        }

        private static string Extension(OutputFormat format) => format switch
        {
            OutputFormat.Json => ".json",
            OutputFormat.JsonLines => ".jsonl",
            OutputFormat.Text => ".txt",
            OutputFormat.Html => ".html",
            _ => ".md",
        };
    }
}
