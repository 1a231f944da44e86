namespace Tianyuan.Trace.Features.NamedQueries;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Domain;
using Tianyuan.Trace.Epcis;

/// <summary>
/// POST /epcis/queries/{name}/subscriptions {dest, signatureToken, stream, reportIfEmpty} → 201 with the subscription's
/// id. From now on <see cref="SubscriptionDelivery"/> POSTs the query's new events to dest, signed with the token; events
/// recorded before the subscription are not sent. A stream subscription reports only when there is something to report,
/// so it cannot also ask for empty reports.
/// </summary>
static class Subscribe
{
    public const int MinToken = 16;
    public const int MaxText = 2000;

    public sealed record Request(string? Dest, string? SignatureToken, bool Stream = false, bool ReportIfEmpty = false);

    public sealed record Response(string SubscriptionID, string QueryName);

    public static void Map(IEndpointRouteBuilder queries) =>
        queries.MapPost("/{name}/subscriptions", Handle)
            .RequireAuthorization(Policies.EpcisCapture)
            .WithName(nameof(Subscribe))
            .WithSummary("Subscribes a webhook to a named query's new events.")
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    static async Task<IResult> Handle(string name, Request request, TraceDb db, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.NamedQueries.AnyAsync(q => q.Name == name, ct))
            return EpcisProblems.NotFound($"No query named '{name}'.");
        if (!Uri.TryCreate(request.Dest, UriKind.Absolute, out var dest) || dest.Scheme is not ("https" or "http") || request.Dest!.Length > MaxText)
            return EpcisProblems.Invalid("dest is the absolute http or https URL the results are POSTed to.");
        if (request.SignatureToken is not { Length: >= MinToken and <= MaxText })
            return EpcisProblems.Invalid($"signatureToken is the secret the GS1-Signature HMAC is made with: {MinToken} to {MaxText} characters.");
        if (request.Stream && request.ReportIfEmpty)
            return EpcisProblems.Invalid("A stream subscription reports when events arrive; reportIfEmpty applies to the others only.");

        var now = clock.GetUtcNow();
        var subscription = new QuerySubscription
        {
            Id = Guid.CreateVersion7(now), QueryName = name, Dest = dest.AbsoluteUri, SignatureToken = request.SignatureToken,
            Stream = request.Stream, ReportIfEmpty = request.ReportIfEmpty, CreatedAt = now, AfterRecordTime = now, NextAttemptAt = now,
        };
        db.QuerySubscriptions.Add(subscription);
        await db.SaveChangesAsync(ct);
        var id = subscription.Id.ToString();
        return Results.Created($"/epcis/queries/{name}/subscriptions/{id}", new Response(id, name));
    }
}
