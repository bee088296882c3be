using System.Buffers;
using System.Text.RegularExpressions;
using ContentExtract.Pipeline;
using ContentExtract.Segmentation;
using ContentExtract.Structure;
using ContentExtract.Text;

namespace ContentExtract.Boilerplate;

/// <summary>
/// What a text dump says about its furniture without markup: a text dump has no zones, so the
/// consent dialog, the comment thread and the teasers a page's markup would fence off must be
/// recognised from their words and their shape. Runs on text dumps only, after the context-free
/// classes are set and before the content run is chosen; it only ever turns prose into furniture.
/// </summary>
internal sealed partial class TextDumpSignals : IExtractionStage
{
    /// <summary>Comment metadata lines are short: a name, a time, a counter.</summary>
    private const double MaxCommentMetaWords = 8;

    /// <summary>Two comment metadata lines belong to one thread when at most this many lines …</summary>
    private const int MaxCommentGapLines = 8;

    /// <summary>… and at most this many words of text lie between them.</summary>
    private const double MaxCommentGapWords = 160;

    /// <summary>A thread is a thread when it holds this many metadata lines: one relative time may be the article's own date.</summary>
    private const int MinCommentMetaLines = 3;

    /// <summary>Within a thread so recognised, a long comment may stand between two metadata lines: up to this many lines …</summary>
    private const int LongCommentLines = 16;

    /// <summary>… and words.</summary>
    private const double LongCommentWords = 600;

    /// <summary>After the last metadata line of a thread, its last comment: up to this many lines and words.</summary>
    private const int TrailingCommentLines = 4;

    private const double TrailingCommentWords = 120;

    public void Run(ExtractionContext context)
    {
        if (context.Kind != InputKind.Text)
        {
            return;
        }

        var segments = context.Segments;
        MarkConsentProse(segments);
        MarkCommentThreads(segments);
        MarkRepeats(segments);
        MarkAppeals(segments);
        MarkInlineTeasers(segments);
        if (context.Options.Applies(Rule.ListInsideProse))
        {
            KeepListsInsideProse(segments);
        }
        context.TextHeadline = FindHeadline(segments);
        if (context.TextHeadline < 0 && context.Options.Applies(Rule.DumpHeadline))
        {
            context.ShapeHeadline = DumpHeadline.Find(segments);
        }
    }

    /// <summary>A list of at most this many short bulleted lines may be the article's own; a longer one is a menu …</summary>
    private const int MaxEmbeddedListItems = 16;

    /// <summary>… when prose stands at most this many lines before it and after it.</summary>
    private const int MaxProseDistance = 3;

    /// <summary>
    /// A list whose items are phrases, this many words each on average, is no menu of names ("Home", "Pinterest") …
    /// </summary>
    private const double MinPhraseItemWords = 2.5;

    /// <summary>… where it has at least this many items: a lone bulleted line (a menu's entry above its row of links) shows no shape …</summary>
    private const int MinPhraseItems = 2;

    /// <summary>… and may be the article's own with up to this many items …</summary>
    private const int MaxEmbeddedPhraseItems = 60;

    /// <summary>… and prose this many lines away: a section heading, a "Pros"/"Cons" label or a caption may stand between …</summary>
    private const int MaxPhraseListProseDistance = 10;

    /// <summary>
    /// … or, for a list of at least <see cref="MinLongPhraseListItems"/> phrases, this many: a checklist's or a listicle's
    /// list runs under its own sub-headings, captions and pictures, which w3m and lynx print as lines of their own.
    /// </summary>
    private const int MaxLongPhraseListProseDistance = 20;

    /// <summary>The items of a list of phrases that reaches for prose <see cref="MaxLongPhraseListProseDistance"/> lines away.</summary>
    private const int MinLongPhraseListItems = 3;

