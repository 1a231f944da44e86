namespace Tianyuan.Accounts.Features.ApiKeys;

using Tianyuan.Kernel.Http;

/// <summary>Revokes a key from the next request on; the row stays so the audit trail keeps its name.</summary>
static class RevokeApiKey
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/api-keys/{id:guid}", async (Guid id, AccountsDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
                if (key is null)
                    return (IResult)Problems.NotFound("api key", id);
                key.RevokedAt ??= clock.GetUtcNow();
                await db.SaveChangesAsync(ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Admin)
            .WithName(nameof(RevokeApiKey))
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
