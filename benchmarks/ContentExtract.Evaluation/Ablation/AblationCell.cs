using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation.Ablation;

/// <summary>What switching one rule off does to one headline figure: the change (rule off minus rule on) on each half.</summary>
internal sealed record AblationCell(double TuneChange, double CheckChange)
{
    /// <summary>The smallest change that counts: a figure must move by at least this much on both halves.</summary>
    public const double Threshold = 0.001;

    // Changes are differences of figures computed the same way; this only keeps 0.001 - 1e-17 from missing the threshold.
    private const double RoundingSlack = 1e-9;

    /// <summary>True when the figure is worse with the rule off by at least <see cref="Threshold"/> on both halves: the rule pays for itself here.</summary>
    public bool Pays(FigureDirection direction) => Worsening(TuneChange, direction) >= Threshold - RoundingSlack && Worsening(CheckChange, direction) >= Threshold - RoundingSlack;

    /// <summary>True when the figure is better with the rule off by at least <see cref="Threshold"/> on both halves: the rule costs here.</summary>
    public bool Hurts(FigureDirection direction) => -Worsening(TuneChange, direction) >= Threshold - RoundingSlack && -Worsening(CheckChange, direction) >= Threshold - RoundingSlack;

    private static double Worsening(double change, FigureDirection direction) => direction == FigureDirection.HigherIsBetter ? -change : change;
}