    /// <summary>
    /// A dump does not say which bulleted lines were links, so a short bulleted line is taken for a menu entry. A short
    /// list with prose just before and just after it is the article's own (its picks, its steps, its pros and cons):
    /// there its lines count as short lines, which a run may carry, not as furniture that ends it. A list of phrases
    /// (several words an item, where a menu or share bar names one thing an item) may be longer and stand a little
    /// further from the prose: a listicle's pros and cons sit under their labels, a guide's checklist under its heading.
    /// </summary>
    private static void KeepListsInsideProse(IReadOnlyList<Segment> segments)
    {
        int i = 0;
        while (i < segments.Count)
        {
            if (segments[i].Bullet == '\0')
            {
                i++;
                continue;
            }

            int first = i;
            double words = 0;
            while (i < segments.Count && segments[i].Bullet != '\0')
            {
                words += segments[i].Stats.Words;
                i++;
            }

            int items = i - first;
            bool phrases = items >= MinPhraseItems && words >= MinPhraseItemWords * items;
            var (maxItems, distance) = phrases
                ? (MaxEmbeddedPhraseItems, items >= MinLongPhraseListItems ? MaxLongPhraseListProseDistance : MaxPhraseListProseDistance)
                : (MaxEmbeddedListItems, MaxProseDistance);
            if (items <= maxItems && HasProseNear(segments, first - 1, -1, distance) && HasProseNear(segments, i, +1, distance))
            {
                for (int k = first; k < i; k++)
                {
                    var segment = segments[k];
                    if (!segment.IsDecided && segment.Class == BlockClass.Bad && segment.ClassReason == BlockClassifier.BulletedShortLine)
                    {
                        segment.Class = BlockClass.Short;
                        segment.ClassReason = "bulleted short line of a list inside prose";
                    }
                }
            }
        }
    }

    /// <summary>Whether prose stands within <paramref name="distance"/> lines from <paramref name="from"/> on, in direction <paramref name="step"/>; error text taken out is no line of the page.</summary>
    private static bool HasProseNear(IReadOnlyList<Segment> segments, int from, int step, int distance)
    {
        int lines = 0;
        for (int k = from; k >= 0 && k < segments.Count && lines < distance; k += step)
        {
            if (segments[k].Role == BlockRole.Noise)
            {
                continue;
            }

            if (segments[k].Class == BlockClass.Good)
            {
                return true;
            }

            lines++;
        }

        return false;
    }

    /// <summary>A headline is at least this long, so that a menu item naming the section does not pass for one.</summary>
    private const int MinHeadlineLength = 12;

    /// <summary>… and has this many words: a site's name ("Fox Business") is no headline.</summary>
    private const double MinHeadlineWords = 4;

    /// <summary>
    /// The page's headline in a dump that starts with the page's &lt;title&gt; (scraper dumps print it first): the
    /// first later line the title holds whole, or that holds the title's headline part — "Headline | Site" over "Headline".
    /// Returns -1 where the first line is no title a later line repeats.
    /// </summary>
    internal static int FindHeadline(IReadOnlyList<Segment> segments)
    {
        // Error text taken out of the page may stand around the title line (a broken include at the top): look past it.
        for (int t = 0; t < segments.Count; t++)
        {
            int found = FindHeadline(segments, t);
            if (found >= 0 || segments[t].Role is not BlockRole.Noise)
            {
                return found;
            }
        }

        return -1;
    }

