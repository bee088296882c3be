namespace ContentExtract.Html;

/// <summary>A date as a page states it.</summary>
/// <param name="Value">The instant, or, when the page gave no offset, its clock reading with offset zero.</param>
/// <param name="OffsetStated">True when the page said which offset its clock reading is in (<c>+02:00</c>, <c>Z</c>, <c>GMT</c>).</param>
internal readonly record struct StatedDate(DateTimeOffset Value, bool OffsetStated);
