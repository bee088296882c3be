using ContentExtract.Segmentation;

namespace ContentExtract.Selection;

/// <summary>
/// A block of the page's own: undecided, outside the page's furniture zones (navigation, header, footer, sidebar,
/// comments, share, advertising, promotion, breadcrumb), and not saying it is furniture. What the item list and the
/// main area may keep, short lines included.
/// </summary>
internal static class OwnBlock
{
    public static bool Is(Segment segment) =>
        !segment.IsDecided
        && segment.Zone is PageZone.None or PageZone.ArticleBody or PageZone.Related or PageZone.Byline or PageZone.Tags or PageZone.Caption or PageZone.Dek
        && !segment.SaysFurniture;
}
