namespace ContentExtract.Cli.Scale;

/// <summary>
/// One input of a sharded run: a line of the manifest (or an input named on the command line) and where it is read from.
/// </summary>
/// <param name="Key">
/// The line as written, trimmed: what the shard is chosen by, so that the same manifest shards the same way on any
/// machine, whatever its working directory or <c>--manifest-base</c>.
/// </param>
/// <param name="LineNumber">The line's number in the manifest, from 1; 0 for an input named on the command line.</param>
/// <param name="Location">A local path, or an absolute http(s) address when <see cref="Url"/> is set.</param>
/// <param name="Url">The address to download, for http(s) entries; null for local files.</param>
internal sealed record ManifestEntry(string Key, int LineNumber, string Location, Uri? Url)
{
    /// <summary>True for a web archive (<c>.warc</c>, <c>.warc.gz</c>, <c>.wet</c>, <c>.wet.gz</c>), streamed record by record.</summary>
    public bool IsArchive => InputSource.IsArchiveFile(NamePart);

    /// <summary>True when the entry is gzip-compressed by its name (a <c>.html.gz</c> page).</summary>
    public bool IsGzip => NamePart.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The mode the entry's name implies when the run leaves it to detection: <c>.txt</c> pages are text dumps.</summary>
    public InputMode ModeFor(InputMode requested)
    {
        if (requested != InputMode.Auto)
        {
            return requested;
        }

        string name = IsGzip ? NamePart[..^3] : NamePart;
        return name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? InputMode.Text : InputMode.Auto;
    }

    // A URL's query and fragment do not name the file: https://host/a.warc.gz?sig=… is an archive.
    private string NamePart => Url?.AbsolutePath ?? Location;
}
