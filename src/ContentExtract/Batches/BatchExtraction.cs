using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace ContentExtract.Batches;

/// <summary>
/// Runs a sequence of inputs through the extractor: one feeder, several workers, results in input order.
/// </summary>
/// <remarks>
/// The feeder takes inputs from the sequence on its own task and hands each to a worker as soon as one is free; the
/// input's pending result goes into a bounded channel in input order. The consumer takes results from the channel in
/// that order, waiting for each one's worker. When the channel is full the feeder waits, so at most
/// <see cref="BatchExtractionOptions.Window"/> inputs (plus the one being taken) are held, however long the sequence.
/// Every input comes back as a result: a failure is caught and returned with it, except cancellation, which ends the batch.
/// </remarks>
internal static class BatchExtraction
{
    public static async IAsyncEnumerable<ExtractionResult> RunAsync(
        ContentExtractor extractor,
        IAsyncEnumerable<ExtractionInput> inputs,
        BatchExtractionOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var workers = new SemaphoreSlim(options.Parallelism);
        var pending = Channel.CreateBounded<Task<ExtractionResult>>(new BoundedChannelOptions(options.Window)
        {
            SingleReader = true,
            SingleWriter = true,
        });

        // Started without a token: the feeder must run to completing the channel, or the consumer would wait forever.
        var feeding = Task.Run(() => FeedAsync(extractor, inputs, pending.Writer, workers, stop.Token), CancellationToken.None);
        try
        {
            while (await pending.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (pending.Reader.TryRead(out var result))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return await result.ConfigureAwait(false);
                }
            }

            // Surfaces a failure of the sequence itself (its enumerator threw), after every result before it.
            await feeding.ConfigureAwait(false);
        }
        finally
        {
            // The consumer finished, stopped early or failed: stop the feeder and the workers, and wait for them, so
            // that no worker outlives the batch (and its semaphore).
            await stop.CancelAsync().ConfigureAwait(false);
            await Quietly(feeding).ConfigureAwait(false);
            while (pending.Reader.TryRead(out var left))
            {
                await Quietly(left).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A sequence as an asynchronous one, taken on the feeder's task.</summary>
    public static async IAsyncEnumerable<T> AsAsync<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private static async Task FeedAsync(
        ContentExtractor extractor,
        IAsyncEnumerable<ExtractionInput> inputs,
        ChannelWriter<Task<ExtractionResult>> pending,
        SemaphoreSlim workers,
        CancellationToken cancellationToken)
    {
        try
        {
            int index = 0;
            await foreach (var input in inputs.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (input is null)
                {
                    throw new ArgumentException($"The batch's input at index {index} is null.", nameof(inputs));
                }

                await workers.WaitAsync(cancellationToken).ConfigureAwait(false);
                int at = index++;
                var work = Task.Run(
                    async () =>
                    {
                        try
                        {
                            return await ProcessAsync(extractor, input, at, cancellationToken).ConfigureAwait(false);
                        }
                        finally
                        {
                            workers.Release();
                        }
                    },
                    CancellationToken.None);

                try
                {
                    await pending.WriteAsync(work, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    // Not handed over: the consumer will not wait for it, so wait here.
                    await Quietly(work).ConfigureAwait(false);
                    throw;
                }
            }
        }
        finally
        {
            pending.Complete();
        }
    }

    /// <summary>Extracts one input. Never throws, except when the batch is cancelled.</summary>
    private static async Task<ExtractionResult> ProcessAsync(ContentExtractor extractor, ExtractionInput input, int index, CancellationToken cancellationToken)
    {
        try
        {
            var document = await input.ExtractAsync(extractor, cancellationToken).ConfigureAwait(false);
            return new ExtractionResult { Index = index, Input = input, Document = document };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // One bad input must not end a batch of millions: it is returned with its error.
            return new ExtractionResult { Index = index, Input = input, Error = ex };
        }
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Already surfaced, or of no interest once the batch is over.
        }
    }
}
