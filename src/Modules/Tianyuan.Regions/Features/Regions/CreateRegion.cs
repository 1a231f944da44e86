namespace Tianyuan.Regions.Features.Regions;

using System.Globalization;
using Tianyuan.Kernel.Outbox;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Regions.Contracts;

/// <summary>
/// Adds a township under a county or a village under a township. The code is the next free one under the
/// parent (villages 201, 202, ...; townships 101, 102, ...) unless the county's official code is given.
/// An operator may add only inside the regions they operate.
/// </summary>
static class CreateRegion
{
    public sealed record Request(string? ParentCode, string? NameZh, string? NameEn, double? Latitude, double? Longitude);

    public sealed record Response(string Code, string ParentCode, RegionLevel Level, string NameZh, string NameEn);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/", async (Request request, ClaimsPrincipal user, RegionsDb db, IStringLocalizer<RegionsText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(request, user, db, t, clock, ct)).ToHttpResult(r => $"/api/regions/{r.Code}"))
            .RequireAuthorization(Policies.BackOffice)
            .WithName(nameof(CreateRegion))
            .WithSummary("Add a township under a county or a village under a township.")
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

        var parent = await db.Regions.FirstOrDefaultAsync(r => r.Code == request.ParentCode, ct);
        if (parent is null)
            return Outcome<Response>.Invalid(nameof(Request.ParentCode), t["ParentNotFound", request.ParentCode!]);
        if (parent.Level is not (RegionLevel.County or RegionLevel.Township))
            return Outcome<Response>.Invalid(nameof(Request.ParentCode), t["WrongLevel"]);
        if (!user.CanManageRegion(parent.RegionCode))
            return Outcome<Response>.Forbidden(t["NotYourRegion", parent.NameZh]);

        var name = request.NameZh!.Trim();
        if (await db.Regions.AnyAsync(r => r.ParentCode == parent.Code && r.NameZh == name, ct))
            return Outcome<Response>.Conflict("duplicate-region-name", t["DuplicateName", parent.NameZh], nameof(Request.NameZh));

        var code = await NextCodeAsync(db, parent, ct);
        if (code is null)
            return Outcome<Response>.Conflict("region-codes-exhausted", t["CodesExhausted", parent.NameZh]);
        var region = new Region
        {
            Code = code,
            ParentCode = parent.Code,
            Level = parent.Level + 1,
            NameZh = name,
            NameEn = string.IsNullOrWhiteSpace(request.NameEn) ? name : request.NameEn.Trim(),
            CentreLatitude = request.Latitude ?? parent.CentreLatitude,
            CentreLongitude = request.Longitude ?? parent.CentreLongitude,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Regions.Add(region);
        db.Publish(new RegionCreated(region.Code, region.ParentCode, region.NameZh, region.NameEn), clock);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Two operators adding at the same moment: the same name, or just the same next code. The database decides.
            db.ChangeTracker.Clear();
            return await db.Regions.AnyAsync(r => r.ParentCode == parent.Code && r.NameZh == name, ct)
                ? Outcome<Response>.Conflict("duplicate-region-name", t["DuplicateName", parent.NameZh], nameof(Request.NameZh))
                : Outcome<Response>.Conflict("region-code-taken", t["CodeTaken"]);
        }

        return Outcome<Response>.Created(new Response(region.Code, parent.Code, region.Level, region.NameZh, region.NameEn));
    }

    static Dictionary<string, string[]> Validate(Request r, IStringLocalizer<RegionsText> t)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.ParentCode))
            errors[nameof(r.ParentCode)] = [t["Required", t["Parent"]]];
        if (string.IsNullOrWhiteSpace(r.NameZh))
            errors[nameof(r.NameZh)] = [t["Required", t["NameZh"]]];
        else if (r.NameZh.Trim().Length > 40)
            errors[nameof(r.NameZh)] = [t["TooLong", t["NameZh"], 40]];
        if (r.NameEn?.Trim().Length > 80)
            errors[nameof(r.NameEn)] = [t["TooLong", t["NameEn"], 80]];
        if (r.Latitude is < -90 or > 90)
            errors[nameof(r.Latitude)] = [t["LatitudeRange"]];
        if (r.Longitude is < -180 or > 180)
            errors[nameof(r.Longitude)] = [t["LongitudeRange"]];
        return errors;
    }

    /// <summary>
    /// Townships take 101.., villages 201.. (the national scheme's ranges for towns and village committees);
    /// null when all three-digit codes under the parent are used.
    /// </summary>
    static async Task<string?> NextCodeAsync(RegionsDb db, Region parent, CancellationToken ct)
    {
        var siblings = await db.Regions.Where(r => r.ParentCode == parent.Code).Select(r => r.Code).ToListAsync(ct);
        var first = parent.Level == RegionLevel.County ? 101 : 201;
        var used = siblings.Select(c => int.Parse(c[^3..], CultureInfo.InvariantCulture)).ToHashSet();
        var next = Enumerable.Range(first, 999 - first + 1).FirstOrDefault(n => !used.Contains(n));
        return next == 0 ? null : parent.Code + next.ToString("000", CultureInfo.InvariantCulture);
    }
}
