namespace Tianyuan.Trace.Log;

using System.Globalization;
using System.Text;
using Tianyuan.Trace.Gs1;

/// <summary>
/// A tree head as C2SP tlog-checkpoint writes it: the origin (the log's name, e.g. "trace.tianyuan.example/log"),
/// the tree size in decimal, the root hash in standard base64, then optional extension lines, each line ending in a
/// newline. Witnesses and the Go and Rust tlog tools read this text, so an auditor needs no tool of ours to read it.
/// </summary>
sealed record Checkpoint(string Origin, long Size, byte[] RootHash, IReadOnlyList<string> Extensions)
{
    public Checkpoint(string origin, long size, byte[] rootHash) : this(origin, size, rootHash, [])
    {
    }

    /// <summary>The note text that is signed: every line, the last one included, ends in '\n'.</summary>
    public string Text()
    {
        var sb = new StringBuilder();
        sb.Append(Origin).Append('\n')
          .Append(Size.ToString(CultureInfo.InvariantCulture)).Append('\n')
          .Append(Convert.ToBase64String(RootHash)).Append('\n');
        foreach (var line in Extensions)
        {
            sb.Append(line).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Reads checkpoint text (the signed note's text part, without the signatures).</summary>
    public static Parsed<Checkpoint> Parse(string text)
    {
        if (!text.EndsWith('\n'))
        {
            return Parsed<Checkpoint>.Fail("checkpoint text must end with a newline");
        }

        var lines = text[..^1].Split('\n');
        if (lines.Length < 3)
        {
            return Parsed<Checkpoint>.Fail("a checkpoint has at least three lines: origin, tree size, root hash");
        }

        if (lines[0].Length == 0)
        {
            return Parsed<Checkpoint>.Fail("the checkpoint's origin line is empty");
        }

        // Decimal without sign or leading zeros, as tlog-checkpoint requires, so one size has one spelling.
        if (!CheckDigit.AllDigitsOrEmpty(lines[1]) || (lines[1].Length > 1 && lines[1][0] == '0')
            || !long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            return Parsed<Checkpoint>.Fail($"the tree size '{lines[1]}' is not a decimal number");
        }

        byte[] root;
        try
        {
            root = Convert.FromBase64String(lines[2]);
        }
        catch (FormatException)
        {
            return Parsed<Checkpoint>.Fail("the root hash is not base64");
        }

        if (root.Length != MerkleHash.Size)
        {
            return Parsed<Checkpoint>.Fail($"the root hash has {root.Length} bytes, a SHA-256 hash has 32");
        }

        if (lines.Skip(3).Any(l => l.Length == 0))
        {
            return Parsed<Checkpoint>.Fail("a checkpoint has no empty lines (the empty line separates the signatures)");
        }

        return Parsed<Checkpoint>.Success(new Checkpoint(lines[0], size, root, lines[3..]));
    }
}
