namespace Tianyuan.Market.Features.Photos;

/// <summary>Where a product photo is served (GetProductPhoto), for the API's answers and the pages' img tags.</summary>
static class PhotoUrls
{
    public static string Display(Guid photoId) => $"/api/market/photos/{photoId}.jpg";

    public static string Thumbnail(Guid photoId) => $"/api/market/photos/{photoId}/thumb.jpg";
}
