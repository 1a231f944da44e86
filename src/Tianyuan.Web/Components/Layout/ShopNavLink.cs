namespace Tianyuan.Web.Components.Layout;

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

/// <summary>
/// The shop's tab (/market): lit on the shop's pages, but not on the pages under /market that have a tab of their own
/// in the same bar (<see cref="OwnTabs"/>: the farmer's desk, the leader's page, my orders), or a farmer on the desk
/// sees two tabs lit. Where the desk has no tab (the phone's tab bar), the shop's tab stays lit for it.
/// </summary>
public sealed class ShopNavLink : NavLink
{
    [Parameter] public IReadOnlyList<string> OwnTabs { get; set; } = [];

    protected override bool ShouldMatch(string uriAbsolute)
    {
        if (!base.ShouldMatch(uriAbsolute))
            return false;
        var path = new Uri(uriAbsolute).AbsolutePath;
        return !OwnTabs.Any(tab => path == tab || path.StartsWith(tab + "/", StringComparison.Ordinal));
    }
}
