using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>One paragraph read sentence by sentence for who says its quotations (<see cref="SpeakerRecognizer.Attribute"/>).</summary>
internal static partial class SpeakerRecognizer
{
    /// <summary>The reading of one paragraph: its sentences in order, the speaker it is quoting, what it leaves for the next.</summary>
    private sealed class ParagraphReader
    {
        private readonly string text;
        private readonly string masked;
        private readonly IReadOnlyList<QuotedSpan> quotes;
        private readonly IReadOnlyList<bool> isSpeech;
        private readonly SpeakerMemory memory;
        private readonly QuoteSpeaker[] results;
        private readonly string? carried;
        private readonly int mentionsBefore;
        private readonly CancellationToken cancellation;

        /// <summary>True while reading Chinese, where a paragraph's people are named by name and a lone quotation is theirs.</summary>
        private bool chinese;

        /// <summary>The speaker this paragraph is quoting so far: an unattributed quotation later in it continues them.</summary>
        private string? paragraphSpeaker;

        /// <summary>True once a verb of saying has spoken in this paragraph, named or not ("小刚家说，…"): its quotations are speech.</summary>
        private bool paragraphSpeaks;

        /// <summary>The speaker of the last sentence read, for the paragraph after.</summary>
        private string? sentenceSpeaker;

        /// <summary>The speaker whose words the whole paragraph gives without marks ("李华说：这座桥是全市最老的桥，…"), for the paragraph after.</summary>
        private string? paragraphVoice;

        public ParagraphReader(string text, string masked, IReadOnlyList<QuotedSpan> quotes, IReadOnlyList<bool> isSpeech, SpeakerMemory memory, CancellationToken cancellation)
        {
            this.cancellation = cancellation;
            this.text = text;
            this.masked = masked;
            this.quotes = quotes;
            this.isSpeech = isSpeech;
            this.memory = memory;
            results = new QuoteSpeaker[quotes.Count];
            carried = memory.Carry;
            mentionsBefore = memory.PersonMentions;
            memory.StartParagraph();
        }

        public QuoteSpeaker[] ReadLatin()
        {
            // A paragraph is tokenized a piece at a time, so that its tokens (a string and a slot each) never outgrow a
            // piece: one paragraph of megabytes without a full stop took 20 bytes of tokens for each byte of it at once.
            // A paragraph up to a piece long, which every real one is, is one piece and read exactly as a whole.
            var tokens = memory.Scratch.Tokens;
            for (int pieceStart = 0; pieceStart < masked.Length;)
            {
                cancellation.ThrowIfCancellationRequested();
                int pieceEnd = PieceEnd(pieceStart);
                tokens.Clear();
                EnglishTokenizer.Tokenize(masked, pieceStart, pieceEnd, tokens, words: memory.Scratch.Words);
                var english = new EnglishAttribution(masked, tokens, memory);
                int sentenceStart = 0;
                for (int k = 0; k < tokens.Count; k++)
                {
                    if (k + 1 == tokens.Count || EndsSentence(tokens, k, english))
                    {
                        ReadLatinSentence(tokens, english, sentenceStart, k + 1);
                        sentenceStart = k + 1;
                    }
                }

                pieceStart = pieceEnd;
            }

            Finish();
            return results;
        }

        /// <summary>
        /// Where the piece of the paragraph that starts at <paramref name="start"/> ends: the paragraph's end when it is
        /// near, else the last sentence end (a full stop and a space) within <see cref="MaxPieceLength"/> characters, else
        /// the last space, else the limit itself, moved past a masked quotation it falls in (a space is never inside one).
        /// </summary>
        private int PieceEnd(int start)
        {
            if (masked.Length - start <= MaxPieceLength)
            {
                return masked.Length;
            }

            int limit = start + MaxPieceLength;
            int lastSpace = -1;
            for (int p = limit; p > start + MaxPieceLength / 2; p--)
            {
                if (char.IsWhiteSpace(masked[p]))
                {
                    if (masked[p - 1] is '.' or '!' or '?' or '…')
                    {
                        return p;
                    }

                    lastSpace = lastSpace < 0 ? p : lastSpace;
                }
            }

            if (lastSpace >= 0)
            {
                return lastSpace;
            }

            while (limit < masked.Length && masked[limit] == EnglishTokenizer.QuoteFill)
            {
                limit++;
            }

            return limit;
        }

