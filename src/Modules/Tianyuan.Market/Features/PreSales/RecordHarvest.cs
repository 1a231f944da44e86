namespace Tianyuan.Market.Features.PreSales;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/presales/{id}/harvest: the farm records the actual yield; the pre-sale closes and every
/// pre-order gets its fulfilled quantity, balance due and deposit refund (PreSaleAllocation), in one transaction.
/// The status change is conditional, so a second submit allocates nothing and answers 409.
/// Fulfilment is then recorded on the pre-orders (delivered + balance paid), not turned into shop orders: the
/// crop was never a catalogue offer with stock, and the pre-order already carries everything the delivery needs.
/// </summary>
static class RecordHarvest
{
    public sealed record Request(decimal? ActualYield);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/presales/{id:guid}/harvest", async (Guid id, Request request, ClaimsPrincipal user, MarketDb db,
                IStringLocalizer<PreSaleText> p, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, request, user, db, p, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName("RecordPreSaleHarvest")
            .WithSummary("Record the harvest and allocate it to the pre-orders (pro rata when short).")
            .Produces<GetPreSale.View>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<GetPreSale.View>> ExecuteAsync(Guid id, Request r, ClaimsPrincipal user, MarketDb db, IStringLocalizer<PreSaleText> p,
        TimeProvider clock, CancellationToken ct)
    {
        var preSale = await db.PreSales.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (preSale is null)
            return Outcome<GetPreSale.View>.NotFound(p["PreSaleNotFound", id]);
        if (!MarketAccess.MaySell(user, preSale.OrganisationId, preSale.RegionCode))
            return Outcome<GetPreSale.View>.Forbidden(p["NotYourPreSale"]);
        if (r.ActualYield is not (>= 0 and <= 100_000_000m) || Math.Round(r.ActualYield.Value, 3) != r.ActualYield)
            return Outcome<GetPreSale.View>.Invalid("actualYield", p["ActualYieldRange"]);
        if (preSale.Status != PreSaleStatus.Open)
            return Outcome<GetPreSale.View>.Conflict("presale-allocated", p["AlreadyAllocated"]);

        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Closing first: no pre-order can join after the shares are computed.
        var closed = await db.PreSales.Where(s => s.Id == id && s.Status == PreSaleStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, PreSaleStatus.Allocated).SetProperty(x => x.ActualYield, r.ActualYield)
                .SetProperty(x => x.AllocatedAt, now), ct);
        if (closed == 0)
            return Outcome<GetPreSale.View>.Conflict("presale-allocated", p["AlreadyAllocated"]);
        var preOrders = await db.PreOrders.Where(o => o.PreSaleId == id).OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).ToListAsync(ct);
        var shares = PreSaleAllocation.Allocate([.. preOrders.Select(o => new PreSaleAllocation.Claim(o.Id, o.Quantity, o.Deposit))],
            r.ActualYield.Value, preSale.Step, preSale.PricePerUnit);
        foreach (var (preOrder, share) in preOrders.Zip(shares))
        {
            preOrder.FulfilledQuantity = share.Fulfilled;
            preOrder.BalanceDue = share.BalanceDue;
            preOrder.DepositRefund = share.DepositRefund;
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return await GetPreSale.ExecuteAsync(id, user, db, p, ct);
    }
}
