using ContentExtract.Text;

namespace ContentExtract.Selection;

/// <summary>
/// Tells which segments of the page another extractor's text holds. Both sides are read without
/// whitespace (extractors disagree on spaces, and Chinese has none), as overlapping windows of
/// <see cref="Window"/> characters hashed once: building and asking are linear in the text.
/// </summary>
internal sealed class TextCover
{
    /// <summary>Characters per window: long enough that a window is specific to its sentence, short enough for a caption.</summary>
    private const int Window = 12;

    private readonly HashSet<ulong> _windows;
    private readonly string _compact;

    public TextCover(string text)
    {
        _compact = Compact(text);

        // Sized for every window at once: grown by doubling, the set allocated about as much again in the tables it outgrew.
        _windows = new HashSet<ulong>(Math.Max(0, _compact.Length - Window + 1));
        foreach (ulong hash in Hashes(_compact))
        {
            _windows.Add(hash);
        }
    }

    public bool IsEmpty => _compact.Length == 0;

    /// <summary>Characters of the text, whitespace left out.</summary>
    public int Length => _compact.Length;

    /// <summary>The share of the segment's windows found in the text (a short segment: 1 when it occurs whole, else 0).</summary>
    public double Covers(string segment) => Measure(segment).Cover;

    /// <summary>The segment's characters (whitespace left out) and the share of its windows found in the text.</summary>
    public (int Chars, double Cover) Measure(string segment)
    {
        string compact = Compact(segment);
        if (compact.Length == 0)
        {
            return (0, 0);
        }

        if (compact.Length < Window)
        {
            // A short segment found whole could be any word of the text: only a segment of some length is evidence.
            return (compact.Length, _compact.Contains(compact, StringComparison.Ordinal) ? 1 : 0);
        }

        int found = 0, total = 0;
        foreach (ulong hash in Hashes(compact))
        {
            total++;
            found += _windows.Contains(hash) ? 1 : 0;
        }

        return (compact.Length, (double)found / total);
    }

    /// <summary>The text without its whitespace, made as one string (counted first) rather than copied out of a builder.</summary>
    private static string Compact(string text)
    {
        int spaces = 0;
        foreach (char c in text)
        {
            spaces += CharClass.IsSpace(c) ? 1 : 0;
        }

        if (spaces == 0)
        {
            return text;
        }

        return string.Create(text.Length - spaces, text, static (kept, source) =>
        {
            int length = 0;
            foreach (char c in source)
            {
                if (!CharClass.IsSpace(c))
                {
                    kept[length++] = c;
                }
            }
        });
    }

    /// <summary>Polynomial rolling hash of every window (mod 2^64).</summary>
    private static IEnumerable<ulong> Hashes(string text)
    {
        const ulong Base = 1_000_003;
        if (text.Length < Window)
        {
            yield break;
        }

        ulong power = 1;
        for (int i = 1; i < Window; i++)
        {
            power *= Base;
        }

        ulong hash = 0;
        for (int i = 0; i < Window; i++)
        {
            hash = (hash * Base) + text[i];
        }

        yield return hash;
        for (int i = Window; i < text.Length; i++)
        {
            hash = ((hash - (text[i - Window] * power)) * Base) + text[i];
            yield return hash;
        }
    }
}
