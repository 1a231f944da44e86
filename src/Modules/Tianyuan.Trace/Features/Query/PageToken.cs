namespace Tianyuan.Trace.Features.Query;

using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Tianyuan.Trace.Domain;

/// <summary>
/// Where the next page starts: the (time, hash ID) of the last event served, and how many more events an
/// eventCountLimit still allows. Keyset paging, so events captured meanwhile neither repeat nor shift a page.
/// </summary>
sealed record PageToken(long TimeTicks, string HashId, int? Remaining)
{
    public static PageToken For(EpcisEvent last, bool byRecordTime, int? remaining) =>
        new((byRecordTime ? last.RecordTime : last.EventTime).UtcTicks, last.HashId, remaining);

    public string Write() =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{TimeTicks}|{Remaining}|{HashId}")));

    public static PageToken? Read(string token)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token)).Split('|', 3);
            if (parts.Length != 3 || !long.TryParse(parts[0], CultureInfo.InvariantCulture, out var ticks) || ticks < 0 || ticks > DateTime.MaxValue.Ticks)
                return null;
            int? remaining = parts[1].Length == 0 ? null : int.TryParse(parts[1], CultureInfo.InvariantCulture, out var r) && r > 0 ? r : -1;
            return remaining == -1 ? null : new PageToken(ticks, parts[2], remaining);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public DateTimeOffset Time => new(TimeTicks, TimeSpan.Zero);
}
