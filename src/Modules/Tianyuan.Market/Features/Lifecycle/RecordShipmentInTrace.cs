namespace Tianyuan.Market.Features.Lifecycle;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Outbox;
using Tianyuan.Market.Contracts;
using Tianyuan.Market.Data;
using Tianyuan.Trace.Contracts;

/// <summary>
/// A dispatched line of a product with a GTIN, drawn from a lot, becomes an EPCIS shipping event in Trace, so the
/// consumer page behind the product's code shows that it left the farm. Lines without a GTIN or lot have nothing Trace
/// could name. The reference (order line) makes a second delivery of the event record nothing new.
/// </summary>
sealed class RecordShipmentInTrace(MarketDb db, ITraceRecords trace) : IIntegrationEventHandler<MarketOrderDispatched>
{
    public async Task HandleAsync(MarketOrderDispatched dispatched, IntegrationEventContext context, CancellationToken ct)
    {
        var productIds = dispatched.Lines.Select(l => l.ProductId).ToList();
        var gtins = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id) && p.Gtin != null)
            .ToDictionaryAsync(p => p.Id, p => p.Gtin!, ct);
        foreach (var line in dispatched.Lines.Where(l => l.LotCode is not null && gtins.ContainsKey(l.ProductId)))
        {
            var (quantity, unit) = TraceQuantity(line.Quantity, line.Unit);
            await trace.RecordShipmentAsync(new TraceShipment(
                $"market:order:{dispatched.OrderId:N}:line:{line.LineId:N}", gtins[line.ProductId], line.LotCode!, quantity, unit,
                ShippedAt: dispatched.At), ct);
        }
    }

    /// <summary>EPCIS quantities use UN/CEFACT unit codes: masses in kilograms (KGM), counted goods as a plain count.</summary>
    static (decimal Quantity, string? Unit) TraceQuantity(decimal quantity, string unitCode)
    {
        var unit = Kernel.Unit.Parse(unitCode);
        return unit.Dimension == Kernel.Dimension.Mass ? (quantity * unit.SizeInBase, "KGM") : (quantity, null);
    }
}
