using System.Globalization;
using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation.Report;

/// <summary>How figures print: shares to three decimals as score.py prints them, counts as whole numbers.</summary>
internal static class FigureFormat
{
    public static string Value(Figure figure) => Value(figure.Value, figure.IsCount);

    public static string Value(double value, bool isCount) =>
        isCount ? value.ToString("F0", CultureInfo.InvariantCulture) : PythonTextSemantics.FormatFixed3(value);

    /// <summary><c>f1=0.971 [tune 0.968 | check 0.974]</c>: the figure over all pages with its two halves beside it.</summary>
    public static string WithHalves(string name, Figure all, Figure? tune, Figure? check) =>
        $"{name}={Value(all)} [tune {(tune is null ? "-" : Value(tune))} | check {(check is null ? "-" : Value(check))}]";

    /// <summary>Every figure of a slice (a page type, or all types) with its halves beside it.</summary>
    public static string WithHalves(SlicedScore score, string? pageType = null)
    {
        var tune = score.Of(PageHalf.Tune, pageType).Figures.ToDictionary(figure => figure.Name, StringComparer.Ordinal);
        var check = score.Of(PageHalf.Check, pageType).Figures.ToDictionary(figure => figure.Name, StringComparer.Ordinal);
        return string.Join("  ", score.Of(null, pageType).Figures.Select(figure =>
            WithHalves(figure.Name, figure, tune.GetValueOrDefault(figure.Name), check.GetValueOrDefault(figure.Name))));
    }
}
