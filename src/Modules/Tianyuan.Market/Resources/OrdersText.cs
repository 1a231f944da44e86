namespace Tianyuan.Market.Resources;

/// <summary>Marker for the strings of payments, the order lifecycle, refunds, invoices, complaints and the farmer's desk: OrdersText.resx (zh-CN) and OrdersText.en.resx.</summary>
public sealed class OrdersText;
