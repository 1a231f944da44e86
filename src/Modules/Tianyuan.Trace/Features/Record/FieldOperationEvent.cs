namespace Tianyuan.Trace.Features.Record;

using System.Text.Json.Nodes;
using Tianyuan.Trace.Contracts;
using Tianyuan.Trace.Gs1;

/// <summary>
/// A field operation another module reports (<see cref="ITraceRecords.RecordFieldOperationAsync"/>), as an ObjectEvent
/// on the field (its location URI in epcList, readPoint and bizLocation):
/// fertilization and spraying are <see cref="InputEvent"/>s (ty:input with the kind of input), harvest a
/// <see cref="HarvestEvent"/> that also names the lot, irrigation the private bizStep …/voc/irrigating (CBV has no
/// word for watering) with the amount in ty:irrigation. The caller's reference becomes the eventID; the field's name,
/// when given, goes in ty:fieldName.
/// </summary>
static class FieldOperationEvent
{
    public const int MaxReference = 200;

    /// <summary>The field's name as people say it, which the consumer page shows in place of the field's URI.</summary>
    public const string FieldNameExtension = "ty:fieldName";

    public static string EventId(string reference) => $"{RecordFields.Voc}field-operation/{Uri.EscapeDataString(reference)}";

    public static (JsonObject? Event, RecordFields Fields) Build(TraceFieldOperation op)
    {
        var f = new RecordFields();
        var reference = (op.Reference ?? "").Trim();
        if (reference.Length is 0 or > MaxReference)
            f.Fail(nameof(op.Reference), "ErrorReference", MaxReference);
        if (string.IsNullOrWhiteSpace(op.Field) || op.Field.Length > MaxReference)
            f.Fail(nameof(op.Field), "ErrorFieldId", MaxReference);
        var field = TraceFields.Location(op.Field ?? "");
        var at = op.At.ToOffset(TimeSpan.FromHours(8));
        var e = op.Kind switch
        {
            TraceFieldOperation.Fertilization or TraceFieldOperation.Spraying => Input(f, op, at, field),
            TraceFieldOperation.Harvest => Harvest(f, op, at, field),
            TraceFieldOperation.Irrigation => Irrigation(f, op, at, field),
            _ => null,
        };
        if (e is null)
            f.Fail(nameof(op.Kind), "ErrorKind", string.Join(", ", TraceFieldOperation.Kinds));
        var name = op.FieldName?.Trim() ?? "";
        if (name.Length > MaxReference)
            f.Fail(nameof(op.FieldName), "ErrorFieldName", MaxReference);
        if (!f.Ok)
            return (null, f);
        e!["eventID"] = EventId(reference);
        // The field is what was watered, sprayed or harvested from: the event's object, as well as where it happened.
        e["epcList"] = new JsonArray(field);
        if (name.Length > 0)
            e[FieldNameExtension] = name;
        return (e, f);
    }

    static JsonObject Input(RecordFields f, TraceFieldOperation op, DateTimeOffset at, string field)
    {
        var e = InputEvent.Compose(f, at, field, op.Product, op.Dose, op.WithdrawalDays);
        e["ty:input"]!["ty:kind"] = op.Kind == TraceFieldOperation.Spraying ? "plant-protection" : "fertiliser";
        return e;
    }

    static JsonObject Harvest(RecordFields f, TraceFieldOperation op, DateTimeOffset at, string field)
    {
        var lot = f.Lot(nameof(op.Lot), op.Lot);
        var lotClass = op.Gtin is null
            ? $"{field}/lot/{CharacterSet82.ForDigitalLink(lot)}"
            : RecordFields.LotClass(f.Gtin(nameof(op.Gtin), op.Gtin), lot);
        return HarvestEvent.Compose(f, at, field, lotClass, op.Kilograms);
    }

    static JsonObject Irrigation(RecordFields f, TraceFieldOperation op, DateTimeOffset at, string field)
    {
        var amount = (op.Dose ?? "").Trim();
        if (amount.Length > InputEvent.MaxText)
            f.Fail(nameof(op.Dose), "ErrorIrrigationAmount", InputEvent.MaxText);
        var e = RecordFields.Event("ObjectEvent", "OBSERVE", at, RecordFields.Voc + "irrigating", field);
        if (amount.Length > 0)
            e["ty:irrigation"] = new JsonObject { ["ty:amount"] = amount };
        return e;
    }
}