        public QuoteSpeaker[] ReadChinese()
        {
            chinese = true;
            int sentenceStart = 0;
            for (int i = 0; i < masked.Length; i++)
            {
                bool ends = SpeechLexicon.ChineseSentenceEnds.Contains(masked[i]) && (masked[i] is not ('?' or '!') || EndsAsciiSentence(i));
                if (masked[i] == EnglishTokenizer.QuoteMask && QuoteAt(i) is int q && quotes[q].Closed && EndsWithSentenceMark(q))
                {
                    // "“……。”李明说。" goes on; "“……。”天空实验室是…" starts a new sentence after the quotation.
                    i = quotes[q].End - 1;
                    ends = i + 1 < masked.Length && !IsClauseMark(masked[i + 1]);
                }

                if ((i & 4095) == 0)
                {
                    cancellation.ThrowIfCancellationRequested();
                }

                if (ends || i + 1 == masked.Length)
                {
                    ReadChineseSentence(sentenceStart, i + 1);
                    sentenceStart = i + 1;
                }
            }

            Finish();
            return results;
        }

        private void ReadLatinSentence(List<Token> tokens, EnglishAttribution english, int from, int to)
        {
            int consumed = from;
            bool quoted = false;
            string? speaker = null;

            english.KnowFullNames(from, to);

            // "Carlineo was arrested …, in which he said he’d put a “…”": the subject named first is who "he" means.
            int firstQuote = from;
            while (firstQuote < to && tokens[firstQuote].Kind != TokenKind.Quote)
            {
                firstQuote++;
            }

            var opening = english.Subject(from, firstQuote);
            if (firstQuote > from && opening.Kind == AttributionKind.Named && english.IsSpeakerLike(opening.Name!))
            {
                memory.Mention(opening.Name!, isPerson: true);
            }

            for (int k = from; k < to; k++)
            {
                if (tokens[k].Kind != TokenKind.Quote || QuoteAt(tokens[k].Start) is not int q || !isSpeech[q])
                {
                    continue;
                }

                quoted = true;
                int next = k + 1;
                while (next < to && !(tokens[next].Kind == TokenKind.Quote && QuoteAt(tokens[next].Start) is int n && isSpeech[n]))
                {
                    next++;
                }

                var before = english.Before(consumed, k);
                var after = k + 1 < to && tokens[k + 1].Kind != TokenKind.Quote ? english.After(k + 1, next) : Attribution.None;
                bool leadsIntoAttribution = LeadsIntoAttribution(q) || (k + 1 < to && tokens[k + 1].IsLower);
                if (!after.Found && k + 1 < to && (LeadsIntoAttribution(q) || tokens[k + 1].Kind == TokenKind.Comma))
                {
                    // "“…,” Hale offers, “…”": a quotation that runs on with a comma runs into its attribution, whatever its verb.
                    after = english.SubjectAndVerb(k + 1, next);
                }

                var chosen = (leadsIntoAttribution || !before.Found) && after.Found ? after : before;
                if (chosen == after && after.Found)
                {
                    consumed = k + 1;
                }

                var fallback = k > from && !chosen.Found ? english.Subject(from, k) : Attribution.None;
                if (fallback.Kind == AttributionKind.Named && !english.IsSpeakerLike(fallback.Name!))
                {
                    // "Teachers chanted “Fund our schools”": a capitalised word opening a sentence is not yet a name.
                    fallback = Attribution.None;
                }

                speaker = Settle(q, chosen, fallback, atParagraphStart: tokens[k].Start == 0 || IsOnlyPunctuationBefore(tokens[k].Start));
            }

            if (!quoted)
            {
                var statement = english.Statement(from, to);
                paragraphSpeaks |= statement.Found;
                speaker = statement.Found ? memory.Resolve(statement) : null;
                if (speaker is not null)
                {
                    paragraphSpeaker = speaker;
                    memory.Speak(speaker, statement.Kind != AttributionKind.Named || EnglishAttribution.IsPersonName(speaker, memory));
                }
            }

            var subject = english.Subject(from, to);
            if (subject.Kind == AttributionKind.Named && english.IsSpeakerLike(subject.Name!))
            {
                memory.Mention(subject.Name!, isPerson: true);
            }

            sentenceSpeaker = speaker;
        }

