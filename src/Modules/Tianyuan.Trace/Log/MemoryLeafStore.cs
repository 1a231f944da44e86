namespace Tianyuan.Trace.Log;

/// <summary>
/// An append-only leaf store in memory that keeps every completed perfect subtree, so roots and proofs need no
/// rehashing (see <see cref="ILeafSource"/>). Used by tests and tools; a database store keeps the same
/// (level, index, hash) rows in a table.
/// </summary>
sealed class MemoryLeafStore : ILeafSource
{
    readonly List<List<byte[]>> levels = [[]];
    readonly Lock gate = new();

    public long Count
    {
        get
        {
            lock (gate)
            {
                return levels[0].Count;
            }
        }
    }

    /// <summary>Appends a leaf hash and completes the nodes it closes; returns the leaf's index.</summary>
    public long Append(byte[] leafHash)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(leafHash.Length, MerkleHash.Size);
        lock (gate)
        {
            levels[0].Add(leafHash);
            var index = (long)levels[0].Count - 1;
            // A right child (odd index) completes its parent; carry upwards like binary addition.
            for (int level = 0, i = (int)index; i % 2 == 1; level++, i /= 2)
            {
                if (levels.Count == level + 1)
                {
                    levels.Add([]);
                }

                levels[level + 1].Add(MerkleHash.Node(levels[level][i - 1], levels[level][i]));
            }

            return index;
        }
    }

    /// <summary>Appends the leaf of <paramref name="data"/> (hashing it with the 0x00 prefix).</summary>
    public long AppendData(ReadOnlySpan<byte> data) => Append(MerkleHash.Leaf(data));

    public ValueTask<byte[]> LeafHashAsync(long index, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return ValueTask.FromResult(levels[0][checked((int)index)]);
        }
    }

    public ValueTask<byte[]?> SubtreeHashAsync(int level, long index, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return ValueTask.FromResult(level < levels.Count && index < levels[level].Count ? levels[level][(int)index] : null);
        }
    }
}
