namespace Tianyuan.Trace.Features.Resolver;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Trace.Data;

/// <summary>
/// The identifiers an item's story is told by: its own (<see cref="ItemLink.Epcs"/>) and, walking transformations
/// backwards, the lots it was made from — a grade lot's harvest lot, and that lot's own inputs — so the page of a
/// grade lot shows where and how it grew. Bounded in depth and breadth, so a partner's transformation with many
/// inputs cannot make a page slow.
/// </summary>
sealed record Lineage(IReadOnlyList<string> Own, IReadOnlyList<string> Ancestors)
{
    public const int MaxDepth = 4;
    public const int MaxInputs = 20;

    static readonly string[] InputRoles = ["inputEPCList", "inputQuantityList"];
    static readonly string[] OutputRoles = ["outputEPCList", "outputQuantityList"];

    public string[] All => [.. Own, .. Ancestors];

    public static async Task<Lineage> LoadAsync(TraceDb db, ItemLink item, CancellationToken ct)
    {
        var own = item.Epcs;
        var seen = new HashSet<string>(own);
        var ancestors = new List<string>();
        var frontier = own.ToList();
        for (var depth = 0; depth < MaxDepth && frontier.Count > 0 && ancestors.Count < MaxInputs; depth++)
        {
            var inputs = await db.EventEpcs.AsNoTracking()
                .Where(x => InputRoles.Contains(x.Role)
                    && db.EventEpcs.Any(o => o.EventId == x.EventId && OutputRoles.Contains(o.Role) && frontier.Contains(o.Epc)))
                .Select(x => x.Epc).Distinct().Take(MaxInputs).ToListAsync(ct);
            frontier = [.. inputs.Where(seen.Add)];
            ancestors.AddRange(frontier);
        }

        return new Lineage(own, ancestors);
    }
}
