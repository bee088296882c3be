// A .NET 8 console app: the extractor from a plain service collection, with console logging, over the files named on
// the command line. Prints the runtime, then one line per file, in order.
using System.Runtime.InteropServices;
using ContentExtract;
using ContentExtract.Batches;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var services = new ServiceCollection()
    .AddLogging(logging => logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
services.AddContentExtractor(o => o.Extraction = o.Extraction with { MaxInputLength = 4 << 20 });

int failed = 0;
await using (var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }))
{
    var extractor = provider.GetRequiredService<IContentExtractor>();
    Console.WriteLine($"{RuntimeInformation.FrameworkDescription}; MaxInputLength={extractor.Options.MaxInputLength}");
    await foreach (var result in extractor.ExtractManyAsync(args.Select(path => ExtractionInput.FromFile(path))))
    {
        if (result.Succeeded)
        {
            Console.WriteLine($"{result.Input.Source}: {result.Document.Title}");
        }
        else
        {
            failed++;
            Console.WriteLine($"{result.Input.Source}: failed ({result.Error.GetType().Name})");
        }
    }
}

return failed == 0 ? 0 : 1;
