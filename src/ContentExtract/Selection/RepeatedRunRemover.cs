using ContentExtract.Pipeline;
using ContentExtract.Segmentation;

namespace ContentExtract.Selection;

/// <summary>
/// Takes out of the chosen content a run of blocks that repeats, block for block, a run kept earlier: the second copy a
/// page carries of one section for another screen size, and the slides a carousel clones so that it can loop. A reader
/// sees each once. A single repeated block is not enough (a label every item of a list repeats, "Ideal for:", a note
/// under each of several webcams), nor a run of a few words, nor a repeat that stands apart from its original: only two
/// blocks or more in the same order, with some text, right after the blocks they copy. Runs once the article is chosen,
/// over its content segments in page order; each segment is looked up once and passed once, so the pass is linear.
/// </summary>
internal static class RepeatedRunRemover
{
    /// <summary>
    /// Blocks a repeat must span. On WCXB's pages (tune and check alike) single repeated blocks are as often what the
    /// page shows twice on purpose (a table's labels, a price in two tabs) as copies a reader never sees.
    /// </summary>
    internal const int MinRunBlocks = 2;

    /// <summary>Word units a repeated run must hold: two one-word labels in a row ("Size", "Color") are a template's, not a copy.</summary>
    internal const double MinRunWords = 10;

    /// <summary>
    /// Content blocks that may stand between the original and its copy (a heading over the second copy). WCXB, tune half:
    /// copies anywhere on the page gained forum threads (a post quoted in full further down) but took out meal plans and
    /// pricing tiers that pages show twice on purpose (articlebench lost a page, 0.98 → 0.64); copies that follow their
    /// original gained product, listing and service pages and lost none of them.
    /// </summary>
    internal const int MaxGapBlocks = 1;

    public static void Run(ExtractionContext context)
    {
        if (!context.Options.Applies(Rule.RepeatedRunRemoval))
        {
            return;
        }

        var segments = context.Segments;
        var content = new List<Segment>();
        foreach (var segment in segments)
        {
            if (segment.Role == BlockRole.Content && segment.Stats.Words > 0)
            {
                content.Add(segment);
            }
        }

        // Each text's first place among the content blocks: a repeat is compared with the first copy.
        var first = new Dictionary<string, int>(content.Count, StringComparer.Ordinal);
        var texts = new string[content.Count];
        for (int i = 0; i < content.Count; i++)
        {
            texts[i] = content[i].CollapsedText;
            first.TryAdd(texts[i], i);
        }

        for (int j = 0; j < content.Count;)
        {
            int i = first[texts[j]];
            int length = 0;
            double words = 0;
            // The copy may not run into the original (i + length < j).
            while (j + length < content.Count && i + length < j && texts[i + length] == texts[j + length])
            {
                words += content[j + length].Stats.Words;
                length++;
            }

            if (length < MinRunBlocks)
            {
                j++;
                continue;
            }

            // A repeat that stands apart from its original is the page's own structure (the same meals on two days of a
            // plan, the same note under two webcams) and is shown twice; a copy follows its original at once.
            if (words >= MinRunWords && j - (i + length) <= MaxGapBlocks)
            {
                for (int k = j; k < j + length; k++)
                {
                    content[k].Decide(BlockRole.Boilerplate, $"a repeat of the {length} blocks the content shows from block {content[i].Index}");
                }
            }

            // Each block of the run is passed once, whether it was dropped or not, so the pass stays linear.
            j += length;
        }
    }
}
