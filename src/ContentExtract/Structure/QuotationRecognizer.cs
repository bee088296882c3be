using ContentExtract.Pipeline;
using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// Lists the quotations of the content: every quote block, every quoted span inside a paragraph
/// that reads as speech or writing rather than a term, title or slogan, and headings or list items
/// set in quotation marks. Quoted speech is punctuated or several words long; “两张皮” and "scare
/// quotes" are neither, though a short quoted clause counts when a verb of saying introduces it
/// (杨国禹认为，“一翻眼就暴露了”). Each quotation gets the speaker the surrounding words name,
/// read in article order so that pronouns and continued quotations find theirs.
/// </summary>
internal sealed class QuotationRecognizer : IExtractionStage
{
    private const double MinLatinWords = 4;
    private const int MinCjkChars = 6;

    /// <summary>The most characters a post embedded from a social network holds (a tweet's limit).</summary>
    private const int MaxPostLength = 280;

    /// <summary>What a link counts for in a post's length: networks shorten every link to this many characters.</summary>
    private const int PostLinkLength = 23;

    public void Run(ExtractionContext context)
    {
        var blocks = context.Blocks;
        var language = context.Language ?? LanguageIdentifier.IdentifyHead(blocks.Select(b => b.Text), '\n');
        var memory = new SpeakerMemory { NounsCapitalized = language == "de" };
        foreach (var name in ChineseAttribution.DiscoverNames(blocks.Where(b => b is ParagraphBlock or QuoteBlock).Select(b => b.Text)))
        {
            memory.Know(name);
        }

        int lastQuoting = LastQuotingBlock(blocks);
        for (int b = 0; b < blocks.Count; b++)
        {
            if ((b & 255) == 0)
            {
                context.Cancellation.ThrowIfCancellationRequested();
            }

            if (blocks[b] is CodeBlock)
            {
                // Strings in code ("Hello", world) are not speech, and a listing ends any quotation before it.
                memory.Carry = null;
                memory.CarryIntroduces = false;
                continue;
            }

            if (SpeechLexicon.PostByline().IsMatch(blocks[b].Text))
            {
                // "— Jane Doe (@janedoe) November 18, 2019" signs an embedded post: in a text dump, the lines before it are the post.
                AddPostAbove(context, b);
                continue;
            }

            switch (blocks[b])
            {
                case QuoteBlock quote:
                    AddBlockQuote(context, quote, b, memory);
                    break;

                case ParagraphBlock paragraph when SpeechLexicon.PhotoCredit().IsMatch(paragraph.Text):
                    // A photo caption between the paragraphs of one quotation does not end it, and quotes nobody.
                    break;

                case ParagraphBlock paragraph:
                    if (SplitInsideQuotation(blocks, b) is { } rest)
                    {
                        // A dump that broke a line inside a quotation: read the two halves as the one paragraph they are.
                        AddInline(context, TextSpan.JoinWrapped(paragraph.Text, rest.Text), b, memory, paragraph.Text.Length, b + 1);
                        b++;
                        break;
                    }

                    if (b > lastQuoting)
                    {
                        // Read only for the people it names and the speaker it leaves to the next paragraph: past the
                        // last quotation, nothing reads them any more.
                        break;
                    }

                    AddInline(context, paragraph.Text, b, memory, paragraph.Text.Length, b);
                    break;

                case HeadingBlock heading:
                    // A heading between the paragraphs of one quotation (a photo caption set as one) does not end it.
                    AddWhollyQuoted(context, heading.Text, b);
                    break;

                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        AddWhollyQuoted(context, item, b);
                    }

                    memory.Carry = null;
                    memory.CarryIntroduces = false;
                    break;

                default:
                    memory.Carry = null;
                    memory.CarryIntroduces = false;
                    break;
            }

            if (IsFollowedByDroppedByline(context, b))
            {
                AddPostAbove(context, b + 1);
            }
        }
    }

    /// <summary>
    /// The last block that holds a quotation: a quote block, or a paragraph with a quoted span (a paragraph a dump broke
    /// inside a quotation has one too). Every paragraph is read for the people it names, in order, because a later
    /// quotation may be theirs; after this block no quotation is left, and reading on would only cost time (the stage
    /// took about 30 % less time on 798 English dumps once it stopped there, every output unchanged).
    /// </summary>
    private static int LastQuotingBlock(List<ContentBlock> blocks)
    {
        var spans = new List<QuotedSpan>();
        for (int b = blocks.Count - 1; b >= 0; b--)
        {
            if (blocks[b] is QuoteBlock)
            {
                return b;
            }

            if (blocks[b] is ParagraphBlock paragraph)
            {
                spans.Clear();
                SpeakerRecognizer.FindSpans(paragraph.Text, spans);
                if (spans.Count > 0)
                {
                    return b;
                }
            }
        }

        return -1;
    }

    /// <summary>True when the source line right after block <paramref name="index"/> is a post's byline that was dropped as a byline.</summary>
    private static bool IsFollowedByDroppedByline(ExtractionContext context, int index)
    {
        if (index >= context.BlockSources.Count || context.Blocks[index] is not (ParagraphBlock or HeadingBlock))
        {
            return false;
        }

        int next = context.BlockSources[index].Index + 1;
        return next < context.Segments.Count && context.Segments[next].Role != BlockRole.Content && SpeechLexicon.PostByline().IsMatch(context.Segments[next].Text);
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

    /// <summary>A quoted Chinese clause without punctuation (“一翻眼就暴露了”): speech only when a verb of saying introduces it.</summary>
    private static bool IsShortChineseClause(ReadOnlySpan<char> inner)
    {
        var stats = TextStats.Of(inner);
        return stats.IsMostlyCjk && stats.CjkChars >= MinCjkChars;
    }

    private static bool IsClause(ReadOnlySpan<char> inner)
    {
        var stats = TextStats.Of(inner);
        return stats.IsMostlyCjk || stats.LatinWords >= MinLatinWords;
    }

    /// <param name="context">The extraction.</param>
    /// <param name="text">The paragraph's text.</param>
    /// <param name="blockIndex">The paragraph's block.</param>
    /// <param name="memory">What the article has said about its speakers so far.</param>
    /// <param name="splitAt">Where the text of a paragraph a dump broke in two continues with its second block.</param>
    /// <param name="secondBlockIndex">The second block of such a paragraph.</param>
    private static void AddInline(ExtractionContext context, string text, int blockIndex, SpeakerMemory memory, int splitAt, int secondBlockIndex)
    {
        var spans = new List<QuotedSpan>();
        SpeakerRecognizer.FindSpans(text, spans);
        var candidates = new bool[spans.Count];
        for (int i = 0; i < spans.Count; i++)
        {
            var inner = text.AsSpan(spans[i].InnerStart, spans[i].InnerLength);
            candidates[i] = IsSpeech(inner) || IsShortChineseClause(inner);
        }

        // A paragraph that is one quotation is attributed by the line after it when that line is nothing but its attribution.
        bool standsAlone = spans.Count == 1 && IsOnlyQuotation(text, spans[0]);
        if (standsAlone && NextParagraphSpeaker(context, secondBlockIndex, memory) is { } named)
        {
            memory.Carry = named;
        }

        var speakers = SpeakerRecognizer.Attribute(text, spans, candidates, memory, context.Cancellation);
        if (spans.Count == 1 && candidates[0] && SignatureAfter(text, spans[0]) is { } signed)
        {
            // "“……”——市教育局副局长陈静", "“…” — Jane Doe, mayor": a pull quote signed on its own line, set as one paragraph.
            speakers[0] = new SpeakerRecognizer.QuoteSpeaker(signed, Attributed: true, BySpeechVerb: true);
            memory.Speak(signed, isPerson: true);
        }

        for (int i = 0; i < spans.Count; i++)
        {
            if (!candidates[i])
            {
                continue;
            }

            var inner = TextSpan.TrimAll(text.AsSpan(spans[i].InnerStart, spans[i].InnerLength));
            var speaker = speakers[i];
            if (IsSpeech(inner))
            {
                // A few quoted words ("Keep Class Small,") are a slogan or a title unless someone is said to have said them.
                if (!IsClause(inner) && (speaker.Name is null || !speaker.BySpeechVerb))
                {
                    continue;
                }
            }
            else if (!speaker.Attributed || !StandsAsClause(text, spans[i]))
            {
                continue;
            }

            context.Quotes.Add(new Quotation { Text = inner.ToString(), Speaker = speaker.Name, BlockIndex = spans[i].Open < splitAt ? blockIndex : secondBlockIndex, Inline = true });
        }
    }

    private static void AddBlockQuote(ExtractionContext context, QuoteBlock quote, int blockIndex, SpeakerMemory memory)
    {
        // A speaker set before this stage comes from the signature line the body builder appended ("— Maria Lopez, council
        // president"): the quotation is the text above that line, and the signature names its speaker.
        var text = quote.Speaker is null ? quote.Text : quote.Text[..Math.Max(0, quote.Text.LastIndexOf('\n'))];
        var spans = new List<QuotedSpan>();
        SpeakerRecognizer.FindSpans(text, spans);
        int first = 0;
        while (first < text.Length && CharClass.IsSpace(text[first]))
        {
            first++;
        }

        string inner;
        string? name;

        var attributedAfter = quote.Speaker ?? NextParagraphSpeaker(context, blockIndex, memory);
        if (spans.Count > 0 && spans[0].Open == first)
        {
            inner = TextSpan.TrimAll(text.AsSpan(spans[0].InnerStart, spans[0].InnerLength)).ToString();
            var candidates = new bool[spans.Count];
            candidates[0] = true;
            memory.Carry = attributedAfter ?? memory.Carry;
            name = quote.Speaker is null ? SpeakerRecognizer.Attribute(text, spans, candidates, memory, context.Cancellation)[0].Name : attributedAfter;
        }
        else
        {
            // A block quote without marks (a post, a letter) is someone's only when the paragraph before introduces it ("He wrote:").
            if (SpeechLexicon.PostByline().IsMatch(text))
            {
                return;
            }

            inner = PostLinks.TrimTrailing(text);
            name = attributedAfter ?? (memory.CarryIntroduces ? memory.Carry : null);
        }

        memory.Carry = name;
        memory.CarryIntroduces = false;
        context.Blocks[blockIndex] = quote with { Speaker = quote.Speaker ?? name };
        context.Quotes.Add(new Quotation { Text = inner, Speaker = name, BlockIndex = blockIndex });
    }

    /// <summary>A heading or list item set in quotation marks ("3. “Not some irregular channel”") quotes words that no one in it says.</summary>
    private static void AddWhollyQuoted(ExtractionContext context, string text, int blockIndex)
    {
        var body = TextSpan.TrimAll(text.AsSpan());
        int start = 0;
        while (start < body.Length && (char.IsDigit(body[start]) || (start > 0 && body[start] is '.' or '、' or ')' or '）' or ' ')))
        {
            start++;
        }

        body = TextSpan.TrimAll(body[start..]);
        if (!QuoteMarks.IsWhollyQuoted(body))
        {
            // A short pull quote signed after it ("“……”——陈静") reads as a heading on its own: it is a quotation with its speaker.
            var spans = new List<QuotedSpan>();
            var line = body.ToString();
            SpeakerRecognizer.FindSpans(line, spans);
            if (spans.Count == 1 && SignatureAfter(line, spans[0]) is { } signed && TextSpan.TrimAll(line.AsSpan(spans[0].InnerStart, spans[0].InnerLength)) is var quoted && IsSpeech(quoted))
            {
                context.Quotes.Add(new Quotation { Text = quoted.ToString(), Speaker = signed, BlockIndex = blockIndex, Inline = true });
            }

            return;
        }

        int close = QuoteMarks.FindClose(body, 0);
        var inner = TextSpan.TrimAll(body[1..close]);
        if (IsSpeech(inner) && IsClause(inner))
        {
            context.Quotes.Add(new Quotation { Text = inner.ToString(), BlockIndex = blockIndex, Inline = true });
        }
    }

    /// <summary>
    /// A short quoted clause is speech when it stands as a clause of its sentence (…，“一翻眼就暴露了”。),
    /// not when it qualifies a noun (“三电一兽”的格局, “七岁女童眼睛被塞纸”经…曝光).
    /// </summary>
    private static bool StandsAsClause(string text, QuotedSpan span)
    {
        int after = span.End;
        while (after < text.Length && CharClass.IsSpace(text[after]))
        {
            after++;
        }

        bool endsClause = after >= text.Length || text[after] is '，' or ',' or '。' or '！' or '？' or '；' or ';' or '：' or '、' or '…' or '.' || QuoteMarks.CloserOf(text[after]) != '\0';
        if (!endsClause)
        {
            return false;
        }

        var before = TextSpan.TrimAll(text.AsSpan(0, span.Open));
        if (before.IsEmpty || before[^1] is '，' or ',' or '：' or ':' or '︰' or '。' or '；' or '是')
        {
            return true;
        }

        // 网友感叹“充电宝自由正在远去”, 总说眼睛“憋得慌”: a verb of saying in the same clause introduces it.
        int clauseStart = before.LastIndexOfAny("，,。；;：:！？");
        var clause = before[(clauseStart + 1)..];
        for (int at = 0; at < clause.Length; at++)
        {
            if (ChineseAttribution.VerbLengthAt(clause, at, relaxed: true) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The paragraph after <paramref name="index"/> when a text dump broke one paragraph inside a quotation: the
    /// first ends mid-sentence in an open quotation, and the second closes it before opening any.
    /// </summary>
    private static ParagraphBlock? SplitInsideQuotation(List<ContentBlock> blocks, int index)
    {
        if (index + 1 >= blocks.Count || blocks[index + 1] is not ParagraphBlock next)
        {
            return null;
        }

        var text = blocks[index].Text;
        var spans = new List<QuotedSpan>();
        SpeakerRecognizer.FindSpans(text, spans);
        if (spans.Count == 0 || spans[^1].Closed || TextStats.Of(text).EndsWithSentenceEnd)
        {
            return null;
        }

        foreach (char c in next.Text)
        {
            if (c is '”' or '」' or '»')
            {
                return next;
            }

            if (QuoteMarks.CloserOf(c) != '\0')
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Records the post signed by the byline at <paramref name="byline"/> when a text dump left it as plain
    /// lines: the line right above the byline, and the lines above that one while they fit in a post and
    /// end without a full stop, as a post's lines do and an article's sentences do not. Links are taken off.
    /// </summary>
    private static void AddPostAbove(ExtractionContext context, int byline)
    {
        var blocks = context.Blocks;
        int first = byline;
        int length = 0;
        while (first > 0 && blocks[first - 1] is ParagraphBlock or HeadingBlock && !SpeechLexicon.PostByline().IsMatch(blocks[first - 1].Text))
        {
            var line = blocks[first - 1].Text;
            var words = PostLinks.TrimTrailing(line);
            bool linked = words.Length < line.Length;
            length += words.Length + (linked ? PostLinkLength : 0);
            if (first < byline && (length > MaxPostLength || TextStats.Of(words).EndsWithSentenceEnd))
            {
                break;
            }

            first--;
        }

        if (first == byline)
        {
            return;
        }

        var lines = new List<string>();
        for (int b = first; b < byline; b++)
        {
            lines.Add(PostLinks.TrimTrailing(blocks[b].Text));
        }

        int at = context.Quotes.FindIndex(q => q.BlockIndex >= first);
        var post = new Quotation { Text = string.Join('\n', lines), BlockIndex = first };
        if (at < 0)
        {
            context.Quotes.Add(post);
        }
        else
        {
            context.Quotes.Insert(at, post);
        }
    }

    /// <summary>
    /// The speaker that signs a quotation which opens its paragraph and is followed by nothing but an attribution line
    /// ("“……”——陈静", "“…” — Jane Doe, mayor"), or null.
    /// </summary>
    private static string? SignatureAfter(string text, QuotedSpan span) =>
        span.Closed && TextSpan.TrimAll(text.AsSpan(0, span.Open)).IsEmpty && span.End < text.Length
        && AttributionLine.TryRead(text[span.End..], markedBySource: false, out _, out string name) ? name : null;

    private static bool IsOnlyQuotation(string text, QuotedSpan span)
    {
        var before = TextSpan.TrimAll(text.AsSpan(0, span.Open));
        var after = TextSpan.TrimAll(text.AsSpan(span.End));
        return before.IsEmpty && after.Trim(".。!！?？,，").IsEmpty;
    }

    private static string? NextParagraphSpeaker(ExtractionContext context, int blockIndex, SpeakerMemory memory) =>
        blockIndex + 1 < context.Blocks.Count && context.Blocks[blockIndex + 1] is ParagraphBlock next ? SpeakerRecognizer.AttributionOpening(next.Text, memory) : null;
}
