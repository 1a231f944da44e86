namespace Tianyuan.Trace.Log;

using System.Security.Cryptography;

/// <summary>
/// Verification of inclusion and consistency proofs, step by step as RFC 9162 §2.1.3.2 and §2.1.4.2 write them.
/// This is what an auditor runs, so it needs nothing but hashes: no store, no tree.
/// </summary>
static class MerkleProof
{
    /// <summary>True when <paramref name="leafHash"/> is leaf <paramref name="index"/> of the tree of <paramref name="size"/> leaves with root <paramref name="root"/>.</summary>
    public static bool VerifyInclusion(ReadOnlySpan<byte> leafHash, long index, long size, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root) =>
        RootFromInclusion(leafHash, index, size, proof) is { } computed && CryptographicOperations.FixedTimeEquals(computed, root);

    /// <summary>The root that the inclusion proof leads to, or null when the proof cannot be right for that index and size.</summary>
    public static byte[]? RootFromInclusion(ReadOnlySpan<byte> leafHash, long index, long size, IReadOnlyList<byte[]> proof)
    {
        if (index < 0 || index >= size || leafHash.Length != MerkleHash.Size || proof.Any(p => p.Length != MerkleHash.Size))
        {
            return null;
        }

        var fn = index;
        var sn = size - 1;
        var r = leafHash.ToArray();
        foreach (var p in proof)
        {
            if (sn == 0)
            {
                return null;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = MerkleHash.Node(p, r);
                ClimbRightEdge(ref fn, ref sn);
            }
            else
            {
                r = MerkleHash.Node(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 ? r : null;
    }

    /// <summary>
    /// True when the tree of <paramref name="newSize"/> leaves with <paramref name="newRoot"/> extends the tree of
    /// <paramref name="oldSize"/> leaves with <paramref name="oldRoot"/>. Equal sizes need equal roots and an empty proof;
    /// an empty old tree is extended by every tree (its root must still be the empty hash).
    /// </summary>
    public static bool VerifyConsistency(long oldSize, long newSize, ReadOnlySpan<byte> oldRoot, ReadOnlySpan<byte> newRoot, IReadOnlyList<byte[]> proof)
    {
        if (oldSize < 0 || oldSize > newSize || oldRoot.Length != MerkleHash.Size || newRoot.Length != MerkleHash.Size
            || proof.Any(p => p.Length != MerkleHash.Size))
        {
            return false;
        }

        if (oldSize == newSize)
        {
            return proof.Count == 0 && CryptographicOperations.FixedTimeEquals(oldRoot, newRoot);
        }

        if (oldSize == 0)
        {
            return proof.Count == 0 && CryptographicOperations.FixedTimeEquals(oldRoot, MerkleHash.Empty());
        }

        if (proof.Count == 0)
        {
            return false;
        }

        // Step 2: when the old tree is a perfect subtree its root is the proof's implicit first node.
        var path = (oldSize & (oldSize - 1)) == 0 ? [oldRoot.ToArray(), .. proof] : proof.ToList();
        var fn = oldSize - 1;
        var sn = newSize - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        var fr = path[0];
        var sr = path[0];
        foreach (var c in path.Skip(1))
        {
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                fr = MerkleHash.Node(c, fr);
                sr = MerkleHash.Node(c, sr);
                ClimbRightEdge(ref fn, ref sn);
            }
            else
            {
                sr = MerkleHash.Node(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && CryptographicOperations.FixedTimeEquals(fr, oldRoot) && CryptographicOperations.FixedTimeEquals(sr, newRoot);
    }

    /// <summary>
    /// On the right edge of a ragged tree a node has no right sibling for some levels: shift both counters until fn
    /// is a right child again or the root is reached (the "right-shift fn and sn equally" step of both algorithms).
    /// </summary>
    static void ClimbRightEdge(ref long fn, ref long sn)
    {
        while ((fn & 1) == 0 && fn != 0)
        {
            fn >>= 1;
            sn >>= 1;
        }
    }
}
