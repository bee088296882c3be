namespace ContentExtract;

/// <summary>How the extractor should read its input.</summary>
public enum InputMode
{
    /// <summary>Sniff the content: markup makes it HTML, anything else is a text dump.</summary>
    Auto,

    /// <summary>Parse the content as HTML.</summary>
    Html,

    /// <summary>Read the content as a plain-text dump (WET record, lynx or w3m output, a scraper's page text).</summary>
    Text,
}

/// <summary>Which extraction path produced a document.</summary>
public enum InputKind
{
    /// <summary>The HTML engine.</summary>
    Html,

    /// <summary>The plain-text path.</summary>
    Text,
}

/// <summary>What kind of scrape a page is; only <see cref="Article"/> pages carry content.</summary>
public enum PageKind
{
    /// <summary>A page with main content worth storing.</summary>
    Article,

    /// <summary>An HTTP error page, including soft-404 pages served with status 200.</summary>
    Error,

    /// <summary>A bot challenge, captcha or "enable JavaScript" interstitial.</summary>
    Challenge,

    /// <summary>A front page, section page or other list of headlines.</summary>
    Listing,

    /// <summary>A page with no readable content.</summary>
    Empty,
}

/// <summary>The kind of a removed noise fragment.</summary>
public enum NoiseKind
{
    /// <summary>Text of an HTTP error page (status line, server banner) left inside the page.</summary>
    ErrorPage,
}

/// <summary>What the extractor decided a source block of the page is.</summary>
public enum BlockRole
{
    /// <summary>Part of the main content.</summary>
    Content,

    /// <summary>The page's headline.</summary>
    Title,

    /// <summary>The breadcrumb trail.</summary>
    Breadcrumb,

    /// <summary>Error-page noise.</summary>
    Noise,

    /// <summary>The heading of a named link list.</summary>
    LinkListTitle,

    /// <summary>An entry of a named link list.</summary>
    LinkListItem,

    /// <summary>Navigation, prompts, footers and other page furniture.</summary>
    Boilerplate,
}
