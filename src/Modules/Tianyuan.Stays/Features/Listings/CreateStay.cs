namespace Tianyuan.Stays.Features.Listings;

using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Regions.Contracts;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Resources;

/// <summary>POST /api/stays/listings: a host lists a stay for their organisation in a village.</summary>
static class CreateStay
{
    public sealed record Request(
        Guid? OrganisationId, string? VillageCode, string? Kind, string? NameZh, string? NameEn, string? DescriptionZh, string? DescriptionEn,
        string? Address, double? Latitude, double? Longitude, string? CancellationPolicy, bool? InstantBook, string? ArrivalInstructions,
        string? HouseRules, string? Languages, bool? StepFreeAccess, bool? HasDesk, int? BandwidthMbps, string? QuietHours, bool? HasCoworking,
        IReadOnlyList<string>? Amenities);

    public sealed record Response(Guid Id, string NameZh, string RegionCode);

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPost("/listings", async (Request request, ClaimsPrincipal user, StaysDb db, IOrganisationDirectory organisations,
                IRegionDirectory regions, IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(request, user, db, organisations, regions, t, clock, ct)).ToHttpResult(r => $"/api/stays/{r.Id}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(CreateStay))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

    public static async Task<Outcome<Response>> ExecuteAsync(Request r, ClaimsPrincipal user, StaysDb db, IOrganisationDirectory organisations,
        IRegionDirectory regions, IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct)
    {
        var errors = ListingRules.Validate(r, t);
        var organisation = r.OrganisationId is { } orgId ? await organisations.FindAsync(orgId, ct) : null;
        if (r.OrganisationId is not null && organisation is null)
            errors["organisationId"] = [t["OrganisationNotFound"]];
        var village = r.VillageCode is { Length: 12 } ? await regions.FindAsync(r.VillageCode, ct) : null;
        if (r.VillageCode is { Length: 12 } && village is null)
            errors["villageCode"] = [t["VillageNotFound", r.VillageCode]];
        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);
        if (!StayAccess.HostRoles.Any(role => user.CanActFor(role, organisation!.Id, RegionCode.Parse(organisation.RegionCode))))
            return Outcome<Response>.Forbidden(t["NotYourOrganisation", organisation!.Name]);

        var stay = new Stay
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), OrganisationId = organisation!.Id, RegionCode = village!.Code, Kind = r.Kind!,
            NameZh = r.NameZh!.Trim(), NameEn = r.NameEn?.Trim(), DescriptionZh = r.DescriptionZh?.Trim() ?? "", DescriptionEn = r.DescriptionEn?.Trim(),
            Address = r.Address?.Trim() ?? "", Latitude = r.Latitude ?? village.Latitude, Longitude = r.Longitude ?? village.Longitude,
            CancellationPolicy = r.CancellationPolicy ?? Domain.CancellationPolicy.Moderate.Name, InstantBook = r.InstantBook ?? true,
            ArrivalInstructions = r.ArrivalInstructions?.Trim() ?? "", HouseRules = r.HouseRules?.Trim() ?? "", Languages = r.Languages ?? "zh",
            StepFreeAccess = r.StepFreeAccess ?? false, HasDesk = r.HasDesk ?? false, BandwidthMbps = r.BandwidthMbps, QuietHours = r.QuietHours?.Trim(),
            HasCoworking = r.HasCoworking ?? false, Amenities = string.Join(',', r.Amenities ?? []), CreatedAt = clock.GetUtcNow(),
        };
        db.Stays.Add(stay);
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Created(new Response(stay.Id, stay.NameZh, stay.RegionCode));
    }
}
