namespace Tianyuan.Farm.Features.Devices;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Telemetry;
using Tianyuan.Farm.Domain;
using Tianyuan.Farm.Resources;
using Tianyuan.Kernel.Access;

/// <summary>
/// POST /api/farm/devices: a farmer registers a sensor on one of their plots and gets its key, once.
/// The device sends that key with every reading (X-Device-Key); only its hash is stored. The 地块和设备 page uses
/// the same use case and shows the key with the connection details.
/// </summary>
static class RegisterDevice
{
    public sealed record Request(Guid? PlotId, string? Name, string? Kind);

    public sealed record Response(Guid Id, Guid FarmId, Guid PlotId, string Name, string Kind, string Key);

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapPost("/devices", async (Request request, ClaimsPrincipal user, FarmDb db, IStringLocalizer<FarmText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(request, user, db, t, clock, ct)).ToHttpResult(d => $"/api/farm/devices?farmId={d.FarmId}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(RegisterDevice))
            .WithSummary("Register a device on a plot; the response carries its key, shown only this once.")
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Request request, ClaimsPrincipal user, FarmDb db, IStringLocalizer<FarmText> t, TimeProvider clock,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.PlotId is null)
            errors["plotId"] = [t["DevicePlotRequired"]];
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 60)
            errors["name"] = [t["DeviceNameInvalid"]];
        if (request.Kind is null || !Device.Kinds.Contains(request.Kind))
            errors["kind"] = [t["DeviceKindInvalid", string.Join(", ", Device.Kinds)]];
        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);

        var plot = await db.Plots.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.PlotId, ct);
        if (plot is null)
            return Outcome<Response>.NotFound(t["PlotNotFound"]);
        var farm = await db.Farms.AsNoTracking().FirstAsync(f => f.Id == plot.FarmId, ct);
        if (!FarmAccess.MayManage(user, farm))
            return Outcome<Response>.Forbidden(t["FarmNotYours"]);

        var now = clock.GetUtcNow();
        var key = SecretKey.New();
        var device = new Device
        {
            Id = Guid.CreateVersion7(now), FarmId = farm.Id, PlotId = plot.Id, Name = request.Name!.Trim(), Kind = request.Kind!,
            KeyPrefix = key.Prefix, KeyHash = key.Hash(), MqttPasswordHash = MosquittoPassword.Hash(key.Format(Device.KeyTag)), RegisteredBy = user.UserId() ?? Guid.Empty, CreatedAt = now,
        };
        db.Devices.Add(device);
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Created(new Response(device.Id, farm.Id, plot.Id, device.Name, device.Kind, key.Format(Device.KeyTag)));
    }
}
