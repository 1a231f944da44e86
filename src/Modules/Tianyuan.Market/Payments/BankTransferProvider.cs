namespace Tianyuan.Market.Payments;

using Microsoft.Extensions.Localization;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Resources;

/// <summary>
/// A transfer to the cooperative's account with the order number as the reference (附言), which is how the seller
/// finds it on the statement before confirming receipt (<c>ConfirmPayment</c>).
/// </summary>
sealed class BankTransferProvider(IStringLocalizer<OrdersText> t) : IPaymentProvider
{
    public string Name => PaymentMethods.BankTransfer;

    public Task<PaymentStep> StartAsync(Order order, CancellationToken ct) =>
        Task.FromResult(new PaymentStep(Name, PaymentStep.Instructions, t["BankTransferSteps", Kernel.Money.Yuan(order.Total), order.Number], order.Number));
}
