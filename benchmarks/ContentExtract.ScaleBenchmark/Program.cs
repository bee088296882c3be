using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

// Throughput and memory of the archive path of the real tool, across cores (issue 14); see README.md beside this file.
//
//   dotnet run -c Release --project benchmarks/ContentExtract.ScaleBenchmark -- [--size-mb 1024] [--binary-share 0] [--archive <path>] [--keep] [--cores 1,2]
//
// Composes a gzip-per-record WARC file of about --size-mb megabytes from the repository's scrape fixtures (each
// capture a request and a response record, text dumps as WET conversion records, every address unique; with
// --binary-share, that share of the bytes in 1 MiB image responses, which are read and skipped), then runs
// `content-extract --format parquet --out <tmp> <archive>` once per core count, pinned with taskset to that many
// cores and with DOTNET_PROCESSOR_COUNT set to match, sampling the child's resident memory every 250 ms.
var options = Options.Parse(args);
string root = FindRoot();
string archive = options.Archive ?? Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"content-extract-bench-{options.SizeMb}mb-{options.BinaryShare:0.00}.warc.gz"));
if (!File.Exists(archive))
{
    Console.WriteLine($"composing {archive} ({options.SizeMb} MB) from {Path.Combine(root, "tests", "ContentExtract.Tests", "Scrapes")}");
    Compose(root, archive, (long)options.SizeMb << 20, options.BinaryShare);
}

long archiveBytes = new FileInfo(archive).Length;
Console.WriteLine($"archive: {archive}, {archiveBytes / 1e6:0.0} MB; machine: {Environment.ProcessorCount} cores; load average before: {LoadAverage()}");
var results = new List<RunResult>();
foreach (int cores in options.Cores)
{
    var result = Run(archive, cores);
    results.Add(result);
    Console.WriteLine(result.Describe());
}

if (results.Count == 2)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pages/s {results[1].Cores} cores / {results[0].Cores} core: {results[1].PagesPerSecond / results[0].PagesPerSecond:0.00}x; CPU seconds a page: {results[0].CpuPerPage * 1000:0.0} ms and {results[1].CpuPerPage * 1000:0.0} ms"));
}

Console.WriteLine($"load average after: {LoadAverage()}");
Console.WriteLine(JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
if (!options.Keep && options.Archive is null)
{
    File.Delete(archive);
}

static RunResult Run(string archive, int cores)
{
    string output = Directory.CreateTempSubdirectory("content-extract-bench-out-").FullName;
    string cli = Path.Combine(AppContext.BaseDirectory, "content-extract.dll");
    bool pinned = File.Exists("/usr/bin/taskset");
    var start = new ProcessStartInfo(pinned ? "/usr/bin/taskset" : "dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
    if (pinned)
    {
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(string.Join(',', Enumerable.Range(0, cores)));
        start.ArgumentList.Add("dotnet");
    }

    foreach (var arg in new[] { cli, "--format", "parquet", "--out", output, archive })
    {
        start.ArgumentList.Add(arg);
    }

    start.Environment["DOTNET_PROCESSOR_COUNT"] = cores.ToString(CultureInfo.InvariantCulture);
    var watch = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    var stderr = process.StandardError.ReadToEndAsync();
    var samples = new List<(double Seconds, long RssKb)>();
    double cpuSeconds = 0;
    long peakKb = 0;
    while (!process.WaitForExit(250))
    {
        // A process on its way out has no VmRSS line any more: such a sample is not a reading.
        if (Proc(process.Id, "status") is { } status && Field(status, "VmRSS:") is > 0 and var rss)
        {
            peakKb = Math.Max(peakKb, Field(status, "VmHWM:"));
            samples.Add((watch.Elapsed.TotalSeconds, rss));
        }

        // utime + stime of the process and its finished children, in clock ticks (100 a second on Linux).
        if (Proc(process.Id, "stat") is { } stat)
        {
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            cpuSeconds = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
    }

    double wall = watch.Elapsed.TotalSeconds;
    string error = stderr.Result;
    var markerPath = Directory.GetFiles(output, "_SUCCESS.*.json").Single();
    using var marker = JsonDocument.Parse(File.ReadAllText(markerPath));
    var totals = marker.RootElement.GetProperty("totals");
    long extracted = totals.GetProperty("extracted").GetInt64();
    long records = totals.GetProperty("records").GetInt64();
    double seconds = marker.RootElement.GetProperty("seconds").GetDouble();
    long parquetBytes = marker.RootElement.GetProperty("outputBytes").GetInt64();
    int rowGroups = totals.GetProperty("rowGroups").GetInt32();
    Directory.Delete(output, recursive: true);
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"content-extract exited {process.ExitCode}: {error}");
    }

    // Resident memory at each tenth of the run: flat means the last tenths are no higher than the first ones.
    var tenths = Enumerable.Range(1, 10)
        .Select(t => samples.Where(s => s.Seconds <= wall * t / 10).Select(s => s.RssKb).DefaultIfEmpty(0).Last() / 1024)
        .ToArray();
    return new RunResult(cores, pinned, records, extracted, seconds, wall, extracted / seconds, cpuSeconds, cpuSeconds / extracted, peakKb / 1024, tenths, parquetBytes, rowGroups);
}

static string? Proc(int pid, string file)
{
    try
    {
        return File.ReadAllText($"/proc/{pid}/{file}");
    }
    catch (IOException)
    {
        return null;
    }
}

static long Field(string status, string name)
{
    int at = status.IndexOf(name, StringComparison.Ordinal);
    if (at < 0)
    {
        return 0;
    }

    string rest = status[(at + name.Length)..];
    return long.Parse(rest[..rest.IndexOf("kB", StringComparison.Ordinal)].Trim(), CultureInfo.InvariantCulture);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "ContentExtract.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository");
}

