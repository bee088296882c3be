using System.Globalization;
using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation.Gate;

/// <summary>
/// Compares a run's figures with recorded ones: a share more than <see cref="Tolerance"/> worse fails the gate, and a
/// count of pages (false alarms, collapses, pages behind SmartReader) fails as soon as it rises above its record.
/// </summary>
internal static class FigureGate
{
    /// <summary>How much worse a figure may get before the gate fails: run-to-run noise is zero, but a small real change should not need a re-record.</summary>
    public const double Tolerance = 0.01;

    // Recorded values are rounded to four decimals; without this slack a figure exactly 0.01 worse would fail on rounding.
    private const double RoundingSlack = 1e-9;

    /// <summary>Checks every recorded figure and prints the result.</summary>
    /// <returns>True when no measured figure is worse than its record by more than the tolerance.</returns>
    public static bool Check(TextWriter output, IReadOnlyDictionary<string, double> recorded, IReadOnlyDictionary<string, Figure> measured)
    {
        int failed = 0, unmeasured = 0;
        foreach (var (name, recordedValue) in recorded.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            if (!measured.TryGetValue(name, out var figure))
            {
                unmeasured++;
                continue;
            }

            double worsening = figure.Direction == FigureDirection.LowerIsBetter ? figure.Value - recordedValue : recordedValue - figure.Value;

            // One more page is one page too many: a count has no noise to allow for.
            double tolerance = figure.IsCount ? 0.0 : Tolerance;
            if (worsening > tolerance + RoundingSlack)
            {
                failed++;
                string direction = figure.Direction == FigureDirection.LowerIsBetter ? "rose above" : "fell below";
                output.WriteLine(figure.IsCount
                    ? string.Create(CultureInfo.InvariantCulture, $"GATE FAILED {name}: {figure.Value:F0} {direction} the recorded {recordedValue:F0}")
                    : string.Create(CultureInfo.InvariantCulture, $"GATE FAILED {name}: {figure.Value:F4} {direction} the recorded {recordedValue:F4} by more than {Tolerance}"));
            }
        }

        if (unmeasured > 0)
        {
            output.WriteLine($"Gate: {unmeasured} recorded figures were not measured in this run (corpus set or extractor not selected) and were not checked.");
        }

        int newFigures = measured.Keys.Count(name => !recorded.ContainsKey(name));
        if (newFigures > 0)
        {
            output.WriteLine($"Gate: {newFigures} measured figures have no recorded value; record them with --record.");
        }

        output.WriteLine(failed == 0
            ? $"Gate passed: {recorded.Count - unmeasured} figures checked against the record."
            : $"Gate failed: {failed} figures worse than recorded.");
        return failed == 0;
    }
}
