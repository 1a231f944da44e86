namespace Tianyuan.Market.Features.Complaints;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Features.Refunds;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/orders/{id}/complaints/{complaintId}/resolution {"resolution":"refund"|"replacement"|"rejected",
/// "amount":…, "lines":[…], "note":"…"}: the seller or an operator decides an open complaint. A refund goes through
/// <see cref="IssueRefund"/> with an idempotency key derived from the complaint, so a double submit (or a retry after
/// the complaint row lost a race) pays once; rejecting needs a reason the customer will read.
/// </summary>
static class ResolveComplaint
{
    public sealed record Request(string? Resolution, decimal? Amount = null, IReadOnlyList<IssueRefund.LineRequest>? Lines = null, string? Note = null);

    public const int MaxNote = 200;

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/orders/{id:guid}/complaints/{complaintId:guid}/resolution", async (Guid id, Guid complaintId, Request request, ClaimsPrincipal user,
                MarketDb db, IStringLocalizer<OrdersText> t, IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, complaintId, request, user, db, t, mt, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ResolveComplaint))
            .WithSummary("Resolve a complaint: refund (through the refund use case), replacement, or rejection with a reason.")
            .Produces<ComplaintView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static async Task<Outcome<ComplaintView>> ExecuteAsync(Guid id, Guid complaintId, Request request, ClaimsPrincipal user, MarketDb db,
        IStringLocalizer<OrdersText> t, IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct)
    {
        var complaint = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == complaintId && c.OrderId == id, ct);
        var order = complaint is null ? null : await db.Orders.AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == id, ct);
        var relation = order is null ? OrderAccess.Relation.None : await OrderAccess.RelationAsync(db, user, order, ct);
        if (complaint is null || relation == OrderAccess.Relation.None)
            return Outcome<ComplaintView>.NotFound(t["ComplaintNotFound", complaintId]);
        if (relation is not (OrderAccess.Relation.Seller or OrderAccess.Relation.Operator))
            return Outcome<ComplaintView>.Forbidden(t["OnlySeller"]);
        var note = request.Note?.Trim();
        if (request.Resolution is not { } resolution || !ComplaintResolution.All.Contains(resolution))
            return Outcome<ComplaintView>.Invalid("resolution", t["ResolutionUnknown"]);
        if (note is { Length: > MaxNote } || (resolution == ComplaintResolution.Rejected && string.IsNullOrEmpty(note)))
            return Outcome<ComplaintView>.Invalid("note", t["ResolutionNote", MaxNote]);
        if (complaint.Status != ComplaintStatus.Open)
        {
            return complaint.Resolution == resolution
                ? Outcome<ComplaintView>.Ok(await ViewAsync(db, complaintId, ct))
                : Outcome<ComplaintView>.Conflict("complaint-closed", t["ComplaintClosed", t["ComplaintStatus_" + complaint.Status]]);
        }

        Guid? refundId = null;
        if (resolution == ComplaintResolution.Refund)
        {
            var refund = await IssueRefund.ExecuteAsync(id, new IssueRefund.Request(request.Lines, request.Amount, t["ComplaintRefundReason"]),
                $"complaint-{complaintId}", user, db, t, mt, clock, ct);
            if (!refund.Succeeded)
                return OutcomeFailure.As<ComplaintView, RefundView>(refund);
            refundId = refund.Value!.Id;
        }

        var now = clock.GetUtcNow();
        await db.Complaints.Where(c => c.Id == complaintId && c.Status == ComplaintStatus.Open)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Status, resolution == ComplaintResolution.Rejected ? ComplaintStatus.Rejected : ComplaintStatus.Resolved)
                .SetProperty(c => c.Resolution, resolution)
                .SetProperty(c => c.ResolutionNote, note)
                .SetProperty(c => c.RefundId, refundId)
                .SetProperty(c => c.ResolvedByUserId, user.UserId())
                .SetProperty(c => c.ResolvedAt, now), ct);
        return Outcome<ComplaintView>.Ok(await ViewAsync(db, complaintId, ct));
    }

    static async Task<ComplaintView> ViewAsync(MarketDb db, Guid complaintId, CancellationToken ct)
    {
        var complaint = await db.Complaints.AsNoTracking().FirstAsync(c => c.Id == complaintId, ct);
        var photos = await db.ComplaintPhotos.AsNoTracking().Where(p => p.ComplaintId == complaintId).Select(p => p.Id).ToListAsync(ct);
        return ComplaintView.From(complaint, photos);
    }
}
