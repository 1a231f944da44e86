namespace Tianyuan.TraceVerify;

using System.Globalization;
using Tianyuan.Trace;
using Tianyuan.Trace.Log;

/// <summary>
/// The three checks an auditor makes, each a pure function of files and arguments so tests can run them without
/// starting a process. Every outcome is one line: "OK: …" or "FAILED: …" saying what did not hold.
/// </summary>
static class Verifier
{
    public const string Usage = """
        usage:
          verify-checkpoint  <checkpoint-file> <public-key.pem>
          verify-inclusion   <leaf-hash-hex|event-hash-id> <index> <size> <root-base64> <proof-file>
          verify-consistency <old-checkpoint> <new-checkpoint> <proof-file>
        A proof file holds one hash per line (base64 or hex). An event hash ID (ni:///sha-256;…) is turned into its
        leaf hash; 64 hex digits are taken as the leaf hash itself. verify-consistency reads the checkpoints' text
        only: check their signatures with verify-checkpoint.
        """;

    public static int Run(string[] args, TextWriter output)
    {
        var (ok, message) = args switch
        {
            ["verify-checkpoint", var file, var key] => Guard(() => Checkpoint(File.ReadAllText(file), File.ReadAllText(key))),
            ["verify-inclusion", var leaf, var index, var size, var root, var proof] => Guard(() => Inclusion(leaf, index, size, root, File.ReadAllText(proof))),
            ["verify-consistency", var old, var current, var proof] => Guard(() => Consistency(File.ReadAllText(old), File.ReadAllText(current), File.ReadAllText(proof))),
            _ => (false, Usage),
        };
        output.WriteLine(ok ? "OK: " + message : "FAILED: " + message);
        return ok ? 0 : 1;
    }

    /// <summary>Checks the checkpoint's signature with the public key; the key name is the checkpoint's origin, by convention.</summary>
    public static (bool, string) Checkpoint(string signedNote, string publicKeyPem)
    {
        var origin = signedNote.Split('\n')[0];
        using var key = CheckpointKey.FromPublicKeyPem(origin, publicKeyPem);
        var verified = key.Verify(signedNote);
        return verified.Ok
            ? (true, $"{origin} size {verified.Value.Size} root {Convert.ToBase64String(verified.Value.RootHash)} signed by key {key.KeyId:x8}")
            : (false, verified.Error!);
    }

    public static (bool, string) Inclusion(string leaf, string index, string size, string rootBase64, string proofText)
    {
        var leafHash = leaf.StartsWith("ni:", StringComparison.Ordinal) ? LogLeaf.ForEventHash(leaf)
            : ProofFile.ParseHash(leaf) is { } h && leaf.Length == 64 ? Parsed<byte[]>.Success(h)
            : Parsed<byte[]>.Fail("the leaf is neither 64 hex digits nor an event hash ID");
        var root = ProofFile.ParseHash(rootBase64);
        var proof = ProofFile.Read(proofText);
        if (!leafHash.Ok || root is null || !proof.Ok
            || !long.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            || !long.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return (false, leafHash.Error ?? proof.Error ?? (root is null ? "the root is not a 32-byte base64 hash" : "index and size are whole numbers"));
        }

        return MerkleProof.VerifyInclusion(leafHash.Value, i, n, proof.Value, root)
            ? (true, $"leaf {i} is in the tree of size {n}")
            : (false, $"the proof does not lead from leaf {i} to that root of a tree of size {n}");
    }

    public static (bool, string) Consistency(string oldNote, string newNote, string proofText)
    {
        var old = Text(oldNote);
        var current = Text(newNote);
        var proof = ProofFile.Read(proofText);
        if (!old.Ok || !current.Ok || !proof.Ok)
        {
            return (false, old.Error ?? current.Error ?? proof.Error!);
        }

        if (old.Value.Origin != current.Value.Origin)
        {
            return (false, $"the checkpoints are of different logs: {old.Value.Origin} and {current.Value.Origin}");
        }

        return MerkleProof.VerifyConsistency(old.Value.Size, current.Value.Size, old.Value.RootHash, current.Value.RootHash, proof.Value)
            ? (true, $"the tree of size {current.Value.Size} extends the tree of size {old.Value.Size}")
            : (false, $"the tree of size {current.Value.Size} is not proven to extend the tree of size {old.Value.Size}: the log may have been rewritten");
    }

    /// <summary>The checkpoint text of a signed note (signatures dropped) or of bare checkpoint text.</summary>
    static Parsed<Checkpoint> Text(string note)
    {
        var split = note.Replace("\r\n", "\n", StringComparison.Ordinal).IndexOf("\n\n", StringComparison.Ordinal);
        return Trace.Log.Checkpoint.Parse(split < 0 ? note : note[..(split + 1)]);
    }

    /// <summary>Missing files and unreadable keys become a FAILED line rather than a stack trace.</summary>
    static (bool, string) Guard(Func<(bool, string)> check)
    {
        try
        {
            return check();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or System.Security.Cryptography.CryptographicException)
        {
            return (false, e.Message);
        }
    }
}
