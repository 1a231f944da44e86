namespace Tianyuan.Stays.Domain;

/// <summary>A listing photo, re-encoded as JPEG at display size and as a thumbnail (the original is not kept).</summary>
sealed class Photo
{
    public Guid Id { get; init; }

    public Guid StayId { get; init; }

    public required byte[] Jpeg { get; init; }

    public required byte[] Thumbnail { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    public string Caption { get; set; } = "";

    public int Position { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
