namespace Tianyuan.Market.Features.GroupBuy;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Ui;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;

/// <summary>GET /api/market/campaigns?page=: campaigns taking orders now, soonest cut-off first, public.</summary>
static class ListCampaigns
{
    public sealed record Summary(Guid Id, Guid OrganisationId, string Title, DateTimeOffset CutOffAt, DateOnly PickupDate, int MinGroupSize,
        int OrderCount, string SharePath);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/campaigns", async (int? page, MarketDb db, TimeProvider clock, CancellationToken ct) =>
                Results.Ok(await ExecuteAsync(page, db, clock.GetUtcNow(), ct)))
            .AllowAnonymous()
            .WithName(nameof(ListCampaigns))
            .Produces<PagedList<Summary>>();

    public static async Task<PagedList<Summary>> ExecuteAsync(int? page, MarketDb db, DateTimeOffset now, CancellationToken ct)
    {
        var paging = Paging.From(page, Paging.DefaultSize);
        var open = db.Campaigns.AsNoTracking().Where(c => c.Status == CampaignStatus.Open && c.OpensAt <= now && c.CutOffAt > now);
        var total = await open.CountAsync(ct);
        var rows = await open.OrderBy(c => c.CutOffAt).Skip(paging.Skip).Take(paging.Size).ToListAsync(ct);
        return new PagedList<Summary>(
            [.. rows.Select(c => new Summary(c.Id, c.OrganisationId, c.TitleZh, c.CutOffAt, c.PickupDate, c.MinGroupSize, c.OrderCount, CampaignView.PathFor(c.ShareToken)))],
            paging.Page, paging.Size, total);
    }
}
