using System.Collections.ObjectModel;

namespace ContentExtract;

/// <summary>
/// The list behind every collection of the result model: an immutable copy that compares by content, so that two
/// documents holding the same blocks, quotes and links are equal (<c>==</c>, <see cref="object.Equals(object)"/>)
/// and hash alike, and so that a list the caller passes to an <c>init</c> accessor cannot change the result later.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ValueList<T> : ReadOnlyCollection<T>, IEquatable<ValueList<T>>
{
    private ValueList(T[] items)
        : base(items)
    {
    }

    /// <summary>The empty list.</summary>
    public static new ValueList<T> Empty { get; } = new([]);

    /// <summary>The items as a value list: the same instance when it is one already, else a copy.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null: the model's collections are empty, never null.</exception>
    public static ValueList<T> From(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items switch
        {
            ValueList<T> list => list,
            ICollection<T> { Count: 0 } => Empty,
            _ => new ValueList<T>([.. items]),
        };
    }

    /// <summary>The array as a value list, without a copy: for an array built for the list and not kept by its maker.</summary>
    public static ValueList<T> Own(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items);

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Count != Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < Count; i++)
        {
            if (!comparer.Equals(Items[i], other.Items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Count);
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The count, as records print their members: the items themselves can be thousands of blocks.</summary>
    public override string ToString() => $"[{Count} items]";
}

/// <summary>Builds <see cref="ValueList{T}"/> instances.</summary>
internal static class ValueList
{
    /// <inheritdoc cref="ValueList{T}.From(IEnumerable{T})"/>
    public static ValueList<T> From<T>(IEnumerable<T> items) => ValueList<T>.From(items);

    /// <summary>A table's rows, each row a value list too, so that two tables with the same cells are equal.</summary>
    public static ValueList<IReadOnlyList<string>> Rows(IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows is ValueList<IReadOnlyList<string>> list && list.All(row => row is ValueList<string>)
            ? list
            : ValueList<IReadOnlyList<string>>.From(rows.Select(row => (IReadOnlyList<string>)From(row)).ToArray());
    }
}
