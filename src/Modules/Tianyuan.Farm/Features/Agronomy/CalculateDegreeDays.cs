namespace Tianyuan.Farm.Features.Agronomy;

using Tianyuan.Farm.Contracts;

/// <summary>
/// POST /api/farm/agronomy/degree-days: daily and cumulative degree-days for a series of daily minima and maxima,
/// in the unit of the thresholds (°C or °F), by UC IPM's methods. Public, like the ET0 calculator.
/// </summary>
static class CalculateDegreeDays
{
    /// <summary>Ten years of days is far more than any pest model needs; more is refused rather than computed.</summary>
    public const int MaxDays = 3660;

    public sealed record Day(DateOnly Date, double? Min, double? Max);

    public sealed record Request(double? LowerThreshold, double? UpperThreshold, string? Method, string? Cutoff, IReadOnlyList<Day>? Days);

    public sealed record DailyValue(DateOnly Date, double DegreeDays, double Cumulative);

    public sealed record Response(double LowerThreshold, double UpperThreshold, string Method, string Cutoff, double Total, IReadOnlyList<DailyValue> Daily);

    public static void Map(IEndpointRouteBuilder agronomy) =>
        agronomy.MapPost("/degree-days", Handle)
            .AllowAnonymous()
            .WithName(nameof(CalculateDegreeDays))
            .WithSummary("Daily and cumulative degree-days (single/double sine or triangle; horizontal, vertical or intermediate cutoff).")
            .Produces<Response>()
            .ProducesValidationProblem();

    static IResult Handle(Request r)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.LowerThreshold is null || !Plausible(r.LowerThreshold))
            errors["lowerThreshold"] = ["lowerThreshold is required, between −100 and 150."];
        if (r.UpperThreshold is not null && !Plausible(r.UpperThreshold))
            errors["upperThreshold"] = ["upperThreshold is between −100 and 150."];
        var upper = r.UpperThreshold ?? double.MaxValue;
        if (r.LowerThreshold is { } lower && upper <= lower)
            errors["upperThreshold"] = ["upperThreshold must be above lowerThreshold."];
        if (!TryParse<DegreeDayMethod>(r.Method ?? "singleSine", out var method))
            errors["method"] = [$"method is one of {string.Join(", ", Enum.GetNames<DegreeDayMethod>())}."];
        if (!TryParse<DegreeDayCutoff>(r.Cutoff ?? "horizontal", out var cutoff))
            errors["cutoff"] = [$"cutoff is one of {string.Join(", ", Enum.GetNames<DegreeDayCutoff>())}."];
        if (r.Days is not { Count: > 0 })
            errors["days"] = ["days needs at least one day with min and max."];
        else if (r.Days.Count > MaxDays)
            errors["days"] = [$"At most {MaxDays} days per request."];
        else if (r.Days.Select((d, i) => (d, i)).FirstOrDefault(x => x.d.Min is null || x.d.Max is null || x.d.Min > x.d.Max || !Plausible(x.d.Min) || !Plausible(x.d.Max)) is { d: not null } bad)
            errors[$"days[{bad.i}]"] = ["Each day needs min and max between −100 and 150 (°C or °F), with min not above max."];
        else if (r.Days.Zip(r.Days.Skip(1)).Any(p => p.Second.Date != p.First.Date.AddDays(1)))
            errors["days"] = ["Days must be consecutive, one per date, oldest first (double methods use the next day's minimum)."];
        if (errors.Count > 0)
            return Problems.Invalid(errors);

        var days = r.Days!.Select(d => new DayTemperatures(d.Date, d.Min!.Value, d.Max!.Value)).ToList();
        var values = DegreeDays.Daily(days, r.LowerThreshold!.Value, upper, method, cutoff);
        var cumulative = 0.0;
        var daily = days.Select((d, i) => new DailyValue(d.Date, Math.Round(values[i], 2), Math.Round(cumulative += values[i], 2))).ToList();
        return TypedResults.Ok(new Response(r.LowerThreshold.Value, upper, Name(method), Name(cutoff), Math.Round(cumulative, 2), daily));
    }

    /// <summary>Temperatures a day can have in °C or °F; beyond them the arithmetic would overflow, not inform.</summary>
    internal static bool Plausible(double? t) => t is >= -100 and <= 150;

    /// <summary>Accepts singleSine, SingleSine or single-sine.</summary>
    static bool TryParse<T>(string text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out value)
        && Enum.IsDefined(value);

    static string Name<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