    private static int FindHeadline(IReadOnlyList<Segment> segments, int titleLine)
    {
        var first = segments[titleLine];
        if (segments.Count < titleLine + 3 || first.Stats.Words < 2 || first.Text.Contains("://", StringComparison.Ordinal) || first.Stats.SentenceEnds > 1)
        {
            return -1;
        }

        string title = first.CollapsedText;
        string headline = SiteSuffix.Strip(title);
        if (headline.Length < MinHeadlineLength || TextStats.Of(headline).Words < MinHeadlineWords)
        {
            return -1;
        }

        for (int i = titleLine + 1; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Text.Length < MinHeadlineLength || segment.Bullet != '\0' || segment.Class is BlockClass.Bad or BlockClass.Terminator || segment.Stats.Words > 40)
            {
                continue;
            }

            string line = segment.CollapsedText;
            if ((title.Contains(line, StringComparison.OrdinalIgnoreCase) && line.Length * 2 >= headline.Length)
                || (line.Contains(headline, StringComparison.OrdinalIgnoreCase) && headline.Length * 2 >= line.Length))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A line shorter than this is too common to be a teaser when it repeats ("Share", "Read more").</summary>
    private const int MinRepeatLength = 20;

    /// <summary>
    /// Teasers and carousels print the same headline again and again, and a teaser often prints its link text
    /// and its title side by side ("Headline…Headline…"). A line that repeats one earlier in the dump, or
    /// repeats itself, is a teaser, not the article, which says each of its lines once; the first of
    /// several equal lines keeps its class, since it may be the headline or the article's own line.
    /// </summary>
    private static void MarkRepeats(IReadOnlyList<Segment> segments)
    {
        // Each line's text as both passes compare it, made once.
        var keys = new string[segments.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            // A line without a bullet has its text as its body: its collapsed text is the one the segment keeps for every stage.
            var segment = segments[i];
            keys[i] = segment.BodyText.Length == 0 || segment.BodyText == segment.Text ? segment.CollapsedText : TextSpan.CollapseSpaces(segment.BodyText);
        }

        var copied = CopiedBlockLines(segments, keys);

        // Where each line was first seen, how often, and the prose words read so far (to tell what lies between two copies).
        var seen = new Dictionary<string, (int Count, double ProseBefore)>(segments.Count, StringComparer.Ordinal);
        double prose = 0;
        for (int i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Class is BlockClass.Good or BlockClass.NearGood)
            {
                prose += segment.Stats.Words;
            }

            // A plain dump's first line is its <title>, which the headline below repeats.
            string key = keys[i];
            if (i == 0 || key.Length < MinRepeatLength || segment.IsDecided || segment.Class is BlockClass.Bad or BlockClass.Terminator)
            {
                continue;
            }

            if (IsDoubled(WithoutOrdinal(key)))
            {
                segment.Class = BlockClass.Bad;
                segment.ClassReason = "repeats itself (teaser link and title)";
                continue;
            }

            if (!seen.TryGetValue(key, out var first))
            {
                seen[key] = (1, prose);
                continue;
            }

            seen[key] = (first.Count + 1, first.ProseBefore);

            // A section that repeats an earlier one line by line around prose of its own (plan A and plan B of a menu, one
            // step list per variant) is the article's structure, not a teaser.
            if (copied[i])
            {
                continue;
            }

            // A sentence said twice is the article's (the question put to each speaker of an interview). A headline said twice
            // with no prose between is the page's headline shown twice; said again after prose, or a third time, it is a teaser.
            if (segment.Stats.EndsWithSentenceEnd || (first.Count == 1 && segment.Bullet == '\0' && prose - first.ProseBefore < MinProseBetweenRepeats))
            {
                continue;
            }

            segment.Class = BlockClass.Bad;
            segment.ClassReason = "repeats a line above (teaser)";
        }
    }

    /// <summary>Two repeated lines belong to one copied block when they lie at most this many lines apart, as their first copies do.</summary>
    private const int MaxCopyStep = 4;

    /// <summary>
    /// Lines that repeat earlier lines as part of a copied block: near them other repeated lines copy other lines near
    /// the first copy, in the same order, and the block holds prose. A teaser repeats one headline or caption here and
    /// there; a carousel shown twice holds no prose; an article that repeats its own section (a second plan, a second
    /// variant of a recipe) repeats it in order, sentences and all.
    /// </summary>
    private static bool[] CopiedBlockLines(IReadOnlyList<Segment> segments, string[] lines)
    {
        var lastIndex = new Dictionary<string, int>(lines.Length, StringComparer.Ordinal);
        var copyOf = new int[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            string key = lines[i];
            copyOf[i] = -1;
            if (key.Length < MinCopyKeyLength)
            {
                continue;
            }

            // The nearest copy above: a third plan copies the second where the two differ from the first.
            if (lastIndex.TryGetValue(key, out int j))
            {
                copyOf[i] = j;
            }

            lastIndex[key] = i;
        }

        // Chain repeats whose first copies lie in the same order close by: each chain is one copied block.
        var root = new int[segments.Count];
        for (int i = 0; i < root.Length; i++)
        {
            root[i] = i;
        }

        for (int i = 0; i < segments.Count; i++)
        {
            for (int k = i + 1; copyOf[i] >= 0 && k < Math.Min(segments.Count, i + MaxCopyStep + 1); k++)
            {
                int step = copyOf[k] - copyOf[i];
                if (copyOf[k] >= 0 && step > 0 && step <= MaxCopyStep + 1 && copyOf[k] < i)
                {
                    root[Find(root, k)] = Find(root, i);
                }
            }
        }

        // A block copies at least three lines and holds prose of its own between them: a second plan differs from the first.
        var size = new Dictionary<int, (int Count, int First, int Last)>();
        for (int i = 0; i < segments.Count; i++)
        {
            if (copyOf[i] < 0)
            {
                continue;
            }

            int r = Find(root, i);
            size[r] = size.TryGetValue(r, out var block) ? (block.Count + 1, block.First, i) : (1, i, i);
        }

        var copied = new bool[segments.Count];
        foreach (var (r, block) in size)
        {
            if (block.Count < MinCopiedLines)
            {
                continue;
            }

            bool prose = false;
            for (int i = block.First; i <= block.Last && !prose; i++)
            {
                prose = copyOf[i] < 0 && segments[i].Class is BlockClass.Good or BlockClass.NearGood;
            }

            for (int i = block.First; prose && i <= block.Last; i++)
            {
                copied[i] = copyOf[i] >= 0 && Find(root, i) == r;
            }
        }

        return copied;
    }

