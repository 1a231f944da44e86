namespace Tianyuan.Accounts.Domain;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// A machine's credential (sensor gateway, partner system, metrics scraper). Only a SHA-256 hash of the
/// secret is stored: the secret is 32 random bytes, so a fast hash is as strong as a slow one here.
/// The full key is shown once, when created: <c>ty_{prefix}_{secret}</c>.
/// </summary>
sealed class ApiKey
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Public, unique part used to find the key; also shown in lists so people can tell keys apart.</summary>
    public required string Prefix { get; init; }

    public required byte[] SecretHash { get; init; }

    /// <summary>Space-separated scopes from <see cref="ApiScopes"/>.</summary>
    public required string Scopes { get; init; }

    public Guid CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public static (ApiKey Key, string Plaintext) Issue(string name, IEnumerable<string> scopes, Guid createdBy, DateTimeOffset now)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(now), Name = name, Prefix = prefix, SecretHash = Hash(secret),
            Scopes = string.Join(' ', scopes.Distinct()), CreatedBy = createdBy, CreatedAt = now,
        };
        return (key, $"ty_{prefix}_{secret}");
    }

    /// <summary>Splits a presented key into prefix and secret; false for anything not shaped like one of ours.</summary>
    public static bool TryParse(string? presented, out string prefix, out string secret)
    {
        prefix = secret = "";
        var parts = presented?.Trim().Split('_', 3);
        if (parts is not ["ty", { Length: 10 } p, { Length: > 20 } s])
            return false;
        (prefix, secret) = (p, s);
        return true;
    }

    public bool Matches(string secret) => CryptographicOperations.FixedTimeEquals(SecretHash, Hash(secret));

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>
/// What an API key may be used for. Only scopes some endpoint checks are listed; later modules add theirs
/// (telemetry:write for sensor gateways, epcis:capture for partners) together with the endpoints that need them.
/// </summary>
public static class ApiScopes
{
    public const string MetricsRead = "metrics:read";
    public const string ClaimType = "ty:api-scope";

    public static IReadOnlyList<string> All { get; } = [MetricsRead];
}
