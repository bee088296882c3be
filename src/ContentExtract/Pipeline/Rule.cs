namespace ContentExtract.Pipeline;

/// <summary>
/// The named heuristics of the pipeline that the evaluation tool's ablation report switches off one at a
/// time (<c>--ablate</c>), to show what each one pays on every corpus. A rule that pays on fewer than two
/// corpora is removed, so every value here stands beside a figure in the ablation report. Internal: a
/// user tunes the extractor through <see cref="ExtractionOptions"/>, not by switching heuristics.
/// </summary>
internal enum Rule
{
    /// <summary>The chosen run widens to the rest of the element that holds its prose.</summary>
    ContainerExpansion,

    /// <summary>A run with next to no prose is chosen again with page zones set aside.</summary>
    ZoneFreeFallback,

    /// <summary>A furniture zone that holds most of the page's prose is taken for a wrapper and cleared.</summary>
    ZoneWrapperGuard,

    /// <summary>Text inside <c>&lt;noscript&gt;</c> is read, as a reader without JavaScript sees it (copies of shown blocks aside).</summary>
    NoScriptContent,

    /// <summary>On a page that does not declare itself an article, customer reviews outside an article element are a comment thread.</summary>
    ReviewsAsComments,

    /// <summary>In a text dump, a short bulleted list with prose just before and after it is the article's, not a menu.</summary>
    ListInsideProse,

    /// <summary>A short block shaped as a notice (a copyright mark with a year, an ICP number, contact fields, a link to the next article) is furniture.</summary>
    NoticeShapes,

    /// <summary>The best run started at the headline is a candidate.</summary>
    HeadlineRunCandidate,

    /// <summary>A text dump that names no title has its headline found from its shape (a headline-sized line over the first paragraph, dated, under its trail or set apart by its indent), which is its title where the layout marks no other line.</summary>
    DumpHeadline,

    /// <summary>The densest element is a candidate.</summary>
    DensestSubtreeCandidate,

    /// <summary>The best run with comment threads read as content is a candidate.</summary>
    ThreadCandidate,

    /// <summary>The page's list of alike linked items is a candidate.</summary>
    ItemListCandidate,

    /// <summary>The page's main area read whole is a candidate.</summary>
    MainAreaCandidate,

    /// <summary>Where the judge doubts, SmartReader's article decides between the two best candidates.</summary>
    SecondOpinionOnDoubt,

    /// <summary>The page's own text as its JSON-LD states it (an article's body, a product's description) is added where the content holds less than half of it.</summary>
    StatedTextFallback,

    /// <summary>
    /// In a text dump, between two entries of a link box a card's date and one summary line of prose are passed over, as in
    /// HTML, where the layout does not repeat line for line.
    /// </summary>
    DumpCardSummaries,

    /// <summary>
    /// In a text dump laid out in side-by-side page columns, a column's lines after the last line that both columns write
    /// (the article running on below a shorter sidebar) stay with their column, ahead of the other column's lines.
    /// </summary>
    ColumnContinuation,

    /// <summary>
    /// In a text dump, a page column's wrap width is read from its lines of text: a line that starts in the right half of
    /// the width it reaches (right-aligned, centred far right) sets none, and a rule a few columns wider than the widest
    /// line of text (drawn to the cell's border) gives way to that line.
    /// </summary>
    WrapWidthFromTextLines,
}

/// <summary>Rule names as the ablation report and the command line spell them.</summary>
internal static class RuleNames
{
    /// <summary>"container-expansion" for <see cref="Rule.ContainerExpansion"/>.</summary>
    public static string Of(Rule rule)
    {
        string name = rule.ToString();
        var kebab = new System.Text.StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(name[i]));
        }

        return kebab.ToString();
    }

    /// <summary>The rule a name spells, as <see cref="Of"/> writes it.</summary>
    public static bool TryParse(string name, out Rule rule)
    {
        foreach (var candidate in Enum.GetValues<Rule>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                rule = candidate;
                return true;
            }
        }

        rule = default;
        return false;
    }
}