    private static int Find(int[] root, int i)
    {
        while (root[i] != i)
        {
            root[i] = root[root[i]];
            i = root[i];
        }

        return i;
    }

    /// <summary>Lines shorter than this ("•", "Close") repeat everywhere and align nothing; a short heading of a copied section ("Meal 1") aligns.</summary>
    private const int MinCopyKeyLength = 6;

    /// <summary>A copied block repeats at least this many lines.</summary>
    private const int MinCopiedLines = 3;

    /// <summary>Prose between two copies of a line that makes the second a teaser after the article, not the headline shown twice.</summary>
    private const double MinProseBetweenRepeats = 30;

    /// <summary>The text after the number of an ordered list's item ("1. Headline", "12) Headline"), as renderers print ordered lists.</summary>
    internal static string WithoutOrdinal(string text)
    {
        int i = 0;
        while (i < text.Length && i < 3 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i > 0 && i + 1 < text.Length && text[i] is '.' or ')' && text[i + 1] == ' ' ? text[(i + 2)..].TrimStart() : text;
    }

    /// <summary>"Headline textHeadline text" or "Headline textHeadline te…": the line's opening comes again, right after itself.</summary>
    internal static bool IsDoubled(string text)
    {
        int probe = Math.Min(40, text.Length / 2);
        if (probe < MinRepeatLength / 2)
        {
            return false;
        }

        for (int at = IndexOfHead(text, probe, probe); at >= 0; at = IndexOfHead(text, probe, at + 1))
        {
            // The second copy starts where the first ends (perhaps after a space) and runs on as the first did.
            var second = text.AsSpan(at);
            var first = text.AsSpan(0, Math.Min(at, second.Length));
            if (second.StartsWith(first.TrimEnd()) || first.StartsWith(second.TrimEnd().TrimEnd('…').TrimEnd('.')))
            {
                return true;
            }
        }

        return false;

        // The line's first probe characters found again at or after from, searched in place: no string of them made per search.
        static int IndexOfHead(string text, int probe, int from)
        {
            int at = text.AsSpan(from).IndexOf(text.AsSpan(0, probe), StringComparison.Ordinal);
            return at < 0 ? -1 : at + from;
        }
    }

    /// <summary>Appeals that close a story ("Like this story? Share it with a friend!", "Want more stories like this?"); at most this long.</summary>
    private const double MaxAppealWords = 14;

    private static readonly string[] AppealStarts =
    [
        "Like this story", "Like this article", "Liked this", "Enjoyed this", "Did you enjoy", "Did you like", "Want more stories", "Want more news",
        "Want more articles", "If you enjoyed this", "If you liked this", "Gefällt Ihnen dieser", "Gefällt dir dieser", "Hat Ihnen der Artikel", "Hat dir der Artikel",
        "¿Te gustó", "¿Te ha gustado", "Vous avez aimé", "Cet article vous a plu", "Gostou d", "Ti è piaciuto", "Podobał Ci się",
    ];

    /// <summary>
    /// <see cref="AppealStarts"/> by first character: a block is compared only with the appeals it may start with, where
    /// every short block was compared with all 22 (a fortieth of the text path's sampled time, in case-blind compares).
    /// </summary>
    private static readonly PrefixTable AppealStartTable = PrefixTable.Create(AppealStarts, StringComparison.OrdinalIgnoreCase);

    /// <summary>An appeal to share or read more ends the article: what follows is the site's, not the story's.</summary>
    private static void MarkAppeals(IReadOnlyList<Segment> segments)
    {
        foreach (var segment in segments)
        {
            if (segment.IsDecided || segment.Stats.Words > MaxAppealWords || segment.Class == BlockClass.Terminator)
            {
                continue;
            }

            if (AppealStartTable.StartOf(segment.Text) is not null)
            {
                segment.Class = BlockClass.Terminator;
                segment.ClassReason = "appeal that closes the article";
            }
        }
    }

    /// <summary>An inline teaser names its story after the heading word: at least this many words.</summary>
    private const double MinInlineTeaserWords = 3;

    /// <summary>
    /// "Related: The 15 Weirdest Galaxies in Our Universe" between two paragraphs is a link the editor set inside the
    /// story, not the heading of the links after it: an end-of-article heading followed on its own line by a title
    /// and standing between prose on both sides is furniture that does not end the article.
    /// </summary>
    private static void MarkInlineTeasers(IReadOnlyList<Segment> segments)
    {
        for (int i = 1; i + 1 < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.IsDecided || segment.Class != BlockClass.Terminator || segments[i - 1].Class != BlockClass.Good || segments[i + 1].Class != BlockClass.Good)
            {
                continue;
            }

            int colon = segment.Text.IndexOfAny([':', '：']);
            if (colon > 0 && colon < 40 && TextStats.Of(segment.Text.AsSpan(colon + 1)).Words >= MinInlineTeaserWords)
            {
                segment.Class = BlockClass.Bad;
                segment.ClassReason = "link to another story inside the article";
            }
        }
    }

