namespace Tianyuan.Farm.Features.Agronomy;

using System.Text.Json.Serialization;

/// <summary>
/// POST /api/farm/agronomy/et0: FAO-56 reference evapotranspiration for one day, or for one hour when "hour" is
/// given. Missing humidity, wind or radiation are filled in by the paper's own rules, listed in "fallbacks".
/// A calculator with no data of anyone's, so it is public.
/// </summary>
static class CalculateEt0
{
    public sealed record Request(
        DateOnly? Date, double? LatitudeDeg, double? ElevationM,
        double? TMinC, double? TMaxC, double? RhMinPct, double? RhMaxPct, double? RhMeanPct, double? TDewC,
        double? ActualVapourPressureKPa, double? WindSpeedMs, double? WindHeightM, double? SunshineHours,
        double? SolarRadiationMJ, double? SoilHeatFluxMJ, bool? Coastal,
        int? Hour, [property: JsonPropertyName("tC")] double? TC, double? RhPct, double? LongitudeDeg, double? TzMeridianDeg,
        double? RsRsoBeforeSunset);

    public static void Map(IEndpointRouteBuilder agronomy) =>
        agronomy.MapPost("/et0", Handle)
            .AllowAnonymous()
            .WithName(nameof(CalculateEt0))
            .WithSummary("FAO-56 Penman–Monteith reference ET for a day (mm/day) or an hour (mm/hour), with intermediates.")
            .ProducesValidationProblem();

    static IResult Handle(Request r)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "date", r.Date);
        Range(errors, "latitudeDeg", r.LatitudeDeg, -90, 90, required: true);
        Range(errors, "elevationM", r.ElevationM, -450, 9000, required: true);
        Range(errors, "windSpeedMs", r.WindSpeedMs, 0, 60, required: r.Hour is not null);
        // Eq 47 needs ln(67.8 z − 5.42) > 0, i.e. z above 0.1 m.
        Range(errors, "windHeightM", r.WindHeightM, 0.1, 100, required: false);
        Range(errors, "solarRadiationMJ", r.SolarRadiationMJ, 0, 50, required: r.Hour is not null);
        if (r.Hour is { } hour)
        {
            Range(errors, "hour", hour, 0, 23, required: true);
            Range(errors, "tC", r.TC, -60, 60, required: true);
            Range(errors, "rhPct", r.RhPct, 0, 100, required: true);
            Range(errors, "longitudeDeg", r.LongitudeDeg, -180, 180, required: true);
            Range(errors, "tzMeridianDeg", r.TzMeridianDeg, -180, 180, required: true);
            Range(errors, "rsRsoBeforeSunset", r.RsRsoBeforeSunset, 0.05, 1, required: false);
            if (errors.Count > 0)
                return Problems.Invalid(errors);
            var hourly = HourlyEt0.Calculate(new HourlyWeather(r.Date!.Value, hour, r.LatitudeDeg!.Value, r.LongitudeDeg!.Value, r.TzMeridianDeg!.Value,
                r.ElevationM!.Value, r.TC!.Value, r.RhPct!.Value, r.WindSpeedMs!.Value, r.WindHeightM ?? 2, r.SolarRadiationMJ!.Value, r.RsRsoBeforeSunset));
            return TypedResults.Ok(new
            {
                et0MmPerHour = Math.Round(hourly.Et0MmPerHour, 3),
                method = "FAO-56 Eq 53 (hourly Penman–Monteith)",
                intermediates = hourly,
                fallbacks = hourly.Fallbacks,
            });
        }

        Range(errors, "tMinC", r.TMinC, -60, 60, required: true);
        Range(errors, "tMaxC", r.TMaxC, -60, 60, required: true);
        if (r.TMinC > r.TMaxC)
            errors["tMinC"] = ["tMinC must not be above tMaxC."];
        Range(errors, "rhMinPct", r.RhMinPct, 0, 100, required: false);
        Range(errors, "rhMaxPct", r.RhMaxPct, 0, 100, required: false);
        Range(errors, "rhMeanPct", r.RhMeanPct, 0, 100, required: false);
        Range(errors, "tDewC", r.TDewC, -80, 60, required: false);
        Range(errors, "actualVapourPressureKPa", r.ActualVapourPressureKPa, 0, 10, required: false);
        Range(errors, "sunshineHours", r.SunshineHours, 0, 24, required: false);
        Range(errors, "soilHeatFluxMJ", r.SoilHeatFluxMJ, -10, 10, required: false);
        if (errors.Count > 0)
            return Problems.Invalid(errors);

        var daily = DailyEt0.Calculate(new DailyWeather(r.Date!.Value, r.LatitudeDeg!.Value, r.ElevationM!.Value, r.TMinC!.Value, r.TMaxC!.Value,
            r.RhMinPct, r.RhMaxPct, r.RhMeanPct, r.TDewC, r.ActualVapourPressureKPa, r.WindSpeedMs, r.WindHeightM ?? 2, r.SunshineHours,
            r.SolarRadiationMJ, r.SoilHeatFluxMJ ?? 0, r.Coastal ?? false));
        return TypedResults.Ok(new
        {
            et0MmPerDay = Math.Round(daily.Et0MmPerDay, 2),
            method = "FAO-56 Eq 6 (daily Penman–Monteith)",
            intermediates = daily,
            fallbacks = daily.Fallbacks,
        });
    }

    static void Require<T>(Dictionary<string, string[]> errors, string field, T? value)
        where T : struct
    {
        if (value is null)
            errors[field] = [$"{field} is required."];
    }

    static void Range(Dictionary<string, string[]> errors, string field, double? value, double min, double max, bool required)
    {
        if (value is null)
        {
            if (required)
                errors[field] = [$"{field} is required."];
        }
        else if (double.IsNaN(value.Value) || value < min || value > max)
        {
            errors[field] = [$"{field} must be between {min} and {max}."];
        }
    }
}
