namespace Tianyuan.Farm.Features.Telemetry;

using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Farm.Telemetry;

/// <summary>
/// POST /api/farm/telemetry: a device sends SenML (RFC 8428) records named <c>{deviceId}:{quantity}</c>, authenticated
/// by its key in X-Device-Key. Answered 202 once the readings are durable, with what was accepted, already stored
/// (duplicates), quarantined (physically impossible) and rejected (with the reason per record).
/// </summary>
static class IngestSenml
{
    /// <summary>More records than this in one request is a gateway flushing a backlog: it should send it in parts.</summary>
    public const int MaxRecords = 5_000;

    /// <summary>Clocks drift; readings more than this far ahead of the server are refused, not stored in the future.</summary>
    static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    public sealed record RecordError(int Index, string Reason);

    public sealed record Response(int Accepted, int Duplicates, int Quarantined, int Rejected, IReadOnlyList<RecordError> Errors);

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapPost("/telemetry", Handle)
            .AllowAnonymous() // authenticated by the device key, not a person
            .Accepts<JsonElement>("application/senml+json", "application/json")
            .WithName(nameof(IngestSenml))
            .WithSummary("Sensor readings as a SenML pack, authenticated by X-Device-Key; 202 once stored.")
            .Produces<Response>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    static async Task<IResult> Handle(HttpContext http, [FromHeader(Name = "X-Device-Key")] string? deviceKey, FarmDb db, IngestQueue queue,
        TimeProvider clock, CancellationToken ct)
    {
        var mediaType = http.Request.ContentType?.Split(';')[0].Trim();
        if (mediaType is not ("application/senml+json" or "application/json"))
            return TypedResults.Problem("Send SenML as application/senml+json (or application/json).", statusCode: 415, type: Problems.UnsupportedMediaType);
        var device = await DeviceAuthentication.FindAsync(db, deviceKey, ct);
        if (device is null)
            return TypedResults.Problem("Unknown, revoked or missing device key (X-Device-Key).", statusCode: 401, type: Problems.Type("device-key"));

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            return Problems.Invalid("body", $"Not valid JSON: {e.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind == JsonValueKind.Array && document.RootElement.GetArrayLength() > MaxRecords)
                return TypedResults.Problem($"At most {MaxRecords} records per request; send the rest in further requests.", statusCode: 413, type: Problems.BodyTooLarge);

            var now = clock.GetUtcNow();
            var (records, senmlErrors) = SenmlPack.Parse(document.RootElement, now);
            if (senmlErrors is [{ Index: -1 } whole])
                return Problems.Invalid("body", whole.Reason);

            var errors = senmlErrors.Select(e => new RecordError(e.Index, e.Reason)).ToList();
            var (batch, recordErrors) = Classify(device, records, now);
            errors.AddRange(recordErrors);
            if (batch.Readings.Count == 0 && batch.Quarantined.Count == 0)
                return Problems.Invalid(new Dictionary<string, string[]> { ["records"] = [.. errors.Select(e => $"#{e.Index}: {e.Reason}")] });

            var stored = await queue.StoreAsync(batch, ct);
            if (stored is not { } result)
            {
                http.Response.Headers.RetryAfter = "1";
                return TypedResults.Problem("The server is catching up with incoming readings; send again in a second.", statusCode: 503, type: Problems.Type("ingest-busy"));
            }

            await TouchAsync(db, device, now, ct);
            return TypedResults.Json(new Response(result.Accepted, result.Duplicates, result.Quarantined, errors.Count, errors), statusCode: 202);
        }
    }

    /// <summary>Sorts resolved records into readings to store, impossible ones to quarantine, and refusals.</summary>
    static (ReadingBatch Batch, List<RecordError> Errors) Classify(Device device, IReadOnlyList<SenmlRecord> records, DateTimeOffset now)
    {
        var readings = new List<NewReading>();
        var quarantined = new List<QuarantinedReading>();
        var errors = new List<RecordError>();
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var separator = r.Name.IndexOf(':', StringComparison.Ordinal);
            if (separator < 0 || !Guid.TryParse(r.Name[..separator], out var sensor) || sensor != device.Id)
            {
                errors.Add(new RecordError(i, $"'{r.Name}' is not this device's: names are {{deviceId}}:{{quantity}} with the id this key belongs to."));
                continue;
            }

            if (r.Value is not { } value)
            {
                errors.Add(new RecordError(i, $"'{r.Name}' has no numeric value (v); only numbers are stored."));
                continue;
            }

            if (r.Time > now + FutureTolerance)
            {
                errors.Add(new RecordError(i, $"'{r.Name}' is timed {r.Time:O}, in the future: check the device clock."));
                continue;
            }

            if (r.Unit is null || !SenmlUnits.TryNormalise(r.Unit, value, out var unit, out var normalised))
            {
                errors.Add(new RecordError(i, $"'{r.Name}' has unit '{r.Unit}', which is not a SenML unit we store."));
                continue;
            }

            var quantity = r.Name[(separator + 1)..];
            quantity = quantity.Length == 0 ? unit.Quantity : quantity;
            if (quantity.Length > 40)
            {
                errors.Add(new RecordError(i, $"'{r.Name}': the quantity name is longer than 40 characters."));
                continue;
            }

            if (!SenmlUnits.IsPlausible(unit, normalised))
                quarantined.Add(new QuarantinedReading
                {
                    Id = Guid.CreateVersion7(now), SensorId = device.Id, Name = r.Name[..Math.Min(r.Name.Length, 120)], Time = r.Time,
                    Value = normalised, Unit = unit.Symbol, Reason = $"{normalised} {unit.Symbol} is outside {unit.Min}…{unit.Max}", ReceivedAt = now,
                });
            else
                readings.Add(new NewReading(device.Id, quantity, r.Time, normalised, unit.Symbol));
        }

        return (new ReadingBatch(readings, quarantined), errors);
    }

    /// <summary>"Last seen" for the device list and the silent-device alert; once a minute is precise enough.</summary>
    static async Task TouchAsync(FarmDb db, Device device, DateTimeOffset now, CancellationToken ct)
    {
        if (device.LastSeenAt is { } seen && now - seen < TimeSpan.FromMinutes(1))
            return;
        device.LastSeenAt = now;
        await db.SaveChangesAsync(ct);
    }
}
