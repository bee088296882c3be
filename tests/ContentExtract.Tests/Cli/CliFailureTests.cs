using System.IO.Compression;
using System.Text;
using ContentExtract.Cli;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Cli;

/// <summary>Inputs that cannot be read and outputs that cannot be written give one clear line and a documented exit code.</summary>
public sealed class CliFailureTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("content-extract-failures-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    /// <summary>Standard output as a closed pipe (| head -1) shows it: every write fails.</summary>
    private sealed class ClosedPipeWriter : StringWriter
    {
        public int Writes { get; private set; }

        public override Task WriteAsync(string? value)
        {
            Writes++;
            throw new IOException("Broken pipe");
        }

        public override Task WriteLineAsync(string? value) => WriteAsync(value);
    }

    [Fact]
    public async Task A_closed_pipe_stops_the_run_with_exit_code_3()
    {
        var output = new ClosedPipeWriter();
        var error = new StringWriter();
        using var input = new MemoryStream();
        int exit = await CliApplication.RunAsync(["--format", "jsonl", RepositoryPaths.Seed, RepositoryPaths.Seed, RepositoryPaths.Seed], input, output, error);

        Assert.Equal(3, exit);
        Assert.Equal(1, output.Writes);
        Assert.Contains("cannot write the output: Broken pipe", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unwritable_out_folder_is_one_line_and_exit_code_3()
    {
        string file = Path.Combine(_temp, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");
        var error = new StringWriter();
        using var input = new MemoryStream();
        int exit = await CliApplication.RunAsync(["--out", Path.Combine(file, "out"), RepositoryPaths.Seed], input, new StringWriter(), error);

        Assert.Equal(3, exit);
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.Contains("cannot write the output", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_gzip_file_that_inflates_past_the_limit_is_refused_while_it_is_read()
    {
        string bomb = Path.Combine(_temp, "bomb.html.gz");
        await using (var file = File.Create(bomb))
        await using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1 << 20];
            Array.Fill(zeros, (byte)'a');
            for (int i = 0; i < 40; i++)
            {
                gzip.Write(zeros);
            }
        }

        var error = new StringWriter();
        using var input = new MemoryStream();
        long before = GC.GetTotalAllocatedBytes();
        int exit = await CliApplication.RunAsync([bomb], input, new StringWriter(), error);
        long allocated = GC.GetTotalAllocatedBytes() - before;

        Assert.Equal(1, exit);
        Assert.Contains("larger than", error.ToString(), StringComparison.Ordinal);
        Assert.True(allocated < 200L << 20, $"{allocated >> 20} MiB allocated to refuse a 40 MiB inflation");
    }

    [Fact]
    public async Task Standard_input_past_the_limit_is_refused()
    {
        var error = new StringWriter();
        using var input = new MemoryStream(new byte[(32 << 20) + 1]);
        int exit = await CliApplication.RunAsync(["-"], input, new StringWriter(), error);
        Assert.Equal(1, exit);
        Assert.Contains("larger than", error.ToString(), StringComparison.Ordinal);
    }
}
