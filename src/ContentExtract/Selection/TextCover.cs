using System.Buffers;
using ContentExtract.Text;

namespace ContentExtract.Selection;

/// <summary>
/// Tells which segments of the page another extractor's text holds. Both sides are read without
/// whitespace (extractors disagree on spaces, and Chinese has none), as overlapping windows of
/// <see cref="Window"/> characters hashed once: building and asking are linear in the text. The hashes are kept in an
/// open-addressed table borrowed from the shared pool (a hash set of them was the largest thing the selection stage
/// allocated); disposing the cover returns it.
/// </summary>
internal sealed class TextCover : IDisposable
{
    /// <summary>Characters per window: long enough that a window is specific to its sentence, short enough for a caption.</summary>
    private const int Window = 12;

    /// <summary>The table has at least this many slots per window, so that a probe rarely runs past a few of them.</summary>
    private const int SlotsPerWindow = 2;

    private readonly string _compact;

    /// <summary>The windows' hashes; 0 marks an empty slot (a window that hashes to 0 is <see cref="_holdsZero"/>).</summary>
    private ulong[] _slots;
    private readonly int _slotBits;
    private readonly bool _holdsZero;

    public TextCover(string text)
    {
        _compact = Compact(text);
        int windows = Math.Max(0, _compact.Length - Window + 1);
        _slotBits = 1;

        // At most 2^30 slots: a string holds fewer characters, so one slot always stays empty and every probe ends.
        while (_slotBits < 30 && (1L << _slotBits) < (long)windows * SlotsPerWindow)
        {
            _slotBits++;
        }

        int slots = 1 << _slotBits;
        _slots = ArrayPool<ulong>.Shared.Rent(slots);
        Array.Clear(_slots, 0, slots);
        foreach (ulong hash in Hashes(_compact))
        {
            if (hash == 0)
            {
                _holdsZero = true;
                continue;
            }

            int slot = FindSlot(hash);
            _slots[slot] = hash;
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
            found += Holds(hash) ? 1 : 0;
        }

        return (compact.Length, (double)found / total);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_slots.Length > 0)
        {
            ArrayPool<ulong>.Shared.Return(_slots);
            _slots = [];
        }
    }

    private bool Holds(ulong hash) => hash == 0 ? _holdsZero : _slots.Length > 0 && _slots[FindSlot(hash)] == hash;

    /// <summary>The slot that holds the hash, or the empty slot where it would go (linear probing from its home slot).</summary>
    private int FindSlot(ulong hash)
    {
        int mask = (1 << _slotBits) - 1;

        // Fibonacci hashing spreads the rolling hash's bits over the table's size.
        int slot = (int)((hash * 0x9E3779B97F4A7C15UL) >> (64 - _slotBits));
        while (_slots[slot] != 0 && _slots[slot] != hash)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
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
