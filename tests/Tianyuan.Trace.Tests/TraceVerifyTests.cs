namespace Tianyuan.Trace.Tests;

using System.Text.Json;
using Tianyuan.Trace.Epcis;
using Tianyuan.Trace.Log;
using Tianyuan.TraceVerify;

/// <summary>The auditor's three commands, run through Verifier.Run with real files in a temporary folder.</summary>
public sealed class TraceVerifyTests : IDisposable
{
    const string Origin = "trace.tianyuan.example/log";
    readonly string dir = Directory.CreateTempSubdirectory("trace-verify-").FullName;
    readonly CheckpointKey key = CheckpointKey.Generate(Origin);
    readonly MemoryLeafStore store = new();

    public TraceVerifyTests()
    {
        for (var i = 0; i < 10; i++)
        {
            store.AppendData(BitConverter.GetBytes(i));
        }
    }

    public void Dispose()
    {
        key.Dispose();
        Directory.Delete(dir, recursive: true);
    }

    string Save(string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    (int Code, string Output) Run(params string[] args)
    {
        using var output = new StringWriter();
        var code = Verifier.Run(args, output);
        return (code, output.ToString().Trim());
    }

    async Task<string> SignedCheckpoint(long size) => key.Sign(new Checkpoint(Origin, size, await new MerkleTree(store).RootAsync(size)));

    [Fact]
    public async Task Verify_checkpoint_accepts_the_logs_signature_and_refuses_an_altered_one()
    {
        var pem = Save("log.pub.pem", key.PublicKeyPem());
        var note = await SignedCheckpoint(10);
        var good = Run("verify-checkpoint", Save("cp", note), pem);
        Assert.Equal(0, good.Code);
        Assert.StartsWith($"OK: {Origin} size 10 root", good.Output, StringComparison.Ordinal);

        var bad = Run("verify-checkpoint", Save("cp-bad", note.Replace("\n10\n", "\n11\n", StringComparison.Ordinal)), pem);
        Assert.Equal((1, $"FAILED: the signature of key {Origin} does not verify: the checkpoint was altered or signed by another key"), bad);
        Assert.Equal(1, Run("verify-checkpoint", Path.Combine(dir, "missing"), pem).Code);
    }

    [Fact]
    public async Task Verify_inclusion_takes_a_leaf_hash_or_an_event_hash_ID()
    {
        var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedBenchmarks.Folder("epcis", "gs1-json"), "Example_9.6.2-ObjectEvent.jsonld"))).RootElement;
        var eventHash = EventHash.Compute(document.GetProperty("epcisBody").GetProperty("eventList")[0], JsonLdPrefixes.Of(document));
        var index = store.Append(LogLeaf.ForEventHash(eventHash).Value);
        var tree = new MerkleTree(store);
        var root = Convert.ToBase64String(await tree.RootAsync(11));
        var proof = Save("inclusion", ProofFile.Write(await tree.InclusionProofAsync(index, 11)));

        Assert.Equal((0, "OK: leaf 10 is in the tree of size 11"), Run("verify-inclusion", eventHash, "10", "11", root, proof));
        var leaf3 = Convert.ToHexStringLower(await store.LeafHashAsync(3));
        var proof3 = Save("inclusion3", ProofFile.Write(await tree.InclusionProofAsync(3, 11)));
        Assert.Equal(0, Run("verify-inclusion", leaf3, "3", "11", root, proof3).Code);
        Assert.Equal((1, "FAILED: the proof does not lead from leaf 4 to that root of a tree of size 11"), Run("verify-inclusion", leaf3, "4", "11", root, proof3));
        Assert.Equal(1, Run("verify-inclusion", eventHash.Replace('a', 'b'), "10", "11", root, proof).Code);
    }

    [Fact]
    public async Task Verify_consistency_proves_the_new_checkpoint_extends_the_old_one()
    {
        var old = Save("old", await SignedCheckpoint(6));
        var current = Save("new", await SignedCheckpoint(10));
        var proof = Save("consistency", ProofFile.Write(await new MerkleTree(store).ConsistencyProofAsync(6, 10)));
        Assert.Equal((0, "OK: the tree of size 10 extends the tree of size 6"), Run("verify-consistency", old, current, proof));

        // A log that rewrote history: same size 10, a different leaf 2.
        var forked = new MemoryLeafStore();
        for (var i = 0; i < 10; i++)
        {
            forked.AppendData(BitConverter.GetBytes(i == 2 ? -1 : i));
        }

        var forkedCheckpoint = Save("forked", key.Sign(new Checkpoint(Origin, 10, await new MerkleTree(forked).RootAsync(10))));
        var forkedProof = Save("forked-proof", ProofFile.Write(await new MerkleTree(forked).ConsistencyProofAsync(6, 10)));
        Assert.Equal(1, Run("verify-consistency", old, forkedCheckpoint, forkedProof).Code);
        Assert.Equal(1, Run("verify-consistency", old, current).Code);
    }
}
