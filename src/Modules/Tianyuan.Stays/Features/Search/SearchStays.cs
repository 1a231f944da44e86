namespace Tianyuan.Stays.Features.Search;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Ui;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Inventory;
using Tianyuan.Stays.Pricing;
using Tianyuan.Stays.Resources;

/// <summary>
/// GET /api/stays?village=&amp;from=&amp;to=&amp;guests=: published stays in a region (a village, or a township/county
/// code for everything inside it) with the unit types free for those dates and their quoted totals. Without dates
/// it lists stays with their base prices. Filters for nomads: minBandwidth, desk, coworking; kind; q (name).
/// </summary>
static class SearchStays
{
    public sealed record Query(string? Village, DateOnly? From, DateOnly? To, int? Guests, string? Kind, int? MinBandwidth,
        bool? Desk, bool? Coworking, string? Q, int Page = 1);

    public sealed record UnitTypeOffer(Guid UnitTypeId, string Name, string NameEn, int MaxGuests, int Beds, int FreeUnits,
        decimal FromNightly, decimal? Total, int MinNights);

    public sealed record StayResult(Guid Id, string Name, string NameEn, string Kind, string RegionCode, double Latitude, double Longitude,
        int? BandwidthMbps, bool HasDesk, bool HasCoworking, string CancellationPolicy, IReadOnlyList<UnitTypeOffer> UnitTypes, Guid? PhotoId = null);

    public sealed record Response(IReadOnlyList<StayResult> Items, int Page, int PageSize, int Total);

    public const int PageSize = 20;

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapGet("/", async ([AsParameters] QueryParameters p, StaysDb db, IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(p.ToQuery(), db, t, clock, ct)).ToHttpResult())
            .AllowAnonymous()
            .WithName(nameof(SearchStays))
            .WithSummary("Search stays by region, dates, guests and nomad attributes (public).")
            .Produces<Response>()
            .ProducesValidationProblem();

    /// <summary>Query-string binding; page is parsed leniently (the UI's pager never sends a bad one, people editing URLs might).</summary>
    public sealed record QueryParameters(string? Village, DateOnly? From, DateOnly? To, int? Guests, string? Kind, int? MinBandwidth,
        bool? Desk, bool? Coworking, string? Q, string? Page)
    {
        public Query ToQuery() => new(Village, From, To, Guests, Kind, MinBandwidth, Desk, Coworking, Q, Paging.ParsePage(Page) ?? 1);
    }

    public static async Task<Outcome<Response>> ExecuteAsync(Query q, StaysDb db, IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!string.IsNullOrEmpty(q.Village) && !RegionCode.TryParse(q.Village, out _))
            errors["village"] = [t["RegionCodeInvalid"]];
        var dated = q.From is not null || q.To is not null;
        if (dated)
            StayRequestRules.CheckDates(errors, q.From, q.To, clock.Today(), t, "from", "to");
        if (q.Guests is < 1 or > 50)
            errors["guests"] = [t["GuestsRequired"]];
        if (q.Kind is not null && !Stay.Kinds.Contains(q.Kind))
            errors["kind"] = [t["KindInvalid", string.Join(", ", Stay.Kinds)]];
        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);

        var stays = db.Stays.AsNoTracking().Where(s => s.Published);
        if (!string.IsNullOrEmpty(q.Village))
            stays = stays.Where(s => s.RegionCode.StartsWith(q.Village));
        if (q.Kind is not null)
            stays = stays.Where(s => s.Kind == q.Kind);
        if (q.MinBandwidth is > 0)
            stays = stays.Where(s => s.BandwidthMbps >= q.MinBandwidth);
        if (q.Desk == true)
            stays = stays.Where(s => s.HasDesk);
        if (q.Coworking == true)
            stays = stays.Where(s => s.HasCoworking);
        if (!string.IsNullOrWhiteSpace(q.Q))
            stays = stays.Where(s => s.NameZh.Contains(q.Q.Trim()) || (s.NameEn != null && s.NameEn.Contains(q.Q.Trim())));
        var guests = q.Guests ?? 1;
        stays = stays.Where(s => s.UnitTypes.Any(u => u.MaxGuests >= guests));

        // A township can hold hundreds of stays, so the work is sized to the question: only the stay columns the
        // answer shows; the candidate types as a subquery rather than hundreds of parameters; seasons only for dated
        // searches and only those touching the requested nights (the only ones a quote reads), grouped once by type;
        // free units counted in the database, with the total unit count only when there are no dates.
        var candidates = await stays.OrderBy(s => s.NameZh)
            .Select(s => new
            {
                s.Id, s.NameZh, s.NameEn, s.Kind, s.RegionCode, s.Latitude, s.Longitude, s.BandwidthMbps, s.HasDesk, s.HasCoworking, s.CancellationPolicy,
                Types = s.UnitTypes.Where(u => u.MaxGuests >= guests).ToList(),
            })
            .ToListAsync(ct);
        var typeIds = stays.SelectMany(s => s.UnitTypes).Where(u => u.MaxGuests >= guests).Select(u => u.Id);
        var seasons = dated
            ? (await db.Seasons.AsNoTracking().Where(s => typeIds.Contains(s.UnitTypeId) && s.From < q.To!.Value && s.Until > q.From!.Value)
                .ToListAsync(ct)).ToLookup(s => s.UnitTypeId)
            : null;
        var free = dated
            ? await Availability.FreeUnitCountsAsync(db, typeIds, q.From!.Value, q.To!.Value, clock.Today(), ct)
            : await db.Units.Where(u => typeIds.Contains(u.UnitTypeId)).GroupBy(u => u.UnitTypeId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        var results = new List<StayResult>();
        foreach (var c in candidates)
        {
            var offers = new List<UnitTypeOffer>();
            foreach (var type in c.Types)
            {
                if (seasons is not null)
                    type.Seasons.AddRange(seasons[type.Id]);
                var freeUnits = free.GetValueOrDefault(type.Id);
                Quote? quote = dated ? Quoting.For(type, q.From!.Value, q.To!.Value, guests) : null;
                if (dated && (freeUnits == 0 || quote!.Nights.Count < quote.MinNights))
                    continue;
                offers.Add(new UnitTypeOffer(type.Id, type.NameZh, type.NameEn ?? type.NameZh, type.MaxGuests, type.Beds, freeUnits,
                    type.BaseNightly, quote?.Total, quote?.MinNights ?? type.MinNights));
            }

            if (offers.Count > 0)
                results.Add(new StayResult(c.Id, c.NameZh, c.NameEn ?? c.NameZh, c.Kind, c.RegionCode,
                    c.Latitude, c.Longitude, c.BandwidthMbps, c.HasDesk, c.HasCoworking, c.CancellationPolicy, offers));
        }

        var page = Math.Clamp(q.Page, 1, Math.Max(1, (results.Count + PageSize - 1) / PageSize));
        var items = results.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var shown = items.Select(i => i.Id).ToList();
        var covers = (await db.Photos.AsNoTracking().Where(p => shown.Contains(p.StayId)).Select(p => new { p.StayId, p.Id, p.Position }).ToListAsync(ct))
            .GroupBy(p => p.StayId).ToDictionary(g => g.Key, g => g.MinBy(p => p.Position)!.Id);
        return Outcome<Response>.Ok(new Response([.. items.Select(i => i with { PhotoId = covers.GetValueOrDefault(i.Id) is var c && c != Guid.Empty ? c : null })],
            page, PageSize, results.Count));
    }
}
