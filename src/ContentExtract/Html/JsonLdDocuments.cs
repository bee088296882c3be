using System.Text.Json;

namespace ContentExtract.Html;

/// <summary>
/// The page's JSON-LD scripts, each parsed at most once per extraction however many readers read it: the article's
/// facts (<see cref="JsonLdArticleReader.Read"/>), its stated text (<see cref="JsonLdArticleReader.ReadStatedText"/>)
/// and its breadcrumb trail all read the same scripts, and a script holding a whole article body is costly to parse
/// three times. A script that is not JSON is remembered as such. Scripts are told apart by reference: the survey
/// hands each reader the very string it read from the script element. Disposing returns the parsed documents' pooled
/// buffers; the owner (the page survey) lives for one extraction and is never shared between threads.
/// </summary>
internal sealed class JsonLdDocuments : IDisposable
{
    /// <summary>Hand-written JSON-LD often has trailing commas and comments; every reader accepts both.</summary>
    private static readonly JsonDocumentOptions Leniency = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private readonly Dictionary<string, JsonDocument?> _parsed = new(ReferenceEqualityComparer.Instance);

    /// <summary>Scripts parsed so far, broken ones included (what the tests read to see that none is parsed twice).</summary>
    public int ParseCount => _parsed.Count;

    /// <summary>The script's parsed document, or null when the script is not JSON; parsed on the first call only.</summary>
    public JsonDocument? Parse(string script)
    {
        if (_parsed.TryGetValue(script, out var known))
        {
            return known;
        }

        JsonDocument? parsed;
        try
        {
            parsed = JsonDocument.Parse(script, Leniency);
        }
        catch (JsonException)
        {
            parsed = null;
        }

        _parsed.Add(script, parsed);
        return parsed;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var document in _parsed.Values)
        {
            document?.Dispose();
        }

        _parsed.Clear();
    }
}
