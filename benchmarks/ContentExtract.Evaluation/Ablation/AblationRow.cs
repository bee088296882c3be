using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation.Ablation;

/// <summary>
/// One rule's row of the ablation table: the change of every headline figure when the rule is off, and the corpora it
/// pays on. A rule pays on a corpus set when switching it off makes at least one of that set's headline figures worse
/// by 0.001 or more on the tune half and on the check half; it hurts on a set when switching it off makes one better
/// by as much on both.
/// </summary>
internal sealed record AblationRow(string Rule, IReadOnlyList<AblationCell> Cells, IReadOnlyList<string> PaysOn, IReadOnlyList<string> HurtsOn)
{
    /// <param name="rule">The rule's name.</param>
    /// <param name="columns">The table's columns.</param>
    /// <param name="allOn">The figures with every rule on.</param>
    /// <param name="ruleOff">The figures with this rule off.</param>
    public static AblationRow Of(string rule, IReadOnlyList<AblationColumn> columns, IReadOnlyDictionary<string, Figure> allOn, IReadOnlyDictionary<string, Figure> ruleOff)
    {
        var cells = columns.Select(column => new AblationCell(
            Change(column.NameIn(PageHalf.Tune), allOn, ruleOff),
            Change(column.NameIn(PageHalf.Check), allOn, ruleOff))).ToArray();
        var paysOn = columns.Zip(cells).Where(pair => pair.Second.Pays(pair.First.Direction)).Select(pair => pair.First.Corpus).Distinct().ToArray();
        var hurtsOn = columns.Zip(cells).Where(pair => pair.Second.Hurts(pair.First.Direction)).Select(pair => pair.First.Corpus).Distinct().ToArray();
        return new AblationRow(rule, cells, paysOn, hurtsOn);
    }

    // A half with no pages of the set has no figure on either side; it changes by nothing.
    private static double Change(string name, IReadOnlyDictionary<string, Figure> allOn, IReadOnlyDictionary<string, Figure> ruleOff) =>
        allOn.TryGetValue(name, out var on) && ruleOff.TryGetValue(name, out var off) ? off.Value - on.Value : 0.0;
}
