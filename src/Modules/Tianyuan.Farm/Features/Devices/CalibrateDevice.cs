namespace Tianyuan.Farm.Features.Devices;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Resources;
using Tianyuan.Farm.Telemetry;
using Tianyuan.Kernel.Access;

/// <summary>
/// PUT /api/farm/devices/{id}/calibration: replaces a device's corrections, one line per quantity
/// (stored = gain × measured + offset, in the stored unit: %VWC, Cel ...). An empty list removes them. Readings that
/// arrive from then on are corrected; those already stored stay as they were.
/// </summary>
static class CalibrateDevice
{
    public sealed record Line(string? Quantity, double? Gain, double? Offset);

    public sealed record Request(IReadOnlyList<Line>? Lines);

    public sealed record Response(Guid DeviceId, IReadOnlyList<Calibration> Lines);

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapPut("/devices/{id:guid}/calibration", async (Guid id, Request request, ClaimsPrincipal user, FarmDb db, IStringLocalizer<FarmText> t,
                CancellationToken ct) => (await ExecuteAsync(id, request, user, db, t, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(CalibrateDevice))
            .WithSummary("Replace a device's per-quantity calibration (stored = gain × measured + offset).")
            .Produces<Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, Request request, ClaimsPrincipal user, FarmDb db, IStringLocalizer<FarmText> t, CancellationToken ct)
    {
        var device = await db.Devices.FirstOrDefaultAsync(d => d.Id == id && d.RevokedAt == null, ct);
        var farm = device is null ? null : await db.Farms.AsNoTracking().FirstAsync(f => f.Id == device.FarmId, ct);
        // Someone else's device is as unknown as a missing one: its existence is not theirs to learn.
        if (device is null || !FarmAccess.MayManage(user, farm!))
            return Outcome<Response>.NotFound(t["DeviceNotFound"]);

        var lines = request.Lines ?? [];
        var errors = new Dictionary<string, string[]>();
        if (lines.Count > Calibration.MaxLines)
            errors["lines"] = [t["CalibrationTooMany", Calibration.MaxLines]];
        for (var i = 0; i < lines.Count && i < Calibration.MaxLines; i++)
        {
            var line = lines[i];
            if (!SenmlClassifier.IsQuantityName(line.Quantity))
                errors[$"lines[{i}].quantity"] = [t["CalibrationQuantityInvalid"]];
            else if (lines.Take(i).Any(l => l.Quantity == line.Quantity))
                errors[$"lines[{i}].quantity"] = [t["CalibrationQuantityTwice", line.Quantity]];
            if (line.Gain is not { } gain || !double.IsFinite(gain) || gain < Calibration.MinGain || gain > Calibration.MaxGain)
                errors[$"lines[{i}].gain"] = [t["CalibrationGainInvalid", Calibration.MinGain, Calibration.MaxGain]];
            if (line.Offset is not { } offset || !double.IsFinite(offset) || Math.Abs(offset) > Calibration.MaxOffset)
                errors[$"lines[{i}].offset"] = [t["CalibrationOffsetInvalid", Calibration.MaxOffset]];
        }

        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);

        // A line that changes nothing (gain 1, offset 0) is the same as no line.
        var kept = lines.Where(l => l.Gain != 1 || l.Offset != 0).Select(l => new Calibration(l.Quantity!, l.Gain!.Value, l.Offset!.Value)).ToList();
        device.CalibrationJson = Calibration.Write(kept);
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Ok(new Response(device.Id, kept));
    }
}
