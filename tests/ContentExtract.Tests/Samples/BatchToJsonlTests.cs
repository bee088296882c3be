using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ContentExtract.Tests.Batches;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Samples;

/// <summary>
/// The BatchToJsonl sample, as built with the tests (the test project references it without its assembly), run on a
/// folder: one JSON line per page in path order, sub-folders and .gz pages included, a broken page reported on standard
/// error and the exit code 1, while the pages after it are still written.
/// </summary>
public sealed class BatchToJsonlTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string _folder = Directory.CreateTempSubdirectory("contentextract-batch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_folder_becomes_json_lines_in_path_order_and_a_broken_page_is_reported()
    {
        File.WriteAllText(Path.Combine(_folder, "a.html"), BatchExtractionTests.Page(1));
        Directory.CreateDirectory(Path.Combine(_folder, "b"));
        File.WriteAllText(Path.Combine(_folder, "b", "c.html"), BatchExtractionTests.Page(2));
        using (var gzip = new GZipStream(File.Create(Path.Combine(_folder, "d.html.gz")), CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(BatchExtractionTests.Page(3)));
        }

        File.WriteAllBytes(Path.Combine(_folder, "e.html.gz"), [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
        File.WriteAllText(Path.Combine(_folder, "f.html"), BatchExtractionTests.Page(6));
        File.WriteAllText(Path.Combine(_folder, "notes.md"), "not a page");

        var (exitCode, output, error) = Run(_folder);

        Assert.True(exitCode == 1, $"exit {exitCode}\n{error}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var titles = lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("title").GetString()).ToList();
        Assert.Equal(["Story 1", "Story 2", "Story 3", "Story 6"], titles);
        Assert.Contains("e.html.gz: ", error, StringComparison.Ordinal);
        Assert.Contains("4 documents written, 0 skipped, 1 failed", error, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] arguments)
    {
        string dll = Path.Combine(RepositoryPaths.Root, "samples", "BatchToJsonl", "bin", Configuration, "net10.0", "BatchToJsonl.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the tests build the sample (see the test project)");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("BatchToJsonl did not finish in two minutes");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
