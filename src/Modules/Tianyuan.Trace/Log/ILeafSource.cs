namespace Tianyuan.Trace.Log;

/// <summary>
/// Where the log's leaf hashes live (a table, a file, memory). The tree code only reads; appending is the store's own
/// business, done in the same transaction as the event it logs.
/// </summary>
/// <remarks>
/// A store that also keeps the hash of every complete ("perfect") subtree — the node at <c>level</c> covering leaves
/// <c>[index·2^level, (index+1)·2^level)</c>, which never changes once its last leaf is appended — answers
/// <see cref="SubtreeHashAsync"/>, and then a root or a proof costs O(log² n) reads and no rehashing; a store that
/// does not is still correct, at O(n) hashing per call. <see cref="MemoryLeafStore"/> shows the bookkeeping: each
/// append completes at most log₂ n nodes, one hash each (amortised two hashes per leaf).
/// </remarks>
interface ILeafSource
{
    /// <summary>How many leaves the store holds.</summary>
    long Count { get; }

    /// <summary>The leaf hash (already <see cref="MerkleHash.Leaf"/>) at <paramref name="index"/>.</summary>
    ValueTask<byte[]> LeafHashAsync(long index, CancellationToken cancellationToken = default);

    /// <summary>The stored hash of the perfect subtree (level ≥ 1, index), or null when the store keeps none.</summary>
    ValueTask<byte[]?> SubtreeHashAsync(int level, long index, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<byte[]?>(null);
}
