using System.Net;

namespace ContentExtract.Cli.Scale;

/// <summary>An input of a shard could not be read (a missing file, a refused or broken download): the shard cannot finish.</summary>
internal sealed class InputFailedException(string message, Exception? innerException = null) : IOException(message, innerException);

/// <summary>Limits and retries for reading a shard's inputs.</summary>
internal sealed record InputLimits
{
    /// <summary>The most bytes read from one archive: Common Crawl's WARC files are about 1.2 GB, so 16 GiB is far beyond a real one.</summary>
    public long MaxArchiveBytes { get; init; } = 16L << 30;

    /// <summary>How long a download may go without a byte before it counts as broken.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The waits before each new attempt at a download that failed before its body began (a refused connection, 429, 5xx).</summary>
    public IReadOnlyList<TimeSpan> RetryDelays { get; init; } = [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30)];
}

/// <summary>
/// Opens a manifest entry for reading: a local file, or an http(s) download streamed as it arrives (never held whole,
/// never past a bound). A download that fails before its body starts is tried again after the delays of
/// <see cref="InputLimits.RetryDelays"/>; one that breaks in the middle fails the shard, which the scheduler then reruns.
/// </summary>
internal sealed class InputOpener(HttpClient http, InputLimits limits)
{
    public InputLimits Limits => limits;

    /// <summary>Opens the entry; the stream counts its bytes and refuses more than <paramref name="maxBytes"/>.</summary>
    /// <exception cref="InputFailedException">The file cannot be opened, or the download was refused or could not start.</exception>
    public async Task<(BoundedReadStream Stream, long? Length)> OpenAsync(ManifestEntry entry, long maxBytes, CancellationToken cancellationToken)
    {
        if (entry.Url is null)
        {
            try
            {
                if (Directory.Exists(entry.Location))
                {
                    throw new InputFailedException($"{entry.Location} is a folder: a manifest lists files (find <folder> -type f > paths.txt)");
                }

                var file = new FileStream(entry.Location, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, useAsync: false);
                return (new BoundedReadStream(file, maxBytes, entry.Location), file.Length);
            }
            catch (Exception ex) when (ex is (IOException or UnauthorizedAccessException) and not InputFailedException)
            {
                throw new InputFailedException($"{entry.Location}: {ex.Message}", ex);
            }
        }

        return await DownloadAsync(entry.Url, maxBytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Downloads a manifest itself, bounded like any input.</summary>
    public async Task<Stream> OpenManifestAsync(string location, CancellationToken cancellationToken)
    {
        if (Manifest.IsHttp(location) && Uri.TryCreate(location, UriKind.Absolute, out var url))
        {
            return (await DownloadAsync(url, Manifest.MaxBytes, cancellationToken).ConfigureAwait(false)).Stream;
        }

        try
        {
            return File.OpenRead(location);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputFailedException($"{location}: {ex.Message}", ex);
        }
    }

    private async Task<(BoundedReadStream Stream, long? Length)> DownloadAsync(Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            string? retryable;
            HttpResponseMessage? response = null;
            try
            {
                response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    long? length = response.Content.Headers.ContentLength;
                    if (length > maxBytes)
                    {
                        response.Dispose();
                        throw new InputFailedException($"{url}: {length:N0} bytes, more than {maxBytes:N0}, the limit");
                    }

                    var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                    return (new BoundedReadStream(new ResponseStream(body, response), maxBytes, url.ToString(), limits.IdleTimeout), length);
                }

                string status = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
                if (!IsTransient(response.StatusCode))
                {
                    throw new InputFailedException($"{url}: {status}");
                }

                retryable = status;
            }
            catch (HttpRequestException ex)
            {
                retryable = ex.Message;
            }
            catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                retryable = $"no answer in {http.Timeout.TotalSeconds:0} s ({ex.Message})";
            }
            finally
            {
                if (response is { IsSuccessStatusCode: false })
                {
                    response.Dispose();
                }
            }

            if (attempt >= limits.RetryDelays.Count)
            {
                throw new InputFailedException($"{url}: {retryable} (after {attempt + 1} attempts)");
            }

            await Task.Delay(limits.RetryDelays[attempt], cancellationToken).ConfigureAwait(false);
        }
    }

    // Throttling and server trouble pass; a missing or forbidden file does not.
    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>The body of a response, which lets go of the response when it is closed.</summary>
    private sealed class ResponseStream(Stream body, HttpResponseMessage response) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => body.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => body.Read(buffer);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => body.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => body.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                body.Dispose();
                response.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
