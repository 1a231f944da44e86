namespace Tianyuan.Market.Domain;

/// <summary>
/// A customer's rating of one line of a completed order (one per line), the farm's one reply, and an operator's
/// moderation: a hidden review stays on record with who hid it and why, it is just not shown.
/// </summary>
sealed class ProductReview
{
    public Guid Id { get; init; }

    public Guid OrderLineId { get; init; }

    public Guid OrderId { get; init; }

    public Guid ProductId { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid CustomerUserId { get; init; }

    public int Rating { get; init; }

    public required string Text { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? Reply { get; set; }

    public DateTimeOffset? RepliedAt { get; set; }

    public DateTimeOffset? HiddenAt { get; set; }

    public string? HiddenReason { get; set; }

    public Guid? HiddenBy { get; set; }
}
