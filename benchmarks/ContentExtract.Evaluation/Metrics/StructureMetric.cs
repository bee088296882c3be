using ContentExtract.Evaluation.Corpora;
using static ContentExtract.Evaluation.Metrics.PythonTextSemantics;

namespace ContentExtract.Evaluation.Metrics;

/// <summary>
/// Quote recall, speaker accuracy and named link-list recall (score.py <c>structure</c>). Both sides are compared
/// after whitespace is collapsed and quotation marks and edge punctuation are stripped. Speaker accuracy is also given
/// for English and Chinese pages apart (<c>speakers-en</c>, <c>speakers-zh</c>), as issue 12 sets its target for each.
/// </summary>
internal sealed class StructureMetric(IReadOnlyList<StructureGold> gold) : ICorpusMetric
{
    private static readonly char[] EdgeMarks = "\"'“”‘’「」『』«»„‟‹› ,.;:，。；：".ToCharArray();

    // Page measures: gold quotes, lists and speakers, and how many of each the prediction has right.
    private const string Quotes = "quotes";
    private const string QuotesFound = "quotes-found";
    private const string Speakers = "speakers";
    private const string SpeakersRight = "speakers-right";
    private const string SpeakersEnglish = "speakers-en";
    private const string SpeakersEnglishRight = "speakers-en-right";
    private const string SpeakersChinese = "speakers-zh";
    private const string SpeakersChineseRight = "speakers-zh-right";
    private const string Lists = "linklists";
    private const string ListsFound = "linklists-found";

    public IReadOnlyList<PageResult> ScorePages(IReadOnlyDictionary<string, ExtractedDocument> predictions)
    {
        var pages = new List<PageResult>(gold.Count);
        foreach (var record in gold)
        {
            bool missing = !predictions.TryGetValue(record.Key, out var prediction);
            var predictedQuotes = prediction?.Quotes ?? [];
            int pageQuotesFound = 0, pageSpeakers = 0, pageSpeakersRight = 0;
            foreach (var quote in record.Quotes)
            {
                var match = predictedQuotes.FirstOrDefault(candidate => SameText(quote.Text, candidate.Text));
                pageQuotesFound += match is null ? 0 : 1;
                if (!string.IsNullOrEmpty(quote.Speaker))
                {
                    pageSpeakers++;
                    pageSpeakersRight += match is not null && SameSpeaker(quote.Speaker, match.Speaker) ? 1 : 0;
                }
            }

            var predictedLists = prediction?.LinkLists ?? [];
            int pageListsFound = record.LinkLists.Count(list => predictedLists.Any(candidate => Matches(list, candidate)));

            bool chinese = IsChinese(record);
            int pageItems = record.Quotes.Count + record.LinkLists.Count;
            double pageScore = pageItems > 0 ? (double)(pageQuotesFound + pageListsFound) / pageItems : 1.0;
            var measures = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                [Quotes] = record.Quotes.Count,
                [QuotesFound] = pageQuotesFound,
                [Speakers] = pageSpeakers,
                [SpeakersRight] = pageSpeakersRight,
                [SpeakersEnglish] = chinese ? 0 : pageSpeakers,
                [SpeakersEnglishRight] = chinese ? 0 : pageSpeakersRight,
                [SpeakersChinese] = chinese ? pageSpeakers : 0,
                [SpeakersChineseRight] = chinese ? pageSpeakersRight : 0,
                [Lists] = record.LinkLists.Count,
                [ListsFound] = pageListsFound,
            };
            pages.Add(new PageResult(
                record.Key,
                pageScore,
                $"quotes={pageQuotesFound}/{record.Quotes.Count} speakers={pageSpeakersRight}/{pageSpeakers} linklists={pageListsFound}/{record.LinkLists.Count}",
                measures)
            {
                Missing = missing,
            });
        }

