namespace Tianyuan.Stays;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tianyuan.Kernel.Demo;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Demo;
using Tianyuan.Stays.Features.Bookings;
using Tianyuan.Stays.Features.CalendarSync;
using Tianyuan.Stays.Features.Host;
using Tianyuan.Stays.Features.Housekeeping;
using Tianyuan.Stays.Features.Listings;
using Tianyuan.Stays.Features.Photos;
using Tianyuan.Stays.Features.Reviews;
using Tianyuan.Stays.Features.Search;
using Tianyuan.Stays.GuestLoop;
using Tianyuan.Stays.Notifications;

/// <summary>
/// The Stays module: listings and rates, search and quotes, bookings held by one row per unit and night, OTA
/// calendar sync (iCal export, host closures, pulled and uploaded feeds), the unmanned guest loop (check-in pack,
/// door codes, self check-in/out, housekeeping), host and guest pages.
/// </summary>
public static class StaysModule
{
    public static IServiceCollection AddStays(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDb<StaysDb, StaysDbSqlite, StaysDbPostgres>(configuration);
        services.AddSingleton<StayNotifier>();
        services.AddSingleton<ILockProvider, BuiltInCodeLock>();
        services.AddScoped<DoorCodes>();
        services.AddHostedService<DoorCodeIssuer>();
        services.AddHttpClient(FeedDownload.ClientName, c =>
        {
            c.Timeout = FeedDownload.Timeout;
            c.DefaultRequestHeaders.UserAgent.ParseAdd("Tianyuan-CalendarSync/1.0 (+https://github.com/tianyuan)");
        }).ConfigurePrimaryHttpMessageHandler(() => FeedConnections.Handler(configuration.GetValue("Stays:CalendarSync:AllowPrivateAddresses", false)));
        services.AddScoped<FeedDownload>();
        services.AddScoped<FeedPuller>();
        services.AddHostedService<CalendarSyncJob>();
        services.AddScoped<IDemoContributor, StaysDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapStays(this IEndpointRouteBuilder endpoints)
    {
        var stays = endpoints.MapGroup("/api/stays").WithTags("Stays");
        SearchStays.Map(stays);
        GetStay.Map(stays);
        GetQuote.Map(stays);
        GetAvailability.Map(stays);
        CreateStay.Map(stays);
        AddUnitType.Map(stays);
        UpdateRates.Map(stays);
        ManageSeasons.Map(stays);
        ListHostedStays.Map(stays);
        GetHostToday.Map(stays);
        GetMonthReport.Map(stays);
        GetHostCalendar.Map(stays);
        ListHostBookings.Map(stays);
        ListMyTrips.Map(stays);
        BookStay.Map(stays);
        GetBooking.Map(stays);
        CancelBooking.Map(stays);
        DecideRequest.Map(stays);
        MarkNoShow.Map(stays);
        ChangeContact.Map(stays);
        ChangeDates.Map(stays);
        CheckInGuest.Map(stays);
        CheckOutGuest.Map(stays);
        ListHousekeeping.Map(stays);
        CompleteHousekeeping.Map(stays);
        AssignCleaner.Map(stays);
        CleanByLink.Map(stays);
        GetTaskPhoto.Map(stays);
        WriteReview.Map(stays);
        ListReviews.Map(stays);
        HideReview.Map(stays);
        ExportCalendar.Map(stays);
        RenewCalendarToken.Map(stays);
        CloseDates.Map(stays);
        ReopenDates.Map(stays);
        AddFeed.Map(stays);
        ListFeeds.Map(stays);
        RemoveFeed.Map(stays);
        SyncFeedNow.Map(stays);
        UploadFeed.Map(stays);
        UploadPhoto.Map(stays);
        GetPhoto.Map(stays);
        RemovePhoto.Map(stays);
        return endpoints;
    }
}
