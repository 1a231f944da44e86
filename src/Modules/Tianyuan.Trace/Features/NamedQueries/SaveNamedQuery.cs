namespace Tianyuan.Trace.Features.NamedQueries;

using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Domain;
using Tianyuan.Trace.Epcis;

/// <summary>
/// POST /epcis/queries {name, query: {SimpleEventQuery parameters}} → 201 with Location /epcis/queries/{name}. The
/// parameters are validated like GET /epcis/events (400 QueryParameterException naming the one at fault); a name
/// already taken is 409.
/// </summary>
static class SaveNamedQuery
{
    public const int MaxName = 100;

    public sealed record Request(string? Name, JsonElement Query);

    public static void Map(IEndpointRouteBuilder queries) =>
        queries.MapPost("", Handle)
            .RequireAuthorization(Policies.EpcisCapture)
            .WithName(nameof(SaveNamedQuery))
            .WithSummary("Saves a SimpleEventQuery under a name.")
            .Produces<GetNamedQuery.Response>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

    static async Task<IResult> Handle(Request request, ClaimsPrincipal user, TraceDb db, TimeProvider clock, CancellationToken ct)
    {
        var name = (request.Name ?? "").Trim();
        // Names go into URL paths: keep them to characters that need no escaping.
        if (name.Length is 0 or > MaxName || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            return EpcisProblems.Invalid($"name is 1 to {MaxName} letters, digits, '-', '_' or '.'.");
        var (parameters, error) = StoredParameters.Read(request.Query);
        if (parameters is null)
            return EpcisProblems.BadQuery(error!);
        var query = new NamedQuery { Name = name, ParametersJson = StoredParameters.Write(parameters), CreatedAt = clock.GetUtcNow(), CreatedBy = user.UserId() };
        db.NamedQueries.Add(query);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Results.Problem($"A query named '{name}' exists; delete it first or choose another name.", statusCode: StatusCodes.Status409Conflict,
                title: "Query name taken", type: "epcisException:ResourceAlreadyExistsException");
        }

        return Results.Created($"/epcis/queries/{name}", GetNamedQuery.Describe(query));
    }
}
