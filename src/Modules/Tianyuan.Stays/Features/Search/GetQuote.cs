namespace Tianyuan.Stays.Features.Search;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Pricing;
using Tianyuan.Stays.Resources;

/// <summary>GET /api/stays/units/{unitTypeId}/quote?from=&amp;to=&amp;guests=: the price per night and the total, before booking.</summary>
static class GetQuote
{
    public sealed record Response(Guid UnitTypeId, DateOnly From, DateOnly To, int Guests, string Currency, IReadOnlyList<NightPrice> Nights,
        decimal Subtotal, string? Discount, decimal DiscountPercent, decimal DiscountAmount, decimal Total, int MinNights, bool Available);

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapGet("/units/{unitTypeId:guid}/quote", async (Guid unitTypeId, DateOnly? from, DateOnly? to, int? guests,
                StaysDb db, IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(unitTypeId, from, to, guests, db, t, clock, ct)).ToHttpResult())
            .AllowAnonymous()
            .WithName(nameof(GetQuote))
            .WithSummary("Price a stay night by night (public); says whether a unit is free for those dates.")
            .Produces<Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid unitTypeId, DateOnly? from, DateOnly? to, int? guests,
        StaysDb db, IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct)
    {
        var type = await db.UnitTypes.AsNoTracking().Include(u => u.Seasons).FirstOrDefaultAsync(u => u.Id == unitTypeId, ct);
        var published = type is not null && await db.Stays.AnyAsync(s => s.Id == type.StayId && s.Published, ct);
        if (type is null || !published)
            return Outcome<Response>.NotFound(t["UnitTypeNotFound", unitTypeId]);
        var errors = new Dictionary<string, string[]>();
        var today = clock.Today();
        StayRequestRules.CheckDates(errors, from, to, today, t, "from", "to");
        StayRequestRules.CheckGuests(errors, guests, type, t);
        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);
        var quote = Quoting.For(type, from!.Value, to!.Value, guests!.Value);
        StayRequestRules.CheckMinNights(errors, quote, "to", t);
        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);
        var free = await Inventory.Availability.FreeUnitsAsync(db, [type.Id], from.Value, to.Value, today, ct);
        return Outcome<Response>.Ok(new Response(type.Id, from.Value, to.Value, guests.Value, Money.Currency, quote.Nights, quote.Subtotal,
            quote.Discount, quote.DiscountPercent, quote.DiscountAmount, quote.Total, quote.MinNights, free.Count > 0));
    }
}
