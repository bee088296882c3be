using ContentExtract.Text;

namespace ContentExtract.Boilerplate;

/// <summary>
/// Recognizes the notices that close a page by their grammar rather than by their wording: a copyright sign or word
/// followed by a year, a site licence number (ICP) followed by its digits, a line of labelled contact fields (address,
/// postcode, telephone, fax, e-mail), and a link to the previous or next article. Phrases such as "版权所有" or
/// "All rights reserved" are in <see cref="BoilerplateLexicon"/>; these shapes catch the notices that word themselves
/// otherwise ("Powered by … © 2001-2006 …", "经营许可证编号：京ICP00000000号"). Each test is one pass over the block.
/// </summary>
internal static class NoticeRecognizer
{
    /// <summary>Longest block, in word units, that a notice line is taken for; a paragraph that cites one is prose.</summary>
    public const double MaxNoticeWords = 30;

    /// <summary>Characters between a copyright mark and its year: spaces, a second mark, a colon.</summary>
    private const int MaxGapToYear = 3;

    /// <summary>Characters before a colon that a contact label may span ("电子邮件", "E-mail", spaced "地 址").</summary>
    private const int MaxLabelLength = 8;

    /// <summary>Labelled contact fields that make a contact line: two, as one ("电话：…") may be the article's own.</summary>
    private const int MinContactFields = 2;

    private static readonly string[] ContactLabels =
    [
        "地址", "邮编", "邮政编码", "电话", "传真", "邮箱", "信箱", "电子邮件", "热线", "联系方式", "联系人",
        "address", "tel", "phone", "telephone", "fax", "e-mail", "email", "mail",
    ];

    private static readonly string[] AdjacentArticleLabels =
    [
        "上一篇", "下一篇", "上一条", "下一条", "上篇", "下篇",
        "previous article", "next article", "previous post", "next post", "previous story", "next story",
    ];

