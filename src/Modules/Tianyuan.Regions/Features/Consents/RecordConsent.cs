namespace Tianyuan.Regions.Features.Consents;


/// <summary>
/// Records that a person shares a category of their data with an organisation for a purpose until a date.
/// The person themself or an operator of their region (recording a signed paper form) may do it.
/// </summary>
static class RecordConsent
{
    public sealed record Request(Guid? GranteeOrganisationId, string? DataCategory, string? Purpose, DateTimeOffset? ValidUntil);

    public sealed record Response(Guid Id, Guid PersonId, Guid GranteeOrganisationId, string DataCategory, DateTimeOffset ValidUntil);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/people/{personId:guid}/consents", async (Guid personId, Request request, ClaimsPrincipal user, RegionsDb db,
                IStringLocalizer<RegionsText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(personId, request, user, db, t, clock, ct)).ToHttpResult(r => $"/api/regions/people/{r.PersonId}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(RecordConsent))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid personId, Request request, ClaimsPrincipal user, RegionsDb db,
        IStringLocalizer<RegionsText> t, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        if (request.GranteeOrganisationId is null)
            errors[nameof(Request.GranteeOrganisationId)] = [t["Required", t["Grantee"]]];
        if (string.IsNullOrWhiteSpace(request.DataCategory) || !IsCategory(request.DataCategory))
            errors[nameof(Request.DataCategory)] = [t["DataCategoryInvalid"]];
        if (string.IsNullOrWhiteSpace(request.Purpose))
            errors[nameof(Request.Purpose)] = [t["PurposeRequired"]];
        else if (request.Purpose.Length > 200)
            errors[nameof(Request.Purpose)] = [t["TooLong", t["Purpose"], 200]];
        if (request.ValidUntil is null || request.ValidUntil <= now)
            errors[nameof(Request.ValidUntil)] = [t["ValidUntilPast"]];
        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);

        var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null)
            return Outcome<Response>.NotFound(t["PersonNotFound"]);
        if (user.PersonId() != personId && !user.CanManageRegion(RegionCode.Parse(person.RegionCode)))
            return Outcome<Response>.Forbidden(t["NotYourPerson"]);
        if (!await db.Organisations.AnyAsync(o => o.Id == request.GranteeOrganisationId, ct))
            return Outcome<Response>.Invalid(nameof(Request.GranteeOrganisationId), t["GranteeNotFound"]);

        var consent = new ConsentRecord
        {
            Id = Guid.CreateVersion7(now),
            PersonId = personId,
            GranteeOrganisationId = request.GranteeOrganisationId!.Value,
            DataCategory = request.DataCategory!.Trim().ToLowerInvariant(),
            Purpose = request.Purpose!.Trim(),
            GrantedAt = now,
            ValidUntil = request.ValidUntil!.Value.ToUniversalTime(),
        };
        db.Consents.Add(consent);
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Created(new Response(consent.Id, personId, consent.GranteeOrganisationId, consent.DataCategory, consent.ValidUntil));
    }

    /// <summary>module.data, lower case letters and dots: farm.telemetry, market.sales.</summary>
    static bool IsCategory(string s) =>
        s.Trim().Length <= 60 && s.Trim().Split('.') is { Length: >= 2 } parts && parts.All(p => p.Length > 0 && p.All(char.IsAsciiLetter));
}
