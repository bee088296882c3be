using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ContentExtract.Benchmarks.SeedBenchmarks).Assembly).Run(args);
