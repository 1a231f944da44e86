namespace Tianyuan.Market.Features.GroupBuy;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tianyuan.Kernel.Jobs;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;

/// <summary>
/// Every 20 s (<c>Market:GroupBuy:CutOffTickSeconds</c>), on one node: freezes each open campaign whose cut-off has
/// passed, each in its own scope and transaction (<see cref="CampaignCutOff"/>), so one that fails is retried next
/// tick without holding up the others.
/// </summary>
sealed class CampaignCutOffJob(IServiceProvider services, IServiceScopeFactory scopes, TimeProvider clock, GroupBuySettings settings, ILoggerFactory loggers)
    : ScheduledJob<MarketDb>(services, clock, loggers.CreateLogger<CampaignCutOffJob>())
{
    readonly ILogger logger = loggers.CreateLogger<CampaignCutOffJob>();

    protected override string Name => "campaign-cut-off";

    protected override TimeSpan Interval { get; } = TimeSpan.FromSeconds(settings.CutOffTickSeconds);

    protected override async Task RunAsync(MarketDb db, CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        var due = await db.Campaigns.AsNoTracking().Where(c => c.Status == CampaignStatus.Open && c.CutOffAt <= now)
            .OrderBy(c => c.CutOffAt).Select(c => c.Id).ToListAsync(ct);
        foreach (var campaignId in due)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<CampaignCutOff>().FreezeAsync(campaignId, ct))
                    logger.LogInformation("Group-buy campaign {Campaign} frozen at its cut-off", campaignId);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Group-buy campaign {Campaign} could not be frozen; it stays open and is tried again next tick", campaignId);
            }
        }
    }
}
