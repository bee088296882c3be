namespace ContentExtract.Structure;

/// <summary>
/// The links an embedded post ends with (pic.twitter.com/…, https://t.co/…), which are not part of its words.
/// Found from the end of the text, word by word, so that the time is linear in the text: the pattern this replaces,
/// <c>(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+))+\s*$</c>, backtracked exponentially on links written without
/// spaces between them. It cuts where that pattern's first match started.
/// </summary>
internal static class PostLinks
{
    private static readonly string[] Prefixes = ["http://", "https://", "pic.twitter.com/"];

    /// <summary>The text without the links it ends with and the white space around them; the text itself where it ends with none.</summary>
    public static string TrimTrailing(string text)
    {
        int start = StartOfTrailingLinks(text);
        return start < 0 ? text : text[..start];
    }

    /// <summary>
    /// Where the trailing links start, with the white space before them, or -1. A run of characters without white
    /// space is links when it starts with a link prefix and has more after it; the run before the links may hold
    /// one from its middle on ("words…https://t.co/x").
    /// </summary>
    internal static int StartOfTrailingLinks(string text)
    {
        int end = text.Length;
        bool found = false;
        while (true)
        {
            int wordEnd = end;
            while (wordEnd > 0 && char.IsWhiteSpace(text[wordEnd - 1]))
            {
                wordEnd--;
            }

            if (wordEnd == 0)
            {
                return found ? 0 : -1;
            }

            int wordStart = wordEnd;
            while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]))
            {
                wordStart--;
            }

            int link = FirstLinkStart(text.AsSpan(wordStart, wordEnd - wordStart));
            if (link < 0)
            {
                return found ? wordEnd : -1;
            }

            if (link > 0)
            {
                return wordStart + link;
            }

            found = true;
            end = wordStart;
        }
    }

    /// <summary>The first position in a word from which the rest is links: a prefix with at least one character after it; -1 if none.</summary>
    private static int FirstLinkStart(ReadOnlySpan<char> word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (word[i] is not ('h' or 'p'))
            {
                continue;
            }

            var rest = word[i..];
            foreach (var prefix in Prefixes)
            {
                if (rest.Length > prefix.Length && rest.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
