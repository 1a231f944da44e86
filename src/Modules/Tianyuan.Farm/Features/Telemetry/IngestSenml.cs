namespace Tianyuan.Farm.Features.Telemetry;

using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
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
        TimeProvider clock, ILoggerFactory logs, CancellationToken ct)
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
            var (batch, recordErrors) = SenmlClassifier.Classify(device, records, now);
            errors.AddRange(recordErrors);
            if (batch.Readings.Count == 0 && batch.Quarantined.Count == 0)
                return Problems.Invalid(new Dictionary<string, string[]> { ["records"] = [.. errors.Select(e => $"#{e.Index}: {e.Reason}")] });

            var stored = await queue.StoreAsync(batch, ct);
            if (stored is not { } result)
            {
                http.Response.Headers.RetryAfter = "1";
                return TypedResults.Problem("The server is catching up with incoming readings; send again in a second.", statusCode: 503, type: Problems.Type("ingest-busy"));
            }

            await DeviceAuthentication.TouchAsync(db, device, now, logs.CreateLogger(nameof(IngestSenml)), ct);
            return TypedResults.Json(new Response(result.Accepted, result.Duplicates, result.Quarantined, errors.Count, errors), statusCode: 202);
        }
    }
}
