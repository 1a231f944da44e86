namespace Tianyuan.Trace.Features.Record;

using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Http;
using Tianyuan.Kernel.Imaging;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Features.Capture;
using Tianyuan.Trace.Resources;

/// <summary>
/// Farm-to-table recording without writing JSON: the steps of /trace/record (harvest, input applied, soil test, pest report,
/// grading, pack, ship, receive),
/// also as POST /api/trace/record/{step} with the same requests. Each builds one EPCIS 2.0 event and stores it
/// through <see cref="CaptureProcessor"/>, so it is validated, deduplicated and logged like any captured event.
/// </summary>
static class RecordStep
{
    /// <summary>The stored event, and where its lot's consumer page and recall are (null when the case holds no known lot).</summary>
    public sealed record Recorded(string EventId, string EventHashId, string? Gtin, string? Lot, string? ItemPage, string? RecallPage)
    {
        /// <summary>The lots a grading made, in the order of its grades (empty for every other step).</summary>
        public IReadOnlyList<string> GradeLots { get; init; } = [];
    }

    public static void Map(IEndpointRouteBuilder trace)
    {
        var record = trace.MapGroup("/record").RequireAuthorization(Policies.EpcisCapture);
        record.MapPost("/harvest", async (HarvestEvent.Request r, ClaimsPrincipal user, CaptureProcessor p, IStringLocalizer<TraceText> t, TimeProvider clock, CancellationToken ct) =>
            (await HarvestAsync(r, user, p, t, clock, ct)).ToHttpResult()).WithName("RecordHarvest").WithSummary("Records a harvest into a lot.");
        record.MapPost("/input", async (InputEvent.Request r, ClaimsPrincipal user, CaptureProcessor p, TraceDb db, IStringLocalizer<TraceText> t, TimeProvider clock, CancellationToken ct) =>
            (await InputAsync(r, null, user, p, db, t, clock, ct)).ToHttpResult()).WithName("RecordInput").WithSummary("Records a farm input applied to a lot.");
        // The same step with its certificate photo: multipart, the request's fields as form fields and the photo as "certificate".
        // Routing picks this endpoint or the JSON one by the request's Content-Type.
        record.MapPost("/input", async ([FromForm] InputEvent.FormFields r, IFormFile? certificate, HttpRequest request, IConfiguration configuration, ClaimsPrincipal user,
                CaptureProcessor p, TraceDb db, IStringLocalizer<TraceText> t, TimeProvider clock, CancellationToken ct) =>
            {
                var (photo, refusal) = await InputCertificateUpload.ReadAsync(certificate, Labels.LabelRun.ResolverBase(request, configuration), t, ct);
                return refusal?.Answer ?? (await InputAsync(r.ToRequest(), photo, user, p, db, t, clock, ct)).ToHttpResult();
            })
            // Bearer clients carry no antiforgery token; cookie sessions are checked by the Accounts middleware.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(PhotoUpload.MaxBytes + (64 * 1024)))
            .WithName("RecordInputWithCertificate").WithSummary("Records a farm input applied to a lot, with a photo of its registration certificate or receipt (JPEG, PNG or WebP up to 8 MB).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        record.MapPost("/soil-test", async (SoilTestEvent.Request r, ClaimsPrincipal user, CaptureProcessor p, IStringLocalizer<TraceText> t, TimeProvider clock, CancellationToken ct) =>
            (await SoilTestAsync(r, user, p, t, clock, ct)).ToHttpResult()).WithName("RecordSoilTest").WithSummary("Records a soil test of the field a lot grows in.");
        record.MapPost("/pest-report", async (PestReportEvent.Request r, ClaimsPrincipal user, CaptureProcessor p, IStringLocalizer<TraceText> t, TimeProvider clock, CancellationToken ct) =>
            (await PestReportAsync(r, user, p, t, clock, ct)).ToHttpResult()).WithName("RecordPestReport").WithSummary("Records a pest or disease found on a lot's field.");
        record.MapPost("/grade", async (GradeEvent.Request r, ClaimsPrincipal user, CaptureProcessor p, IStringLocalizer<TraceText> t, TimeProvider clock, CancellationToken ct) =>
            (await GradeAsync(r, user, p, t, clock, ct)).ToHttpResult()).WithName("RecordGrade").WithSummary("Records a harvested lot graded into grade lots.");
        record.MapPost("/pack", async (PackEvent.Request r, ClaimsPrincipal user, CaptureProcessor p, IStringLocalizer<TraceText> t, TimeProvider clock, CancellationToken ct) =>
            (await PackAsync(r, user, p, t, clock, ct)).ToHttpResult()).WithName("RecordPack").WithSummary("Records items of a lot packed into a case.");
        record.MapPost("/ship", async (ShipEvent.Request r, ClaimsPrincipal user, CaptureProcessor p, TraceDb db, IStringLocalizer<TraceText> t, TimeProvider clock, CancellationToken ct) =>
            (await ShipAsync(r, user, p, db, t, clock, ct)).ToHttpResult()).WithName("RecordShip").WithSummary("Records a case shipped to a buyer.");
        record.MapPost("/receive", async (ReceiveEvent.Request r, ClaimsPrincipal user, CaptureProcessor p, TraceDb db, IStringLocalizer<TraceText> t, TimeProvider clock, CancellationToken ct) =>
            (await ReceiveAsync(r, user, p, db, t, clock, ct)).ToHttpResult()).WithName("RecordReceive").WithSummary("Records a case received, with its cold-chain temperatures.");
    }

