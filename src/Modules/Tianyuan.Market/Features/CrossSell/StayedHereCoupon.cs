namespace Tianyuan.Market.Features.CrossSell;

using Tianyuan.Kernel;
using Tianyuan.Kernel.Outbox;
using Tianyuan.Market.Data;
using Tianyuan.Stays.Contracts;

/// <summary>
/// "住过的村子 · 带点土特产回家": when a guest checks out of a stay, they get a coupon for products of the stay's
/// township. One per booking, however often the event arrives (see <see cref="CrossSellCoupons.IssueOnceAsync"/>).
/// </summary>
sealed class StayedHereCoupon(MarketDb db) : IIntegrationEventHandler<GuestCheckedOut>
{
    public async Task HandleAsync(GuestCheckedOut checkedOut, IntegrationEventContext context, CancellationToken ct)
    {
        var township = Township(checkedOut.RegionCode);
        await CrossSellCoupons.IssueOnceAsync(db, CrossSellCoupons.StayedHere(checkedOut.BookingId, checkedOut.GuestUserId, township, checkedOut.At.ToUniversalTime()), ct);
    }

    /// <summary>The village's township (a stay listed at township level or above keeps its own code).</summary>
    static string Township(string regionCode)
    {
        var length = RegionCode.LengthOf(RegionLevel.Township);
        return regionCode.Length > length ? regionCode[..length] : regionCode;
    }
}
