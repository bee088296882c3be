namespace ContentExtract.Text;

/// <summary>Small string operations the stages share.</summary>
internal static class TextSpan
{
    /// <summary>Every character <see cref="CharClass.IsSpace"/> takes for a space but ' ' itself, found once for the process.</summary>
    private static readonly System.Buffers.SearchValues<char> OtherSpaces = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && CharClass.IsSpace(c))]);

    /// <summary>Trims white space including the ideographic space, no-break space and zero-width characters.</summary>
    public static ReadOnlySpan<char> TrimAll(ReadOnlySpan<char> text)
    {
        int start = 0, end = text.Length;
        while (start < end && CharClass.IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && CharClass.IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    public static string TrimAll(string text)
    {
        var trimmed = TrimAll(text.AsSpan());
        return trimmed.Length == text.Length ? text : trimmed.ToString();
    }

    /// <summary>
    /// True when the text is a web address rather than words: an absolute http(s) URL, or a host-relative path or
    /// <c>www.</c> address with no space in it. Such a value is never shown as a name (an <c>article:author</c> profile link).
    /// </summary>
    public static bool IsWebAddress(string text)
    {
        var span = TrimAll(text.AsSpan());
        if (span.IsEmpty || span.ContainsAny(' ', '\u00A0', '\u3000'))
        {
            return false;
        }

        return span.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || span.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("//", StringComparison.Ordinal) || span.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || (span[0] == '/' && span.Length > 1);
    }

    /// <summary>Collapses every run of white space to one space and trims the ends.</summary>
    public static string CollapseSpaces(string text)
    {
        var span = TrimAll(text.AsSpan());

        // Nothing to collapse unless a space other than ' ' or two spaces in a row occur: two vectorized searches
        // instead of a test of every character (most blocks need nothing; the text path asks for every block).
        bool needed = span.IndexOfAny(OtherSpaces) >= 0 || span.IndexOf("  ", StringComparison.Ordinal) >= 0;
        if (!needed)
        {
            return span.Length == text.Length ? text : span.ToString();
        }

        var builder = new System.Text.StringBuilder(span.Length);
        bool pendingSpace = false;
        foreach (char c in span)
        {
            if (CharClass.IsSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Joins two pieces of one paragraph: with a space between Latin words, without one between CJK characters.</summary>
    public static string JoinWrapped(string left, string right)
    {
        if (left.Length == 0)
        {
            return right;
        }

        if (right.Length == 0)
        {
            return left;
        }

        return Glues(new Tail(left, null), right) ? string.Concat(left, right) : string.Concat(left, " ", right);
    }

    /// <summary>
    /// Appends the next piece of a paragraph as <see cref="JoinWrapped(string, string)"/> joins it, without copying what
    /// the paragraph holds so far: a paragraph of many wrapped lines is joined in time linear in its length.
    /// </summary>
    public static void AppendWrapped(System.Text.StringBuilder left, ReadOnlySpan<char> right)
    {
        if (right.Length == 0)
        {
            return;
        }

        if (left.Length > 0 && !Glues(new Tail(null, left), right))
        {
            left.Append(' ');
        }

        left.Append(right);
    }

    private static bool Glues(Tail left, ReadOnlySpan<char> right)
    {
        char a = left[left.Length - 1], b = right[0];
        bool glue = (CharClass.IsCjk(a) || CharClass.IsCjkPunctuation(a)) && (CharClass.IsCjk(b) || CharClass.IsCjkPunctuation(b));

        // A dump wraps CJK text at its width wherever the column ends, numbers and brackets included
        // ("…果树93" / "(01)班…"); inside CJK text those had no space. Latin words keep theirs.
        glue |= !char.IsWhiteSpace(a) && !char.IsWhiteSpace(b) && !IsLatinLetter(a) && !IsLatinLetter(b) && EndsInCjkText(left);
        glue |= a == '-' && left.Length > 1 && char.IsLetter(left[left.Length - 2]) && char.IsLower(b);
        return glue;
    }

    /// <summary>The end of a paragraph being joined, held as a string or as a builder (whose last characters are read without copying it).</summary>
    private readonly struct Tail(string? text, System.Text.StringBuilder? builder)
    {
        public int Length => text?.Length ?? builder!.Length;

        public char this[int index] => text is not null ? text[index] : builder![index];
    }

    private static bool IsLatinLetter(char c) => char.IsLetter(c) && !CharClass.IsCjk(c);

    /// <summary>True when most of the last characters of the text are CJK.</summary>
    private static bool EndsInCjkText(Tail text)
    {
        int cjk = 0, counted = 0;
        for (int i = text.Length - 1; i >= 0 && counted < 12; i--)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            counted++;
            cjk += CharClass.IsCjk(c) || CharClass.IsCjkPunctuation(c) ? 1 : 0;
        }

        return counted > 0 && cjk * 2 > counted;
    }
}