        private void ReadChineseSentence(int from, int to)
        {
            int consumed = from;
            int mentioned = from;
            bool quoted = false;
            string? speaker = null;
            for (int i = from; i < to; i++)
            {
                if (masked[i] != EnglishTokenizer.QuoteMask || QuoteAt(i) is not int q)
                {
                    continue;
                }

                var quote = quotes[q];
                if (!isSpeech[q])
                {
                    i = quote.End - 1;
                    continue;
                }

                quoted = true;
                ChineseAttribution.MentionKnownNames(Unmask(masked, mentioned, quote.Open), memory);
                mentioned = quote.End;
                int afterEnd = NextQuoteOrEnd(quote.End, to);
                int introducerEnd = -1;
                if (afterEnd == to && to < masked.Length && EndsWithSentenceMark(q))
                {
                    // The attribution of "“……。”" is the sentence after it, unless that sentence introduces a quotation of its own ("张三说：“…”").
                    int next = masked.AsSpan(to).IndexOfAny(SpeechLexicon.ChineseSentenceEnds);
                    afterEnd = NextSpeechOrEnd(to, next < 0 ? masked.Length : to + next);
                    var lead = TextSpan.TrimAll(masked.AsSpan(to, afterEnd - to));
                    if (afterEnd < masked.Length && masked[afterEnd] == EnglishTokenizer.QuoteMask && lead is [.., '：' or ':' or '︰' or '，' or ',']
                        && lead[..^1].IndexOfAny(SpeechLexicon.ChineseClauseMarks) < 0)
                    {
                        introducerEnd = afterEnd;
                        afterEnd = to;
                    }
                }

                var before = ChineseAttribution.Before(Unmask(masked, consumed, quote.Open), memory, out bool immediate);
                var after = ChineseAttribution.After(Unmask(masked, quote.End, afterEnd), memory);
                var chosen = immediate || !after.Found ? before : after;
                if (!chosen.Found && afterEnd > to && IsOnlyPunctuationBetween(from, quote.Open) && !(IsOnlyPunctuationBefore(quote.Open) && memory.CarryIntroduces))
                {
                    // "“内向腼腆，不爱说话。”苏银霞对于欢念叨最多的…": a quotation that is a sentence of its own is the words of the
                    // person the sentence after it is about, unless the paragraph before introduced it ("他说：").
                    after = ChineseClauseSubject.OfSentence(Unmask(masked, to, afterEnd), memory);
                    chosen = after;
                }

                if (!chosen.Found && introducerEnd > to && IsOnlyPunctuationBefore(quote.Open) && carried is null)
                {
                    // "“好厨师不靠调料！”会长周明远在接受采访时指出：“…”": a quotation that opens the paragraph, with
                    // nothing before it and nothing after it to attribute it, is the words of the speaker who goes on to the next one.
                    var introducer = ChineseAttribution.Before(Unmask(masked, to, introducerEnd), memory, out _);
                    chosen = introducer.Kind == AttributionKind.Named ? introducer : chosen;
                }

                if (chosen == after && after.Found)
                {
                    consumed = quote.End;
                }

                var fallback = quote.Open > from && !chosen.Found ? ChineseAttribution.Subject(Unmask(masked, from, quote.Open), memory) : Attribution.None;
                speaker = Settle(q, chosen, fallback, atParagraphStart: IsOnlyPunctuationBefore(quote.Open));
                i = quote.End - 1;
            }

            if (!quoted)
            {
                var statement = ChineseAttribution.Statement(Unmask(masked, from, to), memory);
                paragraphSpeaks |= statement.Found;
                speaker = statement.Found ? memory.Resolve(statement) : null;
                if (speaker is not null)
                {
                    paragraphSpeaker = speaker;
                    memory.Speak(speaker, !ChineseAttribution.IsOrganisation(speaker));
                    if (IsOnlyPunctuationBefore(from) && OpensWithColonSpeech(from, to))
                    {
                        paragraphVoice = speaker;
                    }
                }
            }

            ChineseAttribution.MentionKnownNames(Unmask(masked, mentioned, to), memory);
            sentenceSpeaker = speaker;
        }

