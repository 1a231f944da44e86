namespace Tianyuan.Web.Components.Layout;

using Microsoft.AspNetCore.Components.Routing;

/// <summary>
/// The shop's tab (/market): lit on the shop's own pages, not on the personal pages that live under /market too
/// (the farmer's desk, the leader's page, my orders), which have their own tabs. Otherwise a farmer on the desk sees
/// two tabs lit.
/// </summary>
public sealed class ShopNavLink : NavLink
{
    static readonly string[] OwnTabs = ["/market/farmer", "/market/leader", "/market/orders"];

    protected override bool ShouldMatch(string uriAbsolute)
    {
        if (!base.ShouldMatch(uriAbsolute))
            return false;
        var path = new Uri(uriAbsolute).AbsolutePath;
        return !OwnTabs.Any(tab => path == tab || path.StartsWith(tab + "/", StringComparison.Ordinal));
    }
}
