using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>Removes the site name a page title carries after the headline: "Headline - Site", "标题_新闻_网站".</summary>
internal static class SiteSuffix
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", "_", "｜", "丨 ", "丨", "--", " -- "];

    public static string Strip(string title)
    {
        string best = title;
        foreach (var separator in Separators)
        {
            int at = title.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            // The headline is the longest part; site names and channel names are short.
            string head = TextSpan.TrimAll(title[..at]);
            if (head.Length >= 4 && head.Length < best.Length && TextStats.Of(head).Words >= TextStats.Of(title).Words * 0.4)
            {
                best = head;
            }
        }

        return best;
    }
}
