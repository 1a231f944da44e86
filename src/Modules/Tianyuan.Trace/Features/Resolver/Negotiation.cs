namespace Tianyuan.Trace.Features.Resolver;

using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Net.Http.Headers;

/// <summary>
/// One Digital Link path, two endpoints: the linkset (machines) and the consumer page (people). Routing alone cannot
/// tell them apart, so this policy keeps the linkset endpoint only for clients that ask for a linkset (Accept
/// application/linkset+json or application/json, or ?linkType=all as GS1 resolvers read it) and the page for everyone
/// else, browsers and plain scanners included: the page is the item's default link.
/// </summary>
sealed class Negotiation : MatcherPolicy, IEndpointSelectorPolicy
{
    public const string LinksetType = "application/linkset+json";

    public override int Order => 0;

    public static bool WantsLinkset(HttpRequest request) =>
        request.Query["linkType"] == "all"
        || request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(LinksetType, StringComparison.OrdinalIgnoreCase)
            || a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) => endpoints.Any(IsLinkset);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var linkset = WantsLinkset(httpContext.Request);
        for (var i = 0; i < candidates.Count; i++)
        {
            var endpoint = candidates[i].Endpoint;
            if (IsResolverPath(endpoint) && IsLinkset(endpoint) != linkset)
                candidates.SetValidity(i, false);
        }

        return Task.CompletedTask;
    }

    static bool IsLinkset(Endpoint endpoint) => endpoint.Metadata.GetMetadata<LinksetEndpoint>() is not null;

    static bool IsResolverPath(Endpoint endpoint) =>
        endpoint is RouteEndpoint route && route.RoutePattern.RawText?.TrimStart('/').StartsWith("01/", StringComparison.Ordinal) == true;
}

/// <summary>Marks the linkset endpoints for <see cref="Negotiation"/>.</summary>
sealed class LinksetEndpoint;
