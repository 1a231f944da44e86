namespace Tianyuan.Stays.Calendar;

/// <summary>
/// Nights a unit cannot be sold: from <see cref="Start"/> (the first night) up to but not including <see cref="End"/>
/// (the check-out day), in the property's local dates. <see cref="Uid"/> identifies the event in its feed, so a re-import
/// can tell a moved booking from a new one.
/// </summary>
/// <remarks><see cref="Summary"/> is shown to hosts and exported to OTAs: never put a guest's name in it.</remarks>
sealed record BlockedRange(DateOnly Start, DateOnly End, string Uid, string Summary)
{
    public int Nights => End.DayNumber - Start.DayNumber;
}