        /// <summary>Decides the speaker of quotation <paramref name="q"/> and remembers it.</summary>
        private string? Settle(int q, Attribution chosen, Attribution fallback, bool atParagraphStart)
        {
            string? name = memory.Resolve(chosen);
            bool attributed = chosen.Found;
            bool bySpeechVerb = chosen.Found;
            if (!chosen.Found)
            {
                // "朱巍也持相同的观点，…，“…”", "Benioff introduced Cook as “…”": a quotation set in someone's sentence is theirs;
                // one that stands alone continues the speaker the paragraph is quoting, or the one the paragraph before left open.
                name = fallback.Kind is AttributionKind.Named or AttributionKind.Pronoun ? memory.Resolve(fallback) : null;
                attributed = fallback.Kind == AttributionKind.Named;
                if (name is null)
                {
                    name = paragraphSpeaker ?? (atParagraphStart ? carried : null);
                    attributed = name is not null || paragraphSpeaks;
                }

                // English names places and bodies with capitals just as it names people ("Hong Kong is burning."), so it gets no such guess.
                if (name is null && chinese && memory.PersonMentions > mentionsBefore)
                {
                    // "卢宇聊起两会话题充满了期待。“今年是…”": a quotation standing alone speaks for the person the paragraph is about.
                    name = memory.Antecedent;
                }
            }

            results[q] = new QuoteSpeaker(name, attributed, bySpeechVerb);
            paragraphSpeaks |= chosen.Found;
            if (name is not null)
            {
                paragraphSpeaker = name;
                if (chosen.Kind == AttributionKind.Named)
                {
                    memory.Speak(name, isPerson: !ChineseAttribution.IsOrganisation(name) && !HasOrganisationWord(name));
                }
            }
            else if (chosen.Kind == AttributionKind.Unnamed)
            {
                // "the source said": the paragraph now quotes someone unnamed, not the speaker before.
                paragraphSpeaker = null;
            }

            return name;
        }

        /// <summary>What this paragraph leaves for the next: an unclosed quotation's speaker, else the speaker of its last sentence.</summary>
        private void Finish()
        {
            for (int q = quotes.Count - 1; q >= 0; q--)
            {
                if (isSpeech[q] && !quotes[q].Closed)
                {
                    memory.Carry = results[q].Name;
                    memory.CarryIntroduces = true;
                    return;
                }
            }

            // A colon introduces what follows ("He added:"), and so does a comma, which leaves its sentence open for the block
            // after it to finish ("As Nagel writes in The Last Word,").
            memory.Carry = sentenceSpeaker ?? paragraphVoice;
            memory.CarryIntroduces = TextSpan.TrimAll(text.AsSpan()) is [.., ':' or '：' or '︰' or ',' or '，'];
        }

        /// <summary>
        /// True when the sentence opens with its attribution and a colon ("李华说：这座桥是…"): the colon, within an
        /// attribution's length of the start and before any other clause mark, introduces the paragraph's words as speech.
        /// </summary>
        private bool OpensWithColonSpeech(int from, int to)
        {
            int limit = Math.Min(to, from + MaxAttributionSentence);
            for (int i = from; i < limit; i++)
            {
                if (masked[i] is '：' or ':' or '︰')
                {
                    return i > from;
                }

                if (SpeechLexicon.ChineseClauseMarks.Contains(masked[i]) || masked[i] == EnglishTokenizer.QuoteMask)
                {
                    return false;
                }
            }

            return false;
        }

