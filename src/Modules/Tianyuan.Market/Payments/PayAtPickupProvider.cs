namespace Tianyuan.Market.Payments;

using Microsoft.Extensions.Localization;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Resources;

/// <summary>Cash or QR to the group-buy leader (or the courier) at hand-over; nothing to do online.</summary>
sealed class PayAtPickupProvider(IStringLocalizer<OrdersText> t) : IPaymentProvider
{
    public string Name => PaymentMethods.PayAtPickup;

    public Task<PaymentStep> StartAsync(Order order, CancellationToken ct) =>
        Task.FromResult(new PaymentStep(Name, PaymentStep.Instructions, t["PayAtPickupSteps", Kernel.Money.Yuan(order.Total), order.PickupCode], order.Number));
}
