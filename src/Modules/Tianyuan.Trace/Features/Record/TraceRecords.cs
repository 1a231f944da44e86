namespace Tianyuan.Trace.Features.Record;

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Trace.Contracts;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Features.Capture;
using Tianyuan.Trace.Gs1;
using Tianyuan.Trace.Resources;

/// <summary>
/// <see cref="ITraceRecords"/> for other modules. Their input comes from code, not from a form, so a malformed GTIN or
/// lot is a programming error and throws rather than returning field messages. Every recording is idempotent by the
/// eventID the caller's reference (or field and day) makes.
/// </summary>
sealed class TraceRecords(TraceDb db, CaptureProcessor processor, IStringLocalizer<TraceText> t, TimeProvider clock) : ITraceRecords
{
    public async Task<TraceRecordLink?> FindProductRecordAsync(string gtin, string? lot, CancellationToken ct)
    {
        var f = new RecordFields();
        var key = f.Gtin(nameof(gtin), gtin);
        var lotKey = lot is null ? null : f.Lot(nameof(lot), lot);
        ThrowIfInvalid(f);

        // A product is its bare class, its lots and its items (…/01/{gtin}/10/… and …/01/{gtin}/21/…); a lot is its class.
        var product = $"{DigitalLink.CanonicalBase}/01/{key}";
        var naming = lotKey is null
            ? db.EventEpcs.Where(x => x.Epc == product || x.Epc.StartsWith(product + "/")).Select(x => x.EventId)
            : db.EventEpcs.Where(x => x.Epc == RecordFields.LotClass(key, lotKey)).Select(x => x.EventId);
        var events = db.Events.AsNoTracking().Where(e => naming.Contains(e.Id)); // EPC index first (see EventQuery)
        var count = await events.CountAsync(ct);
        if (count == 0)
            return null;
        var first = await events.OrderBy(e => e.EventTime).Select(e => e.EventTime).FirstAsync(ct);
        var last = await events.OrderByDescending(e => e.EventTime).Select(e => e.EventTime).FirstAsync(ct);
        var path = (lotKey is null ? product : RecordFields.LotClass(key, lotKey))[DigitalLink.CanonicalBase.Length..];
        return new TraceRecordLink(path, count, first, last);
    }

    public Task<string> RecordShipmentAsync(TraceShipment shipment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var (e, f) = ShipmentEvent.Build(shipment, clock.GetUtcNow());
        return RecordOnceAsync(e, f, nameof(shipment), ct);
    }

    public Task<string> RecordFieldOperationAsync(TraceFieldOperation operation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var (e, f) = FieldOperationEvent.Build(operation);
        return RecordOnceAsync(e, f, nameof(operation), ct);
    }

    public Task<string> RecordFieldDayAsync(TraceFieldDay day, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(day);
        var (e, f) = FieldDayEvent.Build(day);
        return RecordOnceAsync(e, f, nameof(day), ct);
    }

    /// <summary>
    /// Stores an event whose eventID is the caller's reference, unless one with that eventID is stored already: the
    /// reference, not the content, identifies it, since a retry may carry another time (ShippedAt = now) or corrected words.
    /// </summary>
    async Task<string> RecordOnceAsync(System.Text.Json.Nodes.JsonObject? e, RecordFields f, string what, CancellationToken ct)
    {
        ThrowIfInvalid(f);
        var eventId = e!["eventID"]!.GetValue<string>();
        if (await db.Events.AnyAsync(x => x.EventId == eventId, ct))
            return eventId;
        var (stored, errors) = await RecordCapture.CaptureAsync(e, null, processor, clock, ct);
        return stored?.EventId ?? throw new ArgumentException($"The {what} does not make a valid EPCIS event: " + string.Join(" ", errors), what);
    }

    /// <summary>A programming error for the calling module's developers, so in English whatever the request's language.</summary>
    void ThrowIfInvalid(RecordFields f)
    {
        if (f.Ok)
            return;
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            throw new ArgumentException(string.Join(" ", f.Messages(t).Select(x => $"{x.Key}: {string.Join(" ", x.Value)}")), f.Errors.Keys.First());
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
