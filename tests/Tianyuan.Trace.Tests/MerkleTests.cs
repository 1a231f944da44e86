namespace Tianyuan.Trace.Tests;

using Tianyuan.Trace.Log;

/// <summary>
/// The Merkle tree against the Certificate Transparency reference vectors (RFC 6962 test data, as published with
/// transparency-dev/merkle: eight leaves, the root of every size 1..8, two inclusion and two consistency proofs),
/// then exhaustively: every inclusion proof up to 64 leaves and every consistency proof m ≤ n ≤ 64 verify, and
/// any tampering fails.
/// </summary>
public class MerkleTests
{
    static readonly string[] Data = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"];

    static readonly string[] Roots =
    [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    static MemoryLeafStore Reference()
    {
        var store = new MemoryLeafStore();
        foreach (var d in Data)
        {
            store.AppendData(Convert.FromHexString(d));
        }

        return store;
    }

    static MemoryLeafStore Numbered(int n)
    {
        var store = new MemoryLeafStore();
        for (var i = 0; i < n; i++)
        {
            store.AppendData(BitConverter.GetBytes(i));
        }

        return store;
    }

    static string Hex(byte[] b) => Convert.ToHexStringLower(b);

    [Fact]
    public async Task Roots_of_sizes_0_to_8_match_RFC_6962()
    {
        var tree = new MerkleTree(Reference());
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hex(await tree.RootAsync(0)));
        for (var n = 1; n <= 8; n++)
        {
            Assert.Equal(Roots[n - 1], Hex(await tree.RootAsync(n)));
        }
    }

