namespace Tianyuan.Market;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tianyuan.Kernel.Demo;
using Tianyuan.Kernel.Outbox;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Market.Contracts;
using Tianyuan.Market.Data;
using Tianyuan.Market.Demo;
using Tianyuan.Market.Features.Bundles;
using Tianyuan.Market.Features.Catalogue;
using Tianyuan.Market.Features.Complaints;
using Tianyuan.Market.Features.Coupons;
using Tianyuan.Market.Features.CrossSell;
using Tianyuan.Market.Features.Farmer;
using Tianyuan.Market.Features.GroupBuy;
using Tianyuan.Market.Features.Invoices;
using Tianyuan.Market.Features.Lifecycle;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Features.Payments;
using Tianyuan.Market.Features.Photos;
using Tianyuan.Market.Features.PreSales;
using Tianyuan.Market.Features.Refunds;
using Tianyuan.Market.Features.Reviews;
using Tianyuan.Market.Features.Stock;
using Tianyuan.Market.Payments;
using Tianyuan.Stays.Contracts;

/// <summary>
/// The Market module: catalogue and stock that never oversells, orders with payment providers, community group-buy
/// (pickup points, campaigns, cut-off, manifests), order farming, coupons and cross-sell, reviews; farmer and leader pages.
/// </summary>
public static class MarketModule
{
    public static IServiceCollection AddMarket(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDb<MarketDb, MarketDbSqlite, MarketDbPostgres>(configuration);
        services.AddScoped<IMarketListings, MarketListings>();
        services.AddScoped<IDemoContributor, MarketDemo>();
        services.AddSingleton(GroupBuySettings.From(configuration));
        services.AddScoped<CampaignCutOff>();
        services.AddHostedService<CampaignCutOffJob>();
        services.AddHostedService<UncollectedOrdersJob>();
        services.AddHostedService<UnpaidOrdersJob>();
        services.AddIntegrationEventHandler<GuestCheckedOut, StayedHereCoupon>();
        services.AddIntegrationEventHandler<MarketOrderDispatched, RecordShipmentInTrace>();
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
        ListPoints.Map(market);
        ListMyPoints.Map(market);
        CreatePoint.Map(market);
        UpdatePoint.Map(market);
        ListCampaigns.Map(market);
        GetCampaign.Map(market);
        CreateCampaign.Map(market);
        GetManifest.Map(market);
        MarkReceived.Map(market);
        HandOver.Map(market);
        GetCommission.Map(market);
        CreateCoupon.Map(market);
        ListMyCoupons.Map(market);
        ListSellerCoupons.Map(market);
        GetRepurchase.Map(market);
        Reorder.Map(market);
        CreateBundle.Map(market);
        ListBundles.Map(market);
        BuyBundle.Map(market);
        CreatePreSale.Map(market);
        ListPreSales.Map(market);
        ListSellerPreSales.Map(market);
        GetPreSale.Map(market);
        PlacePreOrder.Map(market);
        RecordHarvest.Map(market);
        RecordDelivery.Map(market);
        WriteReview.Map(market);
        ReplyToReview.Map(market);
        HideReview.Map(market);
        ListProductReviews.Map(market);
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
        UploadProductPhoto.Map(market);
        RemoveProductPhoto.Map(market);
        GetProductPhoto.Map(market);
        return endpoints;
    }
}
