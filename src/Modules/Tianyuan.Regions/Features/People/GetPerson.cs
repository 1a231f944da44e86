namespace Tianyuan.Regions.Features.People;


/// <summary>One person with their roles (including revoked ones, for the record) and data consents.</summary>
static class GetPerson
{
    public sealed record Role(Guid Id, string Name, string? RegionCode, Guid? OrganisationId, string? OrganisationName, DateTimeOffset GrantedAt, DateTimeOffset? RevokedAt);

    public sealed record Consent(Guid Id, string GranteeName, string DataCategory, string Purpose, DateTimeOffset GrantedAt, DateTimeOffset ValidUntil, DateTimeOffset? RevokedAt, bool Active);

    public sealed record Response(Guid Id, string Name, string? Phone, string? Email, string RegionCode, string RegionName,
        IReadOnlyList<Role> Roles, IReadOnlyList<Consent> Consents);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/people/{id:guid}", async (Guid id, ClaimsPrincipal user, RegionsDb db, IStringLocalizer<RegionsText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, user, db, t, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.BackOffice)
            .WithName(nameof(GetPerson))
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, ClaimsPrincipal user, RegionsDb db, IStringLocalizer<RegionsText> t, TimeProvider clock, CancellationToken ct)
    {
        var p = await db.People.AsNoTracking().Include(x => x.Roles).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
            return Outcome<Response>.NotFound(t["PersonNotFound"]);
        if (!user.CanManageRegion(RegionCode.Parse(p.RegionCode)))
            return Outcome<Response>.Forbidden(t["NotYourPerson"]);

        var regionName = await db.Regions.Where(r => r.Code == p.RegionCode).Select(r => r.NameZh).FirstAsync(ct);
        var orgIds = p.Roles.Where(r => r.OrganisationId != null).Select(r => r.OrganisationId!.Value).ToList();
        var orgNames = await db.Organisations.Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var consents = await db.Consents.AsNoTracking().Where(c => c.PersonId == id)
            .Join(db.Organisations, c => c.GranteeOrganisationId, o => o.Id, (c, o) => new { c, o.Name })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        return Outcome<Response>.Ok(new Response(p.Id, p.Name, ChinaPhone.Mask(p.Phone), p.Email, p.RegionCode, regionName,
            [.. p.Roles.OrderBy(r => r.GrantedAt).Select(r => new Role(r.Id, r.Role, r.RegionCode, r.OrganisationId,
                r.OrganisationId is { } o ? orgNames.GetValueOrDefault(o) : null, r.GrantedAt, r.RevokedAt))],
            [.. consents.OrderByDescending(x => x.c.GrantedAt).Select(x => new Consent(x.c.Id, x.Name, x.c.DataCategory, x.c.Purpose,
                x.c.GrantedAt, x.c.ValidUntil, x.c.RevokedAt, x.c.IsActiveAt(now)))]));
    }
}
