namespace Tianyuan.Market.Features.Payments;

using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Payments;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/payments/sandbox/webhook: the sandbox provider reports an intent's result. Checked in this order,
/// and any failure changes nothing: signature over the raw body (401), timestamp within 5 minutes (401), body
/// shape (400), intent (404), event id not seen before (409), amount equal to the intent's (422). Then, in one
/// transaction, the event row (its unique index is the replay guard under races), the intent's result and, on
/// success, the order paid (conditional on it being unpaid), so a payment lands exactly once.
/// </summary>
static class SandboxWebhook
{
    public const int MaxBodyBytes = 16 * 1024;

    public sealed record Response(bool Received, string IntentStatus, string OrderStatus);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/payments/sandbox/webhook", async (HttpRequest request, MarketDb db, SandboxSecret secret,
                IStringLocalizer<OrdersText> t, TimeProvider clock, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer, ct);
                var body = buffer.ToArray();
                var signature = SandboxSignature.Verify(request.Headers[SandboxSignature.Header], await secret.GetAsync(ct), body, clock.GetUtcNow());
                if (signature != SandboxSignature.Result.Valid)
                {
                    var (slug, text) = signature == SandboxSignature.Result.Stale ? ("webhook-stale", t["WebhookStale"]) : ("webhook-signature", t["WebhookSignature"]);
                    return Results.Problem(text, statusCode: StatusCodes.Status401Unauthorized, type: Problems.Type(slug));
                }

                SandboxProviderSide.Event? payload;
                try
                {
                    payload = JsonSerializer.Deserialize<SandboxProviderSide.Event>(body, JsonSerializerOptions.Web);
                }
                catch (JsonException)
                {
                    payload = null;
                }

                return (await ExecuteAsync(payload, db, t, clock, ct)).ToHttpResult();
            })
            .AllowAnonymous()
            // The provider's servers carry no session: the HMAC signature is the credential.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithName(nameof(SandboxWebhook))
            .WithSummary("Sandbox payment provider webhook (HMAC-signed; replayed events are refused).")
            .Produces<Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static async Task<Outcome<Response>> ExecuteAsync(SandboxProviderSide.Event? e, MarketDb db, IStringLocalizer<OrdersText> t,
        TimeProvider clock, CancellationToken ct)
    {
        if (e is null || string.IsNullOrWhiteSpace(e.EventId) || e.EventId.Length > 100)
            return Outcome<Response>.Invalid("eventId", t["WebhookEventId"]);
        if (e.Type is not (SandboxProviderSide.Succeeded or SandboxProviderSide.Failed))
            return Outcome<Response>.Invalid("type", t["WebhookType"]);
        var intent = await db.PaymentIntents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == e.IntentId, ct);
        if (intent is null)
            return Outcome<Response>.NotFound(t["IntentNotFound", e.IntentId]);
        if (await db.ProviderEvents.AnyAsync(p => p.Provider == PaymentMethods.Sandbox && p.EventId == e.EventId, ct))
            return Replayed(t);
        if (e.Amount != intent.Amount)
            return Outcome<Response>.Unprocessable("payment-amount-mismatch", t["WebhookAmount", e.Amount, intent.Amount], "amount");

        var now = clock.GetUtcNow();
        var succeeded = e.Type == SandboxProviderSide.Succeeded;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            db.ProviderEvents.Add(new ProviderEvent { Provider = PaymentMethods.Sandbox, EventId = e.EventId, IntentId = intent.Id, Type = e.Type, ReceivedAt = now });
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException x) when (x.IsUniqueViolation())
        {
            await tx.RollbackAsync(ct);
            return Replayed(t);
        }

        // Only a pending intent takes a result: a late "failed" after a success changes nothing.
        var decided = await db.PaymentIntents.Where(i => i.Id == intent.Id && i.Status == PaymentIntentStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Status, succeeded ? PaymentIntentStatus.Succeeded : PaymentIntentStatus.Failed)
                .SetProperty(i => i.CompletedAt, now), ct) == 1;
        if (decided && succeeded)
            await OrderPayments.MarkPaidAsync(db, intent.OrderId, null, t["PaidOnline", intent.Id], now, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        var intentStatus = await db.PaymentIntents.AsNoTracking().Where(i => i.Id == intent.Id).Select(i => i.Status).FirstAsync(ct);
        var orderStatus = await db.Orders.AsNoTracking().Where(o => o.Id == intent.OrderId).Select(o => o.Status).FirstAsync(ct);
        return Outcome<Response>.Ok(new Response(true, intentStatus, orderStatus));
    }

    static Outcome<Response> Replayed(IStringLocalizer<OrdersText> t) => Outcome<Response>.Conflict("webhook-replayed", t["WebhookReplayed"], "eventId");
}
