using ContentExtract.Text;
#if NET9_0_OR_GREATER
using CsCheck;
#endif

namespace ContentExtract.Tests.Text;

/// <summary>
/// A prefix table gives a text only the phrases whose first character its own may equal; the phrases it starts with are
/// then exactly those a comparison with every phrase finds, in the same order.
/// </summary>
public sealed class PrefixTableTests
{
#if NET9_0_OR_GREATER
    // CsCheck runs on net10.0 only (the test project's note); the other tests run on both targets.
    private static readonly Gen<char> Letter = Gen.OneOf(
        Gen.Char['a', 'e'], Gen.Char['A', 'E'], Gen.Const(' '), Gen.Const(':'), Gen.Const('('),
        Gen.OneOf('相', '关', 'ß', 'ẞ', 'K', 'k', '\u212A', 'İ', 'ı', 'i', 'I', 'é', 'É', 's', 'S', 'ſ'));

    private static readonly Gen<string> Text = Letter.Array[0, 12].Select(chars => new string(chars));

    private static readonly Gen<string> Phrase = Letter.Array[1, 4].Select(chars => new string(chars));

    [Fact]
    public void The_phrases_a_text_starts_with_are_those_every_comparison_finds_in_order() =>
        Gen.Select(Phrase.Array[1, 15], Text, Gen.Bool)
            .Sample((phrases, text, ignoreCase) =>
            {
                var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                var table = PrefixTable.Create(phrases, comparison);
                var expected = phrases.Where(phrase => text.StartsWith(phrase, comparison)).ToArray();
                var found = table.Candidates(text).ToArray().Where(phrase => text.StartsWith(phrase, comparison)).ToArray();
                Assert.Equal(expected, found);
                Assert.Equal(expected.FirstOrDefault(), table.StartOf(text));
            });
#endif

    [Fact]
    public void Every_character_equal_to_a_phrases_first_finds_the_phrase()
    {
        string[] phrases = ["Kommentare", "Skip", "İlgili", "ırmak", "Ähnliche Artikel", "σχόλια", "相关阅读"];
        var table = PrefixTable.Create(phrases, StringComparison.OrdinalIgnoreCase);
        foreach (string phrase in phrases)
        {
            for (int c = 0; c <= char.MaxValue; c++)
            {
                if (MemoryExtensions.Equals([(char)c], [phrase[0]], StringComparison.OrdinalIgnoreCase))
                {
                    string text = (char)c + phrase[1..];
                    Assert.Contains(phrase, table.Candidates(text).ToArray());
                }
            }
        }
    }

    [Fact]
    public void Empty_phrases_and_other_comparisons_are_refused()
    {
        Assert.Throws<ArgumentException>(() => PrefixTable.Create(["a", ""], StringComparison.Ordinal));
        Assert.Throws<ArgumentOutOfRangeException>(() => PrefixTable.Create(["a"], StringComparison.InvariantCultureIgnoreCase));
        Assert.True(PrefixTable.Create(["a"], StringComparison.Ordinal).Candidates("").IsEmpty);
    }
}
