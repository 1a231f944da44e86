namespace Tianyuan.Market.Stock;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Market.Data;

/// <summary>
/// Every stock movement, each one conditional UPDATE on the offer row. "Reserve" succeeds only while enough is
/// available, in the database, so 200 buyers racing for the last 10 units get exactly 10 reservations whatever
/// the interleaving (the row lock on PostgreSQL, the single writer on SQLite). Callers run these inside the
/// transaction that writes the order, so an order and its reservation commit or vanish together.
/// </summary>
static class StockLedger
{
    /// <summary>Moves <paramref name="quantity"/> from Available to Reserved; false when not enough is available.</summary>
    public static async Task<bool> TryReserveAsync(MarketDb db, Guid offerId, decimal quantity, CancellationToken ct) =>
        await db.Offers
            .Where(o => o.Id == offerId && o.Active && o.Available >= quantity)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Available, o => o.Available - quantity)
                .SetProperty(o => o.Reserved, o => o.Reserved + quantity), ct) == 1;

    /// <summary>Returns a reservation to sale (cancellation, expiry, the unfulfilled part of a refund).</summary>
    public static Task ReleaseAsync(MarketDb db, Guid offerId, decimal quantity, CancellationToken ct) =>
        db.Offers.Where(o => o.Id == offerId).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Available, o => o.Available + quantity)
            .SetProperty(o => o.Reserved, o => o.Reserved - quantity), ct);

    /// <summary>The goods left the farm: the reservation is used up.</summary>
    public static Task ConsumeAsync(MarketDb db, Guid offerId, decimal quantity, CancellationToken ct) =>
        db.Offers.Where(o => o.Id == offerId).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Reserved, o => o.Reserved - quantity), ct);

    /// <summary>The seller counted what is for sale; reservations are untouched.</summary>
    public static async Task<bool> SetAvailableAsync(MarketDb db, Guid offerId, decimal available, CancellationToken ct) =>
        await db.Offers.Where(o => o.Id == offerId).ExecuteUpdateAsync(s => s.SetProperty(o => o.Available, available), ct) == 1;
}
