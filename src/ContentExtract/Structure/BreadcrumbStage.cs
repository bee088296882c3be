using ContentExtract.Pipeline;
using ContentExtract.Text;

namespace ContentExtract.Structure;

/// <summary>
/// Finds the breadcrumb trail above the article: the first trail-shaped line before the first block
/// of prose. A trail further down is part of the text or of a footer, not the page's trail.
/// </summary>
internal sealed class BreadcrumbStage : IExtractionStage
{
    public void Run(ExtractionContext context)
    {
        if (context.Breadcrumb.Count > 0)
        {
            return;
        }

        var segments = context.Segments;
        int proseWords = context.Options.Boilerplate.ProseBlockWords;
        for (int i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.IsDecided)
            {
                continue;
            }

            var stats = segment.Stats;
            if (stats.Words >= proseWords && stats.PunctuationDensity >= 0.03)
            {
                return;
            }

            var items = BreadcrumbRecognizer.Recognize(segment.Text);
            if (items is null)
            {
                continue;
            }

            foreach (var item in items)
            {
                context.Breadcrumb.Add(new BreadcrumbItem(item, null));
            }

            segment.Decide(BlockRole.Breadcrumb, $"trail of {items.Count} items");
            return;
        }
    }
}
