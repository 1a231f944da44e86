namespace Tianyuan.Farm.Features.Telemetry;

using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Kernel.Access;

/// <summary>
/// GET /api/farm/sensors/{sensorId}/series?quantity=&amp;from=&amp;to=&amp;resolution=raw|hour|day[&amp;format=csv]:
/// a sensor's readings over a range, raw or from the hourly/daily rollups (min, max, average, count).
/// </summary>
static class GetSeries
{
    public const int MaxRawPoints = 10_000;

    public sealed record Point(DateTimeOffset T, double? V, double? Min, double? Max, double? Avg, long? Count);

    public sealed record Response(Guid SensorId, string Quantity, string Resolution, DateTimeOffset From, DateTimeOffset To, bool Truncated, IReadOnlyList<Point> Points);

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapGet("/sensors/{sensorId:guid}/series", Handle)
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(GetSeries))
            .WithSummary("A sensor quantity's series: raw readings or hourly/daily min, max, average and count; CSV with format=csv.")
            .Produces<Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    static async Task<IResult> Handle(Guid sensorId, string? quantity, DateTimeOffset? from, DateTimeOffset? to, string? resolution, string? format,
        ClaimsPrincipal user, FarmDb db, TimeProvider clock, CancellationToken ct)
    {
        resolution ??= "raw";
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(quantity))
            errors["quantity"] = ["quantity is required (soil-moisture, temperature, ...)."];
        if (resolution is not ("raw" or "hour" or "day"))
            errors["resolution"] = ["resolution is raw, hour or day."];
        if (to < new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero) || from < new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero))
            return Problems.Invalid("to", "from and to must be dates after 2000.");
        // Any offset may come in (…+08:00); the database compares instants, and PostgreSQL takes them in UTC only.
        var end = (to ?? clock.GetUtcNow()).ToUniversalTime();
        var start = from?.ToUniversalTime() ?? end - (resolution switch { "day" => TimeSpan.FromDays(365), "hour" => TimeSpan.FromDays(30), _ => TimeSpan.FromDays(1) });
        if (start >= end)
            errors["from"] = ["from must be before to."];
        if (errors.Count > 0)
            return Problems.Invalid(errors);

        var device = await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Id == sensorId, ct);
        if (device is null)
            return Problems.NotFound("sensor", sensorId);
        var farm = await db.Farms.AsNoTracking().FirstAsync(f => f.Id == device.FarmId, ct);
        if (!FarmAccess.MayManage(user, farm))
            return Problems.Forbidden("This sensor belongs to a farm you do not work on.");

        List<Point> points;
        if (resolution == "raw")
        {
            points = await db.Readings.AsNoTracking()
                .Where(r => r.SensorId == sensorId && r.Quantity == quantity && r.Time >= start && r.Time < end)
                .OrderBy(r => r.Time).Take(MaxRawPoints + 1)
                .Select(r => new Point(r.Time, r.Value, null, null, null, null)).ToListAsync(ct);
        }
        else
        {
            var rollups = resolution == "hour" ? db.Hourly : db.Daily;
            points = await rollups.AsNoTracking()
                .Where(r => r.SensorId == sensorId && r.Quantity == quantity && r.Start >= start && r.Start < end)
                .OrderBy(r => r.Start).Take(MaxRawPoints + 1)
                .Select(r => new Point(r.Start, null, r.Min, r.Max, r.Sum / r.Count, r.Count)).ToListAsync(ct);
        }

        var truncated = points.Count > MaxRawPoints;
        if (truncated)
            points.RemoveAt(points.Count - 1);
        var response = new Response(sensorId, quantity!, resolution, start, end, truncated, points);
        return format == "csv" ? TypedResults.Text(Csv(response), "text/csv; charset=utf-8") : TypedResults.Ok(response);
    }

    static string Csv(Response series)
    {
        var csv = new StringBuilder(series.Resolution == "raw" ? "time,value\n" : "start,min,max,avg,count\n");
        foreach (var p in series.Points)
        {
            csv.Append(p.T.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            if (series.Resolution == "raw")
                csv.Append(CultureInfo.InvariantCulture, $",{p.V}\n");
            else
                csv.Append(CultureInfo.InvariantCulture, $",{p.Min},{p.Max},{p.Avg},{p.Count}\n");
        }

        return csv.ToString();
    }
}
