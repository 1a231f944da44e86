namespace Tianyuan.Market.Payments;

using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Market.Domain;

/// <summary>
/// The provider's half of the sandbox: when the customer presses Approve or Decline on the hosted page, it calls our
/// webhook over HTTP, signed, exactly as a real provider's servers would. Nothing on our side takes a shortcut, so
/// the sandbox exercises the same path (signature, replay guard, amount check) a live provider does.
/// </summary>
sealed class SandboxProviderSide(IHttpClientFactory clients, SandboxSecret secret, TimeProvider clock)
{
    public const string ClientName = "market-sandbox";
    public const string WebhookPath = "/api/market/payments/sandbox/webhook";

    public sealed record Event(string EventId, Guid IntentId, string Type, decimal Amount, DateTimeOffset OccurredAt);

    public const string Succeeded = "payment.succeeded";
    public const string Failed = "payment.failed";

    /// <summary>Sends the intent's result to <paramref name="site"/>'s webhook; true when it was accepted.</summary>
    public async Task<bool> NotifyAsync(PaymentIntent intent, bool approved, Uri site, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var body = JsonSerializer.SerializeToUtf8Bytes(
            new Event("evt_" + Guid.NewGuid().ToString("N"), intent.Id, approved ? Succeeded : Failed, intent.Amount, now), JsonSerializerOptions.Web);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(site, WebhookPath)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(SandboxSignature.Header, SandboxSignature.Sign(await secret.GetAsync(ct), now, body));
        using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
        return response.IsSuccessStatusCode;
    }
}
