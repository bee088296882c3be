using ContentExtract.Boilerplate;
using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.Selection;

/// <summary>
/// In a text dump an article's own table, spec box, list of picks or run of short lines costs the run as much as a
/// menu does, so the best run keeps one piece of the article and loses the prose on the other side. A piece of prose
/// beyond such a gap joins the run when it is about the same thing: enough of its distinct topic words (words that are no
/// function word of any language; for Han text, pairs of characters) already stand in the run or its headline. A
/// sidebar, a newsletter box or an author's note shares the site's words but fewer of the story's. A gap that holds
/// what closes an article (an end-of-article heading, a furniture phrase, a share bar, a copyright or cookie line, a
/// date or byline line) is not crossed, a piece that repeats a paragraph of the run is a copy, and prose above the run
/// joins only where the headline stands above it, never from above the headline. What the gap holds then counts as the
/// run's (short lines and rows kept, furniture left out, as inside any run).
/// </summary>
/// <remarks>
/// Linear in the dump: each edge of the run is tried once, and a try reads at most <see cref="MaxGapLines"/> lines of gap
/// and one piece, which either joins (and is not read from that side again) or ends the walk on that side. Thresholds chosen on the <c>tune</c> halves (issue 12); the figures
/// are in the README's rule audit.
/// </remarks>
internal static class SplitArticleStitcher
{
    /// <summary>The prose beyond a gap is looked for within this many lines of the run's edge: a spec box or a table of
    /// a few dozen rows stands between two parts of an article; past that the page has moved on.</summary>
    private const int MaxGapLines = 40;

    /// <summary>The piece beyond the gap holds at least this many words of prose and sentences: one teaser's summary line is no continuation.</summary>
    private const double MinPieceWords = 20;

    /// <summary>A piece runs on over lines that are not prose up to this many in a row, as a paragraph, a list and a paragraph do.</summary>
    private const int MaxPieceBreak = 3;

    /// <summary>At least this share of the piece's distinct topic words stand in the run or its headline. Chosen on tune, replaying
    /// the dumps' explained runs: 0.3 gained more than 0.4 on WCXB's three renderers; of the pieces that held under half
    /// article text, nearly all shared less than 0.4, of those that were the article's, most shared more.</summary>
    private const double MinTopicShare = 0.3;

    /// <summary>… and this share where the piece holds a single paragraph of prose (its short sentences aside) and does not carry on
    /// the run's numbering (see <see cref="ContinuesNumbering"/>): the one paragraph left between a list and the footer is as
    /// often an author's note, a newsletter box or the first comment as the article's last word, and a paragraph shares words
    /// by chance more easily than a section does. Against 0.3 everywhere (measured, tune): as many pages rose, about half as
    /// many fell, and the check halves of articlebench's and zh-cwced's dumps no longer fell. The numbering exception added
    /// WCXB dumps w3m +0.0005/+0.0003 and lynx +0.0004/+0.0003 (tune/check), no other figure moved.</summary>
    private const double MinSingleParagraphTopicShare = 0.5;

    /// <summary>A Latin word shorter than this carries no topic ("of", "us", "an"; numbers are left out too).</summary>
    private const int MinTopicWordLength = 3;

