namespace Tianyuan.Accounts.Domain;

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

    public const string Tag = "ty";

    public static (ApiKey Key, string Plaintext) Issue(string name, IEnumerable<string> scopes, Guid createdBy, DateTimeOffset now)
    {
        var secret = SecretKey.New();
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(now), Name = name, Prefix = secret.Prefix, SecretHash = secret.Hash(),
            Scopes = string.Join(' ', scopes.Distinct()), CreatedBy = createdBy, CreatedAt = now,
        };
        return (key, secret.Format(Tag));
    }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// What an API key may be used for. Only scopes some endpoint checks are listed; later modules add theirs
/// (telemetry:write for sensor gateways, epcis:capture for partners) together with the endpoints that need them.
/// </summary>
public static class ApiScopes
{
    public const string MetricsRead = "metrics:read";

    /// <summary>Machines that report supply-chain events (a packing line, a partner's EPCIS) to /epcis/capture.</summary>
    public const string EpcisCapture = "epcis:capture";
    public const string ClaimType = "ty:api-scope";

    public static IReadOnlyList<string> All { get; } = [MetricsRead, EpcisCapture];
}
