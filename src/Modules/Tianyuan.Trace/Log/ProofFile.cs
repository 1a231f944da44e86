namespace Tianyuan.Trace.Log;

/// <summary>
/// A proof as a text file for auditors: one hash per line in standard base64 (as checkpoints write hashes) or
/// 64 hex digits, in proof order. Blank lines and lines starting with '#' are ignored, so a proof can carry a note.
/// </summary>
static class ProofFile
{
    public static string Write(IEnumerable<byte[]> proof) => string.Concat(proof.Select(h => Convert.ToBase64String(h) + "\n"));

    public static Parsed<IReadOnlyList<byte[]>> Read(string text)
    {
        var hashes = new List<byte[]>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var hash = ParseHash(line);
            if (hash is null)
            {
                return Parsed<IReadOnlyList<byte[]>>.Fail($"proof line {lineNumber} is not a 32-byte hash in base64 or hex");
            }

            hashes.Add(hash);
        }

        return Parsed<IReadOnlyList<byte[]>>.Success(hashes);
    }

    /// <summary>A 32-byte hash from 64 hex digits or base64; null when it is neither.</summary>
    public static byte[]? ParseHash(string text)
    {
        if (text.Length == 64 && text.All(Uri.IsHexDigit))
        {
            return Convert.FromHexString(text);
        }

        var bytes = new byte[MerkleHash.Size + 3];
        return Convert.TryFromBase64String(text, bytes, out var written) && written == MerkleHash.Size ? bytes[..written] : null;
    }
}