    [Theory]
    [InlineData(0, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7,5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e,6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")]
    [InlineData(5, 8, "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b,ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0,d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")]
    public async Task Inclusion_proofs_match_the_reference(long index, long size, string expected)
    {
        var store = Reference();
        var proof = await new MerkleTree(store).InclusionProofAsync(index, size);
        Assert.Equal(expected, string.Join(',', proof.Select(Hex)));
        Assert.True(MerkleProof.VerifyInclusion(await store.LeafHashAsync(index), index, size, proof, Convert.FromHexString(Roots[size - 1])));
    }

    [Theory]
    [InlineData(2, 8, "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e,6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")]
    [InlineData(6, 8, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a,ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0,d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")]
    public async Task Consistency_proofs_match_the_reference(long m, long n, string expected)
    {
        var proof = await new MerkleTree(Reference()).ConsistencyProofAsync(m, n);
        Assert.Equal(expected, string.Join(',', proof.Select(Hex)));
        Assert.True(MerkleProof.VerifyConsistency(m, n, Convert.FromHexString(Roots[m - 1]), Convert.FromHexString(Roots[n - 1]), proof));
    }

    [Fact]
    public async Task Every_inclusion_proof_up_to_64_leaves_verifies_and_every_tampering_fails()
    {
        var store = Numbered(64);
        var tree = new MerkleTree(store);
        for (long n = 1; n <= 64; n++)
        {
            var root = await tree.RootAsync(n);
            for (long i = 0; i < n; i++)
            {
                var leaf = await store.LeafHashAsync(i);
                var proof = await tree.InclusionProofAsync(i, n);
                Assert.True(MerkleProof.VerifyInclusion(leaf, i, n, proof, root), $"{i}/{n}");
                Assert.False(MerkleProof.VerifyInclusion(await store.LeafHashAsync((i + 1) % n), i, n, proof, root) && n > 1, $"other leaf {i}/{n}");
                Assert.False(MerkleProof.VerifyInclusion(leaf, i, n, [.. proof, new byte[32]], root), $"extended {i}/{n}");
                if (proof.Count > 0)
                {
                    Assert.False(MerkleProof.VerifyInclusion(leaf, i ^ 1, n, proof, root) && (i ^ 1) < n, $"index {i}/{n}");
                    Assert.False(MerkleProof.VerifyInclusion(leaf, i, n, proof.Take(proof.Count - 1).ToList(), root), $"truncated {i}/{n}");
                    var flipped = proof.Select(p => p.ToArray()).ToList();
                    flipped[^1][7] ^= 1;
                    Assert.False(MerkleProof.VerifyInclusion(leaf, i, n, flipped, root), $"flipped {i}/{n}");
                }
            }
        }
    }

    [Fact]
    public async Task Every_consistency_proof_up_to_64_leaves_verifies_and_every_tampering_fails()
    {
        var tree = new MerkleTree(Numbered(64));
        var roots = new List<byte[]>();
        for (long n = 0; n <= 64; n++)
        {
            roots.Add(await tree.RootAsync(n));
        }

        for (long n = 0; n <= 64; n++)
        {
            for (long m = 0; m <= n; m++)
            {
                var proof = await tree.ConsistencyProofAsync(m, n);
                Assert.True(MerkleProof.VerifyConsistency(m, n, roots[(int)m], roots[(int)n], proof), $"{m}->{n}");
                if (m > 0 && m < n)
                {
                    Assert.False(MerkleProof.VerifyConsistency(m, n, roots[(int)m - 1], roots[(int)n], proof), $"old root {m}->{n}");
                    Assert.False(MerkleProof.VerifyConsistency(m, n, roots[(int)m], roots[(int)n - 1], proof), $"new root {m}->{n}");
                    Assert.False(MerkleProof.VerifyConsistency(m, n, roots[(int)m], roots[(int)n], proof.Skip(1).ToList()), $"truncated {m}->{n}");
                    Assert.False(MerkleProof.VerifyConsistency(m, n, roots[(int)m], roots[(int)n], [.. proof, new byte[32]]), $"extended {m}->{n}");
                    var flipped = proof.Select(p => p.ToArray()).ToList();
                    flipped[0][3] ^= 0x80;
                    Assert.False(MerkleProof.VerifyConsistency(m, n, roots[(int)m], roots[(int)n], flipped), $"flipped {m}->{n}");
                }
            }
        }

        Assert.False(MerkleProof.VerifyConsistency(8, 6, roots[8], roots[6], []));
        Assert.False(MerkleProof.VerifyConsistency(4, 4, roots[4], roots[5], []));
        Assert.False(MerkleProof.VerifyConsistency(0, 8, roots[1], roots[8], []));
    }

    [Fact]
    public async Task A_changed_leaf_changes_the_root_and_breaks_its_proof()
    {
        var honest = Numbered(20);
        var forged = new MemoryLeafStore();
        for (var i = 0; i < 20; i++)
        {
            forged.AppendData(BitConverter.GetBytes(i == 13 ? 999 : i));
        }

        var root = await new MerkleTree(honest).RootAsync(20);
        Assert.NotEqual(root, await new MerkleTree(forged).RootAsync(20));
        var proof = await new MerkleTree(forged).InclusionProofAsync(13, 20);
        Assert.False(MerkleProof.VerifyInclusion(await forged.LeafHashAsync(13), 13, 20, proof, root));
    }

    [Fact]
    public async Task Proofs_at_a_million_leaves_read_only_logarithmically_many_stored_hashes()
    {
        var store = new MemoryLeafStore();
        for (var i = 0; i < 1_000_003; i++)
        {
            store.Append(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)));
        }

        var counting = new CountingSource(store);
        var tree = new MerkleTree(counting);
        var root = await tree.RootAsync(1_000_003);
        var proof = await tree.InclusionProofAsync(765_432, 1_000_003);
        var consistency = await tree.ConsistencyProofAsync(999_999, 1_000_003);

        Assert.True(MerkleProof.VerifyInclusion(await store.LeafHashAsync(765_432), 765_432, 1_000_003, proof, root));
        Assert.True(MerkleProof.VerifyConsistency(999_999, 1_000_003, await tree.RootAsync(999_999), root, consistency));
        // log2(10^6) ≈ 20; the bound of O(log² n) reads is a few hundred, against the million a plain source would hash.
        Assert.InRange(counting.Reads, 1, 2_000);
    }

    sealed class CountingSource(ILeafSource inner) : ILeafSource
    {
        public int Reads { get; private set; }

        public long Count => inner.Count;

        public ValueTask<byte[]> LeafHashAsync(long index, CancellationToken cancellationToken = default)
        {
            Reads++;
            return inner.LeafHashAsync(index, cancellationToken);
        }

        public ValueTask<byte[]?> SubtreeHashAsync(int level, long index, CancellationToken cancellationToken = default)
        {
            Reads++;
            return inner.SubtreeHashAsync(level, index, cancellationToken);
        }
    }
}
