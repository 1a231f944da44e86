namespace Tianyuan.Kernel.Access;

using System.Diagnostics.CodeAnalysis;

/// <summary>
/// One role held within one scope: "Operator in township 331199101" or "Host for organisation X".
/// Carried as a claim of type <see cref="ClaimType"/> so every node can check it without a database call.
/// </summary>
public sealed record AccessScope(string Role, RegionCode? Region, Guid? OrganisationId)
{
    public const string ClaimType = "ty:scope";

    public static AccessScope InRegion(string role, RegionCode region) => new(role, region, null);

    public static AccessScope ForOrganisation(string role, Guid organisationId, RegionCode region) =>
        new(role, region, organisationId);

    /// <summary>Claim value: Role|regionCode|organisationId (organisation part empty for region scopes).</summary>
    public string Format() => $"{Role}|{Region}|{OrganisationId}";

    public static bool TryParse(string? value, [NotNullWhen(true)] out AccessScope? scope)
    {
        scope = null;
        var parts = value?.Split('|');
        if (parts is not { Length: 3 } || !Roles.IsKnown(parts[0]))
            return false;
        RegionCode? region = RegionCode.TryParse(parts[1], out var code) ? code : null;
        Guid? org = Guid.TryParse(parts[2], out var id) ? id : null;
        scope = new AccessScope(parts[0], region, org);
        return true;
    }
}
