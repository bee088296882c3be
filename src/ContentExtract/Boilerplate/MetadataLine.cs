using System.Text.RegularExpressions;
using ContentExtract.Text;

namespace ContentExtract.Boilerplate;

/// <summary>
/// Lines that state when, where from and by whom — "2011-10-12 来源：人民日报", "By Jane Doe",
/// "Publié le 18/05/2024", "Tuesday 9 April 2024, 6:30am" — rather than tell the story.
/// </summary>
internal static partial class MetadataLine
{
    private const int MaxLength = 120;
    private const double MaxWords = 16;

    private static readonly string[] Labels =
    [
        "来源：", "来源:", "来源 ", "作者：", "作者:", "记者：", "记者:", "发布时间", "发布日期", "发表时间", "更新时间", "时间：", "时间:", "日期：", "日期:",
        "编辑：", "编辑:", "责任编辑", "通讯员", "点击数", "点击：", "浏览次数", "阅读数", "阅读：", "字号", "稿源",
        "Published", "Updated", "Posted", "Last updated", "Last modified", "Written by", "Photo:", "Image:", "Credit:", "Source:", "Reporting by",
        "Publié", "Mis à jour", "Veröffentlicht", "Aktualisiert", "Stand:", "Publicado", "Actualizado", "Foto:",
    ];

    private static readonly string[] BylinePrefixes = ["By ", "BY ", "Von ", "Par ", "Por ", "Door ", "Di ", "Av ", "Text: "];

    // The first characters of the labels and of the byline prefixes: a line that starts with none of them is compared
    // with none (the classifier asks about every block, and nearly every block starts otherwise).
    private static readonly System.Buffers.SearchValues<char> LabelStarts = System.Buffers.SearchValues.Create([.. Labels.Select(label => label[0]).Distinct()]);
    private static readonly System.Buffers.SearchValues<char> BylineStarts = System.Buffers.SearchValues.Create([.. BylinePrefixes.Select(prefix => prefix[0]).Distinct()]);

    public static bool IsMetadata(string line, TextStats stats)
    {
        if (line.Length > MaxLength)
        {
            return false;
        }

        // "来源：溱川日报 时间：2024-05-12 09:30 作者：记者 周雨桐": a labelled line may list several facts.
        if (line.Length > 0 && LabelStarts.Contains(line[0]))
        {
            foreach (var label in Labels)
            {
                if (line.StartsWith(label, StringComparison.Ordinal))
                {
                    // "记者：你们的市场在哪？": an interview's question under the reporter's label is speech, not a fact about the page.
                    return stats.Words <= 2 * MaxWords && !line.EndsWith('。') && !EndsAsQuestionOrExclamation(line);
                }
            }
        }

        if (stats.Words > MaxWords)
        {
            return false;
        }

        if (line.Length > 0 && BylineStarts.Contains(line[0]))
        {
            foreach (var prefix in BylinePrefixes)
            {
                // "By Jane Doe, Staff writer": a capitalised name after the word, no sentence.
                if (line.StartsWith(prefix, StringComparison.Ordinal) && line.Length > prefix.Length && char.IsUpper(line[prefix.Length])
                    && stats.Words <= 10 && !stats.EndsWithSentenceEnd)
                {
                    return true;
                }
            }
        }

        return !line.EndsWith('。') && (stats.SentenceEnds <= 1 || stats.Words <= 8) && HasCentury(line) && DateLike().IsMatch(line);
    }

    private static bool EndsAsQuestionOrExclamation(string line)
    {
        var end = line.AsSpan().TrimEnd();
        return end.Length > 0 && end[^1] is '?' or '？' or '!' or '！';
    }

    /// <summary>
    /// Every date <see cref="DateLike"/> matches has a year of this century or the last, so a line without "19" or "20" needs no regex
    /// (most lines: the classifier asks for every block).
    /// </summary>
    private static bool HasCentury(string line) => line.Contains("19", StringComparison.Ordinal) || line.Contains("20", StringComparison.Ordinal);

    private const string Months = "Jan(?:uary|uar)?|Feb(?:ruary|ruar)?|Mar(?:ch)?|März|Apr(?:il)?|May|Mai|Jun[ei]?|Jul[iy]?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Okt(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Dez(?:ember)?"
        + "|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
        + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre";

    /// <summary>A date early in a short line: 2011-10-12, 2011年10月12日, 12.10.2011, 9 April 2024, Oct 12, 2024.</summary>
    [GeneratedRegex(@"^\D{0,28}(?:(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*(?:19|20)\d\d|\d{1,2}\.?\s+(?:" + Months + @")\.?,?\s+(?:19|20)\d\d|(?:" + Months + @")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateLike();
}
