using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation.Ablation;

/// <summary>
/// The ablation table: one row per rule, one column per headline figure, each cell the figure's change with the rule
/// off (off minus on) on the tune half and on the check half, then the corpora the rule hurts and pays on.
/// </summary>
/// <param name="Columns">The headline figures.</param>
/// <param name="AllOn">Every figure with all rules on.</param>
/// <param name="Rows">One row per rule switched off.</param>
/// <param name="AllOnLabel">The first row's label: every rule on, or the rules <c>--without</c> removed named.</param>
internal sealed record AblationTable(IReadOnlyList<AblationColumn> Columns, IReadOnlyDictionary<string, Figure> AllOn, IReadOnlyList<AblationRow> Rows, string AllOnLabel)
{
    // The console has no horizontal scroll worth the name; blocks of columns keep each line readable.
    private const int ConsoleWidth = 160;

    public void Print(TextWriter output)
    {
        int labelWidth = Math.Max(AllOnLabel.Length, Rows.Select(row => row.Rule.Length).DefaultIfEmpty(0).Max()) + 2;
        int start = 0;
        while (start < Columns.Count)
        {
            var block = new List<int>();
            int width = labelWidth;
            for (int index = start; index < Columns.Count && (block.Count == 0 || width + CellWidth(index) <= ConsoleWidth); index++)
            {
                block.Add(index);
                width += CellWidth(index);
            }

            output.WriteLine("".PadRight(labelWidth) + string.Concat(block.Select(index => Columns[index].Header.PadLeft(CellWidth(index)))));
            output.WriteLine(AllOnLabel.PadRight(labelWidth) + string.Concat(block.Select(index => AllOnCell(Columns[index]).PadLeft(CellWidth(index)))));
            foreach (var row in Rows)
            {
                output.WriteLine(row.Rule.PadRight(labelWidth) + string.Concat(block.Select(index => ChangeCell(Columns[index], row.Cells[index]).PadLeft(CellWidth(index)))));
            }

            output.WriteLine();
            start += block.Count;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"A rule pays on a corpus set when switching it off makes one of the set's headline figures worse by {AblationCell.Threshold} or more on both halves (hurts: better by as much)."));
        foreach (var row in Rows)
        {
            output.WriteLine($"{row.Rule.PadRight(labelWidth)}hurts on {row.HurtsOn.Count} {List(row.HurtsOn),-40} pays on {Corpora(row.PaysOn.Count)} {List(row.PaysOn)}");
        }
    }

    /// <summary>Writes the table as Markdown when the file name ends in <c>.md</c>, else as JSON.</summary>
    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? Markdown() : Json());
    }

    private string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Each cell: the figure's change with the rule off (off minus on), tune half / check half. A rule pays on a corpus set when switching it off makes one of the set's headline figures worse by {AblationCell.Threshold} or more on both halves; it hurts when switching it off makes one better by as much."));
        text.AppendLine();
        text.AppendLine($"| rule | {string.Join(" | ", Columns.Select(column => column.Header))} | hurts on | pays on N corpora |");
        text.AppendLine($"| --- | {string.Join(" | ", Columns.Select(_ => "---:"))} | --- | --- |");
        text.AppendLine($"| {AllOnLabel} | {string.Join(" | ", Columns.Select(AllOnCell))} | | |");
        foreach (var row in Rows)
        {
            var cells = Columns.Select((column, index) => ChangeCell(column, row.Cells[index]));
            text.AppendLine($"| {row.Rule} | {string.Join(" | ", cells)} | {List(row.HurtsOn)} | {row.PaysOn.Count} {List(row.PaysOn)} |");
        }

        return text.ToString();
    }

    private string Json()
    {
        var document = new AblationDocument(
            AblationCell.Threshold,
            Columns.Select(column => new AblationColumnEntry(column.Name, column.Header, Value(column.Name), Value(column.NameIn(PageHalf.Tune)), Value(column.NameIn(PageHalf.Check)))).ToArray(),
            Rows.Select(row => new AblationRowEntry(
                row.Rule,
                Columns.Select((column, index) => (column.Name, Cell: row.Cells[index])).ToDictionary(entry => entry.Name, entry => new AblationChangeEntry(entry.Cell.TuneChange, entry.Cell.CheckChange), StringComparer.Ordinal),
                row.HurtsOn,
                row.PaysOn)).ToArray());
        var options = new JsonSerializerOptions(AblationJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return JsonSerializer.Serialize(document, new AblationJsonContext(options).AblationDocument) + Environment.NewLine;
    }

    private int CellWidth(int index) => Math.Max(Columns[index].Header.Length, 15) + 2;

    private double? Value(string name) => AllOn.TryGetValue(name, out var figure) ? figure.Value : null;

    private string AllOnCell(AblationColumn column) =>
        $"{Format(Value(column.NameIn(PageHalf.Tune)), column.IsCount, signed: false)}/{Format(Value(column.NameIn(PageHalf.Check)), column.IsCount, signed: false)}";

    private static string ChangeCell(AblationColumn column, AblationCell cell) =>
        $"{Format(cell.TuneChange, column.IsCount, signed: true)}/{Format(cell.CheckChange, column.IsCount, signed: true)}";

    // A change too small to print as one is shown as 0, so that the moves worth reading stand out.
    private static string Format(double? value, bool isCount, bool signed)
    {
        if (value is not double number)
        {
            return "-";
        }

        string format = isCount ? "0" : "0.000";
        if (!signed)
        {
            return number.ToString(format, CultureInfo.InvariantCulture);
        }

        return Math.Abs(number) < 0.0005 ? "0" : number.ToString($"+{format};-{format}", CultureInfo.InvariantCulture);
    }

    private static string Corpora(int count) => count == 1 ? "1 corpus" : $"{count} corpora";

    private static string List(IReadOnlyList<string> corpora) => corpora.Count == 0 ? "-" : string.Join(", ", corpora);
}

internal sealed record AblationDocument(double Threshold, IReadOnlyList<AblationColumnEntry> Columns, IReadOnlyList<AblationRowEntry> Rules);

/// <summary>A headline figure and its values with all rules on.</summary>
internal sealed record AblationColumnEntry(string Name, string Header, double? All, double? Tune, double? Check);

/// <summary>One rule: each headline figure's change with it off, by figure name, and the corpus sets it hurts and pays on.</summary>
internal sealed record AblationRowEntry(string Rule, IReadOnlyDictionary<string, AblationChangeEntry> Changes, IReadOnlyList<string> HurtsOn, IReadOnlyList<string> PaysOn);

internal sealed record AblationChangeEntry(double Tune, double Check);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(AblationDocument))]
internal sealed partial class AblationJsonContext : JsonSerializerContext;
