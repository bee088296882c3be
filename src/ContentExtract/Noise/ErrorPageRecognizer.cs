using System.Globalization;
using ContentExtract.Pipeline;
using ContentExtract.Segmentation;

namespace ContentExtract.Noise;

/// <summary>
/// Decides whether the whole scrape is an error page: a server's own error document, a CDN's or a
/// proxy's, or a site's "page not found" page served with status 200 (a soft 404). Such a page
/// announces the error where a headline goes — in its title or its top heading, or as a status line —
/// and has next to nothing else to say, while an article that talks about errors, or a film called
/// "Not Found", has a body. The content fields of an error page are emptied, so that a crawler never
/// stores it as an article.
/// </summary>
internal sealed class ErrorPageRecognizer : IExtractionStage
{
    /// <summary>Word units of content beside a stated status code ("404 Not Found") that still make an article.</summary>
    private const double ArticleWordsBesideStatus = 150;

    /// <summary>Word units beside a reason phrase or soft-404 headline ("Page not found") that still make an article.</summary>
    private const double ArticleWordsBesideReason = 100;

    /// <summary>Word units below which an error message alone makes the page an error page.</summary>
    private const double BareMessageWords = 30;

    /// <summary>Headlines are near the top: only the first segments are read for one in a text dump.</summary>
    private const int TextHeadlineLines = 4;

    public void Run(ExtractionContext context)
    {
        if (!context.Options.Noise.DetectErrorPages)
        {
            return;
        }

        var lines = context.ErrorLines ?? ErrorLineRecognizer.RecognizeAll(context.Segments);
        var evidence = new List<string>();
        ErrorClaim? headline = null;
        int claims = 0;
        var claimTexts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (source, text) in HeadlineCandidates(context))
        {
            if (ErrorTitleRecognizer.Recognize(text) is not { } claim)
            {
                continue;
            }

            claims++;
            claimTexts.Add(claim.Reason ?? (claim.StatesCode ? claim.Status.ToString(CultureInfo.InvariantCulture) : text));
            evidence.Add($"{source} \"{Shorten(text)}\" announces {Describe(claim)}");
            if (headline is null || claim.Strength > headline.Value.Strength)
            {
                headline = claim;
            }
        }

        // Lines already taken out as fragments were judged there; what counts here is the rest of the page.
        int messages = 0, banners = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            if (context.Segments[i].Role is BlockRole.Noise)
            {
                continue;
            }

            messages += lines[i].Kind == ErrorLineKind.ErrorSentence ? 1 : 0;
            banners += lines[i].Kind == ErrorLineKind.Banner || lines[i].Server is not null ? 1 : 0;
        }

        // A nested error document beside a page's own text is a broken include; only a page with nothing but such
        // documents is itself an error page.
        var fragment = context.Noise.Find(n => n.Status is not null) ?? context.Noise.FirstOrDefault()
            ?? (context.Segments.Count == 0 ? context.NestedNoise.Find(n => n.Status is not null) ?? context.NestedNoise.FirstOrDefault() : null);
        // Most pages announce no error at all; only those that do need their content weighed.
        if (headline is null && fragment is null && messages == 0)
        {
            return;
        }

        double contentWords = ContentWords(context, lines);

        // "404 Not Found" says it all; a bare "Error 404" or "HTTP 404" could head a story about errors, so it
        // needs a second word from the page. The title repeats the headline on every page, so only a second,
        // different claim ("Zugriff verweigert!" over "Error 403") counts as that word.
        bool bareCode = headline is { StatesCode: true, Reason: null };
        bool statesCode = headline is { StatesCode: true, Reason: not null }
            || (bareCode && (claimTexts.Count >= 2 || messages > 0 || banners > 0 || context.Noise.Count > 0));
        bool isErrorPage =
            (statesCode && contentWords < ArticleWordsBesideStatus)
            || (headline is not null && contentWords < ArticleWordsBesideReason && ((claims >= 2 && !bareCode) || messages > 0 || banners > 0 || context.Noise.Count > 0 || contentWords < BareMessageWords))
            || (fragment is not null && contentWords < BareMessageWords)
            || (messages > 0 && contentWords < BareMessageWords && context.Blocks.Count <= 3 && HasStatusMessage(lines));

        if (!isErrorPage)
        {
            return;
        }

        if (fragment is not null)
        {
            evidence.Add($"error-page text in the page: \"{Shorten(fragment.Text)}\"");
        }

        if (messages > 0)
        {
            evidence.Add($"{messages} error message line{(messages == 1 ? string.Empty : "s")}");
        }

        evidence.Add($"{contentWords.ToString("0", CultureInfo.InvariantCulture)} word units of other content");

        var (lineStatus, lineReason, server) = ErrorFragmentRemover.Summarize(lines);
        int? status = headline is { StatesCode: true, Status: not 0 } stated ? stated.Status
            : fragment?.Status ?? (headline is { Status: not 0 } implied ? implied.Status : lineStatus);
        string? reason = headline is { Reason: not null } named && (status is null || named.Status == status) ? named.Reason
            : fragment?.Status == status ? fragment?.Reason : lineReason;
        server ??= fragment?.Server ?? context.Noise.Find(n => n.Server is not null)?.Server ?? context.NestedNoise.Find(n => n.Server is not null)?.Server;

        context.ErrorPage = new ErrorPageInfo { Status = status, Reason = reason, Server = server };
        context.PageKind = PageKind.Error;
        context.PageKindEvidence.AddRange(evidence);
        context.ClearContent("the page is an error page");
    }

    private static IEnumerable<(string Source, string Text)> HeadlineCandidates(ExtractionContext context)
    {
        if (context.PageTitle is { Length: > 0 } pageTitle)
        {
            yield return ("title", pageTitle);
        }

        if (context.Page.Title is { Length: > 0 } givenTitle)
        {
            yield return ("given title", givenTitle);
        }

        int read = 0;
        foreach (var segment in context.Segments)
        {
            if (segment.Role is BlockRole.Noise)
            {
                read++;
                continue;
            }

            bool heading = context.Kind == InputKind.Html ? segment.MarkupHeadingLevel is 1 or 2 : read < TextHeadlineLines;
            if (heading && segment.Text.Length <= 160)
            {
                yield return ("heading", segment.Text);
            }

            read++;
            if (context.Kind == InputKind.Text && read >= TextHeadlineLines)
            {
                yield break;
            }
        }
    }

    /// <summary>Words of the chosen content that are not themselves error text.</summary>
    /// <summary>Words of the chosen content that are not themselves error text; a block built from several source lines (a table, a list) counts whole.</summary>
    private static double ContentWords(ExtractionContext context, ErrorLine[] lines)
    {
        double words = 0;
        for (int i = 0; i < context.Blocks.Count; i++)
        {
            var source = context.BlockSources[i];
            if (source.Index < lines.Length && lines[source.Index].Kind is not (ErrorLineKind.None or ErrorLineKind.ServerSentence))
            {
                continue;
            }

            words += Text.TextStats.Of(context.Blocks[i].Text).Words;
        }

        return words;
    }

    private static bool HasStatusMessage(ErrorLine[] lines)
    {
        foreach (var line in lines)
        {
            if (line.Kind == ErrorLineKind.ErrorSentence && line.Status != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(ErrorClaim claim) =>
        claim.StatesCode ? $"status {claim.Status}" : claim.Status != 0 ? $"an error ({claim.Status})" : "an error";

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");
}
