namespace ContentExtract.Cli;

/// <summary>
/// Writes renderings to standard output in order, with what goes between them: commas inside a JSON
/// array, a blank line between Markdown or text documents, nothing between JSON Lines.
/// </summary>
internal sealed class OutputSink(TextWriter output, OutputFormat format, bool jsonArray)
{
    /// <summary>Runs an output operation; a write that fails (a closed pipe, a full disk, a folder without write access) ends the run.</summary>
    /// <exception cref="OutputFailedException">The output could not be written.</exception>
    public static async Task Guard(Func<Task> write)
    {
        try
        {
            await write().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputFailedException(ex.Message, ex);
        }
    }

    private int _written;

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

    public Task BeginAsync() => Guard(BeginCoreAsync);

    public Task WriteAsync(string rendered) => Guard(() => WriteCoreAsync(rendered));

    public Task EndAsync(CancellationToken cancellationToken) => Guard(() => EndCoreAsync(cancellationToken));
}

/// <summary>The output could not be written: the run stops with exit code 3.</summary>
internal sealed class OutputFailedException(string message, Exception innerException) : Exception(message, innerException);
