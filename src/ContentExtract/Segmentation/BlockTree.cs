namespace ContentExtract.Segmentation;

/// <summary>
/// The block elements of an HTML page as a tree: numbered in document order, outer before inner, each with its parent and
/// the number after its last descendant, so that an element's descendants are the numbers between its own and that end.
/// A segment names only its innermost block element (<see cref="Segment.Element"/>); its ancestry is the chain of parents
/// from there. A segment used to carry a copy of its whole ancestry, so that markup nested a thousand levels deep made
/// every segment hold a thousand numbers: allocations grew with the square of the nesting.
/// </summary>
internal sealed class BlockTree
{
    private readonly int[] _parents;
    private readonly int[] _ends;
    private readonly int[] _depths;

    /// <param name="parents">Each element's parent, -1 for an element at the top.</param>
    /// <param name="ends">For each element, one past the number of its last descendant.</param>
    public BlockTree(int[] parents, int[] ends)
    {
        _parents = parents;
        _ends = ends;
        _depths = new int[parents.Length];
        for (int element = 0; element < parents.Length; element++)
        {
            // A parent is numbered before its children.
            _depths[element] = parents[element] < 0 ? 1 : _depths[parents[element]] + 1;
        }
    }

    /// <summary>How many block elements the page has.</summary>
    public int Count => _parents.Length;

    /// <summary>The element's parent, or -1 at the top.</summary>
    public int Parent(int element) => _parents[element];

    /// <summary>How many elements the path from the top to the element holds, itself included.</summary>
    public int Depth(int element) => _depths[element];

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or lies inside it.</summary>
    public bool Holds(int outer, int inner) => inner >= outer && inner < _ends[outer];
}
