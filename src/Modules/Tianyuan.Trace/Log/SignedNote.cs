namespace Tianyuan.Trace.Log;

/// <summary>
/// The C2SP signed-note envelope: the text, an empty line, then one line per signature,
/// "— {key name} {base64(4-byte key ID ‖ signature)}". Only the framing is here; what a signature means is the key's.
/// </summary>
static class SignedNote
{
    const string Dash = "\u2014 ";

    internal sealed record Signature(string KeyName, uint KeyId, byte[] Bytes);

    public static string Line(string keyName, uint keyId, ReadOnlySpan<byte> signature)
    {
        var bytes = new byte[4 + signature.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bytes, keyId);
        signature.CopyTo(bytes.AsSpan(4));
        return $"{Dash}{keyName} {Convert.ToBase64String(bytes)}\n";
    }

    /// <summary>Splits a signed note at its last empty line into the signed text and its signatures.</summary>
    public static Parsed<(string Text, IReadOnlyList<Signature> Signatures)> Parse(string note)
    {
        note = note.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (note.Any(c => c < ' ' && c != '\n'))
        {
            return Parsed<(string, IReadOnlyList<Signature>)>.Fail("a signed note may not contain control characters");
        }

        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0 || !note.EndsWith('\n'))
        {
            return Parsed<(string, IReadOnlyList<Signature>)>.Fail("no signatures: a signed note is text, an empty line, then signature lines");
        }

        var text = note[..(split + 1)];
        var signatures = new List<Signature>();
        foreach (var line in note[(split + 2)..^1].Split('\n'))
        {
            var space = line.LastIndexOf(' ');
            if (!line.StartsWith(Dash, StringComparison.Ordinal) || space <= Dash.Length)
            {
                return Parsed<(string, IReadOnlyList<Signature>)>.Fail($"not a signature line: '{line}'");
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(line[(space + 1)..]);
            }
            catch (FormatException)
            {
                return Parsed<(string, IReadOnlyList<Signature>)>.Fail($"the signature of '{line[Dash.Length..space]}' is not base64");
            }

            if (bytes.Length < 5)
            {
                return Parsed<(string, IReadOnlyList<Signature>)>.Fail($"the signature of '{line[Dash.Length..space]}' is too short");
            }

            signatures.Add(new Signature(line[Dash.Length..space], System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes), bytes[4..]));
        }

        return Parsed<(string, IReadOnlyList<Signature>)>.Success((text, signatures));
    }
}
