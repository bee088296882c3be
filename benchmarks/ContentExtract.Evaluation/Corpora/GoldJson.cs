using System.Text.Json;

namespace ContentExtract.Evaluation.Corpora;

/// <summary>Reads the fields of gold records as score.py's <c>dict.get</c> does: an absent or null field is a default, not an error.</summary>
internal static class GoldJson
{
    public static JsonDocument Parse(string path) => JsonDocument.Parse(File.ReadAllBytes(path));

    public static string? OptionalString(this JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static IReadOnlyList<string> StringList(this JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(item => item.GetString() ?? string.Empty).ToArray()
            : [];

    public static IEnumerable<JsonElement> Records(this JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    public static Uri? AbsoluteUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;
}
