using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentExtract.Evaluation.Metrics;

/// <summary>
/// The string rules of Python 3 that score.py relies on, so that the figures here equal its figures:
/// <c>re</c>'s Unicode <c>\w</c> and <c>\s</c>, <c>str.lower()</c>, <c>len()</c> in code points and
/// <c>format(x, ".3f")</c>.
/// </summary>
internal static partial class PythonTextSemantics
{
    // Python's \s also matches the information separators U+001C..U+001F; .NET's \s does not.
    [GeneratedRegex(@"[\s\x1C-\x1F]+")]
    private static partial Regex WhitespaceRun();

    /// <summary>score.py's <c>norm</c>: every whitespace run becomes one space, then the ends are trimmed.</summary>
    public static string CollapseWhitespace(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : WhitespaceRun().Replace(text, " ").Trim(' ');

    /// <summary>The matches of Python's <c>re.findall(r"\w+", text)</c>.</summary>
    public static List<string> WordTokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        int start = -1;
        int index = 0;
        while (index < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out int length);
            // A lone surrogate decodes to U+FFFD, which is not a word character, as in Python.
            bool isWord = IsWordCharacter(rune);
            if (isWord && start < 0)
            {
                start = index;
            }
            else if (!isWord && start >= 0)
            {
                tokens.Add(text[start..index]);
                start = -1;
            }

            index += length;
        }

        if (start >= 0)
        {
            tokens.Add(text[start..]);
        }

        return tokens;
    }

    /// <summary>Python's <c>str.isalnum() or c == "_"</c>, which is what <c>\w</c> means for a <c>str</c> pattern.</summary>
    /// <remarks>
    /// .NET's <c>\w</c> differs: it takes combining marks (Mn) and all connector punctuation but not
    /// letter-like or other numbers (Nl, No), which splits Indic and Thai words differently.
    /// </remarks>
    public static bool IsWordCharacter(Rune rune) =>
        rune.Value == '_'
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
        || Rune.GetNumericValue(rune) != -1;

    /// <summary>Python's <c>len()</c>: code points, so an emoji counts once rather than as two UTF-16 units.</summary>
    public static int CodePointCount(string text)
    {
        int count = 0;
        for (int index = 0; index < text.Length; index++)
        {
            if (!(char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Python's <c>str.lower()</c>: the invariant simple mapping plus the two full-mapping rules Python applies,
    /// U+0130 to "i̇" and the final sigma.
    /// </summary>
    public static string Lower(string text)
    {
        var lowered = new StringBuilder(text.Length);
        int index = 0;
        while (index < text.Length)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out int length) != OperationStatus.Done)
            {
                lowered.Append(text[index]);
                index += length;
                continue;
            }

            switch (rune.Value)
            {
                case 0x130:
                    lowered.Append("i\u0307");
                    break;
                case 0x3A3:
                    lowered.Append(IsFinalSigma(text, index) ? 'ς' : 'σ');
                    break;
                default:
                    lowered.Append(Rune.ToLowerInvariant(rune).ToString());
                    break;
            }

            index += length;
        }

        return lowered.ToString();
    }

    /// <summary>Python's <c>format(value, ".3f")</c>.</summary>
    /// <remarks>
    /// .NET's "F3" rounds the exact binary value, ties to even, as Python does (0.0625 gives 0.062);
    /// rounding with <see cref="Math.Round(double, int, MidpointRounding)"/> first would not (0.0005 would give 0.000).
    /// </remarks>
    public static string FormatFixed3(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    // Unicode's Final_Sigma context as CPython's handle_capital_sigma tests it:
    // a cased letter, case-ignorables, the sigma, and no cased letter after further case-ignorables.
    private static bool IsFinalSigma(string text, int sigmaIndex)
    {
        Rune? before = null;
        for (int index = sigmaIndex; index > 0;)
        {
            Rune.DecodeLastFromUtf16(text.AsSpan(0, index), out var rune, out int length);
            index -= length;
            if (!IsCaseIgnorable(rune))
            {
                before = rune;
                break;
            }
        }

        if (before is not { } preceding || !IsCased(preceding))
        {
            return false;
        }

        for (int index = sigmaIndex + 1; index < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out int length);
            index += length;
            if (!IsCaseIgnorable(rune))
            {
                return !IsCased(rune);
            }
        }

        return true;
    }

    private static bool IsCased(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        || Rune.ToLowerInvariant(rune) != rune
        || Rune.ToUpperInvariant(rune) != rune;

    // Case_Ignorable: marks, format characters, modifiers, and the Word_Break MidLetter, MidNumLet and Single_Quote characters.
    private static bool IsCaseIgnorable(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
        || rune.Value is '\'' or '.' or ':' or 0xB7 or 0x387 or 0x55F or 0x5F4 or 0x2018 or 0x2019 or 0x2024 or 0x2027
            or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
}