    public static Task<Outcome<Recorded>> HarvestAsync(HarvestEvent.Request r, ClaimsPrincipal user, CaptureProcessor processor, IStringLocalizer t, TimeProvider clock, CancellationToken ct)
    {
        var (e, f, gtin, lot) = HarvestEvent.Build(r, clock.GetUtcNow());
        return StoreAsync(e, f, gtin, lot, user, processor, t, clock, ct);
    }

    /// <summary>The input, with its certificate photo's hash and address in ty:input when there is one; the photo is saved once the event is.</summary>
    public static async Task<Outcome<Recorded>> InputAsync(InputEvent.Request r, InputCertificateUpload.Photo? photo, ClaimsPrincipal user, CaptureProcessor processor,
        TraceDb db, IStringLocalizer t, TimeProvider clock, CancellationToken ct)
    {
        var (e, f, gtin, lot) = InputEvent.Build(r, clock.GetUtcNow());
        if (e is not null && photo is not null)
            e["ty:input"]![InputCertificateUpload.Extension] = InputCertificateUpload.Reference(photo);
        var outcome = await StoreAsync(e, f, gtin, lot, user, processor, t, clock, ct);
        if (outcome.Succeeded && photo is not null)
            await InputCertificateUpload.SaveAsync(db, photo, user.UserId(), clock, ct);
        return outcome;
    }

    public static Task<Outcome<Recorded>> SoilTestAsync(SoilTestEvent.Request r, ClaimsPrincipal user, CaptureProcessor processor, IStringLocalizer t, TimeProvider clock, CancellationToken ct)
    {
        var (e, f, gtin, lot) = SoilTestEvent.Build(r, clock.GetUtcNow());
        return StoreAsync(e, f, gtin, lot, user, processor, t, clock, ct);
    }

    public static Task<Outcome<Recorded>> PestReportAsync(PestReportEvent.Request r, ClaimsPrincipal user, CaptureProcessor processor, IStringLocalizer t, TimeProvider clock, CancellationToken ct)
    {
        var (e, f, gtin, lot) = PestReportEvent.Build(r, clock.GetUtcNow());
        return StoreAsync(e, f, gtin, lot, user, processor, t, clock, ct);
    }

    public static async Task<Outcome<Recorded>> GradeAsync(GradeEvent.Request r, ClaimsPrincipal user, CaptureProcessor processor, IStringLocalizer t, TimeProvider clock, CancellationToken ct)
    {
        var (e, f, gtin, lot, gradeLots) = GradeEvent.Build(r, clock.GetUtcNow());
        var outcome = await StoreAsync(e, f, gtin, lot, user, processor, t, clock, ct);
        return outcome.Succeeded ? Outcome<Recorded>.Created(outcome.Value! with { GradeLots = gradeLots }) : outcome;
    }

