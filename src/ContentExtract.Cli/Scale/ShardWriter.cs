using System.Text;
using ContentExtract.Rendering;
using Parquet;
using Parquet.Serialization;

namespace ContentExtract.Cli.Scale;

/// <summary>The formats a shard writes.</summary>
internal enum ShardFormat
{
    /// <summary>Apache Parquet, one row per page file or archive record (docs/output-contract.md, "Parquet").</summary>
    Parquet,

    /// <summary>JSON Lines, one JSON document per extracted page or record, as <c>--format jsonl</c> writes them.</summary>
    JsonLines,
}

/// <summary>Writes a shard's items into one output file, in the order received.</summary>
internal interface IShardWriter : IAsyncDisposable
{
    /// <summary>Rows (Parquet) or lines (JSON Lines) written so far.</summary>
    long Rows { get; }

    /// <summary>Parquet row groups written so far; 0 for JSON Lines.</summary>
    int RowGroups { get; }

    ValueTask WriteAsync(ShardItem item, CancellationToken cancellationToken);

    /// <summary>Writes what is buffered and the file's footer, and flushes it to the disk.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}

/// <summary>When a Parquet row group is closed and the next begun.</summary>
/// <param name="MaxRows">The most rows in one row group.</param>
/// <param name="MaxTextChars">The most characters of text (article text, titles, quotes, links) in one row group.</param>
internal sealed record RowGroupLayout(int MaxRows, long MaxTextChars)
{
    /// <summary>
    /// 20,000 rows or 16 million characters of text, whichever comes first: about 3,000–5,000 typical crawled pages,
    /// 15–30 MB of text before compression. Readers split work by row group (a DuckDB thread, a Spark task each), and
    /// the writer holds one group in memory while it fills: measured on a composed crawl, 13,440 pages waiting in one
    /// group took the process from about 120 MB to 350 MB resident, so groups are kept below that.
    /// </summary>
    public static RowGroupLayout Default { get; } = new(20_000, 16_000_000);
}

internal static class ShardWriters
{
    public static string Extension(ShardFormat format) => format == ShardFormat.Parquet ? ".parquet" : ".jsonl";

    public static IShardWriter Create(ShardFormat format, FileStream file, RowGroupLayout layout, IReadOnlyDictionary<string, string> metadata, bool explain) =>
        format == ShardFormat.Parquet ? new ParquetShardWriter(file, layout, metadata) : new JsonLinesShardWriter(file, explain);
}

/// <summary>
/// Parquet through Parquet.Net's class serializer: rows are buffered up to one row group and appended to the file as a
/// group; the file holds the schema even when the shard has no rows.
/// </summary>
internal sealed class ParquetShardWriter(FileStream file, RowGroupLayout layout, IReadOnlyDictionary<string, string> metadata) : IShardWriter
{
    private readonly List<PageRow> _buffer = [];
    private long _bufferedChars;
    private bool _started;

    public long Rows { get; private set; }

    /// <summary>Row groups written so far.</summary>
    public int RowGroups { get; private set; }

    public async ValueTask WriteAsync(ShardItem item, CancellationToken cancellationToken)
    {
        var row = PageRow.From(item);
        _buffer.Add(row);
        _bufferedChars += row.TextChars;
        Rows++;
        if (_buffer.Count >= layout.MaxRows || _bufferedChars >= layout.MaxTextChars)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_buffer.Count > 0 || !_started)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        file.Flush(flushToDisk: true);
    }

    public ValueTask DisposeAsync() => file.DisposeAsync();

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var options = new ParquetOptions
        {
            // Zstandard: text compresses about a third smaller than with Snappy; DuckDB, Spark 3.2+, Arrow and Polars read it.
            CompressionMethod = CompressionMethod.Zstd,
            Append = _started,
            RowGroupSize = Math.Max(_buffer.Count, 1),
        };
        await ParquetSerializer.SerializeAsync(_buffer, file, options, _started ? null : metadata, cancellationToken).ConfigureAwait(false);
        if (_buffer.Count > 0)
        {
            RowGroups++;
        }

        _started = true;
        _buffer.Clear();
        _bufferedChars = 0;
    }
}

/// <summary>JSON Lines: one line per extracted page or record, exactly as <c>--format jsonl</c> writes it; skipped and failed ones are counted in the marker.</summary>
internal sealed class JsonLinesShardWriter(FileStream file, bool explain) : IShardWriter
{
    private readonly StreamWriter _writer = new(file, new UTF8Encoding(false), bufferSize: 1 << 16);

    public long Rows { get; private set; }

    public int RowGroups => 0;

    public async ValueTask WriteAsync(ShardItem item, CancellationToken cancellationToken)
    {
        if (item.Document is null)
        {
            return;
        }

        string line = item.Record is { } record
            ? JsonRenderer.Render(record, item.Source, indented: false, explain: explain)
            : JsonRenderer.Render(item.Url is null ? item.Document : item.Document with { Url = item.Url }, item.Source, indented: false, explain: explain);
        await _writer.WriteAsync(line).ConfigureAwait(false);
        await _writer.WriteAsync('\n').ConfigureAwait(false);
        Rows++;
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        file.Flush(flushToDisk: true);
    }

    public async ValueTask DisposeAsync() => await _writer.DisposeAsync().ConfigureAwait(false);
}
