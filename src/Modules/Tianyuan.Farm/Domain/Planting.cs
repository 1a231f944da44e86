namespace Tianyuan.Farm.Domain;

/// <summary>
/// A crop on a plot for a season: what (a key of the built-in crop table), which variety, and the day it was sown or
/// transplanted (for perennials, the season's bud break or spring flush). The day gives the growth stage and Kc.
/// </summary>
sealed class Planting
{
    public Guid Id { get; init; }

    public Guid FarmId { get; init; }

    public Guid PlotId { get; init; }

    /// <summary>A key of <see cref="Agronomy.Crops"/>: maize, rice, tea …</summary>
    public required string Crop { get; init; }

    public string? Variety { get; init; }

    public DateOnly StartedOn { get; init; }

    public Guid RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
