namespace Tianyuan.Trace.Features.Recall;

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Domain;
using Tianyuan.Trace.Epcis;
using Tianyuan.Trace.Gs1;

/// <summary>
/// GET /api/trace/recall?gtin=&amp;lot=: everything a lot reached and came from, walked over the stored events.
/// Downstream: items named together with the lot, the cases and pallets they were packed into (aggregation parents),
/// the outputs of transformations that consumed them, and every event naming any of those — shipments with their
/// business transactions (orders, invoices) and destinations. Upstream: the inputs of transformations that produced
/// the lot. Bounded (depth and event count) so a mistyped lot cannot walk the whole repository.
/// </summary>
static class RecallLot
{
    public const int MaxDepth = 8;
    public const int MaxEvents = 5_000;

    public sealed record Party(string Type, string Id);

    public sealed record EventLine(string HashId, DateTimeOffset EventTime, string Type, string? BizStep, string? Disposition, string? BizLocation,
        IReadOnlyList<string> Identifiers, IReadOnlyList<Party> Transactions, IReadOnlyList<Party> Destinations);

    public sealed record Response(string Lot, IReadOnlyList<string> Downstream, IReadOnlyList<string> Upstream, IReadOnlyList<EventLine> Events,
        IReadOnlyList<Party> Transactions, IReadOnlyList<Party> Destinations, bool Truncated);

    static readonly string[] ChildRoles = ["childEPCs", "childQuantityList"];
    static readonly string[] InputRoles = ["inputEPCList", "inputQuantityList"];
    static readonly string[] OutputRoles = ["outputEPCList", "outputQuantityList"];

    public static void Map(IEndpointRouteBuilder trace) =>
        trace.MapGet("/recall", async (string? gtin, string? lot, TraceDb db, CancellationToken ct) =>
            {
                var id = LotId(gtin, lot);
                return id.Ok ? Results.Ok(await ExecuteAsync(db, id.Value, ct)) : Problems.Invalid(id.Field, id.Error!);
            })
            // Who bought what is in there: producers, operators and admins only, like capture.
            .RequireAuthorization(Policies.EpcisCapture)
            .WithName(nameof(RecallLot))
            .WithSummary("A lot's recall: downstream items, cases, shipments, orders and destinations; upstream inputs.")
            .Produces<Response>()
            .ProducesValidationProblem();

    /// <summary>The lot's canonical Digital Link, or which parameter is wrong and why.</summary>
    public static (bool Ok, string Value, string Field, string? Error) LotId(string? gtin, string? lot)
    {
        var parsed = Gtin.Parse(gtin);
        if (!parsed.Ok)
            return (false, "", "gtin", parsed.Error);
        if (string.IsNullOrWhiteSpace(lot) || lot.Length > 20)
            return (false, "", "lot", "lot is 1 to 20 characters (GS1 AI 10).");
        var uri = $"{DigitalLink.CanonicalBase}/01/{parsed.Value.Value}/10/{Uri.EscapeDataString(lot.Trim())}";
        return Identifiers.Problem(uri) is { } problem ? (false, "", "lot", problem) : (true, Identifiers.Canonical(uri), "", null);
    }

    public static async Task<Response> ExecuteAsync(TraceDb db, string lotId, CancellationToken ct)
    {
        var downstream = new HashSet<string> { lotId };
        var upstream = new HashSet<string>();
        var events = new Dictionary<Guid, EpcisEvent>();
        var truncated = false;

        // Downstream, breadth first: what the frontier was packed into, turned into, or listed with.
        var frontier = new HashSet<string> { lotId };
        for (var depth = 0; depth < MaxDepth && frontier.Count > 0 && !truncated; depth++)
        {
            var found = await EventsNamingAsync(db, frontier, ct);
            var next = new HashSet<string>();
            foreach (var e in found)
            {
                events.TryAdd(e.Id, e);
                var named = e.Epcs.Where(x => frontier.Contains(x.Epc)).Select(x => x.Role).ToHashSet();
                IEnumerable<string> reached = named.Overlaps(ChildRoles) ? e.Epcs.Where(x => x.Role == "parentID").Select(x => x.Epc)
                    : named.Overlaps(InputRoles) ? e.Epcs.Where(x => OutputRoles.Contains(x.Role)).Select(x => x.Epc)
                    : named.Contains("quantityList") ? e.Epcs.Where(x => x.Role == "epcList").Select(x => x.Epc)
                    : [];
                foreach (var id in reached.Where(downstream.Add))
                    next.Add(id);
            }

            truncated = events.Count >= MaxEvents;
            frontier = next;
        }

        // Upstream: the inputs of whatever produced the lot, and what produced those.
        frontier = [lotId];
        for (var depth = 0; depth < MaxDepth && frontier.Count > 0 && !truncated; depth++)
        {
            var producers = (await EventsNamingAsync(db, frontier, ct))
                .Where(e => e.Epcs.Any(x => frontier.Contains(x.Epc) && OutputRoles.Contains(x.Role))).ToList();
            var next = new HashSet<string>();
            foreach (var e in producers)
            {
                events.TryAdd(e.Id, e);
                foreach (var input in e.Epcs.Where(x => InputRoles.Contains(x.Role)).Select(x => x.Epc).Where(upstream.Add))
                    next.Add(input);
            }

            frontier = next;
        }

        var lines = events.Values.OrderBy(e => e.EventTime).ThenBy(e => e.HashId).Select(Line).ToList();
        return new Response(lotId, [.. downstream.Order()], [.. upstream.Order()], lines,
            [.. lines.SelectMany(l => l.Transactions).Distinct()], [.. lines.SelectMany(l => l.Destinations).Distinct()], truncated);
    }

    static async Task<List<EpcisEvent>> EventsNamingAsync(TraceDb db, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        await db.Events.AsNoTracking().Include(e => e.Epcs)
            .Where(e => db.EventEpcs.Where(x => ids.Contains(x.Epc)).Select(x => x.EventId).Contains(e.Id)) // EPC index first (see EventQuery)
            .Take(MaxEvents).ToListAsync(ct);

    static EventLine Line(EpcisEvent e)
    {
        using var json = JsonDocument.Parse(e.Json);
        return new EventLine(e.HashId, e.EventTime, e.Type, e.BizStep, e.Disposition, e.BizLocation, [.. e.Epcs.Select(x => x.Epc).Distinct()],
            Parties(json.RootElement, "bizTransactionList", "bizTransaction"), Parties(json.RootElement, "destinationList", "destination"));
    }

    static List<Party> Parties(JsonElement root, string list, string field) =>
        root.TryGetProperty(list, out var items) && items.ValueKind == JsonValueKind.Array
            ? [.. items.EnumerateArray().Where(i => i.TryGetProperty(field, out _))
                .Select(i => new Party(i.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "", i.GetProperty(field).GetString() ?? ""))]
            : [];
}