    /// <summary>
    /// Widens [<paramref name="start"/>, <paramref name="end"/>) over gaps to pieces of prose on the run's topic, forward and back,
    /// inside [<paramref name="from"/>, <paramref name="to"/>), until no further piece joins.
    /// </summary>
    public static (int Start, int End) Stitch(IReadOnlyList<Segment> segments, BlockClass[] classes, double[] scores, int headline, int start, int end, int from, int to)
    {
        RunTopic? topic = null;

        // The article starts at its headline: prose above the run joins only where the headline stands above it, and
        // nothing above the headline does; where the dump shows no headline, the lines above the run are the page's header.
        bool backward = headline >= 0 && headline < start;

        // An edge from which no piece joined is not tried again (not even once the other edge has widened the topic): the walk
        // past it would read the same lines again, and each line is to be read a bounded number of times.
        int triedForward = -1, triedBack = -1;
        bool joined = true;
        while (joined)
        {
            joined = false;
            if (end != triedForward)
            {
                triedForward = end;
                var (first, last) = FindPiece(segments, classes, scores, end - 1, +1, from, to, headline);
                if (first >= 0)
                {
                    topic ??= RunTopic.Of(segments, classes, start, end, headline);
                    if (SharesTopic(segments, classes, first, last + 1, topic, ContinuesNumbering(segments, end, first, topic.LastItemNumber)))
                    {
                        topic.Add(segments, classes, end, last + 1);
                        end = last + 1;
                        joined = true;
                    }
                }
            }

            if (backward && start != triedBack)
            {
                triedBack = start;
                var (first, last) = FindPiece(segments, classes, scores, start, -1, from, to, headline);
                if (first >= 0)
                {
                    topic ??= RunTopic.Of(segments, classes, start, end, headline);
                    if (SharesTopic(segments, classes, last, first + 1, topic, numbered: false))
                    {
                        topic.Add(segments, classes, last, start);
                        start = last;
                        joined = true;
                    }
                }
            }
        }

        return (start, end);
    }

    /// <summary>
    /// The piece of prose past the gap from <paramref name="edge"/> in direction <paramref name="step"/>: its first prose line
    /// and its last prose or sentence line (in the direction of the walk), or (-1, -1) when the gap is too long, holds what
    /// ends an article, or the piece is too small.
    /// </summary>
    private static (int First, int Last) FindPiece(IReadOnlyList<Segment> segments, BlockClass[] classes, double[] scores, int edge, int step, int from, int to, int headline)
    {
        const int none = -1;
        int i = edge + step, gap = 0;
        while (i >= from && i < to && classes[i] != BlockClass.Good)
        {
            if (gap >= MaxGapLines || EndsArticle(segments[i], classes[i], scores[i]) || (step < 0 && i == headline))
            {
                return (none, none);
            }

            i += step;
            gap++;
        }

        if (i < from || i >= to || gap >= MaxGapLines)
        {
            return (none, none);
        }

        // A bulleted line is an item of a list (a forum's replies, a teaser list), not the article's prose resuming.
        if (segments[i].Bullet != '\0')
        {
            return (none, none);
        }

        int first = i, last = i, breaks = 0;
        double words = 0;
        for (; i >= from && i < to && breaks < MaxPieceBreak && !EndsArticle(segments[i], classes[i], scores[i]) && !(step < 0 && i == headline); i += step)
        {
            if (IsProse(classes[i]))
            {
                words += segments[i].Stats.Words;
                last = i;
                breaks = 0;
            }
            else
            {
                breaks++;
            }
        }

        return words >= MinPieceWords ? (first, last) : (none, none);
    }

    private static bool IsProse(BlockClass blockClass) => blockClass is BlockClass.Good or BlockClass.NearGood;

    /// <summary>What closes an article and so is never crossed: an end-of-article heading (also where a link list took it as its
    /// title), the end of the headline's story, furniture in the page's own words, a date or byline line (a comment's, a teaser's).</summary>
    private static bool EndsArticle(Segment segment, BlockClass scored, double score)
    {
        if (scored == BlockClass.Terminator || segment.Class == BlockClass.Terminator || score <= -RunScorer.TerminatorCost)
        {
            return true;
        }

        if (segment.Role is BlockRole.Noise)
        {
            return false;
        }

        return segment.ClassReason is BlockClassifier.FurniturePhraseReason or BlockClassifier.CookieOrCopyrightReason or BlockClassifier.ShareBarReason or BlockClassifier.CopyrightLineReason
            || MetadataLine.IsMetadata(segment.Text, segment.Stats);
    }

