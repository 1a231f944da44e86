namespace Tianyuan.Regions.Features.People;

using Tianyuan.Kernel.Persistence;

/// <summary>
/// Registers a farmer, host, leader or courier in a region the operator manages. Roles are granted separately;
/// an account is optional (the person may never sign in, e.g. a farmer whose cooperative enters the data).
/// </summary>
static class CreatePerson
{
    public sealed record Request(string? Name, string? Phone, string? Email, string? RegionCode);

    public sealed record Response(Guid Id, string Name, string RegionCode);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/people", async (Request request, ClaimsPrincipal user, RegionsDb db, IStringLocalizer<RegionsText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(request, user, db, t, clock, ct)).ToHttpResult(r => $"/api/regions/people/{r.Id}"))
            .RequireAuthorization(Policies.BackOffice)
            .WithName(nameof(CreatePerson))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, ClaimsPrincipal user, RegionsDb db, IStringLocalizer<RegionsText> t, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name))
            errors[nameof(Request.Name)] = [t["Required", t["Name"]]];
        else if (request.Name.Trim().Length > 40)
            errors[nameof(Request.Name)] = [t["TooLong", t["Name"], 40]];
        if (!ChinaPhone.IsValid(request.Phone?.Trim()))
            errors[nameof(Request.Phone)] = [t["PhoneInvalid"]];
        if (!string.IsNullOrWhiteSpace(request.Email) && !IsEmail(request.Email.Trim()))
            errors[nameof(Request.Email)] = [t["EmailInvalid"]];
        if (string.IsNullOrWhiteSpace(request.RegionCode))
            errors[nameof(Request.RegionCode)] = [t["Required", t["Region"]]];
        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);

        var region = await db.Regions.FirstOrDefaultAsync(r => r.Code == request.RegionCode, ct);
        if (region is null)
            return Outcome<Response>.Invalid(nameof(Request.RegionCode), t["RegionNotFound", request.RegionCode!]);
        if (!user.CanManageRegion(region.RegionCode))
            return Outcome<Response>.Forbidden(t["NotYourRegion", region.NameZh]);

        var now = clock.GetUtcNow();
        var person = new Person
        {
            Id = Guid.CreateVersion7(now), Name = request.Name!.Trim(), Phone = request.Phone!.Trim(),
            Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim().ToLowerInvariant(),
            RegionCode = region.Code, CreatedAt = now,
        };
        db.People.Add(person);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Outcome<Response>.Conflict("duplicate-email", t["EmailTaken"], nameof(Request.Email));
        }

        return Outcome<Response>.Created(new Response(person.Id, person.Name, person.RegionCode));
    }

    static bool IsEmail(string s) =>
        s.Length <= 200 && s.IndexOf('@') is > 0 and var at && at == s.LastIndexOf('@') && s[(at + 1)..].Contains('.') && !s.Contains(' ');
}
