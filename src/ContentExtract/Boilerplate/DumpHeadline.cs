using ContentExtract.Segmentation;
using ContentExtract.Structure;

namespace ContentExtract.Boilerplate;

/// <summary>
/// The headline of a text dump that names none (w3m and lynx print no &lt;title&gt;), found from the dump's own shape:
/// a headline-sized line with no sentence end that stands right above the article's first paragraph, with only
/// a byline, a date or buttons between them, and that the page marks as its headline in one of the ways a dump
/// keeps — a date or byline line next to it, a breadcrumb trail above it that ends with it, a smaller indent than
/// the prose under it (lynx prints headings at the margin and body text indented). A section heading inside the
/// article has the same shape but prose right above it; a teaser's title has a short sentence under it, no paragraph. Every
/// test looks at a fixed number of lines around the candidate, so the search is linear in the dump.
/// </summary>
internal static class DumpHeadline
{
    /// <summary>A paragraph that opens an article has at least this many words (units: a Han character is two thirds of one).</summary>
    private const double MinOpeningWords = 20;

    /// <summary>
    /// The headline stands at most this many lines above that paragraph (a byline, a date, share buttons, a picture's caption
    /// between); the bulleted lines of a table of contents are not counted.
    /// </summary>
    private const int MaxLinesToProse = 8;

    /// <summary>Prose from the first paragraph on is counted over this many lines …</summary>
    private const int ArticleWindow = 40;

    /// <summary>… and an article has at least this many words of it: a teaser's title has a sentence or two under it.</summary>
    private const double MinArticleWords = 80;

    /// <summary>A headline has at least this many words and characters: a section's name or a button is no headline.</summary>
    private const double MinWords = 3;

    private const int MinLength = 12;

    /// <summary>Lines looked at on either side for the date or byline, and above for the trail that ends with the headline.</summary>
    private const int NeighbourLines = 4;

    /// <summary>A section heading inside the article has prose within this many lines above it; the headline has menus there.</summary>
    private const int ProseAboveLines = 3;

    private static readonly System.Buffers.SearchValues<char> LabelMarks = System.Buffers.SearchValues.Create(":：");

    /// <summary>A line broken this often by bars or wide gaps is a row of menu items or a masthead, not a headline.</summary>
    private const int MinRowBreaks = 3;

    /// <summary>What a line loses for each line between it and the paragraph (bulleted lines aside).</summary>
    private const double DistanceCost = 0.3;

    /// <summary>What a line gains for each word, up to a headline's usual size: a name or a label is shorter.</summary>
    private const double SizeBonus = 0.08;

    private const double FullSizeWords = 12;

    /// <summary>What a line loses for the share of the page's prose above it.</summary>
    private const double LatePenalty = 3;

    /// <summary>
    /// The least score a line needs, where the shape alone scores one: a mark of a headline besides its shape, and a
    /// headline's size or a second mark (a date line next to a counter or a caption is not enough).
    /// </summary>
    private const double MinScore = 3;

    /// <summary>The index of the dump's headline, or -1 where no line has the shape and a mark of one.</summary>
    public static int Find(IReadOnlyList<Segment> segments)
    {
        var scores = Scores(segments);
        int best = -1;
        double bestScore = MinScore - 1e-9;
        for (int i = 0; i < scores.Length; i++)
        {
            if (scores[i] > bestScore)
            {
                best = i;
                bestScore = scores[i];
            }
        }

        return best;
    }

    /// <summary>How strongly the dump's shape marks each line as its headline; <see cref="double.NaN"/> for a line that cannot be one.</summary>
    internal static double[] Scores(IReadOnlyList<Segment> segments)
    {
        int count = segments.Count;
        var scores = new double[count];
        Array.Fill(scores, double.NaN);
        if (count < 3)
        {
            return scores;
        }

        // Prose words before each line, a prefix sum: the prose in any window of lines is one subtraction.
        var proseBefore = new double[count + 1];
        for (int i = 0; i < count; i++)
        {
            proseBefore[i + 1] = proseBefore[i] + (IsProse(segments[i]) ? segments[i].Stats.Words : 0);
        }

        double total = proseBefore[count];
        for (int i = 0; i < count - 1; i++)
        {
            var segment = segments[i];
            if (!IsCandidate(segment))
            {
                continue;
            }

            // Between the headline and the paragraph: a byline, a date, a standfirst, buttons and a table of contents, no paragraph.
            int paragraph = -1, lines = 0;
            for (int k = i + 1; k < count && lines <= MaxLinesToProse; k++)
            {
                if (segments[k].Class == BlockClass.Good && !segments[k].IsDecided)
                {
                    paragraph = segments[k].Stats.Words >= MinOpeningWords ? k : -1;
                    break;
                }

                lines += segments[k].Bullet == '\0' ? 1 : 0;
            }

            if (paragraph < 0)
            {
                continue;
            }

            double article = proseBefore[Math.Min(count, paragraph + ArticleWindow)] - proseBefore[paragraph];
            if (article < MinArticleWords)
            {
                continue;
            }

            // The nearer the paragraph the likelier the headline: a name, a picture's label or a button stands further up.
            double score = 1 - (DistanceCost * lines) + (SizeBonus * Math.Min(segment.Stats.Words, FullSizeWords));
            score += Dated(segments, i) ? 2 : 0;
            score += EchoedAbove(segments, i) ? 2 : 0;
            score += segment.Indent < segments[paragraph].Indent ? 1.5 : 0;
            score -= SentencesAbove(segments, i) ? 2 : 0;

            // The headline opens the article, so most of the page's prose lies below it; a heading late in the article has it above.
            score -= LatePenalty * proseBefore[i] / Math.Max(1, total);
            scores[i] = score;
        }

        return scores;
    }

