namespace Tianyuan.Kernel.Access;

/// <summary>The roles of PRODUCT.md. A role is always held within a scope (a region or an organisation).</summary>
public static class Roles
{
    public const string Visitor = nameof(Visitor);
    public const string Host = nameof(Host);
    public const string Farmer = nameof(Farmer);
    public const string CooperativeAdmin = nameof(CooperativeAdmin);
    public const string GroupLeader = nameof(GroupLeader);
    public const string Courier = nameof(Courier);
    public const string Operator = nameof(Operator);
    public const string Admin = nameof(Admin);
    public const string Partner = nameof(Partner);

    public static IReadOnlyList<string> All { get; } =
        [Visitor, Host, Farmer, CooperativeAdmin, GroupLeader, Courier, Operator, Admin, Partner];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);
}

/// <summary>Authorization policy names; the host registers them, modules put them on endpoints and pages.</summary>
public static class Policies
{
    /// <summary>Operators (within their regions) and admins: the back office.</summary>
    public const string BackOffice = nameof(BackOffice);

    /// <summary>Platform administrators only: API keys, role grants at county level.</summary>
    public const string Admin = nameof(Admin);

    /// <summary>Any signed-in person.</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>The /metrics scrape: an API key with the metrics:read scope, or an admin.</summary>
    public const string Metrics = nameof(Metrics);

    /// <summary>EPCIS capture: farmers, cooperative admins, operators and admins, or an API key with the epcis:capture scope.</summary>
    public const string EpcisCapture = nameof(EpcisCapture);
}
