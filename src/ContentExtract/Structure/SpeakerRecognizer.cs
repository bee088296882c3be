using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// Names who said each quotation of a paragraph, reading it sentence by sentence the way a reader
/// does: the attribution in the quotation's own sentence ("…,” said Jane Doe." / "Doe said: “…”" /
/// "…”宋善云介绍"), else the speaker the paragraph is already quoting ("“A,” Doe said. “B.”"), else
/// the speaker the paragraph before left open. Pronouns and descriptions ("he", "the actor", 她)
/// take the person the text named last; the <see cref="SpeakerMemory"/> carries that from paragraph
/// to paragraph.
/// </summary>
internal static partial class SpeakerRecognizer
{
    /// <summary>The longest opening sentence, in characters, that can be nothing but an attribution in Chinese.</summary>
    private const int MaxAttributionSentence = 48;

    /// <summary>The longest opening sentence, in tokens, that can be nothing but an attribution in English ("Jane Doe, the mayor, said.").</summary>
    private const int MaxAttributionTokens = 14;

    /// <summary>
    /// The most characters of a paragraph tokenized at once (about 3,000 words): a longer paragraph is read in pieces cut
    /// at a sentence end, which bounds the memory its tokens take.
    /// </summary>
    private const int MaxPieceLength = 20_000;

    /// <summary>Who said one quotation.</summary>
    /// <param name="Name">The speaker, or null when the text names nobody.</param>
    /// <param name="Attributed">True when something ties the quotation to a speaker: a verb of saying, a quotation it continues, the subject of its sentence.</param>
    /// <param name="BySpeechVerb">True when a verb of saying in its own sentence attributes it, named or not.</param>
    public readonly record struct QuoteSpeaker(string? Name, bool Attributed, bool BySpeechVerb);

    /// <summary>
    /// Attributes the quotations of one paragraph. <paramref name="quotes"/> lists every quoted span,
    /// terms included, so that none is read as the paragraph's own words; <paramref name="isSpeech"/>
    /// says which of them are quotations to attribute. <paramref name="cancellation"/> is checked as a long paragraph is
    /// read, piece by piece.
    /// </summary>
    public static QuoteSpeaker[] Attribute(string text, IReadOnlyList<QuotedSpan> quotes, IReadOnlyList<bool> isSpeech, SpeakerMemory memory, CancellationToken cancellation = default)
    {
        var masked = Mask(text, quotes);
        var stats = TextStats.Of(masked);
        bool chinese = stats.CjkChars > 0 && (stats.IsMostlyCjk || stats.LatinWords == 0 || TextStats.Of(text).IsMostlyCjk);
        var reader = new ParagraphReader(text, masked, quotes, isSpeech, memory, cancellation);
        return chinese ? reader.ReadChinese() : reader.ReadLatin();
    }

    /// <summary>
    /// The speaker of a quotation that stands alone, when the paragraph after it opens with nothing but
    /// its attribution ("家住城南的市民范秀英告诉记者。", "Doe said."). A paragraph that goes on to a
    /// statement of its own ("Doe told reporters that …") attributes nothing before it.
    /// </summary>
    public static string? AttributionOpening(string text, SpeakerMemory memory)
    {
        var quotes = new List<QuotedSpan>();
        FindSpans(text, quotes);
        var masked = Mask(text, quotes);
        if (TextStats.Of(masked).IsMostlyCjk)
        {
            int end = masked.AsSpan().IndexOfAny(SpeechLexicon.ChineseSentenceEnds);
            var sentence = Unmask(masked, 0, end < 0 ? masked.Length : end).TrimEnd();
            if (sentence.Length > MaxAttributionSentence || sentence.Contains(EnglishTokenizer.QuoteMask, StringComparison.Ordinal) || !EndsWithChineseVerb(sentence))
            {
                return null;
            }

            var statement = ChineseAttribution.Statement(sentence + "。", memory);
            return statement.Kind == AttributionKind.Named ? statement.Name : null;
        }

        // Only the opening sentence counts, and only when it is short: a few tokens past its longest are all that is read
        // (the attribution looks one token beyond its sentence at most), not the whole paragraph.
        var tokens = EnglishTokenizer.Tokenize(masked, 0, masked.Length, MaxAttributionTokens + 8);
        int sentenceEnd = tokens.FindIndex(t => t.Kind is TokenKind.End or TokenKind.Quote);
        if (sentenceEnd < 0 || sentenceEnd > MaxAttributionTokens || tokens[sentenceEnd].Kind == TokenKind.Quote || tokens.Take(sentenceEnd).Any(t => t.Is("that")))
        {
            return null;
        }

        var attribution = new EnglishAttribution(masked, tokens, memory).After(0, sentenceEnd);
        return attribution.Kind == AttributionKind.Named ? attribution.Name : null;
    }

    private static bool EndsWithChineseVerb(string sentence)
    {
        foreach (var verb in SpeechLexicon.ChineseVerbs)
        {
            if (sentence.EndsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds every quoted span of a paragraph, nested spans left inside their quotation.</summary>
    public static void FindSpans(string text, List<QuotedSpan> spans)
    {
        var span = text.AsSpan();
        for (int i = 0; i < span.Length; i++)
        {
            if (QuoteMarks.CloserOf(span[i]) != '\0' && QuoteMarks.TryFindQuotation(span, i, out var quoted))
            {
                spans.Add(quoted);
                i = quoted.End - 1;
            }
        }
    }

    /// <summary>Attributes a clause before and a clause after one quotation; a convenience for composing checks of single sentences.</summary>
    internal static Attribution Find(string before, string after)
    {
        var memory = new SpeakerMemory();
        string text = before + "“\u2026”" + after;
        var spans = new List<QuotedSpan> { new(before.Length, before.Length + 2, Closed: true) };
        var masked = Mask(text, spans);
        if (TextStats.Of(masked).IsMostlyCjk)
        {
            var afterAttribution = ChineseAttribution.After(after, memory);
            return afterAttribution.Found ? afterAttribution : ChineseAttribution.Before(before, memory, out _);
        }

        var tokens = EnglishTokenizer.Tokenize(masked, 0, masked.Length);
        int quote = tokens.FindIndex(t => t.Kind == TokenKind.Quote);
        var english = new EnglishAttribution(masked, tokens, memory);
        var found = english.After(quote + 1, tokens.Count);
        return found.Found ? found : english.Before(0, quote);
    }

    private static string Mask(string text, IReadOnlyList<QuotedSpan> quotes)
    {
        if (quotes.Count == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (var quote in quotes)
        {
            chars[quote.Open] = EnglishTokenizer.QuoteMask;
            for (int i = quote.Open + 1; i < quote.End; i++)
            {
                chars[i] = EnglishTokenizer.QuoteFill;
            }
        }

        return new string(chars);
    }

    private static string Unmask(string masked, int start, int end) =>
        masked[start..end].Replace(EnglishTokenizer.QuoteFill.ToString(), string.Empty, StringComparison.Ordinal);
}
