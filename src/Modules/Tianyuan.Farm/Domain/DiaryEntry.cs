namespace Tianyuan.Farm.Domain;

/// <summary>
/// One thing done on a farm (the 农事记录 farmers keep): watering, fertilising, spraying (with the product and dose, which
/// traceability and withdrawal periods need), harvesting, the first moths in a trap (the biofix degree-day rules count from), or anything else worth remembering.
/// </summary>
sealed class DiaryEntry
{
    /// <summary>The kinds the diary form offers; the API accepts these exact words.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["irrigation", "fertilization", "spraying", "harvest", "sowing", "biofix", "other"];

    public Guid Id { get; init; }

    public Guid FarmId { get; init; }

    public Guid? PlotId { get; init; }

    public required string Kind { get; init; }

    public DateOnly Day { get; init; }

    /// <summary>Fertiliser or pesticide name as on its label (spraying and fertilization).</summary>
    public string? Product { get; init; }

    /// <summary>The pest a biofix entry (first sustained trap catch) is for: degree-day rules for it count from that day.</summary>
    public string? Pest { get; init; }

    /// <summary>Amount with its unit as the farmer states it: "18 mm", "15 kg/亩", "1500 倍液"; for a harvest into a lot a mass ("120 kg", "300 斤").</summary>
    public string? Amount { get; init; }

    /// <summary>Spraying and fertilization: the label's withdrawal period (安全间隔期), days before the plot may be harvested.</summary>
    public int? WithdrawalDays { get; init; }

    /// <summary>Harvest: the lot (批次号) the crop goes into, which its labels and the consumer page carry.</summary>
    public string? Lot { get; init; }

    /// <summary>Harvest: the product's GTIN (14 digits) when it has one, so the lot's code resolves to its consumer page.</summary>
    public string? Gtin { get; init; }

    public string Note { get; init; } = "";

    public Guid RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
