namespace Tianyuan.Stays.Features.Search;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;

/// <summary>GET /api/stays/{id}: a published stay with its room types, rules and cancellation policy (public).</summary>
static class GetStay
{
    public sealed record UnitTypeView(Guid Id, string Name, string NameEn, int Beds, int MaxGuests, int BaseOccupancy, decimal BaseNightly,
        decimal? WeekendNightly, decimal ExtraGuestNightly, int MinNights, decimal WeeklyDiscountPct, decimal MonthlyDiscountPct, int Units);

    public sealed record StayView(Guid Id, string Name, string NameEn, string Kind, string RegionCode, string Description, string? DescriptionEn,
        string Address, double Latitude, double Longitude, CancellationPolicy Policy, bool InstantBook, TimeOnly CheckInFrom, TimeOnly CheckOutBy,
        string HouseRules, IReadOnlyList<string> Languages, bool StepFreeAccess, bool HasDesk, int? BandwidthMbps, string? QuietHours,
        bool HasCoworking, IReadOnlyList<string> Amenities, IReadOnlyList<UnitTypeView> UnitTypes);

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapGet("/{id:guid}", async (Guid id, StaysDb db, CancellationToken ct) =>
                await ExecuteAsync(id, db, ct) is { } stay ? Results.Ok(stay) : Problems.NotFound("stay", id))
            .AllowAnonymous()
            .WithName(nameof(GetStay))
            .Produces<StayView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<StayView?> ExecuteAsync(Guid id, StaysDb db, CancellationToken ct)
    {
        var s = await db.Stays.AsNoTracking().Include(x => x.UnitTypes).ThenInclude(u => u.Units).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id && x.Published, ct);
        if (s is null)
            return null;
        return new StayView(s.Id, s.NameZh, s.NameEn ?? s.NameZh, s.Kind, s.RegionCode, s.DescriptionZh, s.DescriptionEn, s.Address, s.Latitude, s.Longitude,
            CancellationPolicy.Named(s.CancellationPolicy), s.InstantBook, s.CheckInFrom, s.CheckOutBy, s.HouseRules,
            s.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries), s.StepFreeAccess, s.HasDesk, s.BandwidthMbps, s.QuietHours, s.HasCoworking,
            [.. s.AmenityList],
            [.. s.UnitTypes.OrderBy(u => u.BaseNightly).Select(u => new UnitTypeView(u.Id, u.NameZh, u.NameEn ?? u.NameZh, u.Beds, u.MaxGuests, u.BaseOccupancy,
                u.BaseNightly, u.WeekendNightly, u.ExtraGuestNightly, u.MinNights, u.WeeklyDiscountPct, u.MonthlyDiscountPct, u.Units.Count))]);
    }
}
