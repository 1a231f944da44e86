namespace Tianyuan.Market.Features.GroupBuy;

using Microsoft.Extensions.Configuration;

/// <summary>
/// The group-buy rules an operator may tune (section <c>Market:GroupBuy</c>). The uncollected rule is shown to
/// customers on the share page, so what the job does is what they were told.
/// </summary>
sealed record GroupBuySettings(int CutOffTickSeconds, int CollectWithinDays, int UncollectedRefundPercent)
{
    public static GroupBuySettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Market:GroupBuy");
        return new GroupBuySettings(
            Math.Max(1, section.GetValue("CutOffTickSeconds", 20)),
            Math.Max(0, section.GetValue("CollectWithinDays", 2)),
            Math.Clamp(section.GetValue("UncollectedRefundPercent", 50), 0, 100));
    }
}
