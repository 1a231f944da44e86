namespace Tianyuan.Trace.Log;

using Tianyuan.Trace.Epcis;

/// <summary>
/// What the transparency log records for an event: the leaf data is the 32-byte SHA-256 digest of its EPCIS Event
/// Hash ID, so the leaf hash is SHA-256(0x00 ‖ digest). Anyone holding the event can recompute it (via
/// <see cref="EventHash"/>) and check it is in the log without the log revealing the event itself.
/// </summary>
static class LogLeaf
{
    const string Prefix = "ni:///sha-256;";

    /// <summary>The leaf hash of an event hash ID, or the reason it is not one.</summary>
    public static Parsed<byte[]> ForEventHash(string eventHashId)
    {
        var query = eventHashId.IndexOf('?', StringComparison.Ordinal);
        var hex = eventHashId.StartsWith(Prefix, StringComparison.Ordinal) ? eventHashId[Prefix.Length..(query < 0 ? eventHashId.Length : query)] : "";
        return hex.Length == 64 && hex.All(Uri.IsHexDigit)
            ? Parsed<byte[]>.Success(MerkleHash.Leaf(Convert.FromHexString(hex)))
            : Parsed<byte[]>.Fail("an event hash ID looks like ni:///sha-256;{64 hex digits}?ver=CBV2.0");
    }
}
