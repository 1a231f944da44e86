namespace Tianyuan.Trace.Features.Record;

using System.Text.Json.Nodes;

/// <summary>
/// 施用投入品: a fertiliser or plant-protection product applied to a lot (the /trace/record form) or to a field (a farm
/// diary entry through <see cref="Contracts.ITraceRecords"/>, lot unknown until harvest). ObjectEvent OBSERVE with the
/// private bizStep https://tianyuan.example/voc/applying; product, dose and the label's withdrawal period (days before
/// harvest is allowed) go in the extension field ty:input, which the consumer page's inputs list reads.
/// </summary>
static class InputEvent
{
    public const int MaxText = 100;

    /// <summary>Withdrawal periods on Chinese pesticide labels are days to a few months; a year covers every label.</summary>
    public const int MaxWithdrawalDays = 365;

    public sealed record Request(string? Gtin, string? Lot, string? Product, string? Dose, DateTime? At, string? Gln, int? WithdrawalDays = null);

    /// <summary>
    /// The request as multipart form fields, for the API's variant with a certificate photo. Form binding fills
    /// settable properties and leaves out what was not sent, so the checks above can name a missing field; binding a
    /// record's constructor would refuse the whole body instead.
    /// </summary>
    public sealed class FormFields
    {
        public string? Gtin { get; set; }
        public string? Lot { get; set; }
        public string? Product { get; set; }
        public string? Dose { get; set; }
        public DateTime? At { get; set; }
        public string? Gln { get; set; }
        public int? WithdrawalDays { get; set; }

        public Request ToRequest() => new(Gtin, Lot, Product, Dose, At, Gln, WithdrawalDays);
    }

    public static (JsonObject? Event, RecordFields Fields, string Gtin, string Lot) Build(Request r, DateTimeOffset now)
    {
        var f = new RecordFields();
        var gtin = f.Gtin("gtin", r.Gtin);
        var lot = f.Lot("lot", r.Lot);
        var location = f.Location("gln", r.Gln);
        if (string.IsNullOrWhiteSpace(r.Dose))
            f.Fail("dose", "ErrorDose", MaxText);
        var e = Compose(f, RecordFields.ChinaTime(r.At, now), location, r.Product, r.Dose, r.WithdrawalDays);
        if (!f.Ok)
            return (null, f, gtin, lot);
        e["quantityList"] = new JsonArray(new JsonObject { ["epcClass"] = RecordFields.LotClass(gtin, lot) });
        return (e, f, gtin, lot);
    }

    /// <summary>
    /// The event without what it applies to (the caller adds the lot, or the field). The form asks for a dose; a farm
    /// diary entry may not state one, and the event then has no ty:dose.
    /// </summary>
    public static JsonObject Compose(RecordFields f, DateTimeOffset at, string? location, string? product, string? dose, int? withdrawalDays)
    {
        var name = (product ?? "").Trim();
        var amount = (dose ?? "").Trim();
        if (name.Length is 0 or > MaxText)
            f.Fail("product", "ErrorProduct", MaxText);
        if (amount.Length > MaxText)
            f.Fail("dose", "ErrorDose", MaxText);
        if (withdrawalDays is < 0 or > MaxWithdrawalDays)
            f.Fail("withdrawalDays", "ErrorWithdrawalDays", MaxWithdrawalDays);
        var e = RecordFields.Event("ObjectEvent", "OBSERVE", at, RecordFields.Voc + "applying", location);
        var input = new JsonObject { ["ty:product"] = name };
        if (amount.Length > 0)
            input["ty:dose"] = amount;
        if (withdrawalDays is { } days)
            input["ty:withdrawalDays"] = days;
        e["ty:input"] = input;
        return e;
    }
}
