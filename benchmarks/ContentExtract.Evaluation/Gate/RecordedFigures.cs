using System.Text.Json;
using System.Text.Json.Serialization;
using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation.Gate;

/// <summary>The gate file: a flat JSON map from figure name to value, <c>{"articlebench/ContentExtract/f1": 0.712, …}</c>.</summary>
internal static class RecordedFigures
{
    public static IReadOnlyDictionary<string, double> Read(string path) =>
        JsonSerializer.Deserialize(File.ReadAllText(path), RecordedFiguresJsonContext.Default.DictionaryStringDouble)
        ?? throw new InvalidDataException($"{path} holds no figures.");

    public static void Write(string path, IReadOnlyDictionary<string, Figure> figures)
    {
        // Four decimals: finer than the 0.01 tolerance, coarse enough that a rerun rewrites the same file.
        var rounded = figures.OrderBy(entry => entry.Key, StringComparer.Ordinal).ToDictionary(entry => entry.Key, entry => Math.Round(entry.Value.Value, 4));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(rounded, RecordedFiguresJsonContext.Default.DictionaryStringDouble) + Environment.NewLine);
    }
}

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, double>))]
internal sealed partial class RecordedFiguresJsonContext : JsonSerializerContext;
