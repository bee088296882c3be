namespace ContentExtract.Segmentation;

/// <summary>
/// What part of the page an element is, as its tag, role, class, id or itemprop say. Zones other
/// than <see cref="None"/> and <see cref="ArticleBody"/> hold page furniture; their text is kept as
/// segments (link lists and breadcrumbs are read from them) but never becomes content.
/// </summary>
internal enum PageZone : byte
{
    None,
    ArticleBody,
    Navigation,
    Header,
    Footer,
    Sidebar,
    Comments,
    Related,
    Share,
    Advertising,
    Promotion,
    Byline,
    Caption,
    Breadcrumb,
    Tags,
    Dek,
}
