namespace Tianyuan.Market.Features.Bundles;

using Tianyuan.Market.Domain;

/// <summary>A bundle as shoppers see it: the price, the offers in it and what the vouchers are.</summary>
sealed record BundleView(Guid Id, Guid OrganisationId, string Title, decimal Price, IReadOnlyList<BundleItemView> Items,
    string? StayVoucher, decimal? StayVoucherValue, string? ExperienceVoucher, decimal? ExperienceVoucherValue)
{
    public static BundleView From(Bundle b, IReadOnlyDictionary<Guid, string> offerNames) => new(
        b.Id, b.OrganisationId, b.TitleZh, b.Price,
        [.. b.Items.Select(i => new BundleItemView(i.OfferId, offerNames.GetValueOrDefault(i.OfferId, ""), i.Quantity))],
        b.StayVoucherText, b.StayVoucherValue, b.ExperienceVoucherText, b.ExperienceVoucherValue);
}

sealed record BundleItemView(Guid OfferId, string Name, decimal Quantity);
