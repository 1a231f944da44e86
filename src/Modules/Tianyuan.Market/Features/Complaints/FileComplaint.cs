namespace Tianyuan.Market.Features.Complaints;

using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Imaging;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/orders/{id}/complaints (multipart: kind, text, up to 3 photos): the customer reports a problem
/// with goods that have left the farm. Photos are JPEG, PNG or WebP up to 8 MB each (else 415 / 413) and are
/// re-encoded, which drops their metadata; one complaint is open per order at a time (a second is 409).
/// </summary>
static class FileComplaint
{
    public const int MaxPhotos = 3;
    public const int MaxText = 1000;


    public sealed record Photo(string Name, byte[] Bytes);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/orders/{id:guid}/complaints", async (Guid id, IFormCollection form, ClaimsPrincipal user, MarketDb db,
                IStringLocalizer<OrdersText> t, IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct) =>
            {
                var files = form.Files.GetFiles("photos");
                if (files.Count > MaxPhotos)
                    return Problems.Invalid("photos", t["ComplaintTooManyPhotos", MaxPhotos]);
                var photos = new List<Photo>();
                foreach (var file in files.Where(f => f.Length > 0))
                {
                    if (PhotoUpload.Refusal(file, t["PhotoType", file.FileName], t["PhotoTooLarge", file.FileName, PhotoUpload.MaxBytes / 1024 / 1024]) is { } refusal)
                        return refusal;
                    photos.Add(new Photo(file.FileName, await PhotoUpload.ReadAsync(file, ct)));
                }

                return (await ExecuteAsync(id, form["kind"].ToString(), form["text"].ToString(), photos, user, db, t, mt, clock, ct))
                    .ToHttpResult(c => $"/api/market/orders/{id}");
            })
            .RequireAuthorization(Policies.SignedIn)
            // Bearer clients carry no antiforgery token; cookie sessions are checked by the Accounts middleware.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute((MaxPhotos * PhotoUpload.MaxBytes) + (256 * 1024)))
            .WithName(nameof(FileComplaint))
            .WithSummary("File an after-sales complaint with up to 3 photos.")
            .Produces<ComplaintView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static async Task<Outcome<ComplaintView>> ExecuteAsync(Guid id, string? kind, string? text, IReadOnlyList<Photo> photos, ClaimsPrincipal user,
        MarketDb db, IStringLocalizer<OrdersText> t, IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct)
    {
        var (order, relation) = await OrderAccess.FindAsync(db, user, id, ct);
        if (order is null || relation == OrderAccess.Relation.None)
            return Outcome<ComplaintView>.NotFound(mt["OrderNotFound", id]);
        if (relation != OrderAccess.Relation.Customer)
            return Outcome<ComplaintView>.Forbidden(t["OnlyCustomer"]);
        var errors = new Dictionary<string, string[]>();
        if (kind is null || !ComplaintKind.All.Contains(kind))
            errors["kind"] = [t["ComplaintKind"]];
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > MaxText)
            errors["text"] = [t["ComplaintText", MaxText]];
        if (photos.Count > MaxPhotos)
            errors["photos"] = [t["ComplaintTooManyPhotos", MaxPhotos]];
        if (errors.Count > 0)
            return Outcome<ComplaintView>.Invalid(errors);
        // Something to complain about has to have been sent; before that the customer cancels instead.
        if (!order.Shipped && order.Status != OrderStatus.Refunded)
            return Outcome<ComplaintView>.Conflict("order-wrong-state", t["ComplaintNotShipped", mt["Status_" + order.Status]], "status");
        if (await db.Complaints.AnyAsync(c => c.OrderId == id && c.Status == ComplaintStatus.Open, ct))
            return Outcome<ComplaintView>.Conflict("complaint-open", t["ComplaintAlreadyOpen"]);

        var now = clock.GetUtcNow();
        var complaint = new Complaint { Id = Guid.CreateVersion7(now), OrderId = id, Kind = kind!, Text = text!.Trim(), CreatedAt = now };
        foreach (var photo in photos)
        {
            if (PhotoImage.TryEncode(photo.Bytes) is not { } image)
                return Outcome<ComplaintView>.Unprocessable("not-an-image", t["PhotoNotImage", photo.Name], "photos");
            complaint.Photos.Add(new ComplaintPhoto { Id = Guid.CreateVersion7(now), ComplaintId = complaint.Id, Jpeg = image.Display, Width = image.Width, Height = image.Height });
        }

        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(ct);
        return Outcome<ComplaintView>.Created(ComplaintView.From(complaint, complaint.Photos.Select(p => p.Id)));
    }
}
