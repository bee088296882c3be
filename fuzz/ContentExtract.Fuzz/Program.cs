using ContentExtract.Fuzz;
using SharpFuzz;

// ContentExtract.Fuzz <target>                  run under afl-fuzz (fuzz/run.sh), target html, text, warc or gzip
// ContentExtract.Fuzz <target> --libfuzzer      run under libfuzzer-dotnet instead
// ContentExtract.Fuzz seeds <repo> <out>        write the seed corpus, one folder per target
// ContentExtract.Fuzz smoke <repo>              run every target over its seeds once, without a fuzzer (CI)
// ContentExtract.Fuzz replay <target> <file>... run inputs (crashes, hangs) through a target and show what escapes
switch (args)
{
    case ["seeds", var repository, var outDirectory]:
        Seeds.Write(repository, outDirectory);
        return 0;
    case ["smoke", var repository]:
        int runs = 0;
        foreach (var (target, seeds) in Seeds.Compose(repository))
        {
            var run = FuzzTargets.For(target);
            foreach (var seed in seeds)
            {
                run(seed);
                run(seed[..(seed.Length / 2)]);
                runs += 2;
            }
        }

        Console.WriteLine($"fuzz smoke: {runs} runs over the seeds of {string.Join(", ", FuzzTargets.Names)}, nothing escaped");
        return 0;
    case ["replay", var target, .. var files]:
        var replay = FuzzTargets.For(target);
        int failed = 0;
        foreach (var file in files)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                replay(File.ReadAllBytes(file));
                Console.WriteLine($"{file}: ok in {watch.ElapsedMilliseconds} ms");
            }
            catch (Exception ex)
            {
                failed++;
                Console.WriteLine($"{file}: {ex}");
            }
        }

        return failed == 0 ? 0 : 1;
    case [var target]:
        var action = FuzzTargets.For(target);
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            action(buffer.ToArray());
        });
        return 0;
    case [var target, "--libfuzzer"]:
        var libFuzzerAction = FuzzTargets.For(target);
        Fuzzer.LibFuzzer.Run(span => libFuzzerAction(span.ToArray()));
        return 0;
    default:
        Console.Error.WriteLine("usage: ContentExtract.Fuzz <html|text|warc|gzip> [--libfuzzer] | seeds <repo> <out> | smoke <repo> | replay <target> <file>...");
        return 2;
}
