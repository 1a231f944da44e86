namespace Tianyuan.Market.Payments;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Resources;

/// <summary>
/// The online provider's sandbox: starting makes a payment intent for the order's total and sends the customer to
/// the hosted page (/market/pay/sandbox/{intentId}); the result comes back through <c>SandboxWebhook</c>.
/// Starting twice while an intent is still pending reuses it, so a double tap makes one intent.
/// </summary>
sealed class SandboxProvider(MarketDb db, IStringLocalizer<OrdersText> t, TimeProvider clock) : IPaymentProvider
{
    public string Name => PaymentMethods.Sandbox;

    public async Task<PaymentStep> StartAsync(Order order, CancellationToken ct)
    {
        var intent = await db.PaymentIntents.AsNoTracking()
            .Where(i => i.OrderId == order.Id && i.Status == PaymentIntentStatus.Pending)
            .OrderByDescending(i => i.CreatedAt).FirstOrDefaultAsync(ct);
        // Amounts are compared in C#: SQLite keeps decimals as text.
        if (intent is null || intent.Amount != order.Total)
        {
            var now = clock.GetUtcNow();
            intent = new PaymentIntent { Id = Guid.CreateVersion7(now), OrderId = order.Id, Provider = Name, Amount = order.Total, CreatedAt = now };
            db.PaymentIntents.Add(intent);
            await db.SaveChangesAsync(ct);
        }

        return new PaymentStep(Name, PaymentStep.Redirect, t["SandboxSteps"], order.Number, PagePath(intent.Id), intent.Id);
    }

    public static string PagePath(Guid intentId) => $"/market/pay/sandbox/{intentId}";
}
