using System.Globalization;
using System.Reflection;
using System.Text;
using ContentExtract;
using ContentExtract.Archives;
using ContentExtract.Cli;
using ContentExtract.Rendering;

return await CliApplication.RunAsync(args, Console.OpenStandardInput(), Console.Out, Console.Error).ConfigureAwait(false);

namespace ContentExtract.Cli
{
    /// <summary>The command line of docs/output-contract.md: inputs in, one rendering per input out.</summary>
    internal static class CliApplication
    {
        private const int BatchSize = 64;

        public static async Task<int> RunAsync(string[] args, Stream standardInput, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
        {
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

            var sources = InputSource.Resolve(arguments.Inputs, out var missing);
            int failures = 0;
            foreach (var name in missing)
            {
                await error.WriteLineAsync($"content-extract: {name}: no such file or directory").ConfigureAwait(false);
                failures++;
            }

            if (arguments.OutDirectory is not null)
            {
                Directory.CreateDirectory(arguments.OutDirectory);
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
                    failures += await ProcessArchiveAsync(extractor, sources[start], arguments, sink, error, cancellationToken).ConfigureAwait(false);
                    start++;
                    continue;
                }

                // Pages are extracted in parallel a batch at a time and written in input order.
                var batch = sources.Skip(start).Take(BatchSize).TakeWhile(s => !s.IsArchive).ToArray();
                start += batch.Length;
                var results = new (string? Rendered, string? Failure)[batch.Length];
                await Parallel.ForEachAsync(
                    Enumerable.Range(0, batch.Length),
                    new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
                    async (i, ct) => results[i] = await ProcessAsync(extractor, batch[i], arguments, standardInput, ct).ConfigureAwait(false)).ConfigureAwait(false);

                for (int i = 0; i < batch.Length; i++)
                {
                    var (rendered, failure) = results[i];
                    if (failure is not null)
                    {
                        await error.WriteLineAsync($"content-extract: {batch[i].Name}: {failure}").ConfigureAwait(false);
                        failures++;
                        continue;
                    }

                    if (arguments.OutDirectory is not null)
                    {
                        string path = Path.Combine(arguments.OutDirectory, batch[i].Stem() + Extension(arguments.Format));
                        await File.WriteAllTextAsync(path, rendered, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
                        continue;
                    }

                    await sink.WriteAsync(rendered!).ConfigureAwait(false);
                }
            }

            await sink.EndAsync(cancellationToken).ConfigureAwait(false);
            return failures > 0 ? 1 : 0;
        }

        /// <summary>
        /// Streams one web archive: one rendering per extracted record, in archive order. A failed record is
        /// reported on standard error and counted; skipped records (request, metadata, redirects …) are only
        /// counted. Returns the number of failures.
        /// </summary>
        private static async Task<int> ProcessArchiveAsync(ContentExtractor extractor, InputSource source, CliArguments arguments, OutputSink sink, TextWriter error, CancellationToken cancellationToken)
        {
            int extracted = 0, skipped = 0, failed = 0;
            StreamWriter? outFile = null;
            try
            {
                await using var archive = new FileStream(source.Path!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, useAsync: false);
                if (arguments.OutDirectory is not null)
                {
                    // With --out an archive gets one file holding all its records (a JSON array for json).
                    outFile = new StreamWriter(Path.Combine(arguments.OutDirectory, source.Stem() + Extension(arguments.Format)), append: false, new UTF8Encoding(false));
                    sink = new OutputSink(outFile, arguments.Format, jsonArray: arguments.Format == OutputFormat.Json);
                    await sink.BeginAsync().ConfigureAwait(false);
                }

                await foreach (var result in extractor.ExtractArchiveAsync(archive, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    string recordSource = $"{source.Name}#{result.Record.Index}";
                    switch (result.Outcome)
                    {
                        case ArchiveRecordOutcome.Extracted:
                            extracted++;
                            await sink.WriteAsync(Render(result.Document!, recordSource, arguments, result)).ConfigureAwait(false);
                            break;
                        case ArchiveRecordOutcome.Skipped:
                            skipped++;
                            break;
                        default:
                            failed++;
                            await error.WriteLineAsync($"content-extract: {recordSource} (offset {result.Record.Offset}): {result.Reason}").ConfigureAwait(false);
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
                await error.WriteLineAsync($"content-extract: {source.Name}: {ex.Message}").ConfigureAwait(false);
            }
            finally
            {
                if (outFile is not null)
                {
                    await outFile.DisposeAsync().ConfigureAwait(false);
                }
            }

            await error.WriteLineAsync($"content-extract: {source.Name}: {extracted + skipped + failed} records: {extracted} extracted, {skipped} skipped, {failed} failed").ConfigureAwait(false);
            return failed;
        }

        private static async Task<(string? Rendered, string? Failure)> ProcessAsync(ContentExtractor extractor, InputSource source, CliArguments arguments, Stream standardInput, CancellationToken cancellationToken)
        {
            try
            {
                byte[] bytes = await source.ReadAsync(standardInput, cancellationToken).ConfigureAwait(false);
                var page = new PageInfo { Url = arguments.Url };
                var document = extractor.Extract(bytes, source.ModeFor(arguments.Mode), page, cancellationToken);
                return (Render(document, source.Name, arguments, record: null), null);
            }
            catch (ContentExtractionException ex)
            {
                return (null, ex.Message);
            }
            catch (IOException ex)
            {
                return (null, ex.Message);
            }
            catch (UnauthorizedAccessException ex)
            {
                return (null, ex.Message);
            }
            catch (InvalidDataException ex)
            {
                return (null, $"not a valid gzip file ({ex.Message})");
            }
        }

        private static string Render(ExtractedDocument document, string source, CliArguments arguments, ArchiveRecordResult? record)
        {
            string rendered = arguments.Format switch
            {
                OutputFormat.Json => (record is null ? JsonRenderer.Render(document, source, indented: true, explain: arguments.Explain) : JsonRenderer.Render(record, source, indented: true, explain: arguments.Explain)) + "\n",
                OutputFormat.JsonLines => (record is null ? JsonRenderer.Render(document, source, indented: false, explain: arguments.Explain) : JsonRenderer.Render(record, source, indented: false, explain: arguments.Explain)) + "\n",
                OutputFormat.Text => PlainTextRenderer.Render(document),
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
            _ => ".md",
        };
    }
}
