namespace Tianyuan.Market.Features.Coupons;

using Tianyuan.Market.Domain;

/// <summary>A coupon or voucher as its holder or issuer sees it.</summary>
sealed record CouponView(
    Guid Id, string Code, string Kind, decimal Value, decimal MinSpend, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil,
    int PerCustomerLimit, int? TotalLimit, int UsedCount, bool Stackable, Guid? IssuerOrganisationId, Guid? ScopeOrganisationId,
    string? ScopeRegionCode, string Source, string? Description)
{
    public static CouponView From(Coupon c) => new(
        c.Id, c.Code, c.Kind, c.Value, c.MinSpend, c.ValidFrom, c.ValidUntil, c.PerCustomerLimit, c.TotalLimit, c.UsedCount, c.Stackable,
        c.IssuerOrganisationId, c.ScopeOrganisationId, c.ScopeRegionCode, c.Source, c.Description);
}
