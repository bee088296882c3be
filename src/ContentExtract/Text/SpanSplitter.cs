using System.Buffers;

namespace ContentExtract.Text;

/// <summary>
/// Splits a span of characters at any of a set of characters (<see cref="Any"/>), at a separator string
/// (<see cref="Sequence"/>), at any of a <c>SearchValues</c> (<see cref="AnyOf"/>) or at one character (<see cref="Single"/>), yielding the ranges between: what <c>MemoryExtensions.SplitAny</c> and
/// <c>MemoryExtensions.Split</c> do on .NET 9 and later, for .NET 8, which lacks them (see <c>SpanSearchExtensions</c>).
/// Compiled for every target, so that the tests on .NET 10 check it against the runtime's own.
/// </summary>
internal ref struct SpanSplitter
{
    private readonly ReadOnlySpan<char> _source;
    private readonly ReadOnlySpan<char> _separator;
    private readonly char _single;
    private readonly SearchValues<char>? _values;
    private readonly Mode _mode;
    private int _next;

    private SpanSplitter(ReadOnlySpan<char> source, ReadOnlySpan<char> separator, char single, Mode mode, SearchValues<char>? values = null)
    {
        _source = source;
        _separator = separator;
        _single = single;
        _values = values;
        _mode = mode;
        Current = default;
    }

    private enum Mode
    {
        Any,
        AnyOf,
        Sequence,
        Single,
    }

    /// <summary>The range of the current part.</summary>
    public Range Current { get; private set; }

    /// <summary>Splits at every character of <paramref name="separators"/>; at white space when it is empty (as the runtime does).</summary>
    public static SpanSplitter Any(ReadOnlySpan<char> source, ReadOnlySpan<char> separators) => new(source, separators, default, Mode.Any);

    /// <summary>Splits at every character of <paramref name="separators"/>, found by a vectorized search.</summary>
    public static SpanSplitter AnyOf(ReadOnlySpan<char> source, SearchValues<char> separators) => new(source, default, default, Mode.AnyOf, separators);

    /// <summary>Splits at every occurrence of <paramref name="separator"/>; an empty separator leaves the source whole (as the runtime does).</summary>
    public static SpanSplitter Sequence(ReadOnlySpan<char> source, ReadOnlySpan<char> separator) => new(source, separator, default, Mode.Sequence);

    /// <summary>Splits at every <paramref name="separator"/>.</summary>
    public static SpanSplitter Single(ReadOnlySpan<char> source, char separator) => new(source, default, separator, Mode.Single);

    public readonly SpanSplitter GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_next < 0)
        {
            return false;
        }

        var rest = _source[_next..];
        int length = _mode == Mode.Sequence ? _separator.Length : 1;
        int at = _mode switch
        {
            Mode.Single => rest.IndexOf(_single),
            Mode.AnyOf => rest.IndexOfAny(_values!),
            Mode.Sequence => _separator.IsEmpty ? -1 : rest.IndexOf(_separator),
            _ => _separator.IsEmpty ? IndexOfWhiteSpace(rest) : rest.IndexOfAny(_separator),
        };

        if (at < 0)
        {
            Current = _next.._source.Length;
            _next = -1;
            return true;
        }

        Current = _next..(_next + at);
        _next += at + length;
        return true;
    }

    private static int IndexOfWhiteSpace(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
