namespace Tianyuan.Stays.Features.CalendarSync;

using Tianyuan.Stays.Domain;

/// <summary>A block as hosts see it: End is exclusive (the first night open again).</summary>
sealed record BlockView(Guid Id, Guid UnitId, string Source, Guid? FeedId, DateOnly Start, DateOnly End, string Summary, int ConflictNights)
{
    public static BlockView From(Block b) => new(b.Id, b.UnitId, b.Source, b.FeedId, b.Start, b.End, b.Summary, b.ConflictNights);
}
