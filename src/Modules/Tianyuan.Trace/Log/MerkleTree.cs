namespace Tianyuan.Trace.Log;

/// <summary>
/// Tree heads and proofs of RFC 9162 §2.1 over a leaf store, for any tree size up to the store's count, so a proof
/// can be given against any checkpoint published earlier. The recursion follows the RFC's definitions (MTH, PATH,
/// SUBPROOF) literally; every range it visits starts at a multiple of its own largest power of two, so the
/// left halves are always perfect subtrees a store may have kept.
/// </summary>
sealed class MerkleTree(ILeafSource source)
{
    /// <summary>MTH(D[0:size]), the root hash of the first <paramref name="size"/> leaves.</summary>
    public ValueTask<byte[]> RootAsync(long size, CancellationToken cancellationToken = default)
    {
        CheckSize(size);
        return HashAsync(0, size, cancellationToken);
    }

    /// <summary>PATH(index, D[0:size]) (RFC 9162 §2.1.3.1): the sibling hashes from the leaf up to the root.</summary>
    public async ValueTask<IReadOnlyList<byte[]>> InclusionProofAsync(long index, long size, CancellationToken cancellationToken = default)
    {
        CheckSize(size);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, size);
        var proof = new List<byte[]>();
        await PathAsync(index, 0, size, proof, cancellationToken);
        return proof;
    }

    /// <summary>
    /// PROOF(oldSize, D[0:newSize]) (RFC 9162 §2.1.4.1): what shows the tree of <paramref name="newSize"/> leaves
    /// extends the tree of <paramref name="oldSize"/>. Empty when oldSize is 0 or equals newSize.
    /// </summary>
    public async ValueTask<IReadOnlyList<byte[]>> ConsistencyProofAsync(long oldSize, long newSize, CancellationToken cancellationToken = default)
    {
        CheckSize(newSize);
        ArgumentOutOfRangeException.ThrowIfNegative(oldSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldSize, newSize);
        var proof = new List<byte[]>();
        if (oldSize > 0 && oldSize < newSize)
        {
            await SubProofAsync(oldSize, 0, newSize, true, proof, cancellationToken);
        }

        return proof;
    }

    void CheckSize(long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, source.Count);
    }

    /// <summary>MTH of leaves [start, start+count); a perfect subtree is taken from the store when it kept one.</summary>
    async ValueTask<byte[]> HashAsync(long start, long count, CancellationToken ct)
    {
        if (count == 0)
        {
            return MerkleHash.Empty();
        }

        if (count == 1)
        {
            return await source.LeafHashAsync(start, ct);
        }

        if ((count & (count - 1)) == 0)
        {
            var level = System.Numerics.BitOperations.Log2((ulong)count);
            if (await source.SubtreeHashAsync(level, start >> level, ct) is { } stored)
            {
                return stored;
            }
        }

        var k = MerkleHash.Split(count);
        var left = await HashAsync(start, k, ct);
        var right = await HashAsync(start + k, count - k, ct);
        return MerkleHash.Node(left, right);
    }

    /// <summary>PATH(m, D[start:start+n]), appending the deepest sibling first as the RFC's concatenation does.</summary>
    async ValueTask PathAsync(long m, long start, long n, List<byte[]> proof, CancellationToken ct)
    {
        if (n == 1)
        {
            return;
        }

        var k = MerkleHash.Split(n);
        if (m < k)
        {
            await PathAsync(m, start, k, proof, ct);
            proof.Add(await HashAsync(start + k, n - k, ct));
        }
        else
        {
            await PathAsync(m - k, start + k, n - k, proof, ct);
            proof.Add(await HashAsync(start, k, ct));
        }
    }

    /// <summary>SUBPROOF(m, D[start:start+n], b): b says whether the old tree's own root may be left out.</summary>
    async ValueTask SubProofAsync(long m, long start, long n, bool b, List<byte[]> proof, CancellationToken ct)
    {
        if (m == n)
        {
            if (!b)
            {
                proof.Add(await HashAsync(start, n, ct));
            }

            return;
        }

        var k = MerkleHash.Split(n);
        if (m <= k)
        {
            await SubProofAsync(m, start, k, b, proof, ct);
            proof.Add(await HashAsync(start + k, n - k, ct));
        }
        else
        {
            await SubProofAsync(m - k, start + k, n - k, false, proof, ct);
            proof.Add(await HashAsync(start, k, ct));
        }
    }
}
