using ContentExtract.Text;

namespace ContentExtract;

/// <summary>
/// Span searches of .NET 9 the stages use, for the .NET 8 build too: declared in the library's root namespace, so that
/// every stage finds them where it would find the runtime's own (<c>MemoryExtensions</c>).
/// </summary>
internal static class SpanSearchExtensions
{
    /// <summary>Whether <paramref name="text"/> holds any phrase of <paramref name="phrases"/> (as <c>ContainsAny(SearchValues&lt;string&gt;)</c>).</summary>
    public static bool ContainsAny(this ReadOnlySpan<char> text, PhraseSet phrases) => phrases.IsFoundIn(text);

#if !NET9_0_OR_GREATER
    /// <summary>.NET 9's <c>MemoryExtensions.SplitAny</c>.</summary>
    public static SpanSplitter SplitAny(this ReadOnlySpan<char> source, ReadOnlySpan<char> separators) => SpanSplitter.Any(source, separators);

    /// <summary>.NET 9's <c>MemoryExtensions.SplitAny</c> at the characters of a <c>SearchValues</c>.</summary>
    public static SpanSplitter SplitAny(this ReadOnlySpan<char> source, System.Buffers.SearchValues<char> separators) => SpanSplitter.AnyOf(source, separators);

    /// <summary>.NET 9's <c>MemoryExtensions.Split</c> at a separator string.</summary>
    public static SpanSplitter Split(this ReadOnlySpan<char> source, ReadOnlySpan<char> separator) => SpanSplitter.Sequence(source, separator);

    /// <summary>.NET 9's <c>MemoryExtensions.Split</c> at a character.</summary>
    public static SpanSplitter Split(this ReadOnlySpan<char> source, char separator) => SpanSplitter.Single(source, separator);
#endif
}
