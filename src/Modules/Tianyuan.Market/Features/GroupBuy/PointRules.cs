namespace Tianyuan.Market.Features.GroupBuy;

using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Resources;

/// <summary>
/// The body of creating or editing a pickup point and its checks, shared by both (Active is read on edit only:
/// a point is deactivated, never deleted, because orders refer to it).
/// </summary>
sealed record PointRequest(Guid? OrganisationId, string? RegionCode, string? NameZh, string? Community, string? Address,
    double? Latitude, double? Longitude, string? OpeningHours, int? Capacity, string? LeaderName, string? LeaderPhone,
    decimal? CommissionRate, bool? Active = null)
{
    public const decimal MaxCommissionRate = 0.3m;

    public Dictionary<string, string[]> Check(IStringLocalizer<GroupBuyText> t)
    {
        var errors = new Dictionary<string, string[]>();
        if (OrganisationId is null)
            errors["organisationId"] = [t["PointOrganisationRequired"]];
        if (!Kernel.RegionCode.TryParse(RegionCode, out _))
            errors["regionCode"] = [t["RegionRequired"]];
        Text(errors, "nameZh", NameZh, 40, t);
        Text(errors, "community", Community, 40, t);
        Text(errors, "address", Address, 200, t);
        Text(errors, "openingHours", OpeningHours, 60, t);
        Text(errors, "leaderName", LeaderName, 40, t);
        if (!ChinaPhone.IsValid(LeaderPhone?.Trim()))
            errors["leaderPhone"] = [t["LeaderPhoneInvalid"]];
        if (Latitude is not (>= -90 and <= 90) || Longitude is not (>= -180 and <= 180))
            errors["latitude"] = [t["CoordinatesInvalid"]];
        if (Capacity is not (>= 1 and <= 10_000))
            errors["capacity"] = [t["CapacityRange"]];
        if (CommissionRate is not { } rate || rate < 0 || rate > MaxCommissionRate || Math.Round(rate, 4) != rate)
            errors["commissionRate"] = [t["CommissionRateRange", MaxCommissionRate]];
        return errors;
    }

    /// <summary>Copies the checked fields onto the point.</summary>
    public void ApplyTo(PickupPoint point)
    {
        point.NameZh = NameZh!.Trim();
        point.Community = Community!.Trim();
        point.Address = Address!.Trim();
        point.Latitude = Latitude!.Value;
        point.Longitude = Longitude!.Value;
        point.OpeningHours = OpeningHours!.Trim();
        point.Capacity = Capacity!.Value;
        point.LeaderName = LeaderName!.Trim();
        point.LeaderPhone = LeaderPhone!.Trim();
        point.CommissionRate = CommissionRate!.Value;
    }

    static void Text(Dictionary<string, string[]> errors, string field, string? value, int max, IStringLocalizer<GroupBuyText> t)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > max)
            errors[field] = [t["TextRequired", max]];
    }
}
