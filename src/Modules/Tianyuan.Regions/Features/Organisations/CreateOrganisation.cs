namespace Tianyuan.Regions.Features.Organisations;

using Tianyuan.Kernel.Persistence;

/// <summary>Registers a cooperative, homestay business, group-buy point, station or company in a region.</summary>
static class CreateOrganisation
{
    public sealed record Request(string? Name, OrganisationKind? Kind, string? RegionCode, string? Address, string? ContactPhone, string? CreditCode);

    public sealed record Response(Guid Id, string Name, OrganisationKind Kind, string RegionCode);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/organisations", async (Request request, ClaimsPrincipal user, RegionsDb db, IStringLocalizer<RegionsText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(request, user, db, t, clock, ct)).ToHttpResult(r => $"/api/regions/organisations/{r.Id}"))
            .RequireAuthorization(Policies.BackOffice)
            .WithName(nameof(CreateOrganisation))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, ClaimsPrincipal user, RegionsDb db, IStringLocalizer<RegionsText> t, TimeProvider clock, CancellationToken ct)
    {
        var errors = Validate(request, t);
        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);
        var region = await db.Regions.FirstOrDefaultAsync(r => r.Code == request.RegionCode, ct);
        if (region is null)
            return Outcome<Response>.Invalid(nameof(Request.RegionCode), t["RegionNotFound", request.RegionCode!]);
        if (!user.CanManageRegion(region.RegionCode))
            return Outcome<Response>.Forbidden(t["NotYourRegion", region.NameZh]);

        var organisation = new Organisation
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Name = request.Name!.Trim(),
            Kind = request.Kind!.Value,
            RegionCode = region.Code,
            Address = request.Address?.Trim(),
            ContactPhone = request.ContactPhone?.Trim(),
            CreditCode = string.IsNullOrWhiteSpace(request.CreditCode) ? null : request.CreditCode.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Organisations.Add(organisation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            var creditTaken = organisation.CreditCode is not null && await db.Organisations.AnyAsync(o => o.CreditCode == organisation.CreditCode, ct);
            return creditTaken
                ? Outcome<Response>.Conflict("duplicate-credit-code", t["CreditCodeTaken"], nameof(Request.CreditCode))
                : Outcome<Response>.Conflict("duplicate-organisation", t["DuplicateOrganisation"], nameof(Request.Name));
        }

        return Outcome<Response>.Created(new Response(organisation.Id, organisation.Name, organisation.Kind, organisation.RegionCode));
    }

    static Dictionary<string, string[]> Validate(Request r, IStringLocalizer<RegionsText> t)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.Name))
            errors[nameof(r.Name)] = [t["Required", t["Name"]]];
        else if (r.Name.Trim().Length > 80)
            errors[nameof(r.Name)] = [t["TooLong", t["Name"], 80]];
        if (r.Kind is null || !Enum.IsDefined(r.Kind.Value))
            errors[nameof(r.Kind)] = [t["Required", t["Kind"]]];
        if (string.IsNullOrWhiteSpace(r.RegionCode))
            errors[nameof(r.RegionCode)] = [t["Required", t["Region"]]];
        if (r.Address?.Trim().Length > 200)
            errors[nameof(r.Address)] = [t["TooLong", t["Address"], 200]];
        if (!string.IsNullOrWhiteSpace(r.ContactPhone) && !ChinaPhone.IsValid(r.ContactPhone.Trim()))
            errors[nameof(r.ContactPhone)] = [t["PhoneInvalid"]];
        if (!string.IsNullOrWhiteSpace(r.CreditCode) && !IsCreditCode(r.CreditCode.Trim()))
            errors[nameof(r.CreditCode)] = [t["CreditCodeInvalid"]];
        return errors;
    }

    static bool IsCreditCode(string code) => code.Length == 18 && code.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
}
