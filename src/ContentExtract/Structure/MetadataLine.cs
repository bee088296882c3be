using System.Text.RegularExpressions;

namespace ContentExtract.Structure;

/// <summary>Lines that state when, where from and by whom: "2011-10-12 来源：人民日报", "By Jane Doe", "Updated 3 hours ago".</summary>
internal static partial class MetadataLine
{
    private static readonly string[] Labels =
    [
        "来源", "作者", "记者", "发布时间", "发布日期", "发表时间", "时间：", "时间:", "日期：", "日期:", "编辑：", "编辑:", "责任编辑", "通讯员", "点击数", "浏览次数", "阅读数",
        "By ", "Published", "Updated", "Posted", "Last updated", "Written by", "Photo:", "Image:", "Credit:", "Source:",
    ];

    public static bool IsMetadata(string line)
    {
        if (line.Length > 120)
        {
            return false;
        }

        foreach (var label in Labels)
        {
            if (line.StartsWith(label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return line.Length <= 80 && DateLike().IsMatch(line) && !line.EndsWith('。');
    }

    /// <summary>A date early in a short line: 2011-10-12, 2011/10/12, 2011年10月12日, 12.10.2011, Oct 12, 2011.</summary>
    [GeneratedRegex(@"^\D{0,20}(?:(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();
}
