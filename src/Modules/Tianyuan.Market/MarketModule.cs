namespace Tianyuan.Market;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tianyuan.Kernel.Demo;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Market.Data;
using Tianyuan.Market.Demo;
using Tianyuan.Market.Features.Catalogue;
using Tianyuan.Market.Features.Complaints;
using Tianyuan.Market.Features.Farmer;
using Tianyuan.Market.Features.Invoices;
using Tianyuan.Market.Features.Lifecycle;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Features.Payments;
using Tianyuan.Market.Features.Refunds;
using Tianyuan.Market.Features.Stock;
using Tianyuan.Market.Payments;

/// <summary>
/// The Market module: catalogue and stock that never oversells, orders with payment providers, community group-buy
/// (pickup points, campaigns, cut-off, manifests), order farming, coupons and cross-sell, reviews; farmer and leader pages.
/// </summary>
public static class MarketModule
{
    public static IServiceCollection AddMarket(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDb<MarketDb, MarketDbSqlite, MarketDbPostgres>(configuration);
        services.AddScoped<IDemoContributor, MarketDemo>();
        services.AddScoped<IPaymentProvider, PayAtPickupProvider>();
        services.AddScoped<IPaymentProvider, BankTransferProvider>();
        services.AddScoped<IPaymentProvider, SandboxProvider>();
        services.AddSingleton<SandboxSecret>();
        services.AddScoped<SandboxProviderSide>();
        services.AddHttpClient(SandboxProviderSide.ClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        return services;
    }

    public static IEndpointRouteBuilder MapMarket(this IEndpointRouteBuilder endpoints)
    {
        var market = endpoints.MapGroup("/api/market").WithTags("Market");
        ListOffers.Map(market);
        GetProduct.Map(market);
        ListSellerProducts.Map(market);
        CreateProduct.Map(market);
        SetStock.Map(market);
        AddLot.Map(market);
        PlaceOrder.Map(market);
        ListMyOrders.Map(market);
        GetOrder.Map(market);
        CancelOrder.Map(market);
        StartPayment.Map(market);
        ConfirmPayment.Map(market);
        SandboxWebhook.Map(market);
        StartPicking.Map(market);
        DispatchOrder.Map(market);
        MarkDelivered.Map(market);
        CompleteOrder.Map(market);
        IssueRefund.Map(market);
        RequestInvoice.Map(market);
        IssueInvoice.Map(market);
        FileComplaint.Map(market);
        GetComplaintPhoto.Map(market);
        ResolveComplaint.Map(market);
        SellerDesk.Map(market);
        return endpoints;
    }
}