    /// <summary>
    /// Whether most of the piece's distinct topic words stand in the run's topic (see <see cref="MinTopicShare"/>), and the piece
    /// says something the run has not said: a paragraph the run already holds, shown again (a teaser of the story with its
    /// lede, a summary box), is a copy, and an article says each of its lines once.
    /// </summary>
    private static bool SharesTopic(IReadOnlyList<Segment> segments, BlockClass[] classes, int first, int end, RunTopic topic, bool numbered)
    {
        var own = new HashSet<ulong>();
        int paragraphs = 0;
        for (int i = first; i < end; i++)
        {
            if (IsProse(classes[i]))
            {
                if (topic.Lines.Contains(Hash(segments[i].CollapsedText)))
                {
                    return false;
                }

                AddWords(segments[i].Text, own);
                paragraphs += classes[i] == BlockClass.Good ? 1 : 0;
            }
        }

        if (own.Count == 0)
        {
            return false;
        }

        int shared = 0;
        foreach (ulong word in own)
        {
            shared += topic.Words.Contains(word) ? 1 : 0;
        }

        return shared >= (paragraphs > 1 || numbered ? MinTopicShare : MinSingleParagraphTopicShare) * own.Count;
    }

    /// <summary>
    /// Whether a line from <paramref name="from"/> up to the piece's first line <paramref name="pieceFirst"/> numbers the
    /// item after the run's last numbered line ("13. Outlet tester" in the run, "14. Clamp meter" past the box): a listicle's
    /// next item, whose one paragraph is the article's however few words it shares with the items before.
    /// </summary>
    private static bool ContinuesNumbering(IReadOnlyList<Segment> segments, int from, int pieceFirst, int lastItemNumber)
    {
        for (int i = from; lastItemNumber > 0 && i <= pieceFirst; i++)
        {
            if (BestRunGenerator.ItemNumber(segments[i].Text) == lastItemNumber + 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the run is about: the topic words of its kept lines and of its headline, and its prose lines whole.</summary>
    private sealed class RunTopic
    {
        public HashSet<ulong> Words { get; } = [];

        public HashSet<ulong> Lines { get; } = [];

        /// <summary>The number of the run's last numbered line ("3. …", "3) …"), 0 where none is numbered.</summary>
        public int LastItemNumber { get; private set; }

        private int _lastNumberedLine = -1;

        public static RunTopic Of(IReadOnlyList<Segment> segments, BlockClass[] classes, int start, int end, int headline)
        {
            var topic = new RunTopic();
            topic.Add(segments, classes, start, end);
            if (headline >= 0 && headline < segments.Count)
            {
                AddWords(segments[headline].Text, topic.Words);
            }

            return topic;
        }

        /// <summary>Adds the kept lines of [<paramref name="first"/>, <paramref name="end"/>), as they join the run.</summary>
        public void Add(IReadOnlyList<Segment> segments, BlockClass[] classes, int first, int end)
        {
            for (int i = first; i < end; i++)
            {
                if (!segments[i].IsDecided && classes[i] is not (BlockClass.Bad or BlockClass.Terminator))
                {
                    AddWords(segments[i].Text, Words);
                    if (i > _lastNumberedLine && BestRunGenerator.ItemNumber(segments[i].Text) is > 0 and var number)
                    {
                        (LastItemNumber, _lastNumberedLine) = (number, i);
                    }

                    if (IsProse(classes[i]))
                    {
                        Lines.Add(Hash(segments[i].CollapsedText));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Adds the line's topic words as hashes of their lower-cased letters (no string per word): Latin-script words of
    /// <see cref="MinTopicWordLength"/> letters or more that are no function word, and every pair of adjacent Han characters.
    /// </summary>
    internal static void AddWords(ReadOnlySpan<char> text, HashSet<ulong> words)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (CharClass.IsCjk(c))
            {
                if (i + 1 < text.Length && CharClass.IsCjk(text[i + 1]))
                {
                    words.Add(Hash(text.Slice(i, 2)));
                }

                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            int begin = i;
            bool letters = false;
            while (i < text.Length && char.IsLetterOrDigit(text[i]) && !CharClass.IsCjk(text[i]))
            {
                letters |= char.IsLetter(text[i]);
                i++;
            }

            var word = text[begin..i];
            if (letters && word.Length >= MinTopicWordLength && LanguageIdentifier.StopwordLanguagesCaseBlind(word) == 0)
            {
                words.Add(Hash(word));
            }
        }
    }

    /// <summary>FNV-1a over the lower-cased characters.</summary>
    private static ulong Hash(ReadOnlySpan<char> word)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in word)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        }

        return hash;
    }
}
