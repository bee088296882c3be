using ContentExtract.Pipeline;
using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// Lists the quotations of the content: every quote block, and every quoted span inside a paragraph
/// that reads as speech or writing rather than a term, title or slogan. Quoted speech is punctuated
/// or several words long; “两张皮” and "scare quotes" are neither. Each quotation gets the speaker
/// the surrounding words name.
/// </summary>
internal sealed class QuotationRecognizer : IExtractionStage
{
    private const double MinLatinWords = 4;
    private const int MinCjkChars = 6;

    public void Run(ExtractionContext context)
    {
        string? lastSpeaker = null;
        var blocks = context.Blocks;
        for (int b = 0; b < blocks.Count; b++)
        {
            switch (blocks[b])
            {
                case QuoteBlock quote:
                {
                    var inner = Inner(quote.Text, out int closeAt);
                    var after = closeAt >= 0 && closeAt + 1 < quote.Text.Length ? quote.Text.AsSpan(closeAt + 1) : [];
                    var speaker = SpeakerRecognizer.Find(PreviousText(blocks, b), after.Trim("。.!！?？ ").IsEmpty ? NextText(blocks, b) : after);
                    string? name = Resolve(speaker, ref lastSpeaker);
                    blocks[b] = quote with { Speaker = name };
                    context.Quotes.Add(new Quotation(inner, name, b, Inline: false));
                    break;
                }

                case ParagraphBlock paragraph:
                    AddInline(context, paragraph.Text, b, ref lastSpeaker);
                    break;
            }
        }
    }

    private void AddInline(ExtractionContext context, string text, int blockIndex, ref string? lastSpeaker)
    {
        var span = text.AsSpan();
        string? previousInBlock = null;
        for (int i = 0; i < span.Length; i++)
        {
            if (QuoteMarks.CloserOf(span[i]) == '\0' || (span[i] == '"' && i > 0 && char.IsLetterOrDigit(span[i - 1])))
            {
                continue;
            }

            int close = QuoteMarks.FindClose(span, i);
            if (close < 0)
            {
                continue;
            }

            var inner = span[(i + 1)..close];
            if (IsSpeech(inner))
            {
                var speaker = SpeakerRecognizer.Find(span[..i], span[(close + 1)..]);

                // A few quoted words ("Keep Class Small,") are a slogan or a title unless someone is said to have said them.
                if (!IsClause(inner) && speaker.Name is null && !speaker.IsPronoun)
                {
                    i = close;
                    continue;
                }

                // "He said" after a paragraph that opens with a name refers to that name.
                if (speaker.IsPronoun && SpeechLexicon.LeadingSubject().Match(text) is { Success: true } subject)
                {
                    speaker = new SpeakerRecognizer.Attribution(subject.Groups["name"].Value, false);
                }

                // A second quotation in the same paragraph without its own attribution continues the first speaker.
                string? name = Resolve(speaker, ref lastSpeaker) ?? previousInBlock;
                previousInBlock = name;
                context.Quotes.Add(new Quotation(TextSpan.TrimAll(inner).ToString(), name, blockIndex, Inline: true));
            }

            i = close;
        }
    }

    private static string? Resolve(SpeakerRecognizer.Attribution speaker, ref string? lastSpeaker)
    {
        if (speaker.Name is not null)
        {
            lastSpeaker = speaker.Name;
            return speaker.Name;
        }

        return speaker.IsPronoun ? lastSpeaker : null;
    }

    /// <summary>Speech is a clause: CJK text with clause or sentence marks, or several Latin words.</summary>
    internal static bool IsSpeech(ReadOnlySpan<char> inner)
    {
        var stats = TextStats.Of(inner);
        if (stats.IsMostlyCjk)
        {
            if (stats.CjkChars < MinCjkChars)
            {
                return false;
            }

            // “为民服务、创先争优”: slogans and lists of terms are joined by 、, never by ，or 。
            return inner.IndexOfAny("，,。！？!?…；") >= 0;
        }

        return stats.LatinWords >= MinLatinWords || (stats.LatinWords >= 2 && inner.Length > 0 && inner.TrimEnd().Length > 0 && inner.TrimEnd()[^1] is ',' or '.' or '!' or '?');
    }

    private static bool IsClause(ReadOnlySpan<char> inner)
    {
        var stats = TextStats.Of(inner);
        return stats.IsMostlyCjk || stats.LatinWords >= MinLatinWords;
    }

    private static string Inner(string quoteText, out int closeAt)
    {
        var text = quoteText.AsSpan();
        closeAt = -1;
        if (text.Length > 0 && QuoteMarks.CloserOf(text[0]) != '\0')
        {
            closeAt = QuoteMarks.FindClose(text, 0);
            if (closeAt > 0)
            {
                return TextSpan.TrimAll(text[1..closeAt]).ToString();
            }
        }

        return quoteText;
    }

    private static ReadOnlySpan<char> PreviousText(List<ContentBlock> blocks, int index) =>
        index > 0 && blocks[index - 1] is ParagraphBlock previous ? previous.Text : [];

    private static ReadOnlySpan<char> NextText(List<ContentBlock> blocks, int index) =>
        index + 1 < blocks.Count && blocks[index + 1] is ParagraphBlock next ? next.Text : [];
}
