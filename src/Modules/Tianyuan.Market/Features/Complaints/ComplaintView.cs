namespace Tianyuan.Market.Features.Complaints;

using Tianyuan.Market.Domain;

/// <summary>A complaint as customer and seller see it, with links to its photos.</summary>
sealed record ComplaintView(Guid Id, Guid OrderId, string Kind, string Text, string Status, string? Resolution, string? ResolutionNote,
    Guid? RefundId, DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt, IReadOnlyList<string> Photos)
{
    public static ComplaintView From(Complaint c, IEnumerable<Guid> photoIds) => new(c.Id, c.OrderId, c.Kind, c.Text, c.Status, c.Resolution,
        c.ResolutionNote, c.RefundId, c.CreatedAt, c.ResolvedAt, [.. photoIds.Select(PhotoUrl)]);

    public static string PhotoUrl(Guid photoId) => $"/api/market/complaints/photos/{photoId}.jpg";
}
