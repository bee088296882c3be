namespace ContentExtract.Structure;

/// <summary>How the words around a quotation point at its speaker.</summary>
internal enum AttributionKind
{
    /// <summary>Nothing attributes the quotation.</summary>
    None,

    /// <summary>The words name the speaker.</summary>
    Named,

    /// <summary>A pronoun ("he", "她") or a subject left out (…，随后说：) stands for someone named before.</summary>
    Pronoun,

    /// <summary>A description ("the actor", "the ministry") stands for someone named before.</summary>
    Description,

    /// <summary>A speech verb with a subject that names nobody ("an officer said", 网友感叹).</summary>
    Unnamed,
}

/// <summary>What the words around a quotation say about its speaker.</summary>
/// <param name="Kind">How they point at the speaker.</param>
/// <param name="Name">The name, for <see cref="AttributionKind.Named"/>; the described noun, for <see cref="AttributionKind.Description"/>.</param>
internal readonly record struct Attribution(AttributionKind Kind, string? Name)
{
    public static readonly Attribution None = new(AttributionKind.None, null);

    public static readonly Attribution Pronoun = new(AttributionKind.Pronoun, null);

    public static readonly Attribution Unnamed = new(AttributionKind.Unnamed, null);

    /// <summary>True when a speech verb attributes the quotation, whether or not it names anyone.</summary>
    public bool Found => Kind != AttributionKind.None;

    /// <summary>True when the words refer back to a speaker named before.</summary>
    public bool RefersBack => Kind is AttributionKind.Pronoun or AttributionKind.Description;

    public static Attribution Named(string name) => new(AttributionKind.Named, name);

    public static Attribution Described(string noun) => new(AttributionKind.Description, noun);
}