        return pages;
    }

    public CorpusScore Summarize(IReadOnlyList<PageResult> pages)
    {
        int quotes = 0, quotesFound = 0, speakers = 0, speakersRight = 0, lists = 0, listsFound = 0;
        int englishSpeakers = 0, englishRight = 0, chineseSpeakers = 0, chineseRight = 0;
        foreach (var measures in pages.Select(page => page.Measures))
        {
            quotes += (int)measures[Quotes];
            quotesFound += (int)measures[QuotesFound];
            speakers += (int)measures[Speakers];
            speakersRight += (int)measures[SpeakersRight];
            englishSpeakers += (int)measures.GetValueOrDefault(SpeakersEnglish);
            englishRight += (int)measures.GetValueOrDefault(SpeakersEnglishRight);
            chineseSpeakers += (int)measures.GetValueOrDefault(SpeakersChinese);
            chineseRight += (int)measures.GetValueOrDefault(SpeakersChineseRight);
            lists += (int)measures[Lists];
            listsFound += (int)measures[ListsFound];
        }

        double quoteRecall = Share(quotesFound, quotes);
        double speakerAccuracy = Share(speakersRight, speakers);
        double englishAccuracy = Share(englishRight, englishSpeakers);
        double chineseAccuracy = Share(chineseRight, chineseSpeakers);
        double listRecall = Share(listsFound, lists);
        return new CorpusScore(
            [
                new("quotes", quoteRecall), new("speakers", speakerAccuracy), new(SpeakersEnglish, englishAccuracy), new(SpeakersChinese, chineseAccuracy),
                new("linklists", listRecall),
            ],
            $"quotes={FormatFixed3(quoteRecall)} ({quotesFound}/{quotes}) speakers={FormatFixed3(speakerAccuracy)} ({speakersRight}/{speakers}; "
                + $"en {FormatFixed3(englishAccuracy)} ({englishRight}/{englishSpeakers}), zh {FormatFixed3(chineseAccuracy)} ({chineseRight}/{chineseSpeakers})) "
                + $"linklists={FormatFixed3(listRecall)} ({listsFound}/{lists}) n={pages.Count}",
            pages,
            pages.Count(page => page.Missing));
    }

    /// <summary>
    /// True for a Chinese page: Han characters are most of the letters of its gold quotes (of its link lists when it has
    /// no quote). The gold's corpus does not say it, as trafilatura-eval mixes languages.
    /// </summary>
    private static bool IsChinese(StructureGold record)
    {
        var texts = record.Quotes.Count > 0
            ? record.Quotes.Select(quote => quote.Text)
            : record.LinkLists.SelectMany(list => list.SampleLinks.Prepend(list.Title));
        int han = 0, letters = 0;
        foreach (char c in texts.SelectMany(text => text))
        {
            if (char.IsLetter(c))
            {
                letters++;
                han += c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' ? 1 : 0;
            }
        }

        return letters > 0 && han * 2 > letters;
    }

    private static string QuoteNormalized(string? text) => CollapseWhitespace(text).Trim(EdgeMarks);

    // The shorter side must still cover most of the other: half of a longer prediction, 80 % of a longer gold quote.
    private static bool SameText(string gold, string? predicted)
    {
        string g = QuoteNormalized(gold), p = QuoteNormalized(predicted);
        if (g.Length == 0 || p.Length == 0)
        {
            return false;
        }

        int goldLength = CodePointCount(g), predictedLength = CodePointCount(p);
        return (p.Contains(g, StringComparison.Ordinal) && goldLength >= 0.5 * predictedLength)
            || (g.Contains(p, StringComparison.Ordinal) && predictedLength >= 0.8 * goldLength);
    }

    private static bool SameSpeaker(string gold, string? predicted)
    {
        string g = Lower(QuoteNormalized(gold)), p = Lower(QuoteNormalized(predicted));
        return g.Length > 0 && p.Length > 0 && (p.Contains(g, StringComparison.Ordinal) || g.Contains(p, StringComparison.Ordinal));
    }

    // A list is found by its title or by two of its sample links, and only when it holds 80 % of the links it should.
    private static bool Matches(GoldLinkList gold, LinkList predicted)
    {
        var texts = predicted.Links.Select(link => QuoteNormalized(link.Text)).ToArray();
        int samplesFound = gold.SampleLinks.Count(sample =>
        {
            string s = QuoteNormalized(sample);
            return texts.Any(text => s.Length > 0 && text.Length > 0 && (text.Contains(s, StringComparison.Ordinal) || s.Contains(text, StringComparison.Ordinal)));
        });
        return (QuoteNormalized(predicted.Title) == QuoteNormalized(gold.Title) || samplesFound >= 2) && texts.Length >= 0.8 * gold.MinLinks;
    }

    private static double Share(int part, int whole) => whole > 0 ? (double)part / whole : 0.0;
}
