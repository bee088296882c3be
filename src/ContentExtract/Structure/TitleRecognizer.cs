using ContentExtract.Pipeline;
using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// Finds the headline of a text dump: the nearest headline-shaped line above the main content,
/// passing over date, source and byline lines. A title the caller already knows (a WET header, the
/// HTML metadata) picks the matching line when there is one and stands in when there is none.
/// </summary>
internal sealed class TitleRecognizer : IExtractionStage
{
    private const int MaxLinesAbove = 8;

    public void Run(ExtractionContext context)
    {
        string? known = context.TitleHint ?? context.Page.Title;
        if (!context.HasContentRun)
        {
            context.Title = known is null ? null : SiteSuffix.Strip(TextSpan.CollapseSpaces(known));
            return;
        }

        var segments = context.Segments;
        Segment? chosen = null;
        int looked = 0;
        for (int i = context.ContentStart - 1; i >= 0 && looked < MaxLinesAbove; i--)
        {
            var segment = segments[i];
            if (segment.Role is BlockRole.Breadcrumb)
            {
                break;
            }

            if (segment.Role is BlockRole.Noise)
            {
                continue;
            }

            looked++;
            if (Boilerplate.MetadataLine.IsMetadata(segment.Text, segment.Stats))
            {
                segment.Decide(BlockRole.Boilerplate, "date, source or byline line");
                continue;
            }

            if (IsHeadlineShaped(segment) && (known is null || Matches(segment.Text, known)))
            {
                chosen = segment;
                break;
            }
        }

        // A headline followed by its standfirst can open the run itself ("Link rot: why …" reads as a
        // sentence fragment); take it when nothing above qualifies and it does not read as prose.
        if (chosen is null && known is null)
        {
            var first = segments.Skip(context.ContentStart).Take(context.ContentEnd - context.ContentStart).FirstOrDefault(s => s.Role == BlockRole.Content);
            if (first is not null && first.Class != Boilerplate.BlockClass.Good && !first.Stats.EndsWithSentenceEnd && IsHeadlineShaped(first)
                && first.Index + 1 < context.ContentEnd && !QuoteMarks.IsWhollyQuoted(first.Text))
            {
                chosen = first;
            }
        }

        if (chosen is null && known is not null)
        {
            context.Title = SiteSuffix.Strip(TextSpan.CollapseSpaces(known));
            return;
        }

        if (chosen is not null)
        {
            chosen.Decide(BlockRole.Title, "headline-shaped line above the content");
            context.Title = TextSpan.CollapseSpaces(chosen.Text);
        }
    }

    internal static bool IsHeadlineShaped(Segment segment)
    {
        var stats = segment.Stats;
        if (segment.Bullet != '\0' || stats.Words < 1.5 || stats.Words > 40 || stats.Digits * 2 > stats.Chars)
        {
            return false;
        }

        char last = segment.Text[^1];
        if (last is '。' or '.' or ':' or '：' or ',' or '，' or '、' or ';' or '；')
        {
            return false;
        }

        return stats.SentenceEnds <= 1 && !IsFurniture(segment);
    }

    private static bool IsFurniture(Segment segment) =>
        segment.Class is Boilerplate.BlockClass.Bad or Boilerplate.BlockClass.Terminator;

    private static bool Matches(string line, string known)
    {
        string a = TextSpan.CollapseSpaces(line), b = TextSpan.CollapseSpaces(known);
        return a.Length >= 4 && (b.Contains(a, StringComparison.OrdinalIgnoreCase) || a.Contains(b, StringComparison.OrdinalIgnoreCase));
    }
}
