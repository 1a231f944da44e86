namespace Tianyuan.Regions.Features.Organisations;


/// <summary>One organisation with its people; 403 for an operator of another township.</summary>
static class GetOrganisation
{
    public sealed record Member(Guid PersonId, string Name, string Role, string? Phone);

    public sealed record Response(
        Guid Id, string Name, OrganisationKind Kind, string RegionCode, string RegionName, string? Address,
        string? ContactPhone, string? CreditCode, DateTimeOffset CreatedAt, IReadOnlyList<Member> Members);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/organisations/{id:guid}", async (Guid id, ClaimsPrincipal user, RegionsDb db, IStringLocalizer<RegionsText> t, CancellationToken ct) =>
                (await ExecuteAsync(id, user, db, t, ct)).ToHttpResult())
            .RequireAuthorization(Policies.BackOffice)
            .WithName(nameof(GetOrganisation))
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, ClaimsPrincipal user, RegionsDb db, IStringLocalizer<RegionsText> t, CancellationToken ct)
    {
        var o = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null)
            return Outcome<Response>.NotFound(t["OrganisationNotFound"]);
        if (!user.CanManageRegion(RegionCode.Parse(o.RegionCode)))
            return Outcome<Response>.Forbidden(t["NotYourOrganisation"]);

        var regionName = await db.Regions.Where(r => r.Code == o.RegionCode).Select(r => r.NameZh).FirstAsync(ct);
        var members = await db.RoleAssignments.AsNoTracking()
            .Where(a => a.OrganisationId == id && a.RevokedAt == null)
            .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new { a.Role, p })
            .OrderBy(x => x.p.Name).ToListAsync(ct);
        return Outcome<Response>.Ok(new Response(o.Id, o.Name, o.Kind, o.RegionCode, regionName, o.Address, o.ContactPhone,
            o.CreditCode, o.CreatedAt, [.. members.Select(m => new Member(m.p.Id, m.p.Name, m.Role, m.p.MaskedPhone))]));
    }
}
