namespace Tianyuan.Stays.Features.CalendarSync;

using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/units/{unitId}/feeds: the host pastes an OTA's calendar export link (Airbnb, Booking.com, …). It is
/// due at once, so the next tick of <see cref="CalendarSyncJob"/> imports it; after that every IntervalMinutes.
/// </summary>
static class AddFeed
{
    public sealed record Request(string? Name, string? Url, int? IntervalMinutes);

    public const int MinInterval = 5;

    public const int MaxInterval = 1440;

    public const int MaxUrlLength = 1000;

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPost("/units/{unitId:guid}/feeds", async (Guid unitId, Request request, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
                TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(unitId, request, user, db, t, clock, ct)).ToHttpResult(f => $"/api/stays/units/{f.UnitId}/feeds"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(AddFeed))
            .WithSummary("Subscribe a unit to an external iCal feed (http/https), pulled every 5 to 1440 minutes.")
            .Produces<FeedView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<FeedView>> ExecuteAsync(Guid unitId, Request r, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
        TimeProvider clock, CancellationToken ct)
    {
        if (!await HostedUnits.MayManageAsync(db, user, unitId, ct))
            return Outcome<FeedView>.NotFound(t["UnitNotFound", unitId]);
        var errors = new Dictionary<string, string[]>();
        FeedRules.CheckName(errors, r.Name, t);
        var url = r.Url?.Trim();
        if (url is null || url.Length > MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            errors["url"] = [t["FeedUrlInvalid"]];
        if (r.IntervalMinutes is < MinInterval or > MaxInterval)
            errors["intervalMinutes"] = [t["FeedIntervalInvalid", MinInterval, MaxInterval]];
        if (errors.Count > 0)
            return Outcome<FeedView>.Invalid(errors);
        if (await FeedRules.FullAsync(db, unitId, t, ct) is { } full)
            return full;

        var now = clock.GetUtcNow();
        var feed = new CalendarFeed
        {
            Id = Guid.CreateVersion7(now), UnitId = unitId, Name = r.Name!.Trim(), Url = url, IntervalMinutes = r.IntervalMinutes ?? 15,
            NextPullAt = now, CreatedAt = now,
        };
        db.Feeds.Add(feed);
        await db.SaveChangesAsync(ct);
        return Outcome<FeedView>.Created(await FeedView.LoadAsync(db, feed, ct));
    }
}
