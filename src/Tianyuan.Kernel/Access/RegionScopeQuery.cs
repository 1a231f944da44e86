namespace Tianyuan.Kernel.Access;

using System.Linq.Expressions;
using System.Security.Claims;

/// <summary>
/// Narrows a list query to the rows a user may see: admins see everything, operators the rows whose region
/// code lies inside one of their regions (a prefix match, which the database can answer from an index).
/// </summary>
public static class RegionScopeQuery
{
    public static IQueryable<T> WithinScopeOf<T>(this IQueryable<T> query, ClaimsPrincipal user, Expression<Func<T, string>> regionCode)
    {
        if (user.IsAdmin())
            return query;
        var regions = user.OperatedRegions();
        if (regions.Count == 0)
            return query.Where(_ => false);

        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        Expression? any = null;
        foreach (var region in regions)
        {
            var test = Expression.Call(regionCode.Body, startsWith, Expression.Constant(region.Value));
            any = any is null ? test : Expression.OrElse(any, test);
        }

        return query.Where(Expression.Lambda<Func<T, bool>>(any!, regionCode.Parameters));
    }
}