        private bool EndsSentence(List<Token> tokens, int k, EnglishAttribution english)
        {
            var token = tokens[k];
            var next = tokens[k + 1];
            if (token.Kind == TokenKind.End)
            {
                return next.Kind != TokenKind.End && (next.IsCapitalized || next.Kind is TokenKind.Quote or TokenKind.Other || (next.IsWord && char.IsDigit(next.Text[0])));
            }

            if (token.Kind != TokenKind.Quote || QuoteAt(token.Start) is not int q || !quotes[q].Closed || !EndsWithSentenceMark(q) || !next.IsCapitalized)
            {
                return false;
            }

            // "“Can I give it to him?” Brooke asked." goes on; "“We lost.” The crowd left." does not.
            int end = k + 1;
            while (end < tokens.Count && tokens[end].Kind is not (TokenKind.End or TokenKind.Quote))
            {
                end++;
            }

            // "“… I guess.” Smith agreed: “…”": a clause that introduces the next quotation is not the attribution of this one.
            if (IntroducesNext(tokens, end) && Inner(q) is [.., '.'])
            {
                return true;
            }

            return !english.After(k + 1, end).Found;
        }

        private static bool IntroducesNext(List<Token> tokens, int end) =>
            end < tokens.Count && tokens[end].Kind == TokenKind.Quote && tokens[end - 1].Kind is TokenKind.Colon or TokenKind.Comma;

        private ReadOnlySpan<char> Inner(int q) => TextSpan.TrimAll(text.AsSpan(quotes[q].InnerStart, quotes[q].InnerLength));

        /// <summary>"“…,” said Doe": a quotation that ends in a comma runs on into its attribution.</summary>
        private bool LeadsIntoAttribution(int q) => Inner(q) is [.., ',' or '，' or '—' or '–'];

        private bool EndsWithSentenceMark(int q) => Inner(q) is [.., '.' or '!' or '?' or '。' or '！' or '？' or '…'];

        private bool IsOnlyPunctuationBefore(int position) => IsOnlyPunctuationBetween(0, position);

        private bool IsOnlyPunctuationBetween(int start, int position)
        {
            for (int i = start; i < position; i++)
            {
                if (char.IsLetterOrDigit(masked[i]) || masked[i] == EnglishTokenizer.QuoteMask)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The quotation that opens at <paramref name="open"/>, found by halving: the quotations are in text order.</summary>
        private int? QuoteAt(int open)
        {
            int low = 0, high = quotes.Count - 1;
            while (low <= high)
            {
                int middle = (low + high) >>> 1;
                int at = quotes[middle].Open;
                if (at == open)
                {
                    return middle;
                }

                if (at < open)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return null;
        }

        /// <summary>
        /// Where the next quotation of speech opens in [<paramref name="from"/>, <paramref name="to"/>), else <paramref name="to"/>: a quoted
        /// term ("讲起这段“插曲”，李文涛…") is part of the sentence it stands in.
        /// </summary>
        private int NextSpeechOrEnd(int from, int to)
        {
            int at = NextQuoteOrEnd(from, to);
            while (at < to && QuoteAt(at) is int q && !isSpeech[q])
            {
                at = NextQuoteOrEnd(Math.Min(quotes[q].End, to), to);
            }

            return at;
        }

        private int NextQuoteOrEnd(int from, int to)
        {
            int at = masked.AsSpan(from, to - from).IndexOf(EnglishTokenizer.QuoteMask);
            return at < 0 ? to : from + at;
        }

        /// <summary>An ASCII "?" between two Han characters is more often a garbled name dot (斯蒂芬妮?席尔霍尔茨) than a question's end.</summary>
        private bool EndsAsciiSentence(int at) =>
            at + 1 >= masked.Length || !CharClass.IsHan(masked[at + 1]) || at == 0 || !CharClass.IsHan(masked[at - 1]);

        private static bool IsClauseMark(char c) => c is '，' or ',' or '、' or '；' or ';' or '：' or ':' or '。' or '！' or '？';

        private static bool HasOrganisationWord(string name)
        {
            foreach (var part in name.Split(' '))
            {
                if (SpeechLexicon.OrganisationWords.Contains(part))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
