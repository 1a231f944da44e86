namespace Tianyuan.Accounts.Features.ApiKeys;

using System.Security.Claims;
using Tianyuan.Kernel.Http;

/// <summary>Issues an API key; the response is the only time the full key is ever shown.</summary>
static class CreateApiKey
{
    public sealed record Request(string? Name, IReadOnlyList<string>? Scopes);

    public sealed record Response(Guid Id, string Name, string Prefix, string Key, IReadOnlyList<string> Scopes);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/api-keys", Handle)
            .RequireAuthorization(Policies.Admin)
            .WithName(nameof(CreateApiKey))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

    static async Task<IResult> Handle(Request request, ClaimsPrincipal user, AccountsDb db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 80)
            errors[nameof(Request.Name)] = ["A name of 1 to 80 characters is required (say which machine uses the key)."];
        if (request.Scopes is not { Count: > 0 } || request.Scopes.Any(s => !ApiScopes.All.Contains(s)))
            errors[nameof(Request.Scopes)] = [$"Give one or more of: {string.Join(", ", ApiScopes.All)}."];
        if (errors.Count > 0)
            return Problems.Invalid(errors);

        var (key, plaintext) = ApiKey.Issue(request.Name!.Trim(), request.Scopes!, user.UserId() ?? Guid.Empty, clock.GetUtcNow());
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/auth/api-keys/{key.Id}",
            new Response(key.Id, key.Name, key.Prefix, plaintext, key.ScopeList));
    }
}
