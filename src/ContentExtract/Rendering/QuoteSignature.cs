namespace ContentExtract.Rendering;

/// <summary>
/// A quote block whose page signed it on a line of its own ("— Maria Lopez, council president") keeps that line as its
/// last, so that the document's text holds it; renderers show the line as the signature instead of adding "— Speaker".
/// </summary>
internal static class QuoteSignature
{
    /// <summary>The quote's text without its signature line, and the line, when its last line names its speaker.</summary>
    public static (string Body, string? Signature) Split(QuoteBlock quote)
    {
        int lastBreak = quote.Text.LastIndexOf('\n');
        if (quote.Speaker is not { Length: > 0 } speaker || lastBreak < 0)
        {
            return (quote.Text, null);
        }

        string lastLine = quote.Text[(lastBreak + 1)..].Trim();
        // "— Maria Lopez, council president" starts with its name; "——市公交集团总经理 王建国" holds it after the role.
        var signed = Structure.AttributionLine.AfterDash(lastLine);
        return signed.StartsWith(speaker, StringComparison.Ordinal) || Structure.AttributionLine.NameOf(signed).SequenceEqual(speaker)
            ? (quote.Text[..lastBreak], lastLine)
            : (quote.Text, null);
    }
}