    /// <summary>
    /// Cookie-consent prose ("This website uses cookies to improve your experience while you navigate
    /// through the website…", "Necessary cookies are absolutely essential…") reads as well-punctuated
    /// prose and can outweigh a short article; it is told by the word cookie together with the words
    /// of consent (website, browser, consent, necessary, analytics …), in the languages of the lexicon.
    /// </summary>
    private static void MarkConsentProse(IReadOnlyList<Segment> segments)
    {
        foreach (var segment in segments)
        {
            if (segment.IsDecided || segment.Class is BlockClass.Bad or BlockClass.Terminator)
            {
                continue;
            }

            if (IsConsentProse(segment.Text))
            {
                segment.Class = BlockClass.Bad;
                segment.ClassReason = "cookie-consent prose";
            }
        }
    }

    internal static bool IsConsentProse(string text)
    {
        // Nearly every block lacks the word; only those that have it are split into words.
        if (!text.AsSpan().ContainsAny(CookieWords))
        {
            return false;
        }

        int cookies = 0;
        var context = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match word in Word().Matches(text))
        {
            string w = word.Value.ToLowerInvariant();
            if (w.StartsWith("cookie", StringComparison.Ordinal) || w is "ciasteczka" || w.StartsWith("쿠키", StringComparison.Ordinal) || w.StartsWith("クッキー", StringComparison.Ordinal))
            {
                cookies++;
            }
            else if (ConsentWords.Contains(w))
            {
                context.Add(w);
            }
        }

