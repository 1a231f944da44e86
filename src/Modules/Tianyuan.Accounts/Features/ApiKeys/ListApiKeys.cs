namespace Tianyuan.Accounts.Features.ApiKeys;


/// <summary>The keys issued so far, newest first, never with their secrets.</summary>
static class ListApiKeys
{
    public sealed record Item(Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes,
        DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/api-keys", async (AccountsDb db, CancellationToken ct) =>
            {
                var keys = await db.ApiKeys.AsNoTracking().ToListAsync(ct);
                return TypedResults.Ok(keys.OrderByDescending(k => k.CreatedAt)
                    .Select(k => new Item(k.Id, k.Name, k.Prefix, k.ScopeList, k.CreatedAt, k.LastUsedAt, k.RevokedAt)).ToList());
            })
            .RequireAuthorization(Policies.Admin)
            .WithName(nameof(ListApiKeys));
}
