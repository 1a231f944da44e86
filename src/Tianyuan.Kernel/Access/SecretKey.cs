namespace Tianyuan.Kernel.Access;

using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

/// <summary>
/// A machine credential shown once and stored as a hash: <c>{tag}_{prefix}_{secret}</c>, e.g. <c>ty_3f9a…_…</c> for
/// API keys and <c>dev_…</c> for sensor devices. The prefix is public and indexed so the key can be found; the secret
/// is 32 random bytes, so a fast SHA-256 is as strong here as a slow password hash (see ADR 0004).
/// </summary>
public readonly record struct SecretKey(string Prefix, string Secret)
{
    public const int PrefixLength = 10;

    public static SecretKey New() =>
        new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixLength / 2)), Base64Url(RandomNumberGenerator.GetBytes(32)));

    /// <summary>The full key to hand over once.</summary>
    public string Format(string tag) => $"{tag}_{Prefix}_{Secret}";

    public byte[] Hash() => SHA256.HashData(Encoding.UTF8.GetBytes(Secret));

    /// <summary>Constant-time comparison with a stored hash.</summary>
    public bool Matches(byte[] storedHash) => CryptographicOperations.FixedTimeEquals(storedHash, Hash());

    /// <summary>Splits a presented key; false for anything not shaped like one of ours with this tag.</summary>
    public static bool TryParse(string? presented, string tag, [NotNullWhen(true)] out SecretKey? key)
    {
        key = null;
        var parts = presented?.Trim().Split('_', 3);
        if (parts is not [var t, { Length: PrefixLength } prefix, { Length: > 20 } secret] || t != tag)
            return false;
        key = new SecretKey(prefix, secret);
        return true;
    }

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
