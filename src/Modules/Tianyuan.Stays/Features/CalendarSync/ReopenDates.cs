namespace Tianyuan.Stays.Features.CalendarSync;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Resources;

/// <summary>
/// DELETE /api/stays/blocks/{id}: the host reopens nights they closed. Blocks imported from a feed follow the feed
/// (the next pull would bring them back), so they are refused here: remove or fix the feed instead.
/// </summary>
static class ReopenDates
{
    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapDelete("/blocks/{id:guid}", async (Guid id, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t, CancellationToken ct) =>
                (await ExecuteAsync(id, user, db, t, ct)) is { } problem ? problem.ToHttpResult() : Results.NoContent())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ReopenDates))
            .WithSummary("Release a block the host made; imported blocks are released by their feed.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>Null when the block is gone, otherwise why it stays.</summary>
    public static async Task<Outcome<BlockView>?> ExecuteAsync(Guid id, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t, CancellationToken ct)
    {
        var block = await db.Blocks.FirstOrDefaultAsync(b => b.Id == id, ct);
        if (block is null || !await HostedUnits.MayManageAsync(db, user, block.UnitId, ct))
            return Outcome<BlockView>.NotFound(t["BlockNotFound", id]);
        if (block.Source != Block.HostSource)
            return Outcome<BlockView>.Conflict("block-from-feed", t["BlockFromFeed"], "id");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Blocks.Remove(block);
        await db.SaveChangesAsync(ct);
        await BlockNights.LayOutAsync(db, block.UnitId, block.Start, block.End, ct);
        await tx.CommitAsync(ct);
        return null;
    }
}
