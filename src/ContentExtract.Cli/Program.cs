using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
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
        /// <param name="extractPage">Extracts one page; null for the library's extractor (tests put a faulty one here).</param>
        /// <param name="cancellationToken">Stops the run.</param>
        public static async Task<int> RunAsync(string[] args, Stream standardInput, TextWriter output, TextWriter error, ProgressReporter? progress = null, PageExtraction? extractPage = null, CancellationToken cancellationToken = default)
        {
            try
            {
                return await ParseAndRunAsync(args, standardInput, output, error, progress, extractPage, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                // The help, the version or snapshot add's report could not be written (an extraction's own output errors
                // end inside it, with the file they concern); standard error may be gone too, so the line is only tried.
                try
                {
                    await error.WriteLineAsync($"content-extract: cannot write the output: {OutputSink.StandardOutput}: {IoMessages.Describe(ex)}").ConfigureAwait(false);
                }
                catch (IOException)
                {
                }

                return 3;
            }
        }

        private static async Task<int> ParseAndRunAsync(string[] args, Stream standardInput, TextWriter output, TextWriter error, ProgressReporter? progress, PageExtraction? extractPage, CancellationToken cancellationToken)
        {
            var syntax = new CliSyntax();
            syntax.Root.SetAction((parse, token) => ExtractAsync(CliArguments.From(parse, syntax), standardInput, output, error, progress, extractPage, token));
            syntax.SnapshotAdd.SetAction((parse, token) => SnapshotCommand.RunAsync(
                parse.GetValue(syntax.SnapshotFile)!, parse.GetValue(syntax.SnapshotName), parse.GetValue(syntax.SnapshotFixtures), output, error, token));

            var parsed = syntax.Root.Parse(args);
            var unknown = parsed.Action is not null && parsed.Action == syntax.Root.Action ? syntax.UnknownOptions(parsed, args).ToList() : [];
            if (parsed.Action is ParseErrorAction || unknown.Count > 0)
            {
                // One line per problem, in the tool's own voice, and exit code 2: not the whole help on standard output.
                var command = parsed.CommandResult.Command;
                string where = command == syntax.Root ? string.Empty : command == syntax.Snapshot ? "snapshot: " : "snapshot add: ";
                var messages = parsed.Errors.Select(e => e.Message).Concat(unknown.Select(o => $"Unknown option '{o}' (after -- it would be read as an input)."));
                foreach (var message in messages.Distinct(StringComparer.Ordinal))
                {
                    await error.WriteLineAsync($"content-extract: {where}{message}").ConfigureAwait(false);
                }

                string help = command == syntax.Root ? "content-extract --help" : "content-extract snapshot --help";
                await error.WriteLineAsync($"content-extract: {where}run '{help}' for the options.").ConfigureAwait(false);
                return 2;
            }

            // Help, version and the [suggest] directive of tab completion write to these writers; extraction is the root's action.
            var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }

        private static async Task<int> ExtractAsync(CliArguments arguments, Stream standardInput, TextWriter output, TextWriter error, ProgressReporter? progress, PageExtraction? extractPage, CancellationToken cancellationToken)
        {
            if (arguments.Manifest is not null || arguments.Shard is not null || arguments.Format == OutputFormat.Parquet)
            {
                // Sharded runs and Parquet output (docs/scale.md): every rule of theirs is in Scale/.
                var scale = new Scale.ScaleRequest(
                    arguments.Manifest, arguments.ManifestBase, arguments.Shard, arguments.Inputs,
                    arguments.Format switch { OutputFormat.Parquet => Scale.ShardFormat.Parquet, OutputFormat.JsonLines => Scale.ShardFormat.JsonLines, _ => null },
                    arguments.OutDirectory, arguments.Mode, arguments.Explain, HasUrl: arguments.Url is not null, Extractor: arguments.Extractor());
                return await Scale.ScaleCommand.RunAsync(
                    scale,
                    Environment.GetEnvironmentVariable,
                    error,
                    progress,
                    adjust: extractPage is null ? null : settings => settings with { ExtractPage = extractPage },
                    cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            var sources = InputSource.Resolve(arguments.Inputs, arguments.OutDirectory, out var missing, out var unreadable);
            if (arguments.Format == OutputFormat.Html && arguments.OutDirectory is null && (sources.Count + missing.Count > 1 || sources.Any(s => s.IsArchive)))
            {
                // Several HTML documents back to back are not a page a browser can show.
                await error.WriteLineAsync($"content-extract: --format html writes one page per document, and {DescribeInputs(sources, missing)} give several: name a single page, or add --out <dir> for one .html file per page (per record of an archive).").ConfigureAwait(false);
                return 2;
            }

            OutputPlan? plan = null;
            if (arguments.OutDirectory is { } directory)
            {
                plan = OutputPlan.Create(directory, sources, arguments.Format, arguments.Force, out string? usageError, out string? outputError);
                if (usageError is not null)
                {
                    await error.WriteLineAsync($"content-extract: {usageError}").ConfigureAwait(false);
                    return 2;
                }

                if (outputError is not null)
                {
                    await error.WriteLineAsync($"content-extract: cannot write the output: {outputError}").ConfigureAwait(false);
                    return 3;
                }
            }

            progress ??= ProgressReporter.Redirected(error);
            try
            {
                return await RunInputsAsync(sources, missing, unreadable, arguments, plan, standardInput, output, progress, extractPage, cancellationToken).ConfigureAwait(false);
            }
            catch (OutputFailedException ex)
            {
                // A closed pipe (| head), a full disk or an unwritable --out: nothing more can be delivered, so the run stops.
                progress.WriteLine($"content-extract: cannot write the output: {ex.Message}");
                return 3;
            }
        }

        private static async Task<int> RunInputsAsync(List<InputSource> sources, List<string> missing, List<string> unreadable, CliArguments arguments, OutputPlan? plan, Stream standardInput, TextWriter output, ProgressReporter progress, PageExtraction? extractPage, CancellationToken cancellationToken)
        {
            progress.Begin(sources.Count, withArchives: sources.Any(s => s.IsArchive), resultsGoToStandardOutput: plan is null);
            int failures = 0;
            foreach (var name in missing)
            {
                progress.WriteLine($"content-extract: {name}: {IoMessages.NoSuchFile}");
                progress.InputMissing();
                failures++;
            }

            foreach (var line in unreadable)
            {
                progress.WriteLine($"content-extract: {line}");
                failures++;
            }

            if (plan is not null)
            {
                await OutputSink.Guard(plan.Directory, () =>
                {
                    Directory.CreateDirectory(plan.Directory);
                    return Task.CompletedTask;
                }).ConfigureAwait(false);
            }

            var extractor = arguments.Extractor();
            extractPage ??= PageExtractions.Of(extractor);

            // An archive yields many documents, so JSON becomes an array as soon as one is among the inputs.
            bool several = sources.Count > 1 || sources.Any(s => s.IsArchive);
            bool jsonArray = arguments.Format == OutputFormat.Json && plan is null && several;
            var sink = new OutputSink(output, arguments.Format, jsonArray);
            await sink.BeginAsync().ConfigureAwait(false);

            // Several pages on standard output in Markdown or text: a line above each says where it came from, as head does.
            bool headings = plan is null && sources.Count > 1 && arguments.Format is OutputFormat.Markdown or OutputFormat.Text;

            for (int start = 0; start < sources.Count;)
            {
                if (sources[start].IsArchive)
                {
                    failures += await ProcessArchiveAsync(extractor, sources[start], arguments, plan, sink, progress, cancellationToken).ConfigureAwait(false);
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
                        var (rendered, failure, damage, errorPage) = await ProcessAsync(extractor, extractPage, batch[i], arguments, standardInput, ct).ConfigureAwait(false);
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

                    if (plan is not null)
                    {
                        await OutputSink.WriteFileAsync(plan.PathOf(batch[i]), rendered!, plan.Overwrite, cancellationToken).ConfigureAwait(false);
                        continue;
                    }

                    await sink.WriteAsync(headings ? $"==> {batch[i].Name} <==\n\n{rendered}" : rendered!).ConfigureAwait(false);
                }
            }

            // The summary follows the last write: a run stopped by an output error ends on that error's line instead.
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
        private static async Task<int> ProcessArchiveAsync(ContentExtractor extractor, InputSource source, CliArguments arguments, OutputPlan? plan, OutputSink sink, ProgressReporter progress, CancellationToken cancellationToken)
        {
            int extracted = 0, skipped = 0, failed = 0, damaged = 0;
            StreamWriter? outFile = null;

            // HTML is one page per document, so with --out each record gets its own file.
            bool filePerRecord = plan?.FilePerRecord(source) == true;
            try
            {
                var file = new FileStream(source.Path!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, useAsync: false);
                await using var archive = new CountingReadStream(file);
                progress.BeginArchive(source.Name, file.Length, () => archive.BytesRead);
                if (plan is not null && !filePerRecord)
                {
                    // With --out an archive gets one file holding all its records (a JSON array for json).
                    string outPath = plan.PathOf(source);
                    outFile = await OutputSink.CreateFileAsync(outPath, plan.Overwrite).ConfigureAwait(false);
                    sink = new OutputSink(outFile, arguments.Format, jsonArray: arguments.Format == OutputFormat.Json, where: outPath);
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
                                await OutputSink.WriteFileAsync(plan!.PathOfRecord(source, result.Record.Index), rendered, plan.Overwrite, cancellationToken).ConfigureAwait(false);
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
                // Reading the archive failed (output failures are OutputFailedException and stop the run).
                failed++;
                progress.WriteLine($"content-extract: {source.Name}: {IoMessages.Describe(ex)}");
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

        private static async Task<(string? Rendered, string? Failure, string? Damage, bool ErrorPage)> ProcessAsync(ContentExtractor extractor, PageExtraction extractPage, InputSource source, CliArguments arguments, Stream standardInput, CancellationToken cancellationToken)
        {
            try
            {
                var (bytes, damage) = await source.ReadAsync(standardInput, extractor.Options.MaxInputLength, cancellationToken).ConfigureAwait(false);
                var page = new PageInfo { Url = arguments.Url };
                var document = extractPage(bytes, source.ModeFor(arguments.Mode), page, cancellationToken);
                return (Render(document, source.Name, arguments, record: null), null, damage, document.IsErrorPage);
            }
            catch (ContentExtractionException ex)
            {
                return (null, ex.Message, null, false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file that went away since the folder was listed reads as a missing file, with the same words.
                return (null, IoMessages.Describe(ex), null, false);
            }
            catch (InvalidDataException ex)
            {
                // Nothing could be inflated: the message says whether the file is not gzip at all, cut short or corrupt.
                return (null, ex.Message, null, false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                // A fault of the library on one page is that page's failure: a folder of thousands goes on, as a batch does.
                return (null, PageExtractions.DescribeFault(ex), null, false);
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

            if (arguments.Format is OutputFormat.Markdown or OutputFormat.Text && string.IsNullOrWhiteSpace(rendered))
            {
                // Zero bytes would read as a lost page; say what the page was instead.
                rendered = NonArticleNote(document, arguments.Format);
            }

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
            if (record?.Record.TargetUri is { } target && Uri.TryCreate(target, UriKind.Absolute, out var address))
            {
                document = document with { Url = address };
            }

            return explain ? ExplainHtmlRenderer.Render(document, source) : HtmlRenderer.Render(document, source);
        }

        /// <summary>
        /// The one line written for a page with nothing to read (an error page in text, a bot challenge, an empty page):
        /// an HTML comment in Markdown, as the Markdown of an error page has, and a bracketed line in text.
        /// </summary>
        internal static string NonArticleNote(ExtractedDocument document, OutputFormat format)
        {
            string what = document.PageKind switch
            {
                PageKind.Error when document.ErrorPage is { } e => $"an error page ({HtmlMarkup.DescribeError(e.Status, e.Reason, e.Server)})",
                PageKind.Error => "an error page",
                PageKind.Challenge => "a bot challenge",
                PageKind.Empty => "an empty page",
                PageKind.Listing => "a listing with no items",
                _ => "nothing to read",
            };
            string evidence = document.PageKindEvidence.Count > 0 ? ": " + string.Join("; ", document.PageKindEvidence) : string.Empty;
            string note = $"no article: {what}{evidence}".ReplaceLineEndings(" ");
            return format == OutputFormat.Markdown ? $"<!-- content-extract: {note.Replace("--", "- -", StringComparison.Ordinal)} -->\n" : $"[content-extract: {note}]\n";
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

    }
}
