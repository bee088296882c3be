using System.Text;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Hostile;

/// <summary>
/// The hostile and damaged inputs of issue 11, one test per row: each must take time linear in its size (4× the input,
/// at most 6× the time) and stay far under a generous cap. These are growth checks, not speed tests.
/// </summary>
[Collection(Growth.Collection)]
public sealed class HostileInputTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    private const string Prose = "<p>The harbour board met on Tuesday evening, and after a long debate it voted to dredge the channel before the winter storms arrive.</p>";

    [Fact]
    public void Links_without_spaces_before_a_via_line_in_a_blockquote_are_linear()
    {
        // Was exponential: 20 links took 3 s and each more link doubled it.
        Growth.AssertLinear(
            n => $"<html><body>{Prose}<blockquote><p>Great news today {string.Concat(Enumerable.Range(0, n).Select(i => $"https://t.co/a{i}"))} via @jane</p></blockquote>{Prose}</body></html>",
            html => ContentExtractor.Default.ExtractHtml(html),
            250,
            Cap);
    }

    [Fact]
    public void A_paragraph_of_photo_credits_without_a_closing_parenthesis_is_linear()
    {
        // Was quadratic: 3 MB took 38 s.
        Growth.AssertLinear(
            n => $"<html><body>{Prose}<p>{string.Concat(Enumerable.Repeat("(Photo: a ", n))}</p></body></html>",
            html => ContentExtractor.Default.ExtractHtml(html),
            25_000,
            Cap);
    }

    [Fact]
    public void A_status_line_with_a_long_run_of_spaces_is_linear()
    {
        Growth.AssertLinear(
            n => $"HTTP{new string(' ', n)}x\n\nThe harbour board met on Tuesday evening and voted to dredge the channel before winter.",
            text => ContentExtractor.Default.Extract(text, InputMode.Text),
            50_000,
            Cap);
    }

    [Fact]
    public void A_post_byline_with_a_long_run_of_spaces_is_linear()
    {
        Growth.AssertLinear(
            n => $"<html><body>{Prose}<p>— Jane Doe (@janedoe){new string(' ', n)}x</p>{Prose}</body></html>",
            html => ContentExtractor.Default.ExtractHtml(html),
            50_000,
            Cap);
    }

    [Theory]
    [InlineData("word ", 72)]
    [InlineData("中文字", 38)]
    public void One_hard_wrapped_paragraph_is_joined_in_linear_time(string unit, int width)
    {
        // Was quadratic: the paragraph was re-joined whole for every line, 1 MB took 11 s and 3 MB over 2 minutes.
        Growth.AssertLinear(
            n => Wrapped(n, unit, width),
            text =>
            {
                var document = ContentExtractor.Default.Extract(text, InputMode.Text);
                Assert.Single(document.Blocks);
            },
            250_000,
            Cap);
    }

    /// <summary>One paragraph of <paramref name="length"/> characters, hard-wrapped at <paramref name="width"/> characters.</summary>
    private static string Wrapped(int length, string unit, int width)
    {
        var text = new StringBuilder(length + width);
        var line = new StringBuilder();
        while (text.Length < length)
        {
            line.Append(unit);
            if (line.Length >= width - unit.Length)
            {
                text.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear();
            }
        }

        return text.ToString();
    }
}
