namespace Tianyuan.Regions.Features.Consents;


/// <summary>Withdraws a consent from now on. The record stays (who shared what, and when it stopped).</summary>
static class RevokeConsent
{
    public sealed record Response(Guid Id, DateTimeOffset RevokedAt);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/consents/{id:guid}/revoke", async (Guid id, ClaimsPrincipal user, RegionsDb db, IStringLocalizer<RegionsText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, user, db, t, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(RevokeConsent))
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, ClaimsPrincipal user, RegionsDb db, IStringLocalizer<RegionsText> t, TimeProvider clock, CancellationToken ct)
    {
        var consent = await db.Consents.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (consent is null)
            return Outcome<Response>.NotFound(t["ConsentNotFound"]);
        var personRegion = await db.People.Where(p => p.Id == consent.PersonId).Select(p => p.RegionCode).FirstAsync(ct);
        if (user.PersonId() != consent.PersonId && !user.CanManageRegion(RegionCode.Parse(personRegion)))
            return Outcome<Response>.Forbidden(t["NotYourPerson"]);

        // Revoking twice keeps the first time: the moment sharing stopped is what matters.
        consent.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Ok(new Response(consent.Id, consent.RevokedAt.Value));
    }
}
