namespace Tianyuan.Stays.Domain;

/// <summary>One physical room, cabin or pitch of a <see cref="UnitType"/>: what a night is sold on.</summary>
sealed class Unit
{
    public Guid Id { get; init; }

    public Guid UnitTypeId { get; init; }

    public required string Label { get; set; }

    /// <summary>Clean, Dirty or Inspected. A dirty unit is off sale for same-day arrivals until housekeeping is done.</summary>
    public string Housekeeping { get; set; } = HousekeepingState.Clean;
}

static class HousekeepingState
{
    public const string Clean = nameof(Clean);
    public const string Dirty = nameof(Dirty);
    public const string Inspected = nameof(Inspected);

    public static bool IsSellableToday(string state) => state != Dirty;
}
