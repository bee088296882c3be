using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.PlainText;

/// <summary>
/// Splits a text dump into segments: one per line, except that lines a renderer hard-wrapped at a
/// fixed width (lynx, w3m) are joined back into their paragraph. WET records and scraper dumps
/// have one block per line and no wrapping, so for them a segment is a line.
/// </summary>
internal sealed class TextSegmenter
{
    private const int CjkWrapTolerance = 5;
    private const int LatinWrapTolerance = 2;

    private readonly PlainTextOptions _options;

    public TextSegmenter(PlainTextOptions options) => _options = options;

    public IReadOnlyList<Segment> Segment(string text, CancellationToken cancellation)
    {
        var lines = SplitLines(text);
        int wrapWidth = _options.RejoinWrappedLines ? DetectWrapWidth(lines) : 0;

        var segments = new List<Segment>();
        bool gap = true;
        for (int i = 0; i < lines.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var line = lines[i];
            if (line.Content.Length == 0)
            {
                gap = true;
                continue;
            }

            string content = line.Content;
            char bullet = BulletOf(content, out string body);
            int lastWidth = line.Width;
            int lastIndent = line.Indent;
            bool first = true;
            while (wrapWidth > 0 && i + 1 < lines.Count && IsContinuation(content, lastWidth, lastIndent, first, bullet != '\0', lines[i + 1], wrapWidth))
            {
                i++;
                first = false;
                lastIndent = lines[i].Indent;
                content = TextSpan.JoinWrapped(content, lines[i].Content);
                body = bullet == '\0' ? content : TextSpan.JoinWrapped(body, lines[i].Content);
                lastWidth = lines[i].Width;
            }

            segments.Add(new Segment(segments.Count, content)
            {
                Indent = line.Indent,
                GapBefore = gap,
                Bullet = bullet,
                BodyText = bullet == '\0' ? content : body,
            });
            gap = false;
        }

        return segments;
    }

    /// <summary>Returns the leading bullet of a line and the text after it, or '\0'.</summary>
    internal static char BulletOf(string line, out string body)
    {
        body = line;
        if (line.Length < 2 || !CharClass.IsBullet(line[0]))
        {
            return '\0';
        }

        char bullet = line[0];
        bool spaced = CharClass.IsSpace(line[1]);

        // ASCII marks double as punctuation and signs ("-5°C", "*Terms apply"), so they need a space after them.
        if (bullet is '-' or '*' or '+' or '–' && !spaced)
        {
            return '\0';
        }

        // A run of the mark ("-----", "***") is a separator rule, not a bullet.
        if (line[1] == bullet)
        {
            return '\0';
        }

        var rest = TextSpan.TrimAll(line.AsSpan(1));
        if (rest.Length == 0)
        {
            return '\0';
        }

        body = rest.ToString();
        return bullet;
    }

    private static bool IsContinuation(string previous, int previousWidth, int previousIndent, bool previousIsFirst, bool isBullet, Line next, int wrapWidth)
    {
        if (next.Content.Length == 0 || BulletOf(next.Content, out _) != '\0')
        {
            return false;
        }

        // A wrapped line keeps its paragraph's indentation, except that the first line may carry a
        // first-line indent (lynx renders the ideographic spaces of Chinese paragraphs) and a
        // bullet's continuation aligns with the bullet's text.
        bool sameIndent = Math.Abs(next.Indent - previousIndent) <= 1;
        bool firstLineIndent = previousIsFirst && next.Indent < previousIndent;
        bool bulletHang = previousIsFirst && isBullet && next.Indent > previousIndent && next.Indent <= previousIndent + 4;
        if (!sameIndent && !firstLineIndent && !bulletHang)
        {
            return false;
        }

        // CJK text breaks between any two characters, so a line that reaches the margin was wrapped;
        // renderers disagree by a column or two on quotation marks, hence the tolerance.
        if (CharClass.IsCjk(previous[^1]) || CharClass.IsCjkPunctuation(previous[^1]) || CharClass.IsCjk(next.Content[0]) || CharClass.IsCjkPunctuation(next.Content[0]))
        {
            return previousWidth >= wrapWidth - CjkWrapTolerance;
        }

        // Latin text was wrapped only if the next line's first word would not have fitted.
        return previousWidth + 1 + FirstWordWidth(next.Content) > wrapWidth - LatinWrapTolerance;
    }

    private static int FirstWordWidth(string text)
    {
        int width = 0;
        foreach (char c in text)
        {
            if (CharClass.IsSpace(c))
            {
                break;
            }

            width += CharClass.DisplayWidth(c);
            if (CharClass.IsCjk(c))
            {
                break;
            }
        }

        return width;
    }

    /// <summary>
    /// Finds the column a renderer wrapped at: the widest line, when several lines end close to it.
    /// Returns 0 when the text is not hard-wrapped.
    /// </summary>
    private int DetectWrapWidth(List<Line> lines)
    {
        int max = 0;
        foreach (var line in lines)
        {
            max = Math.Max(max, line.Width);
        }

        if (max < _options.MinWrapWidth)
        {
            return 0;
        }

        int near = 0;
        foreach (var line in lines)
        {
            if (line.Width >= max - 12)
            {
                near++;
            }
        }

        return near >= 3 ? max : 0;
    }

    private static List<Line> SplitLines(string text)
    {
        var lines = new List<Line>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r')
            {
                continue;
            }

            lines.Add(Line.Of(text.AsSpan(start, i - start)));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        return lines;
    }

    private readonly record struct Line(string Content, int Indent, int Width)
    {
        public static Line Of(ReadOnlySpan<char> raw)
        {
            int indent = 0, i = 0;
            for (; i < raw.Length && CharClass.IsSpace(raw[i]); i++)
            {
                indent += raw[i] switch { '\t' => 4, '\u3000' => 2, _ => 1 };
            }

            var content = TextSpan.TrimAll(raw);
            int width = indent;
            foreach (char c in content)
            {
                width += CharClass.DisplayWidth(c);
            }

            return new Line(content.ToString(), indent, width);
        }
    }
}
