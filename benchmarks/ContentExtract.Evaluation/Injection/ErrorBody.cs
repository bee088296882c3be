namespace ContentExtract.Evaluation.Injection;

/// <summary>
/// An HTTP error document as a server sends it, ready to be injected into an article page the way a failed
/// server-side include leaves one there.
/// </summary>
/// <remarks>
/// This folder is compiled into the evaluation tool and, linked, into the test project, so that the corpus figure
/// and the test on the project's own fixtures inject and judge alike. It depends on the library and AngleSharp only.
/// </remarks>
/// <param name="Name">Its name in reports: the corpus file name, or the name a test gives it.</param>
/// <param name="Status">The HTTP status the document stands for.</param>
/// <param name="Html">The whole document's markup, doctype to the last byte.</param>
/// <param name="Markers">Distinctive visible strings of the document, its error message first; a noise fragment holding one of them reports this body.</param>
internal sealed record ErrorBody(string Name, int Status, string Html, IReadOnlyList<string> Markers)
{
    /// <summary>The document's visible text, one block per line, as a text dump of a page holding it shows it.</summary>
    public IReadOnlyList<string> TextLines { get; } = ErrorBodyText.Lines(Html);
}

/// <summary>Where in a page an error body goes.</summary>
internal enum InjectionSite
{
    /// <summary>HTML: right after the <c>&lt;body&gt;</c> start tag. Text: above the first line.</summary>
    Start,

    /// <summary>HTML: after the middle <c>&lt;/p&gt;</c> of the body. Text: at the middle paragraph break.</summary>
    Middle,

    /// <summary>HTML: right before <c>&lt;/body&gt;</c>. Text: below the last line.</summary>
    End,
}

/// <summary>One error body at one site of a page.</summary>
internal sealed record InjectedBody(ErrorBody Body, InjectionSite Site);
