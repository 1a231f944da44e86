namespace Tianyuan.Market.Pages;

using System.Globalization;
using Tianyuan.Kernel;
using Tianyuan.Market.Domain;

/// <summary>How order pages write dates and colour statuses, shared by the customer's and the farmer's pages.</summary>
static class OrderText
{
    public static string StatusClass(string status) => status switch
    {
        OrderStatus.Placed => "badge-amber",
        OrderStatus.Picking or OrderStatus.Dispatched or OrderStatus.ReadyForPickup or OrderStatus.Delivered => "badge-earth",
        OrderStatus.Cancelled or OrderStatus.Refunded => "badge-muted",
        _ => "",
    };

    /// <summary>A quantity as people write it: 1.5 kg, 3 box (no trailing zeros).</summary>
    public static string Quantity(decimal quantity, string unit) => $"{quantity.ToString("0.###", CultureInfo.InvariantCulture)} {unit}";
}
