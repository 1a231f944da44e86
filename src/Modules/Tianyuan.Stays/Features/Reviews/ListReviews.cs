namespace Tianyuan.Stays.Features.Reviews;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;

/// <summary>GET /api/stays/{id}/reviews: guests' reviews of a stay (hidden ones left out), newest first, with the average.</summary>
static class ListReviews
{
    public sealed record Item(Guid Id, int Rating, string Text, string GuestInitial, DateTimeOffset CreatedAt);

    public sealed record Response(double? Average, int Count, IReadOnlyList<Item> Items);

    public const int Limit = 50;

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapGet("/{id:guid}/reviews", async (Guid id, StaysDb db, CancellationToken ct) => Results.Ok(await ExecuteAsync(id, db, ct)))
            .AllowAnonymous()
            .WithName(nameof(ListReviews))
            .Produces<Response>();

    public static async Task<Response> ExecuteAsync(Guid stayId, StaysDb db, CancellationToken ct)
    {
        var visible = db.Reviews.AsNoTracking().Where(r => r.StayId == stayId && r.Direction == Review.GuestToStay && r.HiddenAt == null);
        var count = await visible.CountAsync(ct);
        var average = count == 0 ? (double?)null : Math.Round(await visible.AverageAsync(r => (double)r.Rating, ct), 1);
        var items = await (from r in visible
                           join b in db.Bookings on r.BookingId equals b.Id
                           orderby r.CreatedAt descending
                           select new { r.Id, r.Rating, r.Text, b.GuestName, r.CreatedAt })
            .Take(Limit).ToListAsync(ct);
        // Guests are shown by their family name only (李**), as Chinese review pages do.
        return new Response(average, count, [.. items.Select(i => new Item(i.Id, i.Rating, i.Text, i.GuestName[..1] + "**", i.CreatedAt))]);
    }
}
