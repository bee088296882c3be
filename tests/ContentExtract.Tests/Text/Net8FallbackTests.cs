#if NET9_0_OR_GREATER
using System.Collections.Frozen;
using ContentExtract.Text;
using CsCheck;

namespace ContentExtract.Tests.Text;

/// <summary>
/// The library's own span lookups and splits stand in on .NET 8 for what .NET 9 added (alternate lookups, multi-string
/// SearchValues, span Split). They are compiled for every target; here, on .NET 10, each is checked against the runtime's
/// own on generated input, so that the .NET 8 build reads pages exactly as this one does.
/// </summary>
public sealed class Net8FallbackTests
{
    private static readonly Gen<char> Letter = Gen.OneOf(
        Gen.Char['a', 'e'], Gen.Char['A', 'E'], Gen.Const(' '), Gen.Const(','), Gen.Const('|'), Gen.Const('\t'), Gen.Const('\u3000'),
        Gen.OneOf('版', '权', '所', '有', 'ß', 'ẞ', 'K', 'k', '\u212A', 'İ', 'ı', 'é', 'É'));

    private static readonly Gen<string> Text = Letter.Array[0, 40].Select(chars => new string(chars));

    private static readonly Gen<string> Word = Letter.Array[1, 5].Select(chars => new string(chars));

    [Fact]
    public void The_splitter_yields_the_ranges_the_runtime_does() =>
        Gen.Select(Text, Gen.OneOf(Gen.Const(string.Empty), Gen.Const(" "), Gen.Const(" \t|,"), Gen.Const(" | "), Gen.Const("ab")))
            .Sample((text, separator) =>
            {
                var span = text.AsSpan();
                Assert.Equal(Ranges(MemoryExtensions.SplitAny(span, separator)), Ranges(SpanSplitter.Any(span, separator)));
                if (separator.Length > 0)
                {
                    var values = System.Buffers.SearchValues.Create(separator);
                    Assert.Equal(Ranges(MemoryExtensions.SplitAny(span, values)), Ranges(SpanSplitter.AnyOf(span, values)));
                }

                Assert.Equal(Ranges(MemoryExtensions.Split(span, separator)), Ranges(SpanSplitter.Sequence(span, separator)));
                if (separator.Length > 0)
                {
                    Assert.Equal(Ranges(MemoryExtensions.Split(span, separator[0])), Ranges(SpanSplitter.Single(span, separator[0])));
                }
            });

    [Fact]
    public void The_table_finds_what_a_frozen_set_finds_with_and_without_case() =>
        Gen.Select(Word.Array[0, 30], Word.Array[1, 30], Gen.Bool)
            .Sample((keys, probes, ignoreCase) =>
            {
                var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
                var set = keys.ToFrozenSet(comparer);
                var table = new SpanKeyedTable<int>(comparer);
                foreach (string key in set)
                {
                    table.Add(key, key.Length);
                }

                Assert.Equal(set.Count, table.Count);
                foreach (string probe in probes.Concat(keys))
                {
                    Assert.Equal(set.Contains(probe), table.TryGetValue($"<{probe}>".AsSpan(1, probe.Length), out int length));
                    Assert.Equal(set.Contains(probe) ? probe.Length : 0, length);
                }
            });

    [Fact]
    public void The_table_refuses_a_key_twice_and_comparers_it_cannot_look_up_spans_with()
    {
        var table = new SpanKeyedTable<int>(StringComparer.OrdinalIgnoreCase);
        table.Add("Nginx", 1);
        Assert.Throws<ArgumentException>(() => table.Add("NGINX", 2));
        Assert.Throws<ArgumentException>(() => new SpanKeyedTable<int>(StringComparer.InvariantCultureIgnoreCase));
        for (int i = 0; i < 1000; i++)
        {
            table.Add($"key{i}", i);
        }

        Assert.True(table.TryGetValue("KEY999", out int value));
        Assert.Equal(999, value);
    }

