using System.Globalization;
using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation.Report;

/// <summary>Prints the comparison with SmartReader: collapses on each side, and the pages ContentExtract is far behind on.</summary>
internal static class ComparisonReport
{
    public static void Print(TextWriter output, IReadOnlyList<SmartReaderComparison> comparisons)
    {
        if (comparisons.Count == 0)
        {
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ContentExtract against SmartReader: collapses (page F1 < {SlicedScore.CollapseBelow}) and pages where ContentExtract's page F1 is {SmartReaderComparison.BehindBy} or more below SmartReader's"));
        foreach (var comparison in comparisons)
        {
            output.WriteLine(
                $"  {comparison.Corpus,-17} collapses ContentExtract {Halves(comparison.ContentExtract)}  SmartReader {Halves(comparison.SmartReader)}"
                + $"  behind {comparison.Behind.Count} [tune {comparison.Behind.Count(page => page.Half == PageHalf.Tune)} | check {comparison.Behind.Count(page => page.Half == PageHalf.Check)}]");
            foreach (var page in comparison.Behind)
            {
                string type = page.PageType is null ? string.Empty : $" {page.PageType,-13}";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {page.Page}{type} ({PageHalves.Name(page.Half)})  ContentExtract {page.ContentExtractF1:F3}  SmartReader {page.SmartReaderF1:F3}"));
            }
        }

        output.WriteLine();
    }

    private static string Halves(SlicedScore score) =>
        $"{SlicedScore.Collapses(score.Pages)} [tune {SlicedScore.Collapses(score.Pages.Where(page => page.Half == PageHalf.Tune))} | check {SlicedScore.Collapses(score.Pages.Where(page => page.Half == PageHalf.Check))}]";
}
