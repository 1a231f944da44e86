namespace Tianyuan.Market.Features.Reviews;

using Tianyuan.Market.Domain;

/// <summary>A review as shoppers see it; the customer is not named (reviews are public, orders are not).</summary>
sealed record ReviewView(Guid Id, Guid ProductId, int Rating, string Text, DateTimeOffset CreatedAt, string? Reply, DateTimeOffset? RepliedAt, bool Hidden)
{
    public static ReviewView From(ProductReview r) => new(r.Id, r.ProductId, r.Rating, r.Text, r.CreatedAt, r.Reply, r.RepliedAt, r.HiddenAt is not null);
}
