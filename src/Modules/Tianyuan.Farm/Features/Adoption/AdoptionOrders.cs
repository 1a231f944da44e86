namespace Tianyuan.Farm.Features.Adoption;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Kernel.Outbox;
using Tianyuan.Market.Contracts;

/// <summary>
/// Turns shop orders of adoption offers into adoptions, and cancelled orders back into free trees. Deliveries come
/// at least once: an order's adoptions are keyed by (order, plan, n), so a second delivery finds them and stops.
/// The shop already made sure there was a unit for every one sold; here each gets the lowest free unit number.
/// </summary>
sealed class AdoptionOrders(FarmDb db, TimeProvider clock) : IIntegrationEventHandler<MarketOrderPlaced>, IIntegrationEventHandler<MarketOrderCancelled>
{
    public async Task HandleAsync(MarketOrderPlaced placed, IntegrationEventContext context, CancellationToken ct)
    {
        var offerIds = placed.Lines.Select(l => l.OfferId).ToList();
        var plans = await db.AdoptionPlans.AsNoTracking().Where(p => offerIds.Contains(p.MarketOfferId)).ToListAsync(ct);
        if (plans.Count == 0 || await db.Adoptions.AnyAsync(a => a.OrderId == placed.OrderId, ct))
            return;
        foreach (var plan in plans)
        {
            var count = (int)placed.Lines.Where(l => l.OfferId == plan.MarketOfferId).Sum(l => l.Quantity);
            var taken = await db.Adoptions.Where(a => a.PlanId == plan.Id && a.ReleasedAt == null).Select(a => a.UnitNumber).ToListAsync(ct);
            var free = Enumerable.Range(1, plan.Units).Except(taken).Take(count).ToList();
            for (var i = 0; i < free.Count; i++)
            {
                db.Adoptions.Add(new Domain.Adoption
                {
                    Id = Guid.CreateVersion7(placed.At), PlanId = plan.Id, UnitNumber = free[i], CustomerUserId = placed.CustomerUserId,
                    OrderId = placed.OrderId, Seq = i + 1, CreatedAt = clock.GetUtcNow(),
                });
            }
        }

        // A unique violation here (a unit number taken meanwhile) fails the delivery; the outbox retries it from what is stored.
        await db.SaveChangesAsync(ct);
    }

    public async Task HandleAsync(MarketOrderCancelled cancelled, IntegrationEventContext context, CancellationToken ct) =>
        await db.Adoptions.Where(a => a.OrderId == cancelled.OrderId && a.ReleasedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ReleasedAt, cancelled.At), ct);
}
