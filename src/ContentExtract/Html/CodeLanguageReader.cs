using System.Collections.Frozen;
using AngleSharp.Dom;

namespace ContentExtract.Html;

/// <summary>
/// Reads the language a page names for a code listing. Syntax highlighters write it into class names
/// (<c>language-python</c> in Prism, highlight.js and Markdown renderers, <c>lang-js</c> in Prettify,
/// <c>highlight-source-python</c> on GitHub, <c>highlight-python</c> in Sphinx, <c>brush: js;</c> in
/// SyntaxHighlighter) or into <c>data-lang</c>; on the <c>&lt;pre&gt;</c>, on the <c>&lt;code&gt;</c>
/// inside it, or on the wrapper elements they put around it.
/// </summary>
internal static class CodeLanguageReader
{
    /// <summary>How far up the wrappers go: Jekyll and Sphinx put the language two elements above the pre.</summary>
    private const int MaxWrapperDepth = 2;

    private const int MaxLanguageLength = 32;

    /// <summary>Class prefixes before a language, longest first where one starts another.</summary>
    private static readonly string[] WrapperPrefixes = ["language-", "highlight-source-", "highlight-"];

    private static readonly string[] OwnPrefixes = [.. WrapperPrefixes, "lang-"];

    /// <summary>Words after a prefix that name a highlighter's setting or a wrapper's part, not a language.</summary>
    private static readonly FrozenSet<string> NotLanguages = FrozenSet.ToFrozenSet(
        ["none", "default", "nohighlight", "plain", "container", "wrapper", "block", "box", "content", "header", "toolbar", "code", "source", "switcher", "selector", "menu"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The language, lower-cased, or null when the markup names none.</summary>
    public static string? Read(IElement pre)
    {
        if (FromElement(pre, ownMarkup: true) is { } own)
        {
            return own;
        }

        if (pre.QuerySelector("code") is { } code && FromElement(code, ownMarkup: true) is { } fromCode)
        {
            return fromCode;
        }

        var wrapper = pre.ParentElement;
        for (int level = 0; level < MaxWrapperDepth && wrapper is not null; level++, wrapper = wrapper.ParentElement)
        {
            if (FromElement(wrapper, ownMarkup: false) is { } fromWrapper)
            {
                return fromWrapper;
            }
        }

        return null;
    }

    /// <summary>
    /// The language one element names. A wrapper is trusted only for the highlighters' own prefixes: a
    /// <c>lang-</c> class or a <c>brush:</c> on a page's div may mean something else.
    /// </summary>
    private static string? FromElement(IElement element, bool ownMarkup)
    {
        foreach (string attribute in (ReadOnlySpan<string>)["data-lang", "data-language"])
        {
            if (element.GetAttribute(attribute) is { } value && Normalize(value.AsSpan().Trim()) is { } named)
            {
                return named;
            }
        }

        if (element.GetAttribute("class") is not { Length: > 0 } classes)
        {
            return null;
        }

        if (ownMarkup && classes.IndexOf("brush:", StringComparison.OrdinalIgnoreCase) is >= 0 and var brush)
        {
            // SyntaxHighlighter's "brush: js; gutter: false": the value runs to the next ';' or space.
            var rest = classes.AsSpan(brush + "brush:".Length).TrimStart();
            int stop = rest.IndexOfAny("; \t\n");
            if (Normalize(stop < 0 ? rest : rest[..stop]) is { } brushed)
            {
                return brushed;
            }
        }

        var span = classes.AsSpan();
        foreach (var range in span.SplitAny(" \t\n\r\f"))
        {
            if (AfterPrefix(span[range], ownMarkup ? OwnPrefixes : WrapperPrefixes) is { } language)
            {
                return language;
            }
        }

        return null;
    }

    private static string? AfterPrefix(ReadOnlySpan<char> token, string[] prefixes)
    {
        foreach (string prefix in prefixes)
        {
            if (token.Length > prefix.Length && token.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return Normalize(token[prefix.Length..]);
            }
        }

        return null;
    }

    /// <summary>A language name: a letter, then letters, digits and <c>+ # - . _</c>; anything else is not one.</summary>
    private static string? Normalize(ReadOnlySpan<char> name)
    {
        if (name.Length is 0 or > MaxLanguageLength || !char.IsAsciiLetter(name[0])
            || name.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+#-._") >= 0)
        {
            return null;
        }

        string language = name.ToString().ToLowerInvariant();
        return NotLanguages.Contains(language) ? null : language;
    }
}
