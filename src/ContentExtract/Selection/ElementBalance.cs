using System.Buffers;
using ContentExtract.Segmentation;

namespace ContentExtract.Selection;

/// <summary>
/// The block element whose segments add up to the largest balance, each segment counting for every element around it
/// (the chain of parents from its <see cref="Segment.Element"/>). A subtree's segments are contiguous in document order, so
/// the winner is a span of segments. One pass over the segments and their chains, arrays indexed by element.
/// </summary>
internal static class ElementBalance
{
    /// <summary>The best element's span of segments [First, End) and its balance; null when no element scores above zero.</summary>
    /// <param name="segments">The page's segments.</param>
    /// <param name="tree">The page's block elements (HTML only).</param>
    /// <param name="value">What each segment adds to every element around it; segments of removed noise add nothing.</param>
    public static (int First, int End, double Balance)? Best(IReadOnlyList<Segment> segments, BlockTree tree, Func<int, double> value)
    {
        // Three arrays as long as the page has block elements, asked for several times a page: borrowed from the shared
        // pools rather than left to the collector, and cleared over the length used.
        int elements = tree.Count;
        double[] balance = ArrayPool<double>.Shared.Rent(elements);
        int[] first = ArrayPool<int>.Shared.Rent(elements);
        int[] last = ArrayPool<int>.Shared.Rent(elements);
        try
        {
            Array.Clear(balance, 0, elements);
            Array.Fill(first, -1, 0, elements);
            Array.Clear(last, 0, elements);
            for (int i = 0; i < segments.Count; i++)
            {
                var segment = segments[i];
                if (segment.Role is BlockRole.Noise)
                {
                    continue;
                }

                double add = value(i);
                for (int element = segment.Element; element >= 0; element = tree.Parent(element))
                {
                    balance[element] += add;
                    first[element] = first[element] < 0 ? i : first[element];
                    last[element] = i;
                }
            }

            // Deeper elements come later in document order; on a tie the inner element is the tighter box.
            int best = -1;
            for (int element = 0; element < elements; element++)
            {
                if (first[element] >= 0 && balance[element] > 0 && (best < 0 || balance[element] >= balance[best]))
                {
                    best = element;
                }
            }

            return best < 0 ? null : (first[best], last[best] + 1, balance[best]);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(balance);
            ArrayPool<int>.Shared.Return(first);
            ArrayPool<int>.Shared.Return(last);
        }
    }
}
