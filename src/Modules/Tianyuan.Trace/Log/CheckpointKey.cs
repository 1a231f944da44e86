namespace Tianyuan.Trace.Log;

using System.Security.Cryptography;

/// <summary>
/// An ECDSA P-256 checkpoint key, signature type 0x02 of C2SP signed-note (as transparency-dev/witness implements
/// it): SHA-256 over the note text, ASN.1 DER signature, key ID = the first four bytes of SHA-256 of the public key's
/// DER SubjectPublicKeyInfo. ECDSA rather than Ed25519 because .NET has it built in, with no native library to ship.
/// The private key is read from a PEM file the operator controls, never from the database, so a stolen database
/// backup cannot sign a forked log.
/// </summary>
sealed class CheckpointKey : IDisposable
{
    readonly ECDsa key;

    CheckpointKey(string name, ECDsa key, bool canSign)
    {
        if (name.Length == 0 || name.Any(c => char.IsWhiteSpace(c) || c == '+'))
        {
            key.Dispose();
            throw new ArgumentException("a key name is non-empty and has no spaces or '+'", nameof(name));
        }

        if (key.KeySize != 256)
        {
            key.Dispose();
            throw new ArgumentException("checkpoint keys are ECDSA P-256", nameof(key));
        }

        (Name, this.key, CanSign) = (name, key, canSign);
        KeyId = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));
    }

    /// <summary>The key name in signature lines; by convention the log's origin.</summary>
    public string Name { get; }

    public uint KeyId { get; }

    public bool CanSign { get; }

    /// <summary>Loads the private key (PKCS#8 or SEC1 "EC PRIVATE KEY" PEM) from the file at <paramref name="pemPath"/>.</summary>
    public static CheckpointKey FromPrivateKeyFile(string name, string pemPath) => FromPem(name, File.ReadAllText(pemPath), canSign: true);

    /// <summary>A verification-only key from "PUBLIC KEY" PEM text (what an auditor is given).</summary>
    public static CheckpointKey FromPublicKeyPem(string name, string pem) => FromPem(name, pem, canSign: false);

    /// <summary>Creates a new key (for operators' key generation and for tests); write it out with <see cref="PrivateKeyPem"/>.</summary>
    public static CheckpointKey Generate(string name) => new(name, ECDsa.Create(ECCurve.NamedCurves.nistP256), canSign: true);

    public string PublicKeyPem() => key.ExportSubjectPublicKeyInfoPem();

    public string PrivateKeyPem() => CanSign ? key.ExportPkcs8PrivateKeyPem() : throw new InvalidOperationException("a public key cannot export a private key");

    /// <summary>The signed note: the checkpoint's text, an empty line, and this key's signature line.</summary>
    public string Sign(Checkpoint checkpoint)
    {
        if (!CanSign)
        {
            throw new InvalidOperationException("this key was loaded from a public key and cannot sign");
        }

        var text = checkpoint.Text();
        var signature = key.SignData(System.Text.Encoding.UTF8.GetBytes(text), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return text + "\n" + SignedNote.Line(Name, KeyId, signature);
    }

    /// <summary>
    /// Reads a signed checkpoint and checks this key's signature on it. Signatures of other keys are ignored, as
    /// signed-note requires (witnesses may add theirs); a signature that claims to be this key's and fails rejects
    /// the whole note.
    /// </summary>
    public Parsed<Checkpoint> Verify(string signedNote)
    {
        var note = SignedNote.Parse(signedNote);
        if (!note.Ok)
        {
            return note.As<Checkpoint>();
        }

        var mine = note.Value.Signatures.Where(s => s.KeyName == Name && s.KeyId == KeyId).ToList();
        if (mine.Count == 0)
        {
            return Parsed<Checkpoint>.Fail($"the checkpoint carries no signature of key {Name} ({KeyId:x8})");
        }

        var text = System.Text.Encoding.UTF8.GetBytes(note.Value.Text);
        if (!mine.All(s => key.VerifyData(text, s.Bytes, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)))
        {
            return Parsed<Checkpoint>.Fail($"the signature of key {Name} does not verify: the checkpoint was altered or signed by another key");
        }

        return Checkpoint.Parse(note.Value.Text);
    }

    public void Dispose() => key.Dispose();

    static CheckpointKey FromPem(string name, string pem, bool canSign)
    {
        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromPem(pem);
            if (canSign && !pem.Contains("PRIVATE KEY", StringComparison.Ordinal))
            {
                throw new ArgumentException("the PEM holds no private key", nameof(pem));
            }

            return new CheckpointKey(name, ecdsa, canSign);
        }
        catch
        {
            ecdsa.Dispose();
            throw;
        }
    }
}
