#if NET9_0_OR_GREATER
using ContentExtract.Text;
using CsCheck;

namespace ContentExtract.Tests.Text;

/// <summary>
/// The scans the text path makes of every block in one loop (issue 15) give what the slower way they replaced gave:
/// words cut where <c>SplitAny</c> cut them, and one search of a union of phrase sets where each set was searched.
/// </summary>
public sealed class OnePassScanTests
{
    private static readonly Gen<char> Letter = Gen.OneOf(
        Gen.Char['a', 'e'], Gen.Char['A', 'E'], Gen.OneOf(' ', ',', '.', ';', ':', '!', '?', '"', '(', ')', '\n', '\t', '\r'),
        Gen.OneOf('“', '”', '„', '«', '»', '\u3000', 'é', 'ü', 'ı', '版', '权'));

    private static readonly Gen<string> Text = Letter.Array[0, 60].Select(chars => new string(chars));

    [Fact]
    public void Function_words_are_counted_over_the_words_SplitAny_cuts() =>
        Gen.Select(Text, Gen.OneOf(Gen.Const("the"), Gen.Const("Der"), Gen.Const("für"), Gen.Const("ÉT")))
            .Sample((text, word) =>
            {
                string planted = text.Insert(text.Length / 2, $" {word} ");
                var separators = System.Buffers.SearchValues.Create(" \n\t\r,.;:!?\"()“”„«»");
                int words = 0;
                foreach (var range in planted.AsSpan().SplitAny(separators))
                {
                    words += range.End.GetOffset(planted.Length) > range.Start.GetOffset(planted.Length) ? 1 : 0;
                }

                var (counted, stopwords) = LanguageIdentifier.CountStopwords(planted);
                Assert.Equal(words, counted);
                Assert.InRange(stopwords, word == "ÉT" ? 0 : 1, counted);
            });

    [Fact]
    public void The_language_is_told_from_words_cut_at_every_separator()
    {
        // Each function word is glued to the next by one of the separators; joined by a hyphen instead, they are one word.
        const string separated = "the(of)and,to.in;is:that!for?it\"with\tas\nwas\rthe council";
        Assert.Equal("en", LanguageIdentifier.Identify(separated));
        Assert.Null(LanguageIdentifier.Identify(string.Join('-', separated.Split([' ', '(', ')', ',', '.', ';', ':', '!', '?', '"', '\t', '\n', '\r']))));
    }

    [Fact]
    public void Quotation_marks_outside_ASCII_cut_words_for_the_count()
    {
        Assert.Equal((5, 4), LanguageIdentifier.CountStopwords("„Das ist“ «le» “the” end"));
    }

    [Fact]
    public void Function_words_packed_from_ASCII_are_those_the_case_blind_lookup_finds()
    {
        // Every listed word in the cases a page writes it, and with the characters outside ASCII that equal an ASCII
        // letter without case ("ſ" for "s", "ı", the Kelvin sign): the packed table must neither miss nor add a word.
        var probes = new List<string>();
        foreach (string word in LanguageIdentifier.FunctionWords)
        {
            probes.AddRange([word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..], word.Replace('s', 'ſ'), word.Replace('i', 'ı'), word.Replace('k', '\u212A'), word + "s", word[..^1]]);
        }

        probes.AddRange(["", "a", "A", "\0", "the\0", "théo", "thee", "tHe", "zijnzijn", "ab\u007fc"]);
        int found = 0;
        foreach (string probe in probes)
        {
            int expected = LanguageIdentifier.StopwordLanguagesCaseBlind(probe);
            Assert.Equal(expected, LanguageIdentifier.StopwordLanguagesOf(probe));
            found += expected != 0 ? 1 : 0;
        }

        Assert.True(found > 300, $"only {found} probes are function words");
    }

    [Fact]
    public void Random_words_get_the_languages_the_case_blind_lookup_gives() =>
        Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.OneOf('é', 'ü', 'ſ', 'ı', 'è', 'ã', '\u212A')).Array[1, 6]
            .Sample(chars => Assert.Equal(LanguageIdentifier.StopwordLanguagesCaseBlind(chars), LanguageIdentifier.StopwordLanguagesOf(chars)));

    [Fact]
    public void A_union_of_phrase_sets_finds_a_phrase_where_either_set_does() =>
        Gen.Select(Gen.String[1, 4].Array[1, 6], Gen.String[1, 4].Array[1, 6], Text, Gen.Bool)
            .Sample((first, second, text, plant) =>
            {
                var a = PhraseSet.Create(first, StringComparison.OrdinalIgnoreCase);
                var b = PhraseSet.Create(second, StringComparison.OrdinalIgnoreCase);
                string probe = plant ? text.Insert(text.Length / 2, second[^1].ToUpperInvariant()) : text;
                Assert.Equal(a.IsFoundIn(probe) || b.IsFoundIn(probe), PhraseSet.Union(a, b).IsFoundIn(probe));
            });

    [Fact]
    public void Only_sets_compared_the_same_way_make_a_union() =>
        Assert.Throws<ArgumentException>(() => PhraseSet.Union(
            PhraseSet.Create(["a"], StringComparison.Ordinal), PhraseSet.Create(["b"], StringComparison.OrdinalIgnoreCase)));
}
#endif
