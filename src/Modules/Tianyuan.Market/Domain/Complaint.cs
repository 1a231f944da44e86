namespace Tianyuan.Market.Domain;

/// <summary>
/// An after-sales complaint (售后) about a received order, with up to three photos, until the seller resolves it
/// (a refund through the refund use case, a replacement) or rejects it with a reason.
/// </summary>
sealed class Complaint
{
    public Guid Id { get; init; }

    public Guid OrderId { get; init; }

    /// <summary>One of <see cref="ComplaintKind"/>.</summary>
    public required string Kind { get; init; }

    public required string Text { get; init; }

    public string Status { get; set; } = ComplaintStatus.Open;

    /// <summary>One of <see cref="ComplaintResolution"/> once decided.</summary>
    public string? Resolution { get; set; }

    public string? ResolutionNote { get; set; }

    /// <summary>The refund the resolution paid, if any.</summary>
    public Guid? RefundId { get; set; }

    public Guid? ResolvedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public List<ComplaintPhoto> Photos { get; init; } = [];
}

/// <summary>A complaint photo, re-encoded as JPEG (metadata such as the phone's GPS position dropped).</summary>
sealed class ComplaintPhoto
{
    public Guid Id { get; init; }

    public Guid ComplaintId { get; init; }

    public required byte[] Jpeg { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }
}

static class ComplaintKind
{
    public const string Damaged = "damaged";
    public const string Missing = "missing";
    public const string Quality = "quality";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Damaged, Missing, Quality, Other];
}

static class ComplaintStatus
{
    public const string Open = nameof(Open);
    public const string Resolved = nameof(Resolved);
    public const string Rejected = nameof(Rejected);
}

static class ComplaintResolution
{
    public const string Refund = "refund";
    public const string Replacement = "replacement";
    public const string Rejected = "rejected";

    public static IReadOnlyList<string> All { get; } = [Refund, Replacement, Rejected];
}
