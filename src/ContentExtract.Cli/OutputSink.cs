using System.Text;

namespace ContentExtract.Cli;

/// <summary>
/// Writes renderings to standard output in order, with what goes between them: commas inside a JSON
/// array, a blank line between Markdown or text documents, nothing between JSON Lines.
/// </summary>
internal sealed class OutputSink(TextWriter output, OutputFormat format, bool jsonArray, string where = OutputSink.StandardOutput)
{
    public const string StandardOutput = "standard output";

    private static readonly UTF8Encoding Utf8 = new(false);

    private int _written;

    /// <summary>Runs an output operation; a write that fails (a closed pipe, a full disk, a folder without write access) ends the run.</summary>
    /// <param name="where">What was being written: a path, or standard output.</param>
    /// <param name="write">The operation.</param>
    /// <exception cref="OutputFailedException">The output could not be written.</exception>
    public static async Task Guard(string where, Func<Task> write)
    {
        try
        {
            await write().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputFailedException(where, ex);
        }
    }

    /// <summary>Writes one output file, creating its folder; an existing file is replaced only with <paramref name="overwrite"/>.</summary>
    /// <exception cref="OutputFailedException">The file could not be written, or exists and may not be replaced.</exception>
    public static async Task WriteFileAsync(string path, string content, bool overwrite, CancellationToken cancellationToken)
    {
        await using var file = await OpenFileAsync(path, overwrite).ConfigureAwait(false);
        await Guard(path, () => file.WriteAsync(Utf8.GetBytes(content), cancellationToken).AsTask()).ConfigureAwait(false);
    }

    /// <summary>Opens an output file to write to as it goes (an archive's records); see <see cref="WriteFileAsync"/>.</summary>
    public static async Task<StreamWriter> CreateFileAsync(string path, bool overwrite) =>
        new(await OpenFileAsync(path, overwrite).ConfigureAwait(false), Utf8);

    private static async Task<FileStream> OpenFileAsync(string path, bool overwrite)
    {
        FileStream? file = null;
        try
        {
            await Guard(path, () =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);

                // CreateNew refuses a file that appeared since the run checked: never a silent overwrite.
                file = new FileStream(path, overwrite ? FileMode.Create : FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true);
                return Task.CompletedTask;
            }).ConfigureAwait(false);
        }
        catch (OutputFailedException) when (!overwrite && File.Exists(path))
        {
            throw new OutputFailedException($"{path}: exists already; not overwritten (--force overwrites)");
        }

        return file!;
    }

    private async Task BeginCoreAsync()
    {
        if (jsonArray)
        {
            await output.WriteLineAsync("[").ConfigureAwait(false);
        }
    }

    private async Task WriteCoreAsync(string rendered)
    {
        if (jsonArray && _written > 0)
        {
            await output.WriteLineAsync(",").ConfigureAwait(false);
        }
        else if (_written > 0 && format is OutputFormat.Markdown or OutputFormat.Text)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
        }

        await output.WriteAsync(rendered).ConfigureAwait(false);
        _written++;
    }

    private async Task EndCoreAsync(CancellationToken cancellationToken)
    {
        if (jsonArray)
        {
            await output.WriteLineAsync("]").ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task BeginAsync() => Guard(where, BeginCoreAsync);

    public Task WriteAsync(string rendered) => Guard(where, () => WriteCoreAsync(rendered));

    public Task EndAsync(CancellationToken cancellationToken) => Guard(where, () => EndCoreAsync(cancellationToken));
}

/// <summary>The output could not be written: the run stops with exit code 3 and this one line.</summary>
internal sealed class OutputFailedException : Exception
{
    public OutputFailedException(string where, Exception innerException)
        : base($"{where}: {IoMessages.Describe(innerException)}", innerException)
    {
    }

    public OutputFailedException(string message)
        : base(message)
    {
    }
}
