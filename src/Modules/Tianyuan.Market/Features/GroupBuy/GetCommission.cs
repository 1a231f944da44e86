namespace Tianyuan.Market.Features.GroupBuy;

using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Resources;

/// <summary>
/// GET /api/market/points/{id}/commission?month=YYYY-MM: the leader's statement for a China calendar month: the orders
/// handed over at the point that month (what the customers finally paid, after refunds), the rate and the commission,
/// rounded to the fen once on the total so the statement adds up.
/// </summary>
static class GetCommission
{
    public sealed record Line(Guid OrderId, string Number, DateTimeOffset CompletedAt, decimal Amount);

    public sealed record Statement(Guid PointId, string PointName, string Month, decimal Rate, int OrderCount, decimal Total, decimal Commission,
        IReadOnlyList<Line> Orders);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/points/{id:guid}/commission", async (Guid id, string? month, ClaimsPrincipal user, MarketDb db,
                IStringLocalizer<GroupBuyText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, month, user, db, t, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(GetCommission))
            .Produces<Statement>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static bool TryMonth(string? text, TimeProvider clock, out DateOnly first)
    {
        var today = clock.Today();
        first = new DateOnly(today.Year, today.Month, 1);
        return string.IsNullOrEmpty(text)
            || DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first);
    }

    public static async Task<Outcome<Statement>> ExecuteAsync(Guid id, string? month, ClaimsPrincipal user, MarketDb db,
        IStringLocalizer<GroupBuyText> t, TimeProvider clock, CancellationToken ct)
    {
        if (!TryMonth(month, clock, out var first))
            return Outcome<Statement>.Invalid("month", t["MonthInvalid"]);
        var (point, refusal) = await PointAccess.RunAsync<Statement>(db, user, id, t, ct);
        if (refusal is not null)
            return refusal;

        var from = ChinaTime.At(first, TimeOnly.MinValue);
        var until = ChinaTime.At(first.AddMonths(1), TimeOnly.MinValue);
        var orders = await db.Orders.AsNoTracking()
            .Where(o => o.PickupPointId == id && o.Status == OrderStatus.Completed && o.CompletedAt >= from && o.CompletedAt < until)
            .OrderBy(o => o.CompletedAt).Select(o => new { o.Id, o.Number, o.CompletedAt, o.Total, o.Refunded }).ToListAsync(ct);
        // Money in C#: SQLite keeps decimals as text and would not sum them exactly.
        var lines = orders.Select(o => new Line(o.Id, o.Number, o.CompletedAt!.Value, o.Total - o.Refunded)).ToList();
        var total = lines.Sum(l => l.Amount);
        var commission = Money.Yuan(total * point!.CommissionRate).RoundToFen().Amount;
        return Outcome<Statement>.Ok(new Statement(id, point.NameZh, first.ToString("yyyy-MM", CultureInfo.InvariantCulture), point.CommissionRate,
            lines.Count, total, commission, lines));
    }
}
