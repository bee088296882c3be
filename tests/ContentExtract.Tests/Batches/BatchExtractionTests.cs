using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using ContentExtract.Batches;

namespace ContentExtract.Tests.Batches;

public sealed class BatchExtractionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>A small article whose title and first sentence name it.</summary>
    internal static string Page(int number, int paragraphs = 3)
    {
        var html = new StringBuilder($"<html><head><title>Story {number}</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Story {number}</h1>");
        for (int p = 0; p < paragraphs; p++)
        {
            html.Append($"<p>Story {number} paragraph {p}: the council met on Tuesday evening to discuss the budget for the coming year, and the members agreed that the library would stay open on Sundays.</p>");
        }

        return html.Append("</article><footer>Copyright 2024</footer></body></html>").ToString();
    }

    private static async Task<List<ExtractionResult>> ToListAsync(IAsyncEnumerable<ExtractionResult> results)
    {
        var list = new List<ExtractionResult>();
        await foreach (var result in results)
        {
            list.Add(result);
        }

        return list;
    }

    [Fact]
    public async Task Results_come_back_in_input_order_whatever_order_the_workers_finish_in()
    {
        // Long pages first, so that later, shorter ones finish first on the other workers.
        var inputs = Enumerable.Range(0, 24).Select(i => ExtractionInput.FromText(Page(i, paragraphs: i % 4 == 0 ? 120 : 2), source: $"page-{i}")).ToList();

        var results = await ToListAsync(ContentExtractor.Default.ExtractManyAsync(inputs, new BatchExtractionOptions { MaxDegreeOfParallelism = 4 }));

        Assert.Equal(Enumerable.Range(0, 24), results.Select(r => r.Index));
        Assert.Equal(inputs, results.Select(r => r.Input));
        Assert.All(results, r =>
        {
            Assert.True(r.Succeeded, r.Error?.ToString());
            Assert.Null(r.Error);
            Assert.Equal($"Story {r.Index}", r.Document.Title);
            Assert.Equal($"page-{r.Index}", r.Input.Source);
        });
    }

    [Fact]
    public async Task A_batch_extracts_each_page_as_a_single_extraction_does()
    {
        byte[] gb = Encoding.UTF8.GetBytes(Page(7));
        var inputs = new[]
        {
            ExtractionInput.FromBytes(gb),
            ExtractionInput.FromText(Page(8), InputMode.Html, new PageInfo { Url = new Uri("https://news.example/8") }),
            ExtractionInput.FromStream(() => new MemoryStream(gb)),
        };

        var results = await ToListAsync(ContentExtractor.Default.ExtractManyAsync(inputs));

        Assert.Equal(JsonOf(ContentExtractor.Default.Extract(gb)), JsonOf(results[0].Document!));
        Assert.Equal(JsonOf(ContentExtractor.Default.Extract(Page(8), InputMode.Html, inputs[1].Page)), JsonOf(results[1].Document!));
        Assert.Equal(JsonOf(results[0].Document!), JsonOf(results[2].Document!));
        Assert.Equal("https://news.example/8", results[1].Input.Source);
    }

    private static string JsonOf(ExtractedDocument document) => ContentExtract.Rendering.JsonRenderer.Render(document);

    [Fact]
    public async Task A_failed_input_is_a_result_with_its_error_and_the_batch_goes_on()
    {
        var extractor = new ContentExtractor(new ExtractionOptions { MaxInputLength = 4_000 });
        string missing = Path.Combine(Path.GetTempPath(), $"contentextract-missing-{Guid.NewGuid():N}.html");
        byte[] brokenGzip = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xfe, 0xfd];
        var inputs = new[]
        {
            ExtractionInput.FromText(Page(0)),
            ExtractionInput.FromText(Page(1, paragraphs: 40)),                                   // over MaxInputLength
            ExtractionInput.FromBytes(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 0, 0 }),
            ExtractionInput.FromFile(missing),
            ExtractionInput.FromStream(() => new GZipStream(new MemoryStream(brokenGzip), CompressionMode.Decompress)),
            ExtractionInput.FromStream(_ => Task.FromException<Stream>(new IOException("the share went away"))),
            ExtractionInput.FromText(Page(6)),
        };

        var results = await ToListAsync(extractor.ExtractManyAsync(inputs, new BatchExtractionOptions { MaxDegreeOfParallelism = 3 }));

        Assert.Equal(7, results.Count);
        Assert.True(results[0].Succeeded);
        Assert.Equal(ExtractionFailure.TooLarge, Assert.IsType<ContentExtractionException>(results[1].Error).Failure);
        Assert.Equal(ExtractionFailure.Binary, Assert.IsType<ContentExtractionException>(results[2].Error).Failure);
        Assert.IsAssignableFrom<IOException>(results[3].Error);
        Assert.Equal(missing, results[3].Input.Source);
        Assert.IsType<InvalidDataException>(results[4].Error);
        Assert.Equal("the share went away", Assert.IsType<IOException>(results[5].Error).Message);
        Assert.True(results[6].Succeeded);
        Assert.Equal("Story 6", results[6].Document!.Title);
        Assert.All(results.Skip(1).Take(5), r => Assert.Null(r.Document));
    }

    [Fact]
    public async Task No_more_pages_than_the_parallelism_are_extracted_at_once_and_that_many_are()
    {
        int active = 0, most = 0, opened = 0;
        var bothRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ExtractionInput Input(int i) => ExtractionInput.FromStream(async _ =>
        {
            int now = Interlocked.Increment(ref active);
            InterlockedMax(ref most, now);
            if (Interlocked.Increment(ref opened) <= 2)
            {
                // The first two inputs wait for each other: they can only both get here if two workers run at once.
                if (now == 2)
                {
                    bothRunning.TrySetResult();
                }

                await bothRunning.Task.WaitAsync(Patience);
            }

            return new CountingStream(Encoding.UTF8.GetBytes(Page(i)), () => Interlocked.Decrement(ref active));
        });

        var results = await ToListAsync(ContentExtractor.Default.ExtractManyAsync(Enumerable.Range(0, 16).Select(Input), new BatchExtractionOptions { MaxDegreeOfParallelism = 2 }));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.ToString()));
        Assert.True(bothRunning.Task.IsCompletedSuccessfully);
        Assert.Equal(2, most);
        Assert.Equal(0, active);
    }

    [Fact]
    public async Task The_sequence_is_taken_no_faster_than_the_window_allows()
    {
        var source = new CountingSequence(1_000);
        var options = new BatchExtractionOptions { MaxDegreeOfParallelism = 1, MaxInputsInFlight = 3 };

        await using (var results = ContentExtractor.Default.ExtractManyAsync(source, options).GetAsyncEnumerator())
        {
            Assert.True(await results.MoveNextAsync());
            Assert.Equal(0, results.Current.Index);

            // Give the feeder every chance to run ahead: it fills the window and waits.
            await Task.Delay(300);

            // Taken: the one returned, a window of three, and the one the feeder holds while it waits for room.
            Assert.InRange(source.Taken, 1, 1 + 3 + 1);
        }

        Assert.True(source.Disposed, "the sequence's enumerator was not disposed when the batch was left early");
    }

    [Fact]
    public async Task Cancellation_ends_the_batch_with_OperationCanceledException_and_stops_taking_inputs()
    {
        using var cancellation = new CancellationTokenSource();
        var source = new CountingSequence(10_000);
        var seen = new List<int>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in ContentExtractor.Default.ExtractManyAsync(source, new BatchExtractionOptions { MaxDegreeOfParallelism = 2 }, cancellation.Token))
            {
                seen.Add(result.Index);
                if (seen.Count == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal([0, 1, 2], seen);
        int taken = source.Taken;
        await Task.Delay(200);
        Assert.Equal(taken, source.Taken);
        Assert.True(source.Disposed);
        Assert.InRange(taken, 3, 3 + (4 * 2) + 2);
    }

    [Fact]
    public async Task A_token_given_to_the_enumeration_cancels_too()
    {
        using var cancellation = new CancellationTokenSource();
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in ContentExtractor.Default.ExtractManyAsync(new CountingSequence(10_000)).WithCancellation(cancellation.Token))
            {
                if (++seen == 2)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(2, seen);
    }

    [Fact]
    public async Task A_failing_sequence_ends_the_batch_after_the_results_before_it()
    {
        static async IAsyncEnumerable<ExtractionInput> Failing()
        {
            yield return ExtractionInput.FromText(Page(0));
            await Task.Yield();
            yield return ExtractionInput.FromText(Page(1));
            throw new InvalidOperationException("the crawl database went away");
        }

        var seen = new List<int>();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var result in ContentExtractor.Default.ExtractManyAsync(Failing()))
            {
                seen.Add(result.Index);
            }
        });

        Assert.Equal("the crawl database went away", error.Message);
        Assert.Equal([0, 1], seen);
    }

    [Fact]
    public async Task A_null_input_ends_the_batch_with_an_argument_error_after_the_results_before_it()
    {
        var seen = new List<int>();
        await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var result in ContentExtractor.Default.ExtractManyAsync([ExtractionInput.FromText(Page(0)), null!, ExtractionInput.FromText(Page(2))]))
            {
                seen.Add(result.Index);
            }
        });

        Assert.Equal([0], seen);
    }

    [Fact]
    public void Bad_options_and_arguments_are_refused_at_the_call()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ContentExtractor.Default.ExtractManyAsync([], new BatchExtractionOptions { MaxDegreeOfParallelism = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContentExtractor.Default.ExtractManyAsync([], new BatchExtractionOptions { MaxInputsInFlight = -1 }));
        Assert.Throws<ArgumentNullException>(() => ContentExtractor.Default.ExtractManyAsync((IEnumerable<ExtractionInput>)null!));
        Assert.Throws<ArgumentNullException>(() => ContentExtractor.Default.ExtractManyAsync((IAsyncEnumerable<ExtractionInput>)null!));
        Assert.Throws<ArgumentNullException>(() => ExtractionInput.FromText(null!));
        Assert.ThrowsAny<ArgumentException>(() => ExtractionInput.FromFile(""));
    }

    [Fact]
    public async Task An_empty_batch_has_no_results()
    {
        Assert.Empty(await ToListAsync(ContentExtractor.Default.ExtractManyAsync([])));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    /// <summary>An endless-ish sequence of pages that counts how many were taken and whether it was disposed.</summary>
    private sealed class CountingSequence(int count) : IAsyncEnumerable<ExtractionInput>
    {
        private int _taken;

        public int Taken => Volatile.Read(ref _taken);

        public bool Disposed { get; private set; }

        public async IAsyncEnumerator<ExtractionInput> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            try
            {
                for (int i = 0; i < count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await Task.Yield();
                    Interlocked.Increment(ref _taken);
                    yield return ExtractionInput.FromText(Page(i, paragraphs: 2));
                }
            }
            finally
            {
                Disposed = true;
            }
        }
    }

    /// <summary>A memory stream that says when it is disposed.</summary>
    private sealed class CountingStream(byte[] bytes, Action disposed) : MemoryStream(bytes)
    {
        private int _disposed;

        protected override void Dispose(bool disposing)
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                disposed();
            }

            base.Dispose(disposing);
        }
    }
}
