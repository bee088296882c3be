// A .NET 10 worker service: the extractor registered with its settings from appsettings.json (validated when the host
// starts), and a background service that extracts the files named on the command line, then stops the host.
using ContentExtract;
using ContentExtract.Batches;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddContentExtractor().BindConfiguration("ContentExtract");
builder.Services.AddHostedService<ExtractionWorker>();
builder.Build().Run();

internal sealed class ExtractionWorker(IContentExtractor extractor, IHostApplicationLifetime lifetime, IConfiguration configuration) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Console.WriteLine($"MaxInputLength={extractor.Options.MaxInputLength}; Timeout={extractor.Options.Timeout}");
        var files = configuration["files"]?.Split(';', StringSplitOptions.RemoveEmptyEntries) ?? [];
        await foreach (var result in extractor.ExtractManyAsync(files.Select(path => ExtractionInput.FromFile(path)), cancellationToken: stoppingToken))
        {
            Console.WriteLine(result.Succeeded ? $"{result.Input.Source}: {result.Document.Title}" : $"{result.Input.Source}: failed ({result.Error.GetType().Name})");
        }

        lifetime.StopApplication();
    }
}
