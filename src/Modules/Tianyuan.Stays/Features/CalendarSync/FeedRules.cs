namespace Tianyuan.Stays.Features.CalendarSync;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Resources;

/// <summary>What every feed must satisfy, pulled or uploaded.</summary>
static class FeedRules
{
    /// <summary>A unit listed on more channels than this is better served by one channel manager's feed.</summary>
    public const int MaxFeedsPerUnit = 5;

    public const int MaxNameLength = 40;

    public static void CheckName(Dictionary<string, string[]> errors, string? name, IStringLocalizer<StaysText> t)
    {
        if (string.IsNullOrWhiteSpace(name))
            errors["name"] = [t["Required", "name"]];
        else if (name.Trim().Length > MaxNameLength)
            errors["name"] = [t["TooLong", "name", MaxNameLength]];
    }

    public static async Task<Outcome<FeedView>?> FullAsync(StaysDb db, Guid unitId, IStringLocalizer<StaysText> t, CancellationToken ct) =>
        await db.Feeds.CountAsync(f => f.UnitId == unitId, ct) >= MaxFeedsPerUnit
            ? Outcome<FeedView>.Conflict("too-many-feeds", t["TooManyFeeds", MaxFeedsPerUnit], "unitId")
            : null;
}
