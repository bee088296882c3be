namespace ContentExtract.Evaluation.Injection;

/// <summary>What the extractor made of an injected page, compared with the clean page.</summary>
/// <param name="Invariant">True when the injected page's title and text equal the clean page's and it is not taken for an error page.</param>
/// <param name="Reported">The injected bodies a noise fragment reports.</param>
/// <param name="Unreported">The injected bodies no noise fragment reports.</param>
/// <param name="Difference">Why the page is not invariant, shortly; empty when it is.</param>
internal sealed record InjectionCheck(bool Invariant, IReadOnlyList<InjectedBody> Reported, IReadOnlyList<InjectedBody> Unreported, string Difference)
{
    private const int ExcerptLength = 70;

    /// <summary>
    /// Compares the extraction of an injected page with the clean page's. Invariance asks for the very same title
    /// and text, and no error page. A body counts as reported when a noise fragment of its own reports it: one whose
    /// text holds one of the body's markers, or else one with the body's status. Fragments are matched to bodies one
    /// to one, so two bodies need two fragments: first every body takes the first free fragment showing one of its
    /// markers, then each body still without one takes the first free fragment with its status. Fragments the clean
    /// page has too (a fixture that carries error text of its own) report nothing injected, and are left out first.
    /// </summary>
    public static InjectionCheck Of(ExtractedDocument clean, ExtractedDocument injected, IReadOnlyList<InjectedBody> plan)
    {
        var unused = injected.Noise.ToList();
        foreach (var own in clean.Noise)
        {
            unused.Remove(own);
        }

        // A fragment showing a marker is the surer match; matching those first keeps a body that only shares a status
        // from taking the fragment another body's markers are in.
        var matched = new bool[plan.Count];
        foreach (Func<NoiseFragment, ErrorBody, bool> reports in new Func<NoiseFragment, ErrorBody, bool>[] { HoldsMarker, (fragment, body) => fragment.Status == body.Status })
        {
            for (int index = 0; index < plan.Count; index++)
            {
                if (!matched[index] && unused.FirstOrDefault(fragment => reports(fragment, plan[index].Body)) is { } fragment)
                {
                    unused.Remove(fragment);
                    matched[index] = true;
                }
            }
        }

        var reported = plan.Where((_, index) => matched[index]).ToArray();
        var unreported = plan.Where((_, index) => !matched[index]).ToArray();
        string difference = DescribeDifference(clean, injected);
        return new InjectionCheck(difference.Length == 0, reported, unreported, difference);
    }

    /// <summary>The share of the page's injected bodies that are reported.</summary>
    public double ReportedShare => Reported.Count + Unreported.Count == 0 ? 1.0 : (double)Reported.Count / (Reported.Count + Unreported.Count);

    private static bool HoldsMarker(NoiseFragment fragment, ErrorBody body)
    {
        string text = Collapse(fragment.Text);
        return body.Markers.Any(marker => text.Contains(Collapse(marker), StringComparison.Ordinal));
    }

    // The first thing that differs, in the order a reader would look: error page, title, then the first line of text
    // the injected page has and the clean one lacks (what leaked in), else the first the clean one has and it lost.
    private static string DescribeDifference(ExtractedDocument clean, ExtractedDocument injected)
    {
        if (injected.IsErrorPage)
        {
            return $"taken for an error page (status {injected.ErrorPage?.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"})";
        }

        if (!string.Equals(clean.Title, injected.Title, StringComparison.Ordinal))
        {
            return $"title «{Excerpt(clean.Title)}» became «{Excerpt(injected.Title)}»";
        }

        if (string.Equals(clean.Text, injected.Text, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var cleanLines = Lines(clean.Text);
        var injectedLines = Lines(injected.Text);
        var cleanSet = cleanLines.ToHashSet(StringComparer.Ordinal);
        var injectedSet = injectedLines.ToHashSet(StringComparer.Ordinal);
        if (injectedLines.FirstOrDefault(line => !cleanSet.Contains(line)) is { } leaked)
        {
            return $"text gained «{Excerpt(leaked)}»";
        }

        if (cleanLines.FirstOrDefault(line => !injectedSet.Contains(line)) is { } lost)
        {
            return $"text lost «{Excerpt(lost)}»";
        }

        return "text has the same lines in another order or spacing";
    }

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Excerpt(string? text)
    {
        string collapsed = Collapse(text);
        return collapsed.Length <= ExcerptLength ? collapsed : collapsed[..ExcerptLength] + "…";
    }

    private static string Collapse(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
