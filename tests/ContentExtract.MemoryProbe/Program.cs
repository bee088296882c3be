using System.Globalization;
using System.Text.Json;
using ContentExtract.MemoryProbe;

// ContentExtract.MemoryProbe                 every probe, each in a process of its own: a Markdown table of peaks
// ContentExtract.MemoryProbe <name|file>...  those probes, or pages of one's own (.gz inflated, .txt read as a dump)
// ContentExtract.MemoryProbe measure <name>  one probe in this process, its result as one JSON line (the child's mode)
// ContentExtract.MemoryProbe allocations <name>  what one extraction of the probe allocates, after three (a child's mode)
switch (args)
{
    case ["measure", var name]:
        Console.WriteLine(JsonSerializer.Serialize(PeakMemory.MeasureHere(ProbePages.Named(name)), ProbeJsonContext.Default.ProbeResult));
        return 0;
    case ["allocations", var name]:
        Console.WriteLine(PeakMemory.AllocationsHere(ProbePages.Named(name)).ToString(CultureInfo.InvariantCulture));
        return 0;
    case ["--help" or "-h"]:
        Console.WriteLine("usage: ContentExtract.MemoryProbe [<probe or file>...] | measure <probe or file>");
        Console.WriteLine("probes: " + string.Join(", ", ProbePages.All.Select(p => p.Name)));
        return 0;
    default:
        var names = args.Length > 0 ? args : [.. ProbePages.All.Select(p => p.Name)];
        int over = 0;
        Console.WriteLine("| probe | input | peak over the process | × input | bound | allocated | outcome |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var name in names)
        {
            var result = PeakMemory.MeasureInChild(name);
            bool bounded = ProbePages.All.FirstOrDefault(p => p.Name == name)?.Bounded ?? true;
            bool within = result.OverBytes <= result.BoundBytes;
            over += within || !bounded ? 0 : 1;
            string mark = within ? string.Empty : bounded ? " **over**" : " (not bounded)";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{name}` | {Size(result.InputBytes)} | {Size(result.OverBytes)}{mark} | {result.Ratio:0.0} | {Size(result.BoundBytes)} | {Size(result.AllocatedBytes)} | {result.Outcome} |"));
        }

        return over == 0 ? 0 : 1;
}

static string Size(long bytes) => bytes switch
{
    >= 10L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0} MB"),
    >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MB"),
    _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0} KB"),
};