static void Compose(string root, string path, long targetBytes, double binaryShare)
{
    var scrapes = Directory.GetFiles(Path.Combine(root, "tests", "ContentExtract.Tests", "Scrapes"))
        .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Text: f.EndsWith(".txt", StringComparison.Ordinal), Bytes: File.ReadAllBytes(f)))
        .ToArray();
    using var file = new FileStream(path + ".partial", FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
    int id = 0;
    var random = new Random(14);
    byte[] image = new byte[1 << 20];
    long binaryBytes = 0;
    for (int round = 0; file.Length < targetBytes; round++)
    {
        foreach (var (name, text, bytes) in scrapes)
        {
            string url = $"https://bench.example.org/{round}/{name}";
            while (binaryShare > 0 && binaryBytes < binaryShare * file.Length)
            {
                // Random bytes: incompressible, so the archive's size on disk is what the reader inflates.
                random.NextBytes(image);
                long before = file.Length;
                Write(file, Record("response", $"https://bench.example.org/{round}/{name}-{id}.jpg", [.. Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n"), .. image], "application/http; msgtype=response", id++));
                binaryBytes += file.Length - before;
            }

            if (text)
            {
                Write(file, Record("conversion", url, bytes, "text/plain", id++));
                continue;
            }

            Write(file, Record("request", url, Encoding.ASCII.GetBytes($"GET /{round}/{name} HTTP/1.1\r\nHost: bench.example.org\r\n\r\n"), "application/http; msgtype=request", id++));
            byte[] head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n");
            Write(file, Record("response", url, [.. head, .. bytes], "application/http; msgtype=response", id++));
        }
    }

    file.Close();
    File.Move(path + ".partial", path, overwrite: true);
}

static byte[] Record(string type, string url, byte[] block, string contentType, int id)
{
    string header = string.Create(CultureInfo.InvariantCulture, $"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{id:D12}>\r\nWARC-Date: 2024-06-01T12:00:00Z\r\nWARC-Target-URI: {url}\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n");
    return [.. Encoding.UTF8.GetBytes(header), .. block, .. "\r\n\r\n"u8];
}

static void Write(Stream file, byte[] record)
{
    // One gzip member per record, as Common Crawl's archives are.
    using var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
    gzip.Write(record);
}

internal sealed record RunResult(int Cores, bool Pinned, long Records, long Pages, double Seconds, double WallSeconds, double PagesPerSecond, double CpuSeconds, double CpuPerPage, long PeakRssMb, long[] RssMbByTenth, long ParquetBytes, int RowGroups)
{
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Cores} core(s){(Pinned ? " (taskset)" : string.Empty)}: {Pages:N0} pages of {Records:N0} records in {Seconds:0.0} s = {PagesPerSecond:0.0} pages/s; CPU {CpuSeconds:0.0} s; peak RSS {PeakRssMb} MB; RSS by tenth of the run (MB): {string.Join(' ', RssMbByTenth)}; Parquet {ParquetBytes / 1e6:0.0} MB in {RowGroups} row groups");
}

internal sealed record Options(int SizeMb, double BinaryShare, string? Archive, bool Keep, int[] Cores)
{
    public static Options Parse(string[] args)
    {
        var options = new Options(1024, 0, null, false, [1, 2]);
        for (int i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--size-mb" => options with { SizeMb = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--binary-share" => options with { BinaryShare = double.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--archive" => options with { Archive = args[++i] },
                "--keep" => options with { Keep = true },
                "--cores" => options with { Cores = [.. args[++i].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))] },
                _ => throw new ArgumentException($"unknown option {args[i]}; see benchmarks/ContentExtract.ScaleBenchmark/README.md"),
            };
        }

        return options;
    }
}
