using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.Boilerplate;

/// <summary>
/// Classifies a segment on its own features — size in word units, punctuation, link density,
/// bullets, furniture phrases — without looking at its neighbours. The thresholds are in word units
/// (a Han character counts two thirds), so they mean the same in Chinese and in English.
/// </summary>
internal sealed class BlockClassifier
{
    private const double ShortFurnitureWords = 15;
    private const double MaxTerminatorWords = 12;
    private const double LongFurnitureWords = 45;

    private readonly BoilerplateOptions _options;

    public BlockClassifier(BoilerplateOptions options) => _options = options;

    public (BlockClass Class, string Reason) Classify(Segment segment)
    {
        if (segment.Role is { } role && role != BlockRole.Content)
        {
            return (BlockClass.Bad, segment.Reason);
        }

        var stats = segment.Stats;
        if (stats.Chars == 0)
        {
            return (BlockClass.Bad, "empty");
        }

        if (IsTerminator(segment.Text, stats))
        {
            return (BlockClass.Terminator, "end-of-article heading");
        }

        if (stats.Words <= ShortFurnitureWords && stats.SentenceEnds <= 1
            && segment.Text.AsSpan().ContainsAny(BoilerplateLexicon.FurniturePhrases))
        {
            return (BlockClass.Bad, "furniture phrase");
        }

        if (stats.Words <= LongFurnitureWords && segment.Text.AsSpan().ContainsAny(BoilerplateLexicon.StrongFurniturePhrases))
        {
            return (BlockClass.Bad, "comment rules or copyright line");
        }

        if (IsBracketedControls(segment.Text))
        {
            return (BlockClass.Bad, "bracketed UI labels");
        }

        if (segment.LinkChars > 0 && segment.LinkDensity > 0.5 && stats.Words < 40)
        {
            return (BlockClass.Bad, $"link density {segment.LinkDensity:0.00}");
        }

        bool sentence = stats.EndsWithSentenceEnd;
        if (segment.Bullet != '\0' && !sentence && stats.Words < _options.ProseBlockWords)
        {
            return (BlockClass.Bad, "bulleted short line (link-like)");
        }

        if (stats.Words >= _options.ProseBlockWords && (stats.PunctuationDensity >= 0.03 || stats.Words >= 3 * _options.ProseBlockWords))
        {
            return (BlockClass.Good, $"prose ({stats.Words:0} words)");
        }

        if ((sentence && stats.Words >= 3) || (stats.Words >= _options.ProseBlockWords / 2.0 && stats.PunctuationDensity >= 0.05))
        {
            return (BlockClass.NearGood, $"sentence ({stats.Words:0} words)");
        }

        return (BlockClass.Short, $"short ({stats.Words:0} words)");
    }

    private static bool IsTerminator(string text, TextStats stats)
    {
        if (stats.Words > MaxTerminatorWords)
        {
            return false;
        }

        foreach (var start in BoilerplateLexicon.TerminatorStarts)
        {
            if (!text.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // "Related" must be the heading itself, not the first word of a sentence ("Related research shows …").
            if (text.Length == start.Length || !char.IsLetter(text[start.Length]) || CharClass.IsCjk(start[0]))
            {
                return !stats.EndsWithSentenceEnd || CharClass.IsCjk(start[0]);
            }
        }

        return false;
    }

    /// <summary>"[ 复制本文标题地址 ] [ 发表评论 ]", "(BUTTON) Share": controls rendered as text.</summary>
    private static bool IsBracketedControls(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length < 3)
        {
            return false;
        }

        if (span.StartsWith("(BUTTON)", StringComparison.Ordinal) || span.StartsWith("[BUTTON]", StringComparison.Ordinal))
        {
            return true;
        }

        if (span[0] is not '[' and not '【' || span[^1] is not ']' and not '】')
        {
            return false;
        }

        // Only bracket groups and spaces between them.
        int depth = 0, groups = 0;
        foreach (char c in span)
        {
            if (c is '[' or '【')
            {
                depth++;
                groups++;
            }
            else if (c is ']' or '】')
            {
                depth--;
            }
            else if (depth == 0 && !CharClass.IsSpace(c) && c is not '|' and not '·')
            {
                return false;
            }
        }

        return groups >= 1 && TextStats.Of(span).Words <= ShortFurnitureWords;
    }
}
