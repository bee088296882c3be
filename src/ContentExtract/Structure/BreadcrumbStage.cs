using ContentExtract.Pipeline;

namespace ContentExtract.Structure;

/// <summary>
/// Finds the breadcrumb trail above the article: the first trail-shaped line before the first block
/// of prose (furniture such as a cookie banner does not count as prose). A trail further down is
/// part of the text or of a footer, not the page's trail.
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
        for (int i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.IsDecided)
            {
                continue;
            }

            if (segment.Class == Boilerplate.BlockClass.Good)
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
