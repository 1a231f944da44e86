namespace Tianyuan.Farm.Features.Alerts;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Ui;

/// <summary>
/// GET /api/farm/alerts?open=true|false: the alerts of the caller's farms, newest first, a page at a time (the history),
/// each with who acknowledged it and how it was delivered.
/// </summary>
static class ListAlerts
{
    public sealed record Item(Guid Id, Guid FarmId, Guid? PlotId, Guid? DeviceId, Guid? RuleId, string Kind, double Value, DateTimeOffset RaisedAt,
        DateTimeOffset LastSeenAt, DateTimeOffset? AcknowledgedAt, Guid? AcknowledgedBy, DateTimeOffset? ResolvedAt, IReadOnlyList<Delivery> Deliveries);

    /// <summary>How the alert was passed on: channel (inbox, sms), status (delivered, logged-only, failed), when.</summary>
    public sealed record Delivery(string Channel, string Status, string? Detail, DateTimeOffset At);

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapGet("/alerts", async (bool? open, int? page, ClaimsPrincipal user, FarmDb db, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(open, page, user, db, ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListAlerts))
            .WithSummary("Alerts of the caller's farms: open ones (open=true), resolved ones (open=false), or all.");

    public static async Task<PagedList<Item>> ExecuteAsync(bool? open, int? page, ClaimsPrincipal user, FarmDb db, CancellationToken ct)
    {
        var paging = Paging.From(page, 50);
        var farms = db.Farms.AsNoTracking().VisibleTo(user).Select(f => f.Id);
        var alerts = db.Alerts.AsNoTracking().Where(a => farms.Contains(a.FarmId));
        if (open is { } isOpen)
            alerts = isOpen ? alerts.Where(a => a.ResolvedAt == null) : alerts.Where(a => a.ResolvedAt != null);
        var total = await alerts.CountAsync(ct);
        var items = await alerts.OrderByDescending(a => a.RaisedAt).Skip(paging.Skip).Take(paging.Size)
            .Select(a => new Item(a.Id, a.FarmId, a.PlotId, a.DeviceId, a.RuleId, a.Kind, a.Value, a.RaisedAt, a.LastSeenAt, a.AcknowledgedAt, a.AcknowledgedBy,
                a.ResolvedAt, a.Deliveries.OrderBy(d => d.At).ThenBy(d => d.Channel).Select(d => new Delivery(d.Channel, d.Status, d.Detail, d.At)).ToList()))
            .ToListAsync(ct);
        return new PagedList<Item>(items, paging.Page, paging.Size, total);
    }
}