    public static Task<Outcome<Recorded>> PackAsync(PackEvent.Request r, ClaimsPrincipal user, CaptureProcessor processor, IStringLocalizer t, TimeProvider clock, CancellationToken ct)
    {
        var (e, f, gtin, lot) = PackEvent.Build(r, clock.GetUtcNow());
        return StoreAsync(e, f, gtin, lot, user, processor, t, clock, ct);
    }

    public static async Task<Outcome<Recorded>> ShipAsync(ShipEvent.Request r, ClaimsPrincipal user, CaptureProcessor processor, TraceDb db, IStringLocalizer t, TimeProvider clock, CancellationToken ct)
    {
        var lots = await LotsInCaseAsync(db, r.Sscc, ct);
        var (e, f, _) = ShipEvent.Build(r, lots, clock.GetUtcNow());
        var (gtin, lot) = FirstLot(lots);
        return await StoreAsync(e, f, gtin, lot, user, processor, t, clock, ct);
    }

    public static async Task<Outcome<Recorded>> ReceiveAsync(ReceiveEvent.Request r, ClaimsPrincipal user, CaptureProcessor processor, TraceDb db, IStringLocalizer t, TimeProvider clock, CancellationToken ct)
    {
        var lots = await LotsInCaseAsync(db, r.Sscc, ct);
        var (e, f, _) = ReceiveEvent.Build(r, lots, clock.GetUtcNow());
        var (gtin, lot) = FirstLot(lots);
        return await StoreAsync(e, f, gtin, lot, user, processor, t, clock, ct);
    }

    static async Task<List<string>> LotsInCaseAsync(TraceDb db, string? typed, CancellationToken ct) =>
        Gs1.Sscc.Parse(typed) is { Ok: true } sscc ? await LotsInAsync(db, $"{Gs1.DigitalLink.CanonicalBase}/00/{sscc.Value.Value}", ct) : [];

    static (string?, string?) FirstLot(List<string> lots) =>
        lots.Count > 0 && Gs1.DigitalLink.Parse(lots[0]) is { Ok: true } key ? Split(key.Value.ToString()) : (null, null);

    /// <summary>The lot classes packed into a case by the aggregations that name it as parent.</summary>
    static async Task<List<string>> LotsInAsync(TraceDb db, string parent, CancellationToken ct) =>
        await db.EventEpcs.AsNoTracking()
            .Where(x => x.Role == "childQuantityList" && db.EventEpcs.Any(p => p.EventId == x.EventId && p.Role == "parentID" && p.Epc == parent))
            .Select(x => x.Epc).Distinct().Take(20).ToListAsync(ct);

    /// <summary>(01)09521141012345(10)L1 → ("09521141012345", "L1").</summary>
    static (string?, string?) Split(string elementString)
    {
        var parts = elementString.Split(['(', ')'], StringSplitOptions.RemoveEmptyEntries);
        var gtin = Array.IndexOf(parts, "01") is var g and >= 0 && g + 1 < parts.Length ? parts[g + 1] : null;
        var lot = Array.IndexOf(parts, "10") is var l and >= 0 && l + 1 < parts.Length ? parts[l + 1] : null;
        return (gtin, lot);
    }

    static async Task<Outcome<Recorded>> StoreAsync(JsonObject? @event, RecordFields fields, string? gtin, string? lot, ClaimsPrincipal user,
        CaptureProcessor processor, IStringLocalizer t, TimeProvider clock, CancellationToken ct)
    {
        if (@event is null)
            return Outcome<Recorded>.Invalid(fields.Messages(t));
        var (stored, _) = await RecordCapture.CaptureAsync(@event, user.UserId(), processor, clock, ct);
        // The steps build events the capture accepts; should one not, the EPCIS checker's English would not help a farmer.
        if (stored is null)
            return Outcome<Recorded>.Invalid("event", t["ErrorEventRefused"]);
        var page = gtin is null || lot is null ? null : $"/01/{gtin}/10/{Gs1.CharacterSet82.ForDigitalLink(lot)}";
        var recall = gtin is null || lot is null ? null : $"/trace/recall?gtin={gtin}&lot={Uri.EscapeDataString(lot)}";
        return Outcome<Recorded>.Created(new Recorded(stored.EventId, stored.HashId, gtin, lot, page, recall));
    }
}
