namespace Tianyuan.Stays.Features.CalendarSync;

using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/units/{unitId}/blocks: the host closes a unit for some nights (family visiting, repairs). Booked
/// nights are never taken from a guest: if any night of the range is booked the answer is 409 naming them, and
/// nothing changes. Nights another block already holds stay with it; the new block covers them too.
/// </summary>
static class CloseDates
{
    public sealed record Request(DateOnly? Start, DateOnly? End, string? Note);

    public const int MaxNights = 366;

    public const int MaxNoteLength = 200;

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPost("/units/{unitId:guid}/blocks", async (Guid unitId, Request request, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
                TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(unitId, request, user, db, t, clock, ct)).ToHttpResult(b => $"/api/stays/blocks/{b.Id}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(CloseDates))
            .WithSummary("Close a unit for a range of nights; 409 naming the nights already booked.")
            .Produces<BlockView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<BlockView>> ExecuteAsync(Guid unitId, Request r, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
        TimeProvider clock, CancellationToken ct)
    {
        if (!await HostedUnits.MayManageAsync(db, user, unitId, ct))
            return Outcome<BlockView>.NotFound(t["UnitNotFound", unitId]);
        var today = clock.Today();
        var errors = Validate(r, today, t);
        if (errors.Count > 0)
            return Outcome<BlockView>.Invalid(errors);

        var (start, end) = (r.Start!.Value, r.End!.Value);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await Booked(db, unitId, start, end, t, ct) is { } refused)
            return refused;
        var now = clock.GetUtcNow();
        var block = new Block
        {
            Id = Guid.CreateVersion7(now), UnitId = unitId, Source = Block.HostSource, Start = start, End = end,
            Summary = r.Note?.Trim() ?? "", CreatedAt = now,
        };
        db.Blocks.Add(block);
        try
        {
            await db.SaveChangesAsync(ct);
            await BlockNights.LayOutAsync(db, unitId, start, end, ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // A guest booked one of these nights while we were closing them: theirs stands.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await Booked(db, unitId, start, end, t, ct) ?? Outcome<BlockView>.Conflict("nights-booked", t["NightsJustBooked"], "start");
        }

        return Outcome<BlockView>.Created(BlockView.From(block));
    }

    static async Task<Outcome<BlockView>?> Booked(StaysDb db, Guid unitId, DateOnly start, DateOnly end, IStringLocalizer<StaysText> t, CancellationToken ct)
    {
        var booked = await BlockNights.BookedAsync(db, unitId, start, end, ct);
        if (booked.Count == 0)
            return null;
        var nights = string.Join(", ", booked.Order().Select(n => n.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return Outcome<BlockView>.Conflict("nights-booked", t["NightsBooked", nights], "start");
    }

    static Dictionary<string, string[]> Validate(Request r, DateOnly today, IStringLocalizer<StaysText> t)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.Start is null || r.Start < today)
            errors["start"] = [t["BlockStartInvalid"]];
        if (r.End is null || r.End <= r.Start)
            errors["end"] = [t["BlockEndInvalid"]];
        else if (r.Start is { } s && r.End.Value.DayNumber - s.DayNumber > MaxNights)
            errors["end"] = [t["BlockTooLong", MaxNights]];
        if (r.Note?.Trim().Length > MaxNoteLength)
            errors["note"] = [t["TooLong", "note", MaxNoteLength]];
        return errors;
    }
}
