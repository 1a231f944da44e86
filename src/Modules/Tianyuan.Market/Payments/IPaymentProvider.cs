namespace Tianyuan.Market.Payments;

using Tianyuan.Market.Domain;

/// <summary>
/// One way of paying (<see cref="PaymentMethods"/>): starting a payment tells the customer what to do next. Offline
/// methods only explain; an online provider makes an intent and sends the customer to its hosted page, and later
/// tells us the result through its signed webhook.
/// </summary>
interface IPaymentProvider
{
    string Name { get; }

    Task<PaymentStep> StartAsync(Order order, CancellationToken ct);
}

/// <summary>What the customer sees next: instructions to follow, or a page to open (<see cref="Url"/>).</summary>
sealed record PaymentStep(string Method, string Kind, string Message, string? Reference = null, string? Url = null, Guid? IntentId = null)
{
    public const string Instructions = "instructions";
    public const string Redirect = "redirect";
}
