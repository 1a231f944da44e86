namespace Tianyuan.Kernel.Tests;

using System.Security.Claims;
using Tianyuan.Kernel.Access;

public class AccessTests
{
    static ClaimsPrincipal User(params AccessScope[] scopes) =>
        new(new ClaimsIdentity(
            scopes.Select(s => new Claim(AccessScope.ClaimType, s.Format()))
                .Concat(scopes.Select(s => new Claim(ClaimTypes.Role, s.Role))), "test"));

    [Theory]
    [InlineData("331199", RegionLevel.County)]
    [InlineData("331199101", RegionLevel.Township)]
    [InlineData("331199101201", RegionLevel.Village)]
    [InlineData("33", RegionLevel.Province)]
    public void Region_codes_know_their_level(string code, RegionLevel level) => Assert.Equal(level, RegionCode.Parse(code).Level);

    [Theory]
    [InlineData("3311991")]
    [InlineData("33119910120A")]
    [InlineData("")]
    public void Rejects_codes_of_no_level(string code) => Assert.False(RegionCode.TryParse(code, out _));

    [Fact]
    public void A_township_contains_its_villages_but_not_its_neighbours()
    {
        var township = RegionCode.Parse("331199101");
        Assert.True(township.Contains(RegionCode.Parse("331199101203")));
        Assert.False(township.Contains(RegionCode.Parse("331199102201")));
        Assert.False(township.Contains(RegionCode.Parse("331199")));
    }

    [Fact]
    public void An_operator_of_township_A_manages_A_only()
    {
        var user = User(AccessScope.InRegion(Roles.Operator, RegionCode.Parse("331199101")));
        Assert.True(user.CanManageRegion(RegionCode.Parse("331199101202")));
        Assert.False(user.CanManageRegion(RegionCode.Parse("331199102202")));
        Assert.False(user.CanManageRegion(RegionCode.Parse("331199")));
    }

    [Fact]
    public void A_host_acts_for_their_own_organisation_only()
    {
        var mine = Guid.NewGuid();
        var region = RegionCode.Parse("331199101202");
        var user = User(AccessScope.ForOrganisation(Roles.Host, mine, region));
        Assert.True(user.CanActFor(Roles.Host, mine, region));
        Assert.False(user.CanActFor(Roles.Host, Guid.NewGuid(), region));
        Assert.False(user.CanActFor(Roles.Farmer, mine, region));
        Assert.False(user.CanManageRegion(region));
    }

    [Fact]
    public void Admins_manage_everywhere() =>
        Assert.True(User(AccessScope.InRegion(Roles.Admin, RegionCode.Parse("331199"))).CanManageRegion(RegionCode.Parse("440305001001")));

    [Fact]
    public void Scope_claims_round_trip_and_reject_unknown_roles()
    {
        var scope = AccessScope.ForOrganisation(Roles.GroupLeader, Guid.NewGuid(), RegionCode.Parse("331199101"));
        Assert.True(AccessScope.TryParse(scope.Format(), out var parsed));
        Assert.Equal(scope, parsed);
        Assert.False(AccessScope.TryParse("Emperor|331199|", out _));
    }

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("12812345678", false)]
    [InlineData("1381234567", false)]
    [InlineData("1381234567a", false)]
    public void Recognises_mainland_mobile_numbers(string phone, bool valid)
    {
        Assert.Equal(valid, ChinaPhone.IsValid(phone));
        if (valid)
            Assert.Equal("138****5678", ChinaPhone.Mask(phone));
    }
}
