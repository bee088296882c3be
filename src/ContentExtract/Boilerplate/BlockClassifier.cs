using System.Collections.Frozen;
using ContentExtract.Segmentation;
using ContentExtract.Text;

namespace ContentExtract.Boilerplate;

/// <summary>
/// Classifies a segment on its own features — size in word units, punctuation, link density,
/// bullets, furniture phrases, metadata shape — without looking at its neighbours. The thresholds
/// are in word units (a Han character counts two thirds), so they mean the same in Chinese and in
/// English.
/// </summary>
internal sealed class BlockClassifier
{
    private const double ShortFurnitureWords = 15;

    /// <summary>Share of function words below which a long block is no prose (English prose has about a quarter).</summary>
    private const double MinProseStopwordShare = 0.04;
    private const double LongFurnitureWords = 45;

    /// <summary>Word units below which a mostly linked block is navigation by its link density alone; a longer one may be prose that links its words.</summary>
    private const double MaxLinkDensityWords = 40;
    private const double MaxTerminatorWords = 12;
    private const double MaxCaptionWords = 25;

    /// <summary>Words of a picture credit after the © that ends a caption (agency, photographer).</summary>
    private const int MaxCreditWords = 6;

    private static readonly SpanLookupSet ShareWords = new(BoilerplateLexicon.ShareWords);

    private readonly BoilerplateOptions _options;

    public BlockClassifier(BoilerplateOptions options) => _options = options;

    /// <summary>
    /// True when the page is written in a language whose function words are known (its text has them at a
    /// prose rate), so that a block without any can be told from prose; false for every other language.
    /// </summary>
    public bool PageHasFunctionWords { get; init; }

    /// <summary>
    /// True when notices are also told by their shape (<see cref="NoticeRecognizer"/>, rule
    /// <see cref="Pipeline.Rule.NoticeShapes"/>), not only by the phrases of <see cref="BoilerplateLexicon"/>.
    /// </summary>
    public bool ReadsNoticeShapes { get; init; } = true;

    /// <summary>A classifier for the page, reading the shapes its rules switch on (<see cref="Pipeline.Rule"/>).</summary>
    /// <param name="context">The page.</param>
    /// <param name="pageHasFunctionWords">See <see cref="PageHasFunctionWords"/>.</param>
    public static BlockClassifier For(Pipeline.ExtractionContext context, bool pageHasFunctionWords = false) =>
        new(context.Options.Boilerplate)
        {
            PageHasFunctionWords = pageHasFunctionWords,
            ReadsNoticeShapes = context.Options.Applies(Pipeline.Rule.NoticeShapes),
        };

    public (BlockClass Class, string Reason) Classify(Segment segment) => Classify(segment, honourZone: true, out _);

    public (BlockClass Class, string Reason) Classify(Segment segment, bool honourZone) => Classify(segment, honourZone, out _);

