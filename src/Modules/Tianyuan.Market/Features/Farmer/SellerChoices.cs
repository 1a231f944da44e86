namespace Tianyuan.Market.Features.Farmer;

using System.Security.Claims;
using Tianyuan.Kernel;
using Tianyuan.Regions.Contracts;

/// <summary>
/// What the seller's forms offer to choose from: the farms and cooperatives the user sells for, and the villages a
/// product may come from (those of the townships the organisations sit in).
/// </summary>
static class SellerChoices
{
    public static async Task<IReadOnlyList<OrganisationSummary>> OrganisationsAsync(ClaimsPrincipal user, IOrganisationDirectory organisations,
        CancellationToken ct)
    {
        var found = new List<OrganisationSummary>();
        foreach (var id in MarketAccess.SellingOrganisations(user))
        {
            if (await organisations.FindAsync(id, ct) is { } organisation)
                found.Add(organisation);
        }

        return [.. found.OrderBy(o => o.Name, StringComparer.Ordinal)];
    }

    /// <summary>The townships (each with its villages) of the organisations; a county-wide seller gets every township.</summary>
    public static async Task<IReadOnlyList<RegionNode>> TownshipsAsync(IEnumerable<OrganisationSummary> sellers, IRegionDirectory regions,
        CancellationToken ct)
    {
        var townships = new Dictionary<string, RegionNode>();
        foreach (var seller in sellers)
        {
            var node = await regions.FindAsync(seller.RegionCode, ct);
            // A cooperative is usually registered in a village: walk up to its township, whose children are the villages.
            while (node is { Level: > RegionLevel.Township, ParentCode: { } parent })
                node = await regions.FindAsync(parent, ct);
            if (node is { Level: RegionLevel.Township })
                townships.TryAdd(node.Code, node);
            else if (node is not null)
            {
                foreach (var township in (await regions.GetHomeCountyAsync(ct))?.Children ?? [])
                    townships.TryAdd(township.Code, township);
            }
        }

        return [.. townships.Values.OrderBy(t => t.Code, StringComparer.Ordinal)];
    }

    /// <summary>
    /// A form sends only the rows the seller filled in; the use case numbers its errors by the sent list
    /// (<c>offers[1].unitPrice</c>). This puts each error back on the form row it came from.
    /// </summary>
    public static IDictionary<string, string[]> RenumberRows(IDictionary<string, string[]> errors, string list, IReadOnlyList<int> rows) =>
        errors.ToDictionary(e => Renumber(e.Key, list, rows), e => e.Value);

    static string Renumber(string key, string list, IReadOnlyList<int> rows)
    {
        var prefix = list + "[";
        var close = key.IndexOf(']', StringComparison.Ordinal);
        if (!key.StartsWith(prefix, StringComparison.Ordinal) || close < 0
            || !int.TryParse(key.AsSpan(prefix.Length, close - prefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var sent)
            || sent >= rows.Count)
            return key;
        return $"{prefix}{rows[sent]}{key[close..]}";
    }
}

