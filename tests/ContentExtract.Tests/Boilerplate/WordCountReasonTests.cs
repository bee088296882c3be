using System.Globalization;
using ContentExtract.Boilerplate;

namespace ContentExtract.Tests.Boilerplate;

/// <summary>The classifier's reasons that state a size read as the formatted figure they replaced.</summary>
public sealed class WordCountReasonTests
{
    [Fact]
    public void A_tabled_reason_reads_as_the_size_formatted()
    {
        int compared = 0;
        for (int latin = 0; latin <= 700; latin += 7)
        {
            for (int cjk = 0; cjk <= 700; cjk++)
            {
                // The size as TextStats.Words makes it.
                double words = latin + (cjk * 2.0 / 3.0);
                Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"prose ({words:0} words)"), WordCountReason.Prose.Of(words));
                Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"short ({words:0} words)"), WordCountReason.Short.Of(words));
                compared++;
            }
        }

        Assert.Equal("sentence (3 words)", WordCountReason.Sentence.Of(3));
        Assert.Same(WordCountReason.Prose.Of(42), WordCountReason.Prose.Of(41.666666666666664));
        Assert.True(compared > 70_000);
    }
}