    /// <summary>
    /// The block's class, and whether its words say it is furniture (<see cref="SaysFurniture"/>) where the class was
    /// decided after that was asked (null where it was decided before: by role, zone, emptiness or as a terminator).
    /// </summary>
    public (BlockClass Class, string Reason) Classify(Segment segment, bool honourZone, out bool? saysFurniture)
    {
        saysFurniture = null;
        if (segment.Role is { } role && role != BlockRole.Content)
        {
            return (BlockClass.Bad, segment.Reason);
        }

        var stats = segment.Stats;
        string text = segment.Text;
        if (stats.Chars == 0)
        {
            return (BlockClass.Bad, "empty");
        }

        if (honourZone && segment.Zone is not PageZone.None and not PageZone.ArticleBody)
        {
            return (BlockClass.Bad, ZoneReason(segment.Zone));
        }

        if (IsTerminator(text, stats))
        {
            return (BlockClass.Terminator, "end-of-article heading");
        }

        var furniture = FurnitureReason(text, stats);
        saysFurniture = furniture is not null;
        if (furniture is not null)
        {
            return (BlockClass.Bad, furniture);
        }

        if (IsCaption(text, stats))
        {
            return (BlockClass.Bad, "picture caption or credit");
        }

        // A row of a data table that starts with a date ("1/1/2013  +13.1%") is a data point, not the story's dateline.
        if (!IsDataRow(segment) && MetadataLine.IsMetadata(text, stats))
        {
            return (BlockClass.Bad, "date, source or byline line");
        }

        // A linked headline (<h1><a>…</a></h1>) is still a heading; other short, mostly linked blocks are navigation.
        // Data tables link their first column (products, teams); a row is navigation only when it is almost all link.
        double linkLimit = segment.Markup == MarkupHint.TableRow ? 0.8 : 0.5;
        if (segment.LinkChars > 0 && segment.LinkDensity > linkLimit && stats.Words < MaxLinkDensityWords && segment.Markup != MarkupHint.Heading)
        {
            return (BlockClass.Bad, $"link density {segment.LinkDensity:0.00}");
        }

        bool sentence = stats.EndsWithSentenceEnd;
        if (segment.Bullet != '\0' && !sentence && stats.Words < _options.ProseBlockWords)
        {
            return (BlockClass.Bad, BulletedShortLine);
        }

        if (stats.Words >= _options.ProseBlockWords && (stats.PunctuationDensity >= 0.03 || stats.Words >= 3 * _options.ProseBlockWords))
        {
            // On a page written in a language whose function words are known, a long block without them is a
            // row of menu entries, names or headlines, not prose.
            if (PageHasFunctionWords && !stats.IsMostlyCjk && segment.Markup != MarkupHint.TableRow)
            {
                var (words, stopwords) = segment.FunctionWords;
                if (words >= _options.ProseBlockWords && stopwords < words * MinProseStopwordShare)
                {
                    return (BlockClass.Short, $"no function words ({stopwords} of {words} words)");
                }
            }

            return (BlockClass.Good, WordCountReason.Prose.Of(stats.Words));
        }

        if ((sentence && stats.Words >= 3) || (stats.Words >= _options.ProseBlockWords / 2.0 && stats.PunctuationDensity >= 0.05))
        {
            return (BlockClass.NearGood, WordCountReason.Sentence.Of(stats.Words));
        }

        return (BlockClass.Short, WordCountReason.Short.Of(stats.Words));
    }

    /// <summary>Why a block's own words make it furniture (<see cref="FurnitureReason"/>): what closes an article.</summary>
    public const string FurniturePhraseReason = "furniture phrase";

    /// <inheritdoc cref="FurniturePhraseReason"/>
    public const string CookieOrCopyrightReason = "cookie, comment-rule or copyright line";

    /// <inheritdoc cref="FurniturePhraseReason"/>
    public const string ShareBarReason = "share bar";

    /// <inheritdoc cref="FurniturePhraseReason"/>
    public const string CopyrightLineReason = "copyright line";

    /// <summary>Why a short bulleted line of a text dump is taken for a menu entry; <see cref="TextDumpSignals"/> looks for it.</summary>
    public const string BulletedShortLine = "bulleted short line (link-like)";

    /// <summary>
    /// True when the block's own words say it is furniture (a furniture phrase, a cookie or copyright line, form
    /// controls, a share bar, a bare site address), whatever its zone or links: what no page type keeps.
    /// </summary>
    public bool SaysFurniture(Segment segment) => segment.Stats.Chars > 0 && FurnitureReason(segment.Text, segment.Stats) is not null;

    /// <summary>
    /// Word units up to which a block is a label, where a furniture phrase may begin a longer word ("Advert" in
    /// "Advertisement", "Publicidad" in "Publicidade"): past it, a phrase counts only as whole words. WCXB's dumps held
    /// story lines of six words and more made furniture by a phrase inside a word ("subscribers", "advertising").
    /// </summary>
    private const double MaxFurnitureLabelWords = 1;

    private static bool HoldsPhrase(string text, Text.PhraseSet phrases, bool asPrefix) =>
        asPrefix ? text.AsSpan().ContainsAny(phrases) : phrases.IsFoundAsWordsIn(text);

