using System.Text;

namespace ContentExtract.Tests.Archives;

/// <summary>
/// An archive that does not exist anywhere: records are composed as they are read, and the stream counts
/// how many it has produced, so a test can see how far ahead of the consumer the reader is.
/// </summary>
internal sealed class GeneratedArchiveStream(int recordCount, bool gzipPerRecord) : Stream
{
    private byte[] _current = [];
    private int _position;

    /// <summary>How many records have been composed so far.</summary>
    public int RecordsProduced { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public static string TitleOf(int index) => $"Generated report number {index}";

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position == _current.Length)
        {
            if (RecordsProduced == recordCount)
            {
                return 0;
            }

            _current = Compose(RecordsProduced++);
            _position = 0;
        }

        int count = Math.Min(buffer.Length, _current.Length - _position);
        _current.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private byte[] Compose(int index)
    {
        string html = $"""
            <html><head><title>{TitleOf(index)}</title></head><body><article><h1>{TitleOf(index)}</h1>
            <p>This is paragraph one of generated report {index}; it has enough words to be read as prose by the extractor and nothing more.</p>
            <p>This is paragraph two of generated report {index}, written only so that the page looks like a short article to the engine.</p>
            </article></body></html>
            """;
        var record = WarcFixture.Record(
            "response",
            $"https://generated.example.org/report/{index}",
            WarcFixture.Http("HTTP/1.1 200 OK", Encoding.UTF8.GetBytes(html), "Content-Type: text/html; charset=utf-8"),
            "application/http; msgtype=response",
            index);
        return gzipPerRecord ? WarcFixture.Gzip(record) : record;
    }
}
