namespace Tianyuan.Market.Features;

using Tianyuan.Regions.Contracts;

/// <summary>
/// The two fields every listing a seller publishes starts with (a product, a pre-sale): the selling organisation and the
/// village of origin, both looked up in Regions. Adds the caller's messages under "organisationId" / "villageCode".
/// </summary>
static class SellerAndVillage
{
    public static async Task<OrganisationSummary?> CheckAsync(Guid? organisationId, string? villageCode, IDictionary<string, string[]> errors,
        IOrganisationDirectory organisations, IRegionDirectory regions, string sellerRequired, string villageUnknown, CancellationToken ct)
    {
        var organisation = organisationId is { } id ? await organisations.FindAsync(id, ct) : null;
        if (organisation is null)
            errors["organisationId"] = [sellerRequired];
        if (string.IsNullOrWhiteSpace(villageCode) || await regions.FindAsync(villageCode.Trim(), ct) is null)
            errors["villageCode"] = [villageUnknown];
        return organisation;
    }
}
