#if NET9_0_OR_GREATER
using ContentExtract.Text;
using CsCheck;

namespace ContentExtract.Tests.Text;

/// <summary>
/// A short text's ASCII phrases are looked for by their first three characters, and its other phrases' anchors in a bit
/// table, instead of by <c>SearchValues</c> (issue 15): both ways must find the same phrases, as words and anywhere,
/// with and without case, so that no page reads differently.
/// </summary>
public sealed class PhraseTrigramTests
{
    // The characters outside ASCII that equal an ASCII letter without case (ſ, the Kelvin sign, ı, İ) are where the index could miss.
    private static readonly Gen<char> Letter = Gen.OneOf(
        Gen.Char['a', 'e'], Gen.Char['A', 'E'], Gen.OneOf('s', 'S', 'k', 'K', 'i', 'I', ' ', ' ', '-', '\'', ',', '.'),
        Gen.OneOf('ſ', '\u212A', 'ı', 'İ', 'é', '版', 'ü', '\u00A0'));

    private static readonly Gen<string> Text = Letter.Array[0, 70].Select(chars => new string(chars));

    private static readonly Gen<string> AsciiPhrase = Gen.OneOf(Gen.Char['a', 'e'], Gen.Char['A', 'E'], Gen.OneOf('s', 'K', 'i', ' ', '-', '\''))
        .Array[3, 7].Select(chars => new string(chars));

    [Fact]
    public void Every_character_equal_to_an_ASCII_one_has_its_code()
    {
        int relatives = 0;
        for (int c = 0; c <= char.MaxValue; c++)
        {
            for (char ascii = '\0'; ascii <= '\u007F'; ascii++)
            {
                if (MemoryExtensions.Equals([(char)c], [ascii], StringComparison.OrdinalIgnoreCase))
                {
                    Assert.True(PhraseSet.TrigramCodeOf((char)c) == PhraseSet.TrigramCodeOf(ascii), $"U+{c:X4} equals '{ascii}' without case but is coded apart");
                    relatives += c != ascii ? 1 : 0;
                }
            }
        }

        Assert.True(PhraseSet.TrigramCodeOf('版') != PhraseSet.TrigramCodeOf('a'));
        // The runtime's comparison takes no character outside ASCII for an ASCII one; the index codes their case
        // relatives as the letter anyway, should a later runtime do so.
        Assert.Equal(PhraseSet.TrigramCodeOf('s'), PhraseSet.TrigramCodeOf('ſ'));
        Assert.Equal(PhraseSet.TrigramCodeOf('k'), PhraseSet.TrigramCodeOf('\u212A'));
        Assert.True(relatives >= 52, $"only {relatives} pairs of different characters compared equal: the check proved little");
    }

