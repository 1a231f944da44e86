namespace Tianyuan.Market.Payments;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

/// <summary>
/// The webhook signature, as real providers do it: header <c>Tianyuan-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex
/// HMAC-SHA256(secret, t + "." + raw body)&gt;</c>. Signing the timestamp with the body lets us refuse a captured
/// request replayed later (older than <see cref="Tolerance"/>); the event id index catches replays inside the window.
/// </summary>
static class SandboxSignature
{
    public const string Header = "Tianyuan-Signature";

    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public enum Result { Valid, Missing, Invalid, Stale }

    public static string Sign(byte[] secret, DateTimeOffset at, byte[] body)
    {
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Convert.ToHexStringLower(Mac(secret, t, body))}";
    }

    public static Result Verify(string? header, byte[] secret, byte[] body, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(header))
            return Result.Missing;
        string? t = null;
        var signatures = new List<byte[]>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries))
        {
            var (key, value) = part.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (part[..eq], part[(eq + 1)..]) : (part, "");
            if (key == "t")
                t = value;
            else if (key == "v1" && value.Length == 64 && IsHex(value))
                signatures.Add(Convert.FromHexString(value));
        }

        if (t is null || signatures.Count == 0 || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return Result.Invalid;
        var expected = Mac(secret, t, body);
        // Constant time: how far a guess matches must not show in how long the answer takes.
        if (!signatures.Any(s => CryptographicOperations.FixedTimeEquals(s, expected)))
            return Result.Invalid;
        var age = now - DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        return age > Tolerance || age < -Tolerance ? Result.Stale : Result.Valid;
    }

    static byte[] Mac(byte[] secret, string t, byte[] body)
    {
        var prefix = Encoding.UTF8.GetBytes(t + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed, prefix.Length);
        return HMACSHA256.HashData(secret, signed);
    }

    static bool IsHex(string s) => s.All(char.IsAsciiHexDigit);
}
