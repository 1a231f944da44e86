namespace Tianyuan.Farm.Features.Devices;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Telemetry;
using Tianyuan.Farm.Domain;
using Tianyuan.Kernel.Access;

/// <summary>
/// POST /api/farm/devices: a farmer registers a sensor on one of their plots and gets its key, once.
/// The device sends that key with every reading (X-Device-Key); only its hash is stored.
/// </summary>
static class RegisterDevice
{
    public sealed record Request(Guid? PlotId, string? Name, string? Kind);

    public sealed record Response(Guid Id, Guid FarmId, Guid PlotId, string Name, string Kind, string Key);

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapPost("/devices", Handle)
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(RegisterDevice))
            .WithSummary("Register a device on a plot; the response carries its key, shown only this once.")
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    static async Task<IResult> Handle(Request request, ClaimsPrincipal user, FarmDb db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.PlotId is null)
            errors["plotId"] = ["plotId is required."];
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 60)
            errors["name"] = ["A name of 1 to 60 characters is required (what the farmer calls it: 3号地土壤墒情)."];
        if (request.Kind is null || !Device.Kinds.Contains(request.Kind))
            errors["kind"] = [$"kind is one of: {string.Join(", ", Device.Kinds)}."];
        if (errors.Count > 0)
            return Problems.Invalid(errors);

        var plot = await db.Plots.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.PlotId, ct);
        if (plot is null)
            return Problems.NotFound("plot", request.PlotId!);
        var farm = await db.Farms.AsNoTracking().FirstAsync(f => f.Id == plot.FarmId, ct);
        if (!FarmAccess.MayManage(user, farm))
            return Problems.Forbidden("Only the farm's own farmers (or an operator of its region) may add devices to this plot.");

        var now = clock.GetUtcNow();
        var key = SecretKey.New();
        var device = new Device
        {
            Id = Guid.CreateVersion7(now), FarmId = farm.Id, PlotId = plot.Id, Name = request.Name!.Trim(), Kind = request.Kind!,
            KeyPrefix = key.Prefix, KeyHash = key.Hash(), MqttPasswordHash = MosquittoPassword.Hash(key.Format(Device.KeyTag)), RegisteredBy = user.UserId() ?? Guid.Empty, CreatedAt = now,
        };
        db.Devices.Add(device);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/farm/devices?farmId={farm.Id}",
            new Response(device.Id, farm.Id, plot.Id, device.Name, device.Kind, key.Format(Device.KeyTag)));
    }
}
