namespace ContentExtract.Boilerplate;

/// <summary>The context-free class of a segment, in the spirit of jusText's classes.</summary>
internal enum BlockClass
{
    /// <summary>Furniture, links, noise: never content.</summary>
    Bad,

    /// <summary>Too short to judge alone: a heading, a caption, a menu entry.</summary>
    Short,

    /// <summary>A short sentence: content when it stands among content.</summary>
    NearGood,

    /// <summary>A block of prose.</summary>
    Good,

    /// <summary>A heading after which the article does not continue (comments, related links).</summary>
    Terminator,
}
