namespace ContentExtract.Decoding;

/// <summary>Tells markup from a text dump by looking at the start of the input.</summary>
internal static class InputSniffer
{
    private const int Window = 4096;

    private static readonly string[] DocumentStarts = ["<!doctype", "<html", "<?xml", "<head", "<body", "<meta", "<!--"];

    public static InputKind Sniff(ReadOnlySpan<char> content)
    {
        var head = content[..Math.Min(content.Length, Window)].TrimStart();
        foreach (var start in DocumentStarts)
        {
            if (head.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return InputKind.Html;
            }
        }

        // A fragment without a document element: count tags; text dumps show at most a stray "<" or two.
        int tags = 0;
        for (int i = 0; i + 1 < head.Length; i++)
        {
            if (head[i] == '<' && (char.IsAsciiLetter(head[i + 1]) || head[i + 1] == '/'))
            {
                int close = head[(i + 1)..].IndexOf('>');
                if (close > 0 && close < 200)
                {
                    tags++;
                }
            }
        }

        return tags >= 4 ? InputKind.Html : InputKind.Text;
    }
}