        return cookies >= 1 && (context.Count >= 2 || (cookies >= 2 && context.Count >= 1));
    }

    private static readonly HashSet<string> ConsentWords = new(StringComparer.Ordinal)
    {
        "website", "websites", "browser", "browsing", "consent", "privacy", "necessary", "essential", "analytics", "tracking", "third-party", "opt-out", "opt",
        "functionality", "preferences", "navigate", "visitors", "personalised", "personalized",
        "webseite", "einwilligung", "zustimmung", "datenschutz", "datenschutzerklärung", "notwendig", "notwendige", "essenziell", "essentielle",
        "navigateur", "consentement", "confidentialité", "nécessaires", "navigation",
        "navegador", "consentimiento", "privacidad", "necesarias", "navegación", "sitio",
        "navegação", "consentimento", "privacidade", "necessários",
        "consenso", "navigazione", "necessari",
        "przeglądarki", "zgody", "prywatności",
    };

    /// <summary>
    /// A comment thread in a dump is a chain of short metadata lines — "2 days ago at 07:50 am",
    /// "Rating: 25 Votes", "vor 3 Stunden", "12 Likes", "回复" — a few lines apart with short texts between.
    /// Where three or more such lines chain, the lines from the first to the last comment are furniture,
    /// however well-written the comments are.
    /// </summary>
    private static void MarkCommentThreads(IReadOnlyList<Segment> segments)
    {
        var meta = new List<int>();
        for (int i = 0; i < segments.Count; i++)
        {
            if (IsCommentMeta(segments[i]))
            {
                meta.Add(i);
            }
        }

        int k = 0;
        while (k < meta.Count)
        {
            int first = k;
            while (k + 1 < meta.Count && meta[k + 1] - meta[k] <= MaxCommentGapLines && WordsBetween(segments, meta[k], meta[k + 1]) <= MaxCommentGapWords)
            {
                k++;
            }

            if (k - first + 1 >= MinCommentMetaLines)
            {
                // Once the thread is plain, a long comment does not end it: the next metadata line a little further on continues it.
                while (k + 1 < meta.Count && meta[k + 1] - meta[k] <= LongCommentLines && WordsBetween(segments, meta[k], meta[k + 1]) <= LongCommentWords)
                {
                    k++;
                }

                int end = meta[k] + 1;
                double words = 0;
                for (int i = end; i < segments.Count && i <= meta[k] + TrailingCommentLines; i++)
                {
                    words += segments[i].Stats.Words;
                    if (words > TrailingCommentWords || segments[i].Class == BlockClass.Terminator)
                    {
                        break;
                    }

                    end = i + 1;
                }

                for (int i = meta[first]; i < end; i++)
                {
                    var segment = segments[i];
                    if (!segment.IsDecided && segment.Class is not (BlockClass.Bad or BlockClass.Terminator))
                    {
                        segment.Class = BlockClass.Bad;
                        segment.ClassReason = "inside a comment thread";
                    }
                }
            }

            k++;
        }
    }

    private static double WordsBetween(IReadOnlyList<Segment> segments, int from, int to)
    {
        double words = 0;
        for (int i = from + 1; i < to; i++)
        {
            words += segments[i].Stats.Words;
        }

        return words;
    }

    internal static bool IsCommentMeta(Segment segment)
    {
        var stats = segment.Stats;
        if (stats.Words > MaxCommentMetaWords || segment.Text.Length > 60)
        {
            return false;
        }

        string text = segment.BodyText.Length > 0 ? segment.BodyText : segment.Text;
        return RelativeTime().IsMatch(text) || Counter().IsMatch(text);
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Word();

    /// <summary>The cookie words <see cref="IsConsentProse"/> counts, as substrings.</summary>
    private static readonly Text.PhraseSet CookieWords = Text.PhraseSet.Create(["cookie", "ciasteczka", "쿠키", "クッキー"], StringComparison.OrdinalIgnoreCase);

    /// <summary>"2 days ago", "3 hours ago at 07:50 am", "vor 3 Stunden", "hace 2 días", "il y a 2 jours", "há 2 dias", "3小时前", "yesterday at 9:15".</summary>
    [GeneratedRegex(
        @"^(?:(?:about |an? )?\d+\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?|[smhdwy])\s+ago\b"
        + @"|(?:vor|hace|há|ha|il y a|fa)\s+\d+\s+\p{L}+|\d+\s+\p{L}+\s+(?:fa|temu|geleden|sedan|siden)\b"
        + @"|\d+\s*(?:秒|分钟|小时|天|周|个月|年)前|(?:yesterday|today|gestern|heute|ayer|hier|ontem|ieri|昨天|今天)\s+(?:at|um|a las|à|às|alle)?\s*\d{1,2}[:.]\d{2})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTime();

    /// <summary>"Rating: 25 Votes", "12 Likes", "3 Replies", "Reply", "Antworten", "回复(3)".</summary>
    [GeneratedRegex(
        @"^(?:(?:rating|score|points?)\s*:?\s*[+-]?\d+\s*(?:votes?|points?)?|[+-]?\d+\s+(?:votes?|likes?|upvotes?|points?|replies|reply)"
        + @"|(?:reply|replies|antworten|responder|répondre|rispondi|odpowiedz|回复|点赞)(?:\s*[(（]?\d*[)）]?)?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Counter();
}