    [Fact]
    public void The_trigram_index_finds_what_SearchValues_finds() =>
        Gen.Select(AsciiPhrase.Array[1, 20], Text, Gen.Bool, Gen.Int[0, 3])
            .Sample((phrases, text, ignoreCase, spelling) =>
            {
                var set = PhraseSet.Create(phrases, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
                string phrase = phrases[^1];
                string written = spelling switch
                {
                    0 => phrase,
                    1 => phrase.ToUpperInvariant(),
                    2 => phrase.Replace('s', 'ſ').Replace('K', '\u212A'),
                    _ => phrase.Replace('i', 'ı').Replace('I', 'İ'),
                };
                foreach (string probe in (string[])[text, text.Insert(text.Length / 2, written), text.Insert(text.Length / 2, " " + written + " "), written + text, text + written])
                {
                    foreach (bool wholeWords in (bool[])[false, true])
                    {
                        Assert.Equal(set.IsAsciiPhraseFoundBySearchValues(probe, wholeWords), set.IsAsciiPhraseFoundByTrigrams(probe, wholeWords));
                    }
                }
            });

    private static readonly PhraseSet[] Lexicons =
    [
        ContentExtract.Boilerplate.BoilerplateLexicon.AnyFurniturePhrases, ContentExtract.Boilerplate.BoilerplateLexicon.StrongFurniturePhrases,
        ContentExtract.Boilerplate.BoilerplateLexicon.FurniturePhrases, ContentExtract.Boilerplate.BoilerplateLexicon.EdgeAppealPhrases,
        ContentExtract.Structure.LinkListLexicon.ListHeadingWords, ContentExtract.Structure.LinkListLexicon.NonListHeadingPhrases,
        ContentExtract.Structure.LinkListLexicon.CopyrightPhrases, ContentExtract.Noise.ErrorPageLexicon.ErrorSentences,
            ContentExtract.Noise.ErrorPageLexicon.ServerWords, ContentExtract.Noise.PageKindLexicon.ChallengePhrases,
    ];

    [Fact]
    public void The_lexicons_find_the_same_phrases_both_ways_on_every_scrape_fixture()
    {
        var lexicons = Lexicons;
        int found = 0, indexed = 0;
        foreach (string file in Directory.EnumerateFiles(Support.RepositoryPaths.Scrapes).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
        {
            foreach (string line in File.ReadAllText(file).Split('\n'))
            {
                foreach (var lexicon in lexicons)
                {
                    foreach (bool wholeWords in (bool[])[false, true])
                    {
                        if (lexicon.IsAsciiPhraseFoundByTrigrams(line, wholeWords) is not { } byTrigrams)
                        {
                            continue;
                        }

                        indexed++;
                        Assert.Equal(lexicon.IsAsciiPhraseFoundBySearchValues(line, wholeWords), byTrigrams);
                        found += byTrigrams ? 1 : 0;
                    }
                }
            }
        }

        Assert.True(indexed > 0 && found > 0, "no lexicon phrase found in any fixture: the comparison proved nothing");
    }

    [Fact]
    public void The_anchor_bits_find_what_SearchValues_finds() =>
        Gen.Select(Gen.OneOf(Gen.Char['a', 'c'], Gen.OneOf('版', '权', '所', '有', 'é', 'É', 'ü', 'Ü', 'İ', 'ı', ' ')).Array[2, 5].Select(chars => new string(chars)).Array[1, 12],
                Gen.OneOf(Gen.Char['a', 'c'], Gen.OneOf('版', '权', '所', '有', '的', 'é', 'É', 'ü', 'Ü', 'İ', 'i', 'ı', ' ', '\u3000')).Array[0, 60].Select(chars => new string(chars)),
                Gen.Bool)
            .Sample((phrases, text, ignoreCase) =>
            {
                var set = PhraseSet.Create(phrases, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
                foreach (string probe in (string[])[text, text.Insert(text.Length / 2, phrases[^1]), text.Insert(text.Length / 2, phrases[^1].ToUpperInvariant())])
                {
                    foreach (bool wholeWords in (bool[])[false, true])
                    {
                        if (set.IsOtherPhraseFound(probe, wholeWords) is { } both)
                        {
                            Assert.Equal(both.BySearchValues, both.ByBits);
                        }
                    }
                }
            });

    [Fact]
    public void The_lexicons_anchors_find_the_same_phrases_both_ways_on_every_scrape_fixture()
    {
        int found = 0;
        foreach (string file in Directory.EnumerateFiles(Support.RepositoryPaths.Scrapes).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
        {
            foreach (string line in File.ReadAllText(file).Split('\n'))
            {
                foreach (var lexicon in Lexicons)
                {
                    foreach (bool wholeWords in (bool[])[false, true])
                    {
                        if (lexicon.IsOtherPhraseFound(line, wholeWords) is { } both)
                        {
                            Assert.Equal(both.BySearchValues, both.ByBits);
                            found += both.ByBits ? 1 : 0;
                        }
                    }
                }
            }
        }

        Assert.True(found > 0, "no phrase outside ASCII found in any fixture: the comparison proved nothing");
    }

    [Fact]
    public void A_phrase_is_found_as_words_only_where_it_stands_alone()
    {
        var set = PhraseSet.Create(["Subscribe", "Advert"], StringComparison.OrdinalIgnoreCase);
        Assert.True(set.IsAsciiPhraseFoundByTrigrams("Please SUBSCRIBE today", wholeWords: true));
        Assert.Equal(set.IsAsciiPhraseFoundBySearchValues("ſubscribe", wholeWords: true), set.IsAsciiPhraseFoundByTrigrams("ſubscribe", wholeWords: true));
        Assert.False(set.IsAsciiPhraseFoundByTrigrams("86% of my subscribers", wholeWords: true));
        Assert.True(set.IsAsciiPhraseFoundByTrigrams("86% of my subscribers", wholeWords: false));
        Assert.False(set.IsAsciiPhraseFoundByTrigrams("advertising", wholeWords: true));
        Assert.Null(PhraseSet.Create(["ab", "Advert"], StringComparison.OrdinalIgnoreCase).IsAsciiPhraseFoundByTrigrams("ab", wholeWords: false));
    }
}
#endif
