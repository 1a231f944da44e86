namespace Tianyuan.Farm.Features.Agronomy;

/// <summary>
/// POST /api/farm/agronomy/late-blight: Hutton and Smith periods for potato late blight from daily summaries
/// (minimum temperature, hours with RH ≥ 90 %, hours observed). Days with fewer than 24 observed hours are
/// returned as unknown rather than as safe.
/// </summary>
static class CalculateLateBlightRisk
{
    public sealed record Day(DateOnly Date, double? MinTemperatureC, int? HoursHumid, int? HoursObserved);

    public sealed record Request(IReadOnlyList<Day>? Days);

    public sealed record Response(IReadOnlyList<BlightPeriod> Periods, IReadOnlyList<DateOnly> UnknownDays);

    public static void Map(IEndpointRouteBuilder agronomy) =>
        agronomy.MapPost("/late-blight", Handle)
            .AllowAnonymous()
            .WithName(nameof(CalculateLateBlightRisk))
            .WithSummary("Late blight high-risk periods by the Hutton criteria and Smith periods.")
            .Produces<Response>()
            .ProducesValidationProblem();

    static IResult Handle(Request r)
    {
        if (r.Days is not { Count: > 0 } || r.Days.Count > CalculateDegreeDays.MaxDays)
            return Problems.Invalid("days", $"1 to {CalculateDegreeDays.MaxDays} days are needed.");
        var bad = r.Days.Select((d, i) => (d, i)).FirstOrDefault(x => x.d.MinTemperatureC is null
            || x.d.HoursHumid is not (>= 0 and <= 24) || x.d.HoursObserved is not (>= 0 and <= 24) || x.d.HoursHumid > x.d.HoursObserved);
        if (bad.d is not null)
            return Problems.Invalid($"days[{bad.i}]", "Each day needs minTemperatureC, and hoursHumid ≤ hoursObserved ≤ 24.");

        var (periods, unknown) = LateBlight.Evaluate([.. r.Days.Select(d => new BlightDay(d.Date, d.MinTemperatureC!.Value, d.HoursHumid!.Value, d.HoursObserved!.Value))]);
        return TypedResults.Ok(new Response(periods, unknown));
    }
}
