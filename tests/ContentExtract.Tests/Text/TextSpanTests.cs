using ContentExtract.Text;

namespace ContentExtract.Tests.Text;

/// <summary>
/// <see cref="TextSpan.CollapseSpaces"/> against the plain definition (trim, then each run of spaces of any kind one
/// ' '), on every string of up to six characters over letters and the kinds of space it knows, and the text itself
/// returned where nothing changes.
/// </summary>
public sealed class TextSpanTests
{
    private static readonly char[] Alphabet = ['a', '中', ' ', '\t', '\n', '\u00A0', '\u200B', '\u3000', '\uFEFF'];

    [Fact]
    public void Collapsing_spaces_equals_the_plain_definition_on_every_short_string()
    {
        int checkedStrings = 0;
        foreach (string text in Strings(6))
        {
            Assert.Equal(Reference(text), TextSpan.CollapseSpaces(text));
            checkedStrings++;
        }

        Assert.True(checkedStrings > 500_000);
    }

    [Fact]
    public void A_text_with_nothing_to_collapse_is_returned_as_it_is()
    {
        const string text = "one two 三";
        Assert.Same(text, TextSpan.CollapseSpaces(text));
    }

    private static string Reference(string text)
    {
        var builder = new System.Text.StringBuilder();
        bool pending = false;
        foreach (char c in text)
        {
            if (CharClass.IsSpace(c))
            {
                pending = builder.Length > 0;
                continue;
            }

            if (pending)
            {
                builder.Append(' ');
                pending = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Strings(int maxLength)
    {
        var current = new List<string> { string.Empty };
        for (int length = 1; length <= maxLength; length++)
        {
            current = [.. current.SelectMany(prefix => Alphabet.Select(c => prefix + c))];
            foreach (string text in current)
            {
                yield return text;
            }
        }
    }
}