    private static readonly PrefixTable AdjacentArticleTable = PrefixTable.Create(AdjacentArticleLabels, StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the block is a notice of one of the recognized shapes; null when it is none.</summary>
    public static string? NoticeReason(string text, TextStats stats)
    {
        if (stats.Words > MaxNoticeWords)
        {
            return null;
        }

        var span = text.AsSpan();
        if (HasCopyrightYear(span))
        {
            return "copyright mark with a year";
        }

        if (HasLicenceNumber(span))
        {
            return "site licence (ICP) number";
        }

        if (CountContactFields(span) >= MinContactFields)
        {
            return "labelled contact fields";
        }

        return IsAdjacentArticleLink(span) ? "link to the previous or next article" : null;
    }

    /// <summary>Word units of the holder a copyright line may name after its year ("Example Media Group Ltd.").</summary>
    private const double MaxHolderWords = 8;

    /// <summary>
    /// "© 2024 Example Media", "Powered by … (c) 2001-2006 Example Inc.": a copyright mark or word with a year after it,
    /// outside brackets, that ends the block after a short holder's name. A mark inside a citation ("(Boston : Press,
    /// ©1919.)") or followed by a further sentence ("… by A. Writer, Copyright 2013. It is reprinted here …") cites
    /// a copyright; it is no notice.
    /// </summary>
    internal static bool HasCopyrightYear(ReadOnlySpan<char> text)
    {
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            depth += c is '(' or '（' or '[' ? 1 : c is ')' or '）' or ']' && depth > 0 ? -1 : 0;
            int after = c switch
            {
                '©' or 'ⓒ' => i + 1,
                '(' when i + 2 < text.Length && text[i + 1] is 'c' or 'C' && text[i + 2] == ')' => i + 3,
                'C' or 'c' when text[i..].StartsWith("copyright", StringComparison.OrdinalIgnoreCase) => i + "copyright".Length,
                _ => -1,
            };
            bool bracketed = depth > (c == '(' && after >= 0 ? 1 : 0);
            if (after >= 0 && !bracketed && YearEnd(text, after) is > 0 and var end && IsHolderTail(text[end..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the year (or range of years, "2001-2006") after a copyright mark ends; 0 when no year follows.</summary>
    private static int YearEnd(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i < text.Length && i - start <= MaxGapToYear && (CharClass.IsSpace(text[i]) || text[i] is '©' or ':' or '：'))
        {
            i++;
        }

        if (!IsYear(text, i))
        {
            return 0;
        }

        int end = i + 4;
        if (end + 1 < text.Length && text[end] is '-' or '–' or '—' or '~' && IsYear(text, end + 1))
        {
            end += 5;
        }

        return end;
    }

    private static bool IsYear(ReadOnlySpan<char> text, int i) =>
        i + 4 <= text.Length
        && (text[i..].StartsWith("19", StringComparison.Ordinal) || text[i..].StartsWith("20", StringComparison.Ordinal))
        && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
        && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4]));

    /// <summary>The rest of a copyright line after its year: a short holder's name, no further sentence.</summary>
    private static bool IsHolderTail(ReadOnlySpan<char> tail)
    {
        if (TextStats.Of(tail).Words > MaxHolderWords)
        {
            return false;
        }

        for (int i = 0; i + 1 < tail.Length; i++)
        {
            if (tail[i] is '.' or '!' or '?' or '。' or '！' or '？' && CharClass.IsSpace(tail[i + 1]) && tail[(i + 1)..].IndexOfAnyInRange('A', 'z') >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"京ICP备12345678号", "ICP证：B2-2004", "ICP00000008号": the letters ICP, a licence word or colon perhaps, then its number.</summary>
    internal static bool HasLicenceNumber(ReadOnlySpan<char> text)
    {
        int from = 0;
        while (true)
        {
            int at = text[from..].IndexOf("ICP", StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            bool alone = at == 0 || !char.IsAsciiLetter(text[at - 1]);
            int i = at + 3;
            while (i < text.Length && i - at <= 3 + MaxGapToYear && (text[i] is '备' or '证' or '案' or '号' or ':' or '：' || CharClass.IsSpace(text[i])))
            {
                i++;
            }

            if (alone && i < text.Length && (char.IsAsciiDigit(text[i]) || (char.IsAsciiLetterUpper(text[i]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
            {
                return true;
            }

            from = at + 3;
        }
    }

    /// <summary>Colons in the block that follow a contact label ("地址：", "Tel:", "E-mail:"), spaces inside the label aside.</summary>
    internal static int CountContactFields(ReadOnlySpan<char> text)
    {
        int fields = 0;
        Span<char> label = stackalloc char[MaxLabelLength];
        for (int colon = 0; colon < text.Length; colon++)
        {
            if (text[colon] is not ':' and not '：')
            {
                continue;
            }

            // The label is read back from the colon, its spaces dropped ("地 址："), until a character that no label holds.
            int length = 0;
            for (int i = colon - 1; i >= 0 && length < MaxLabelLength; i--)
            {
                char c = text[i];
                if (CharClass.IsSpace(c))
                {
                    if (length > 0 && !CharClass.IsCjk(label[MaxLabelLength - length]))
                    {
                        break;
                    }

                    continue;
                }

                if (!(CharClass.IsCjk(c) || char.IsAsciiLetter(c) || c == '-'))
                {
                    break;
                }

                label[MaxLabelLength - 1 - length] = c;
                length++;
            }

            fields += EndsWithContactLabel(label[(MaxLabelLength - length)..]) ? 1 : 0;
        }

        return fields;
    }

    private static bool EndsWithContactLabel(ReadOnlySpan<char> label)
    {
        foreach (string candidate in ContactLabels)
        {
            if (!label.EndsWith(candidate, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // A Latin label is a word of its own ("Tel:", not "Hotel:"); a CJK one may close a longer label ("联系电话：").
            int before = label.Length - candidate.Length;
            if (CharClass.IsCjk(candidate[0]) || before == 0 || !char.IsAsciiLetter(label[before - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"上一篇：…", "Next article: …": a label of the neighbouring article, a colon, and its title.</summary>
    internal static bool IsAdjacentArticleLink(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimStart();
        string? label = AdjacentArticleTable.StartOf(trimmed);
        if (label is null)
        {
            return false;
        }

        var rest = trimmed[label.Length..].TrimStart();
        return !rest.IsEmpty && rest[0] is ':' or '：';
    }
}
