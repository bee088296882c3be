using System.Globalization;

namespace ContentExtract.Boilerplate;

/// <summary>
/// A class's reason that states the block's size ("prose (42 words)"), made once for every size a block commonly has:
/// the classifier gives one to nearly every block of every page, and formatting the size (a double) into a new string
/// each time was about a hundredth of the text path's time and of its allocations. Sizes beyond the table are formatted
/// as before. Immutable once built.
/// </summary>
internal sealed class WordCountReason
{
    /// <summary>Sizes up to this many words are looked up; a longer block is rarer and formats its own.</summary>
    private const int Tabled = 400;

    private readonly string _kind;
    private readonly string[] _bySize;

    private WordCountReason(string kind)
    {
        _kind = kind;
        _bySize = new string[Tabled + 1];
        for (int words = 0; words <= Tabled; words++)
        {
            _bySize[words] = Format(kind, words);
        }
    }

    /// <summary>"prose (N words)": a long, punctuated block.</summary>
    public static WordCountReason Prose { get; } = new("prose");

    /// <summary>"sentence (N words)": a block that reads as a sentence.</summary>
    public static WordCountReason Sentence { get; } = new("sentence");

    /// <summary>"short (N words)": a block too short to weigh as prose.</summary>
    public static WordCountReason Short { get; } = new("short");

    /// <summary>
    /// The reason for a block of <paramref name="words"/> word units, as <c>$"{kind} ({words:0} words)"</c> writes it. A
    /// size is a whole number of Latin words plus two thirds of each CJK character, so it is never halfway between two
    /// whole numbers, and rounding it to the nearest picks the figure the "0" format prints.
    /// </summary>
    public string Of(double words)
    {
        double rounded = Math.Round(words, MidpointRounding.AwayFromZero);
        return rounded is >= 0 and <= Tabled ? _bySize[(int)rounded] : Format(_kind, words);
    }

    private static string Format(string kind, double words) => string.Create(CultureInfo.InvariantCulture, $"{kind} ({words:0} words)");
}
