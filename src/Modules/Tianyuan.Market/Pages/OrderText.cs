namespace Tianyuan.Market.Pages;

using Tianyuan.Market.Domain;

/// <summary>How order pages colour statuses, shared by the customer's and the farmer's pages.</summary>
static class OrderText
{
    public static string StatusClass(string status) => status switch
    {
        OrderStatus.Placed => "badge-amber",
        OrderStatus.Picking or OrderStatus.Dispatched or OrderStatus.ReadyForPickup or OrderStatus.Delivered => "badge-earth",
        OrderStatus.Cancelled or OrderStatus.Refunded => "badge-muted",
        _ => "",
    };
}
