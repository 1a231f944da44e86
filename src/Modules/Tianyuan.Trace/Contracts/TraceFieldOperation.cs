namespace Tianyuan.Trace.Contracts;

/// <summary>
/// One thing done on a field, as a farm's diary knows it: watering, fertilising, spraying, or harvesting into a lot.
/// </summary>
/// <param name="Reference">
/// The caller's idempotency key, namespaced by the caller (e.g. <c>farm:diary:{entryId}</c>): a second call with the same
/// reference records nothing. Up to 200 characters.
/// </param>
/// <param name="Kind">One of <see cref="Kinds"/>.</param>
/// <param name="Field">
/// The caller's stable name for the field (e.g. <c>farm:plot:{plotId}</c>), up to 200 characters. It becomes the event's
/// bizLocation (<see cref="TraceFields.Location"/>), so the consumer page of a lot harvested there finds the field's inputs
/// and sensor days.
/// </param>
/// <param name="At">When it was done.</param>
/// <param name="Product">Fertilization and spraying: the product as on its label.</param>
/// <param name="Dose">The amount with its unit as the farmer states it ("15 kg/亩", "1500 倍液", irrigation "18 mm").</param>
/// <param name="WithdrawalDays">Fertilization and spraying: the label's withdrawal period (days before harvest is allowed), when the farmer gives it.</param>
/// <param name="Lot">Harvest: the lot it goes into (GS1 AI 10: 1 to 20 characters of GS1 character set 82).</param>
/// <param name="Gtin">Harvest: the product's GTIN when known; without one the lot is named under the field.</param>
/// <param name="Kilograms">Harvest: how much, in kilograms.</param>
/// <param name="FieldName">How people call the field ("山桥茶园 · 3号地"), up to 200 characters: the consumer page shows it instead of the location URI.</param>
public sealed record TraceFieldOperation(
    string Reference,
    string Kind,
    string Field,
    DateTimeOffset At,
    string? Product = null,
    string? Dose = null,
    int? WithdrawalDays = null,
    string? Lot = null,
    string? Gtin = null,
    decimal? Kilograms = null,
    string? FieldName = null)
{
    public const string Irrigation = "irrigation";
    public const string Fertilization = "fertilization";
    public const string Spraying = "spraying";
    public const string Harvest = "harvest";

    public static readonly IReadOnlyList<string> Kinds = [Irrigation, Fertilization, Spraying, Harvest];
}
