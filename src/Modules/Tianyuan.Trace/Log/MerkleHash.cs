namespace Tianyuan.Trace.Log;

using System.Security.Cryptography;

/// <summary>
/// The hashes of RFC 9162 §2.1.1: a leaf is SHA-256(0x00 || data), an interior node SHA-256(0x01 || left || right).
/// The two prefixes keep a leaf from ever being passed off as a node (second-preimage attack on the tree).
/// </summary>
static class MerkleHash
{
    public const int Size = 32;

    /// <summary>The hash of the empty tree: SHA-256 of no bytes.</summary>
    public static byte[] Empty() => SHA256.HashData(ReadOnlySpan<byte>.Empty);

    public static byte[] Leaf(ReadOnlySpan<byte> data)
    {
        var buffer = new byte[data.Length + 1];
        data.CopyTo(buffer.AsSpan(1));
        return SHA256.HashData(buffer);
    }

    public static byte[] Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> buffer = stackalloc byte[1 + (2 * Size)];
        buffer[0] = 1;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + Size)..]);
        return SHA256.HashData(buffer);
    }

    /// <summary>The largest power of two strictly below <paramref name="n"/> (n &gt; 1): where RFC 9162 splits a tree.</summary>
    public static long Split(long n) => 1L << (63 - System.Numerics.BitOperations.LeadingZeroCount((ulong)(n - 1)));
}
