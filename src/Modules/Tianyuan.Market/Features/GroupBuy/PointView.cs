namespace Tianyuan.Market.Features.GroupBuy;

using Tianyuan.Market.Domain;

/// <summary>A pickup point as customers see it (the leader's phone stays with the leader's customers and the seller).</summary>
sealed record PointView(Guid Id, Guid OrganisationId, string RegionCode, string Name, string Community, string Address,
    double Latitude, double Longitude, string OpeningHours, int Capacity, string LeaderName, bool Active)
{
    public static PointView From(PickupPoint p) => new(p.Id, p.OrganisationId, p.RegionCode, p.NameZh, p.Community, p.Address,
        p.Latitude, p.Longitude, p.OpeningHours, p.Capacity, p.LeaderName, p.Active);
}
