namespace Tianyuan.Trace.Features.NamedQueries;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Domain;
using Tianyuan.Trace.Epcis;

/// <summary>
/// GET /epcis/queries (every named query) and GET /epcis/queries/{name}: the parameters and the subscriptions with
/// their last delivery — never their signature tokens.
/// </summary>
static class GetNamedQuery
{
    public sealed record Subscription(string SubscriptionID, string Dest, bool Stream, bool ReportIfEmpty, DateTimeOffset CreatedAt,
        DateTimeOffset? LastDeliveredAt, int LastDeliveredCount, int Failures, string? LastError);

    public sealed record Response(string Name, Dictionary<string, string?[]> Query, DateTimeOffset CreatedAt, IReadOnlyList<Subscription> Subscriptions);

    public static void Map(IEndpointRouteBuilder queries)
    {
        queries.MapGet("", async (TraceDb db, CancellationToken ct) =>
                Results.Ok((await db.NamedQueries.AsNoTracking().Include(q => q.Subscriptions).OrderBy(q => q.Name).ToListAsync(ct)).Select(Describe)))
            .RequireAuthorization(Policies.EpcisCapture)
            .WithName("ListNamedQueries")
            .WithSummary("Lists the named queries.")
            .Produces<IReadOnlyList<Response>>();
        queries.MapGet("/{name}", async (string name, TraceDb db, CancellationToken ct) =>
                await db.NamedQueries.AsNoTracking().Include(q => q.Subscriptions).FirstOrDefaultAsync(q => q.Name == name, ct) is { } query
                    ? Results.Ok(Describe(query))
                    : EpcisProblems.NotFound($"No query named '{name}'."))
            .RequireAuthorization(Policies.EpcisCapture)
            .WithName(nameof(GetNamedQuery))
            .WithSummary("A named query and its subscriptions.")
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static Response Describe(NamedQuery q) => new(
        q.Name, StoredParameters.Load(q.ParametersJson), q.CreatedAt,
        [.. q.Subscriptions.OrderBy(s => s.CreatedAt).Select(s => new Subscription(
            s.Id.ToString(), s.Dest, s.Stream, s.ReportIfEmpty, s.CreatedAt, s.LastDeliveredAt, s.LastDeliveredCount, s.Failures, s.LastError))]);
}
