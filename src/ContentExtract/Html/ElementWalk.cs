using AngleSharp.Dom;

namespace ContentExtract.Html;

/// <summary>
/// Walks the elements below a node without recursion and by index. AngleSharp finds a node's sibling by scanning its
/// parent's children, so a walk by <c>NextSibling</c> or <c>PreviousElementSibling</c> costs the square of a wide
/// parent's width; the child list read by index does not.
/// </summary>
internal static class ElementWalk
{
    /// <summary>
    /// Every element below <paramref name="root"/> (not <paramref name="root"/> itself), in document order.
    /// <paramref name="pending"/> is the walk's stack, cleared here, so that a caller on a hot path can keep one.
    /// </summary>
    public static IEnumerable<IElement> Below(INode root, Stack<IElement> pending)
    {
        pending.Clear();
        PushChildren(root, pending);
        while (pending.TryPop(out var element))
        {
            yield return element;
            PushChildren(element, pending);
        }
    }

    private static void PushChildren(INode node, Stack<IElement> pending)
    {
        var children = node.ChildNodes;
        for (int i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                pending.Push(child);
            }
        }
    }
}