    /// <summary>Why the block's own words say it is furniture (<see cref="SaysFurniture"/>); null when they do not.</summary>
    private string? FurnitureReason(string text, TextStats stats)
    {
        if (stats.Words <= ShortFurnitureWords && stats.SentenceEnds <= 1)
        {
            // A short block is asked both sets (ShortFurnitureWords < LongFurnitureWords): one search first says whether
            // it holds either; where it does and no furniture phrase is among them, a strong phrase is. A label may
            // hold a phrase as the start of a word ("Publicidade", "Newsletters"); a line of several words must hold
            // it as words, or a story's own words ("86.8% of my subscribers are highly engaged") made it furniture.
            bool label = stats.Words <= MaxFurnitureLabelWords;
            if (HoldsPhrase(text, BoilerplateLexicon.AnyFurniturePhrases, label))
            {
                return HoldsPhrase(text, BoilerplateLexicon.FurniturePhrases, label) ? FurniturePhraseReason : CookieOrCopyrightReason;
            }
        }
        else if (stats.Words <= LongFurnitureWords && BoilerplateLexicon.StrongFurniturePhrases.IsFoundAsWordsIn(text))
        {
            return CookieOrCopyrightReason;
        }

        if (IsFormControls(text) || IsBracketedControls(text))
        {
            return "form controls or bracketed UI labels";
        }

        if (IsShareBar(text))
        {
            return ShareBarReason;
        }

        if (text[0] == '©' && stats.Words <= MaxCaptionWords)
        {
            return CopyrightLineReason;
        }

        if (ReadsNoticeShapes && NoticeRecognizer.NoticeReason(text, stats) is { } notice)
        {
            return notice;
        }

        return IsBareDomain(text) ? "a site's address alone (a source credit)" : null;
    }

    /// <summary>Why a block in a page zone is furniture, one constant string a zone.</summary>
    private static string ZoneReason(PageZone zone) => zone switch
    {
        PageZone.Navigation => "inside a navigation zone",
        PageZone.Header => "inside a page-header zone",
        PageZone.Footer => "inside a footer zone",
        PageZone.Sidebar => "inside a sidebar zone",
        PageZone.Comments => "inside a comments zone",
        PageZone.Related => "inside a related-links zone",
        PageZone.Share => "inside a share zone",
        PageZone.Advertising => "inside a advertising zone",
        PageZone.Promotion => "inside a newsletter, cookie or promotion zone",
        PageZone.Byline => "inside a byline or date zone",
        PageZone.Caption => "inside a caption zone",
        PageZone.Breadcrumb => "inside a breadcrumb zone",
        PageZone.Tags => "inside a tags zone",
        _ => "inside a standfirst zone",
    };

    private static bool IsTerminator(string text, TextStats stats)
    {
        if (stats.Words > MaxTerminatorWords)
        {
            return false;
        }

        if (StartsWithTerminator(text, stats, out _))
        {
            return true;
        }

        // A heading's bullet or bracket ("■相关链接", "（ 责任编辑：魏喆 ）", "» Related") is decoration, in every language; but a
        // decorated line that goes on to a title ("[Related: …]", "» Read also: …") is a teaser inside the article, not its end.
        string bare = TrimDecoration(text);
        return !ReferenceEquals(bare, text) && StartsWithTerminator(bare, stats, out int length) && LettersAfter(bare, length) <= MaxLettersAfterDecoratedEnd;
    }

    /// <summary>Letters and digits a decorated end-of-article line may hold after its phrase: an editor's name, not a title.</summary>
    private const int MaxLettersAfterDecoratedEnd = 6;

    /// <summary>A row of a table of two or more cells with content.</summary>
    private static bool IsDataRow(Segment segment)
    {
        if (segment.Markup != MarkupHint.TableRow || segment.Cells is not { } cells)
        {
            return false;
        }

        int filled = 0;
        foreach (var cell in cells)
        {
            filled += cell.Length > 0 ? 1 : 0;
        }

        return filled >= 2;
    }

    private static int LettersAfter(string text, int start)
    {
        int letters = 0;
        for (int i = start; i < text.Length; i++)
        {
            letters += char.IsLetterOrDigit(text[i]) ? 1 : 0;
        }

        return letters;
    }

