namespace Tianyuan.Stays.Pricing;

using Microsoft.Extensions.Localization;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Resources;

/// <summary>
/// The checks every quote and booking makes on dates and guests, so search, quote and booking refuse the same
/// things with the same words. Field names are the API's (checkIn/checkOut for bookings; from/to for quotes).
/// </summary>
static class StayRequestRules
{
    /// <summary>Bookings open this far ahead; beyond it rates are not yet set.</summary>
    public const int MaxDaysAhead = 540;

    public const int MaxNights = 90;

    public static void CheckDates(
        Dictionary<string, string[]> errors, DateOnly? from, DateOnly? to, DateOnly today, IStringLocalizer<StaysText> t,
        string fromField, string toField)
    {
        if (from is null)
            errors[fromField] = [t["DateRequired"]];
        if (to is null)
            errors[toField] = [t["DateRequired"]];
        if (from is null || to is null)
            return;
        if (from < today)
            errors[fromField] = [t["DateInPast"]];
        else if (from.Value.DayNumber - today.DayNumber > MaxDaysAhead)
            errors[fromField] = [t["DateTooFar", MaxDaysAhead]];
        if (to <= from)
            errors[toField] = [t["CheckOutNotAfterCheckIn"]];
        else if (to.Value.DayNumber - from.Value.DayNumber > MaxNights)
            errors[toField] = [t["TooManyNights", MaxNights]];
    }

    public static void CheckGuests(Dictionary<string, string[]> errors, int? guests, UnitType? type, IStringLocalizer<StaysText> t)
    {
        if (guests is null or < 1)
            errors["guests"] = [t["GuestsRequired"]];
        else if (type is not null && guests > type.MaxGuests)
            errors["guests"] = [t["TooManyGuests", type.MaxGuests]];
    }

    public static void CheckMinNights(Dictionary<string, string[]> errors, Quote quote, string toField, IStringLocalizer<StaysText> t)
    {
        if (quote.Nights.Count < quote.MinNights)
            errors[toField] = [t["MinNights", quote.MinNights]];
    }
}
