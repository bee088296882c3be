namespace ContentExtract.Cli;

/// <summary>
/// Writes renderings to standard output in order, with what goes between them: commas inside a JSON
/// array, a blank line between Markdown or text documents, nothing between JSON Lines.
/// </summary>
internal sealed class OutputSink(TextWriter output, OutputFormat format, bool jsonArray)
{
    private int _written;

    public async Task BeginAsync()
    {
        if (jsonArray)
        {
            await output.WriteLineAsync("[").ConfigureAwait(false);
        }
    }

    public async Task WriteAsync(string rendered)
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

    public async Task EndAsync(CancellationToken cancellationToken)
    {
        if (jsonArray)
        {
            await output.WriteLineAsync("]").ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
