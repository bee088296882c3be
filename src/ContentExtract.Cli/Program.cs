using System.Reflection;
using System.Text;
using ContentExtract;
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
            bool jsonArray = arguments.Format == OutputFormat.Json && sources.Count > 1 && arguments.OutDirectory is null;
            if (jsonArray)
            {
                await output.WriteLineAsync("[").ConfigureAwait(false);
            }

            int written = 0;

            // Pages are extracted in parallel a batch at a time and written in input order.
            for (int start = 0; start < sources.Count; start += BatchSize)
            {
                var batch = sources.Skip(start).Take(BatchSize).ToArray();
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

                    if (jsonArray && written > 0)
                    {
                        await output.WriteLineAsync(",").ConfigureAwait(false);
                    }
                    else if (written > 0 && arguments.Format is OutputFormat.Markdown or OutputFormat.Text)
                    {
                        await output.WriteLineAsync().ConfigureAwait(false);
                    }

                    await output.WriteAsync(rendered).ConfigureAwait(false);
                    written++;
                }
            }

            if (jsonArray)
            {
                await output.WriteLineAsync("]").ConfigureAwait(false);
            }

            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return failures > 0 ? 1 : 0;
        }

        private static async Task<(string? Rendered, string? Failure)> ProcessAsync(ContentExtractor extractor, InputSource source, CliArguments arguments, Stream standardInput, CancellationToken cancellationToken)
        {
            try
            {
                byte[] bytes = await source.ReadAsync(standardInput, cancellationToken).ConfigureAwait(false);
                var page = new PageInfo { Url = arguments.Url };
                var document = extractor.Extract(bytes, source.ModeFor(arguments.Mode), page, cancellationToken);
                return (Render(document, source.Name, arguments), null);
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

        private static string Render(ExtractedDocument document, string source, CliArguments arguments)
        {
            string rendered = arguments.Format switch
            {
                OutputFormat.Json => JsonRenderer.Render(document, source, indented: true, explain: arguments.Explain) + "\n",
                OutputFormat.JsonLines => JsonRenderer.Render(document, source, indented: false, explain: arguments.Explain) + "\n",
                OutputFormat.Text => PlainTextRenderer.Render(document),
                _ => MarkdownRenderer.Render(document),
            };

            if (arguments.Explain && arguments.Format is OutputFormat.Markdown or OutputFormat.Text)
            {
                rendered += ExplainRenderer.Render(document);
            }

            return rendered;
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