    /// <summary>The text after its leading marks (symbols, punctuation and spaces); the text itself when it starts with a letter or digit.</summary>
    private static string TrimDecoration(string text)
    {
        int i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || char.IsPunctuation(text[i]) || char.IsSymbol(text[i])))
        {
            i++;
        }

        return i == 0 || i == text.Length ? text : text[i..];
    }

    private static bool StartsWithTerminator(string text, TextStats stats, out int length)
    {
        length = 0;
        foreach (var start in BoilerplateLexicon.TerminatorStartTable.Candidates(text))
        {
            if (!text.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            length = start.Length;

            // "Related" must be the heading itself, not the first word of a sentence ("Related research shows …").
            if (CharClass.IsCjk(start[0]))
            {
                return true;
            }

            if (text.Length == start.Length || !char.IsLetter(text[start.Length]))
            {
                return !stats.EndsWithSentenceEnd;
            }
        }

        return false;
    }

    /// <summary>"BVINEWS.COM", "www.example.org": a line that is a site's address and nothing else.</summary>
    private static bool IsBareDomain(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length is < 5 or > 40 || span.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        int dot = span.LastIndexOf('.');
        if (dot <= 0 || span.Length - dot - 1 is < 2 or > 6)
        {
            return false;
        }

        foreach (char c in span)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        // "Node.js", "ASP.NET" are names, not addresses: without "www." only the common country and generic endings count.
        return span.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || BareDomainEndings.Contains(span[(dot + 1)..].ToString());
    }

    private static readonly FrozenSet<string> BareDomainEndings = FrozenSet.ToFrozenSet(
        ["com", "org", "de", "at", "ch", "fr", "es", "it", "pl", "nl", "be", "eu", "uk", "info", "news", "cl", "pe", "mx", "ar", "br", "ca", "au"],
        StringComparer.OrdinalIgnoreCase);

    private static bool IsCaption(string text, TextStats stats)
    {
        if (stats.Words > MaxCaptionWords)
        {
            return false;
        }

        // "Marco Odermatt, ski star. © AFP / NAME", "Caption | © Agency/Getty Images": a caption that ends in its picture credit.
        int credit = text.LastIndexOf('©');
        if (credit > 0 && TextStats.Of(text.AsSpan(credit + 1)).Words is > 0 and <= MaxCreditWords && text.AsSpan(credit + 1).IndexOfAny('.', '!', '?') < 0)
        {
            return true;
        }

        return BoilerplateLexicon.CaptionStartTable.StartOf(text) is not null;
    }

    /// <summary>Form controls as text renderers print them: "(BUTTON)", "[ ]", "____________".</summary>
    private static bool IsFormControls(string text) =>
        text.Contains("(BUTTON)", StringComparison.Ordinal) || text.Contains("____", StringComparison.Ordinal)
        || text.StartsWith("[ ]", StringComparison.Ordinal) || text.StartsWith("[X]", StringComparison.Ordinal)
        || text.Contains("(RADIO", StringComparison.Ordinal) || text.StartsWith("[BUTTON", StringComparison.Ordinal);

    /// <summary>"[ 复制本文标题地址 ] [ 发表评论 ]", "[logo.png]": labels and image names in brackets, nothing else.</summary>
    private static bool IsBracketedControls(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length < 3 || span[0] is not '[' and not '【' || span[^1] is not ']' and not '】')
        {
            return false;
        }

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

    /// <summary>A line made only of share-button words ("Facebook Twitter E-mail", "微信 微博 QQ空间").</summary>
    private static bool IsShareBar(string text)
    {
        if (text.Length > 80)
        {
            return false;
        }

        var span = text.AsSpan();
        var lookup = ShareWords;
        if (lookup.Contains(span.Trim()))
        {
            return true;
        }

        int words = 0;
        foreach (var range in span.SplitAny(" \t|·/,，、"))
        {
            var word = span[range].Trim();
            if (word.IsEmpty)
            {
                continue;
            }

            if (!lookup.Contains(word))
            {
                return false;
            }

            words++;
        }

        return words >= 2;
    }
}
