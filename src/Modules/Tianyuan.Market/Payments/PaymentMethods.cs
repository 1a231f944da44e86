namespace Tianyuan.Market.Payments;

/// <summary>The ways an order can be paid; each is an <c>IPaymentProvider</c> by this name.</summary>
static class PaymentMethods
{
    /// <summary>Cash or QR to the leader or courier at hand-over.</summary>
    public const string PayAtPickup = "pay-at-pickup";

    /// <summary>The customer transfers to the cooperative's account; the seller marks it received.</summary>
    public const string BankTransfer = "bank-transfer";

    /// <summary>An online provider's sandbox: a hosted page and a signed webhook, for integrators and tests.</summary>
    public const string Sandbox = "sandbox";

    public static IReadOnlyList<string> All { get; } = [PayAtPickup, BankTransfer, Sandbox];

    public static bool IsKnown(string? name) => name is not null && All.Contains(name);
}
