using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ContentExtract.Benchmarks;

if (args is ["--quick"])
{
    // The CI check that the corpus suite runs, not a measurement: one page a corpus and one dump a folder, each case once,
    // in this process (no project built a case). Exit 1 when a case has no result or nothing ran.
    Environment.SetEnvironmentVariable(CorpusSample.QuickVariable, "1");
    var quick = DefaultConfig.Instance
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
    var quickSummaries = BenchmarkRunner.Run([typeof(CorpusSampleBenchmarks), typeof(TextDumpSampleBenchmarks)], quick);
    CorpusSampleSummary.Print(quickSummaries, Console.Out);
    var reports = quickSummaries.SelectMany(summary => summary.Reports).ToList();
    int missing = reports.Count(report => report.ResultStatistics is null);
    Console.WriteLine($"// --quick: {reports.Count} cases, {missing} without a result");
    return reports.Count > 0 && missing == 0 ? 0 : 1;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(SeedBenchmarks).Assembly).Run(args);

// Only prints when CorpusSampleBenchmarks or TextDumpSampleBenchmarks ran: the figures issue 15 is judged on.
CorpusSampleSummary.Print(summaries, Console.Out);
return 0;
