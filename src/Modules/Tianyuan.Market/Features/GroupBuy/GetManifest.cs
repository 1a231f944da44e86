namespace Tianyuan.Market.Features.GroupBuy;

using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Resources;
using Tianyuan.Regions.Contracts;

/// <summary>
/// GET /api/market/campaigns/{id}/manifest (JSON) and /manifest.csv?kind=points|farms (for Excel: UTF-8 with a BOM,
/// or Chinese comes out garbled): after the cut-off, the seller and the region's operators get every farm and point,
/// a leader only their own point. Before the cut-off there is nothing final to show: 409.
/// </summary>
static class GetManifest
{
    public static void Map(IEndpointRouteBuilder market)
    {
        market.MapGet("/campaigns/{id:guid}/manifest", async (Guid id, ClaimsPrincipal user, MarketDb db, IOrganisationDirectory organisations,
                IStringLocalizer<GroupBuyText> t, CancellationToken ct) => (await ExecuteAsync(id, user, db, organisations, t, withOrders: true, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(GetManifest))
            .WithSummary("Per-farm picking lists and per-point manifests of a frozen group-buy campaign.")
            .Produces<ManifestView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        market.MapGet("/campaigns/{id:guid}/manifest.csv", async (Guid id, string? kind, ClaimsPrincipal user, MarketDb db,
                IOrganisationDirectory organisations, IStringLocalizer<GroupBuyText> t, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, user, db, organisations, t, withOrders: false, ct);
                if (!outcome.Succeeded)
                    return outcome.ToHttpResult();
                var farms = kind == "farms";
                var csv = farms ? FarmsCsv(outcome.Value!, t) : PointsCsv(outcome.Value!, t);
                return Results.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], "text/csv; charset=utf-8",
                    $"campaign-{id:N}-{(farms ? "farms" : "points")}.csv");
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(GetManifest) + "Csv")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Outcome<ManifestView>> ExecuteAsync(Guid id, ClaimsPrincipal user, MarketDb db, IOrganisationDirectory organisations,
        IStringLocalizer<GroupBuyText> t, bool withOrders, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null)
            return Outcome<ManifestView>.NotFound(t["CampaignNotFound", id]);
        if (await CampaignAccess.ManifestScopeAsync(db, user, campaign, ct) is not { } scope)
            return Outcome<ManifestView>.Forbidden(t["NotYourCampaign"]);
        if (campaign.Status != CampaignStatus.Frozen)
            return Outcome<ManifestView>.Conflict("campaign-not-frozen", t["ManifestBeforeCutOff"]);
        return Outcome<ManifestView>.Ok(await ManifestView.LoadAsync(db, organisations, campaign, scope, withOrders, ct));
    }

    static string PointsCsv(ManifestView m, IStringLocalizer<GroupBuyText> t)
    {
        var csv = new StringBuilder();
        Row(csv, t["Point"], t["Address"], t["Leader"], t["Phone"], t["Product"], t["Unit"], t["Quantity"], t["Orders"]);
        foreach (var p in m.Points)
        {
            foreach (var l in p.Lines)
                Row(csv, p.Name, p.Address, p.LeaderName, p.LeaderPhone, l.Name, l.Unit, Number(l.Quantity), l.OrderCount.ToString(CultureInfo.InvariantCulture));
        }

        return csv.ToString();
    }

    static string FarmsCsv(ManifestView m, IStringLocalizer<GroupBuyText> t)
    {
        var csv = new StringBuilder();
        Row(csv, t["Farm"], t["Product"], t["Unit"], t["Quantity"], t["Orders"]);
        foreach (var f in m.Farms)
        {
            foreach (var l in f.Lines)
                Row(csv, f.Name ?? f.OrganisationId.ToString(), l.Name, l.Unit, Number(l.Quantity), l.OrderCount.ToString(CultureInfo.InvariantCulture));
        }

        return csv.ToString();
    }

    static string Number(decimal quantity) => quantity.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting; a leading = + - @ is defused so a name never runs as a spreadsheet formula.</summary>
    static void Row(StringBuilder csv, params string[] fields)
    {
        csv.AppendJoin(',', fields.Select(f =>
        {
            var safe = f.Length > 0 && "=+-@".Contains(f[0], StringComparison.Ordinal) ? "'" + f : f;
            return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
        }));
        csv.Append("\r\n");
    }
}
