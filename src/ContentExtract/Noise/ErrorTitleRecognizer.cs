namespace ContentExtract.Noise;

/// <summary>What a page's title or headline says about an error.</summary>
/// <param name="Status">The status it states or implies, or 0 when it names none ("Error").</param>
/// <param name="Reason">The reason phrase it prints, when it prints one.</param>
/// <param name="StatesCode">True when the text prints the status code itself ("404 Not Found", "Error 404").</param>
internal readonly record struct ErrorClaim(int Status, string? Reason, bool StatesCode)
{
    /// <summary>How much the claim says: a printed code above a reason phrase above an implied status.</summary>
    public int Strength => (StatesCode ? 4 : 0) + (Reason is not null ? 2 : 0) + (Status != 0 ? 1 : 0);
}

/// <summary>
/// Reads the error a title or headline announces: "404 Not Found", "www.example.com | 522: Connection
/// timed out", "Page not found – Riverside Gazette", "页面不存在_某某网", "404-对不起！您访问的页面不存在",
/// or a bare "Error". Sites put their name beside the claim, so each part between title separators
/// is read on its own as well as the whole.
/// </summary>
internal static class ErrorTitleRecognizer
{
    private const int MaxTitleLength = 160;

    private static readonly char[] PartSeparators = ['|', '_', '–', '—', '·', '-', '｜'];

    private static readonly string[] GenericErrorTitles = ["error", "oops", "fehler", "erreur", "错误", "錯誤", "出错了", "出错啦", "提示信息", "エラー"];

    public static ErrorClaim? Recognize(string? title)
    {
        if (title is null || title.Length == 0 || title.Length > MaxTitleLength)
        {
            return null;
        }

        ErrorClaim? best = Claim(title);
        if (best is { StatesCode: true })
        {
            return best;
        }

        int code = 0;
        foreach (var range in title.AsSpan().SplitAny(PartSeparators))
        {
            string part = Text.TextSpan.TrimAll(title.AsSpan()[range]).ToString();
            if (part.Length == 0 || Claim(part) is not { } claim)
            {
                continue;
            }

            if (claim.StatesCode && claim.Reason is null && claim.Status != 0)
            {
                code = claim.Status;
            }

            if (best is null || claim.Strength > best.Value.Strength)
            {
                best = claim;
            }
        }

        // "IIS Detailed Error - 404.0 - Not Found", "404-对不起！您访问的页面不存在": a code in one part, its meaning in another.
        if (best is { } found && code != 0 && !found.StatesCode && (found.Status == code || found.Status == 0))
        {
            return new ErrorClaim(code, found.Reason, StatesCode: true);
        }

        return best;
    }

    private static ErrorClaim? Claim(string text)
    {
        var line = ErrorLineRecognizer.Recognize(text);
        switch (line.Kind)
        {
            case ErrorLineKind.StatusLine:
                return new ErrorClaim(line.Status, line.Reason, StatesCode: true);
            case ErrorLineKind.BareStatus:
                return new ErrorClaim(line.Status, null, StatesCode: true);
            case ErrorLineKind.BareReason:
                return new ErrorClaim(line.Status, line.Reason, StatesCode: false);
            case ErrorLineKind.ErrorSentence when line.Status != 0:
                return new ErrorClaim(line.Status, null, StatesCode: false);
        }

        var trimmed = Text.TextSpan.TrimAll(text.AsSpan()).TrimEnd(".!！。 ");
        foreach (string generic in GenericErrorTitles)
        {
            if (trimmed.Equals(generic, StringComparison.OrdinalIgnoreCase))
            {
                return new ErrorClaim(0, null, StatesCode: false);
            }
        }

        return null;
    }
}
