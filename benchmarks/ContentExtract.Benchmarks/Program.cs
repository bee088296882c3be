using BenchmarkDotNet.Running;
using ContentExtract.Benchmarks;

var summaries = BenchmarkSwitcher.FromAssembly(typeof(SeedBenchmarks).Assembly).Run(args);

// Only prints when CorpusSampleBenchmarks ran: the one figure issue 10 is judged on.
CorpusSampleSummary.Print(summaries, Console.Out);