    private static bool IsProse(Segment segment) => !segment.IsDecided && segment.Class is BlockClass.Good or BlockClass.NearGood;

    private static bool IsCandidate(Segment segment)
    {
        // A line holding an address ("IFRAME: https://…") is a frame's or a link's label, not a headline.
        if (segment.IsDecided || segment.Class is BlockClass.Good || segment.Text.Length < MinLength || segment.Stats.Words < MinWords
            || segment.Text.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        // "3. Research studies": a numbered line is a section of a list article, not its headline.
        return TitleRecognizer.IsHeadlineShaped(segment) && !IsNumbered(segment.Text) && !IsRowOfItems(segment.Text) && !IsLabelled(segment.Text)
            && !MetadataLine.IsMetadata(segment.Text, segment.Stats);
    }

    /// <summary>
    /// A line of labelled values ("Tested by: … Price: … More info: …") is a review's or a listing's fact line: a headline
    /// has at most one colon ("Link rot: why old pages end in a 404").
    /// </summary>
    private static bool IsLabelled(string text) => text.AsSpan().IndexOfAny(LabelMarks) is int first and >= 0 && text.AsSpan(first + 1).IndexOfAny(LabelMarks) >= 0;

    /// <summary>
    /// A menu or a masthead printed on one line: its items stand apart by bars or by wide gaps. A headline has at most
    /// one such break (a Chinese headline's two halves, "Headline | Section"); one pass over the line's characters.
    /// </summary>
    private static bool IsRowOfItems(string text)
    {
        int breaks = 0, spaces = 0;
        foreach (char c in text.AsSpan().Trim())
        {
            if (c is ' ' or '\t' or '\u3000' or '\u00A0')
            {
                spaces++;
                continue;
            }

            breaks += c is '|' or '｜' || spaces >= 2 ? 1 : 0;
            spaces = 0;
        }

        return breaks >= MinRowBreaks;
    }

    /// <summary>
    /// A section heading inside the article has a paragraph's sentences within a few lines above it; the headline has
    /// menus, a masthead or a trail there, none of which ends a sentence.
    /// </summary>
    private static bool SentencesAbove(IReadOnlyList<Segment> segments, int at)
    {
        for (int k = Math.Max(0, at - ProseAboveLines); k < at; k++)
        {
            if (IsProse(segments[k]) && segments[k].Stats.SentenceEnds > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumbered(string text)
    {
        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits is > 0 and <= 3 && digits < text.Length && text[digits] is '.' or ')' or '、' or '．';
    }

    /// <summary>A date, byline or source line within a few lines above or below.</summary>
    private static bool Dated(IReadOnlyList<Segment> segments, int at)
    {
        for (int k = Math.Max(0, at - NeighbourLines); k < segments.Count && k <= at + NeighbourLines; k++)
        {
            // A photo credit is a metadata line too ("Photo: …"); a date has digits.
            if (k != at && segments[k].Stats.Digits > 0 && MetadataLine.IsMetadata(segments[k].Text, segments[k].Stats))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A line just above ends with the headline: the trail's last crumb names the page ("Home > Blog > Headline").</summary>
    private static bool EchoedAbove(IReadOnlyList<Segment> segments, int at)
    {
        string headline = segments[at].CollapsedText;
        for (int k = Math.Max(0, at - NeighbourLines); k < at; k++)
        {
            // An error page's status line ("Erreur 404 - Page introuvable | Site") taken out of the page ends with the site's name, not a headline.
            if (segments[k].IsDecided)
            {
                continue;
            }

            string line = segments[k].CollapsedText;
            if (line.Length > headline.Length && line.AsSpan().TrimEnd().EndsWith(headline.AsSpan().TrimEnd(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