    [Fact]
    public void Phrases_looked_for_one_by_one_are_found_where_SearchValues_finds_them() =>
        Gen.Select(Word.Array[1, 12], Text, Gen.Bool)
            .Sample((phrases, text, ignoreCase) =>
            {
                var set = PhraseSet.Create(phrases, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
                Assert.Equal(set.IsFoundIn(text), set.IsFoundInOneByOne(text));
                string planted = text.Insert(text.Length / 2, ignoreCase ? phrases[^1].ToUpperInvariant() : phrases[^1]);
                Assert.Equal(set.IsFoundIn(planted), set.IsFoundInOneByOne(planted));
                Assert.Equal(set.IsFoundAsWordsIn(text), set.IsFoundInOneByOne(text, wholeWords: true));
                Assert.Equal(set.IsFoundAsWordsIn(planted), set.IsFoundInOneByOne(planted, wholeWords: true));
            });

    private static readonly PhraseSet[] Lexicons =
    [
        ContentExtract.Boilerplate.BoilerplateLexicon.StrongFurniturePhrases, ContentExtract.Boilerplate.BoilerplateLexicon.FurniturePhrases, ContentExtract.Boilerplate.BoilerplateLexicon.EdgeAppealPhrases,
        ContentExtract.Structure.LinkListLexicon.ListHeadingWords, ContentExtract.Structure.LinkListLexicon.NonListHeadingPhrases, ContentExtract.Structure.LinkListLexicon.CopyrightPhrases,
        ContentExtract.Noise.ErrorPageLexicon.ErrorSentences, ContentExtract.Noise.ErrorPageLexicon.ServerWords, ContentExtract.Noise.PageKindLexicon.ChallengePhrases,
        ContentExtract.Structure.BreadcrumbLexicon.ContainerNameHints, ContentExtract.Structure.BreadcrumbLexicon.AriaLabelParts,
    ];

    [Fact]
    public void Every_character_equal_to_a_phrases_anchor_is_searched_for()
    {
        // The phrases not written in ASCII are found by an anchor character each; a text character the comparison takes
        // for an anchor must be among those searched, or a phrase would be missed where SearchValues finds it.
        int checkedStarts = 0;
        foreach (var lexicon in Lexicons.Append(PhraseSet.Create(["ſtop", "Kelvin ü", "İstanbul", "ırmak", "ǅemal ö", "σοφία"], StringComparison.OrdinalIgnoreCase)))
        {
            var starts = lexicon.OtherAnchorsSearched.ToHashSet();
            foreach (char first in lexicon.OtherAnchors)
            {
                for (int c = 0; c <= char.MaxValue; c++)
                {
                    if (MemoryExtensions.Equals([(char)c], [first], lexicon.Comparison))
                    {
                        Assert.True(starts.Contains((char)c), $"U+{c:X4} equals the anchor U+{(int)first:X4} of a phrase but is not searched for");
                        checkedStarts++;
                    }
                }
            }
        }

        Assert.True(checkedStarts > 50, $"only {checkedStarts} start characters checked");
    }

    [Fact]
    public void The_lexicons_phrase_sets_agree_both_ways_on_every_scrape_fixture()
    {
        var lexicons = Lexicons;
        int found = 0;
        foreach (string file in Directory.EnumerateFiles(Support.RepositoryPaths.Scrapes).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(file);
            foreach (string line in text.Split('\n'))
            {
                foreach (var phrases in lexicons)
                {
                    bool hit = phrases.IsFoundIn(line);
                    Assert.Equal(hit, phrases.IsFoundInOneByOne(line));
                    found += hit ? 1 : 0;
                }
            }
        }

        Assert.True(found > 0, "no lexicon phrase in any fixture: the comparison proved nothing");
    }

    private static List<Range> Ranges(MemoryExtensions.SpanSplitEnumerator<char> parts)
    {
        var list = new List<Range>();
        foreach (var range in parts)
        {
            list.Add(range);
        }

        return list;
    }

    private static List<Range> Ranges(SpanSplitter parts)
    {
        var list = new List<Range>();
        foreach (var range in parts)
        {
            list.Add(range);
        }

        return list;
    }
}
#endif
