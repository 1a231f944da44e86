namespace Tianyuan.Market.Domain;

/// <summary>
/// A photo of a product, re-encoded by the Kernel's PhotoImage (a display JPEG and a thumbnail, metadata dropped).
/// A stored photo never changes, so its id doubles as a cache key; replacing a photo is removing it and adding another.
/// </summary>
sealed class ProductPhoto
{
    public Guid Id { get; init; }

    public Guid ProductId { get; init; }

    public required byte[] Jpeg { get; init; }

    public required byte[] Thumbnail { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
