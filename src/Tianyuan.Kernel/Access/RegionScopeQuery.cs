namespace Tianyuan.Kernel.Access;

using System.Linq.Expressions;
using System.Security.Claims;

/// <summary>
/// Narrows a list query to the rows a user may see: admins see everything, operators the rows whose region
/// code lies inside one of their regions (a prefix match, which the database can answer from an index).
/// </summary>
public static class RegionScopeQuery
{
    public static IQueryable<T> WithinScopeOf<T>(this IQueryable<T> query, ClaimsPrincipal user, Expression<Func<T, string>> regionCode) =>
        query.WithinScopeOf(user, regionCode, null, []);

    /// <summary>
    /// As above, and also the rows of organisations the user holds one of <paramref name="organisationRoles"/> for
    /// (a farmer sees their cooperative's farms wherever they are).
    /// </summary>
    public static IQueryable<T> WithinScopeOf<T>(this IQueryable<T> query, ClaimsPrincipal user, Expression<Func<T, string>> regionCode,
        Expression<Func<T, Guid>>? organisationId, IReadOnlyList<string> organisationRoles)
    {
        if (user.IsAdmin())
            return query;
        var row = regionCode.Parameters[0];
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        Expression? any = null;
        foreach (var region in user.OperatedRegions())
            any = Or(any, Expression.Call(regionCode.Body, startsWith, Expression.Constant(region.Value)));

        var organisations = user.Scopes().Where(s => organisationRoles.Contains(s.Role) && s.OrganisationId is not null)
            .Select(s => s.OrganisationId!.Value).Distinct().ToList();
        if (organisationId is not null && organisations.Count > 0)
        {
            var contains = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
                .MakeGenericMethod(typeof(Guid));
            var body = new ParameterReplacer(organisationId.Parameters[0], row).Visit(organisationId.Body);
            any = Or(any, Expression.Call(contains, Expression.Constant(organisations), body));
        }

        return any is null ? query.Where(_ => false) : query.Where(Expression.Lambda<Func<T, bool>>(any, row));
    }

    static Expression Or(Expression? left, Expression right) => left is null ? right : Expression.OrElse(left, right);

    /// <summary>Lets two selectors written separately share one row parameter.</summary>
    sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
