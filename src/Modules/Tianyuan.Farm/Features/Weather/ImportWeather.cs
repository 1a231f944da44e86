namespace Tianyuan.Farm.Features.Weather;

using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Farm.Resources;
using Tianyuan.Farm.Weather;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;

/// <summary>
/// POST /api/farm/farms/{farmId}/weather: daily weather for a farm without a station of its own (or to fill its gaps),
/// as a CSV file (multipart/form-data) or a JSON array. All or nothing: one bad row stores none, and the answer names
/// every bad line and column. A day imported again replaces the earlier values.
/// </summary>
static class ImportWeather
{
    public sealed record Response(int Imported, DateOnly? From, DateOnly? To);

    /// <summary>Ten years of days fit in well under this; anything bigger is not a weather table.</summary>
    public const long MaxBytes = 2 * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapPost("/farms/{farmId:guid}/weather", Handle)
            .RequireAuthorization(Policies.SignedIn)
            .DisableAntiforgery() // a signed-in API call with a bearer token, not a browser form; /farm has its own form
            .WithName(nameof(ImportWeather))
            .WithSummary("Daily weather as a CSV file (multipart/form-data) or a JSON array; all rows or none.")
            .Produces<Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    static async Task<IResult> Handle(Guid farmId, HttpRequest request, ClaimsPrincipal user, FarmDb db, IStringLocalizer<FarmText> t, TimeProvider clock,
        CancellationToken ct)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("multipart/form-data" or "application/json"))
            return TypedResults.Problem(t["WeatherMediaType"], statusCode: 415, type: Problems.UnsupportedMediaType);
        if (request.ContentLength > MaxBytes)
            return TooLarge(t);

        List<WeatherRow> rows;
        Dictionary<string, string[]> errors;
        if (mediaType == "application/json")
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, ct);
            if (body.Length > MaxBytes)
                return TooLarge(t);
            try
            {
                using var document = JsonDocument.Parse(body.ToArray());
                (rows, errors) = WeatherRows.FromJson(document.RootElement, t);
            }
            catch (JsonException e)
            {
                return Problems.Invalid("body", e.Message);
            }
        }
        else
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files.Count == 0 || form.Files[0] is not { } file)
                return Problems.Invalid("file", t["WeatherFileMissing"]);
            if (file.Length > MaxBytes)
                return TooLarge(t);
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            (rows, errors) = WeatherRows.FromCsv(await reader.ReadToEndAsync(ct), t);
        }

        return (await ExecuteAsync(farmId, rows, errors, user, db, t, clock, ct)).ToHttpResult();
    }

    static ProblemHttpResult TooLarge(IStringLocalizer<FarmText> t) =>
        TypedResults.Problem(t["WeatherTooLarge", MaxBytes / 1024 / 1024], statusCode: 413, type: Problems.BodyTooLarge);

    /// <summary>Stores the rows if they and <paramref name="errors"/> leave nothing to fix; the page's pasted CSV comes here too.</summary>
    public static async Task<Outcome<Response>> ExecuteAsync(Guid farmId, List<WeatherRow> rows, Dictionary<string, string[]> errors, ClaimsPrincipal user,
        FarmDb db, IStringLocalizer<FarmText> t, TimeProvider clock, CancellationToken ct)
    {
        var farm = await db.Farms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == farmId, ct);
        if (farm is null || !FarmAccess.MayManage(user, farm))
            return Outcome<Response>.NotFound(t["FarmNotFound"]);
        var today = clock.Today();
        foreach (var row in rows.Where(r => r.Date > today || r.Date < today.AddDays(-WeatherRows.MaxRows)))
            errors[$"{row.Where}.date"] = [t["WeatherDateRange", WeatherRows.MaxRows]];
        foreach (var row in rows.GroupBy(r => r.Date).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
            errors[$"{row.Where}.date"] = [t["WeatherDateTwice", row.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]];
        if (rows.Count > WeatherRows.MaxRows)
            errors["body"] = [t["WeatherTooManyRows", WeatherRows.MaxRows]];
        if (rows.Count == 0 && errors.Count == 0)
            errors["body"] = [t["WeatherEmpty"]];
        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);

        var from = rows.Min(r => r.Date);
        var to = rows.Max(r => r.Date);
        var existing = await db.Weather.Where(w => w.FarmId == farmId && w.Day >= from && w.Day <= to).ToDictionaryAsync(w => w.Day, ct);
        var now = clock.GetUtcNow();
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Date, out var day))
                db.Weather.Add(day = new WeatherDay { FarmId = farmId, Day = row.Date });
            (day.TMinC, day.TMaxC, day.RhMeanPct, day.WindSpeedMs, day.SunshineHours, day.RainMm) = (row.TMin, row.TMax, row.RhMean, row.Wind, row.Sunshine, row.Rain);
            (day.ImportedBy, day.ImportedAt) = (user.UserId() ?? Guid.Empty, now);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Ok(new Response(rows.Count, from, to));
    }
}
