namespace Tianyuan.Regions.Tests;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel;
using Tianyuan.Regions.Features.Organisations;
using Tianyuan.Regions.Features.People;
using Tianyuan.Regions.Features.Regions;

public class ScopedAccessTests(RegionsDbFixture fixture) : IClassFixture<RegionsDbFixture>
{
    const string TownshipA = "331199101";

    [Fact]
    public async Task An_operator_lists_only_their_townships_organisations_and_people()
    {
        await using var scope = fixture.Scope(out var db, out _);
        var mine = await ListOrganisations.ExecuteAsync(new(null, null, null, 1, 100), RegionsDbFixture.Operator(TownshipA), db, default);
        var all = await ListOrganisations.ExecuteAsync(new(null, null, null, 1, 100), RegionsDbFixture.Admin(), db, default);

        Assert.NotEmpty(mine.Items);
        Assert.All(mine.Items, o => Assert.StartsWith(TownshipA, o.RegionCode));
        Assert.True(all.Total > mine.Total);
        Assert.Contains(all.Items, o => !o.RegionCode.StartsWith(TownshipA, StringComparison.Ordinal));

        var people = await ListPeople.ExecuteAsync(new(null, null, 1, 100), RegionsDbFixture.Operator(TownshipA), db, default);
        Assert.NotEmpty(people.Items);
        Assert.All(people.Items, p => Assert.StartsWith(TownshipA, p.RegionCode));
    }

    [Fact]
    public async Task An_operator_is_refused_another_townships_organisation()
    {
        await using var scope = fixture.Scope(out var db, out var t);
        var elsewhere = await db.Organisations.FirstAsync(o => !o.RegionCode.StartsWith(TownshipA) && o.RegionCode.Length > 6);
        var outcome = await GetOrganisation.ExecuteAsync(elsewhere.Id, RegionsDbFixture.Operator(TownshipA), db, t, default);
        Assert.Equal(403, outcome.Status);
        Assert.Null(outcome.Value);
    }

    [Fact]
    public async Task Search_finds_people_by_name_and_pages_the_rest()
    {
        await using var scope = fixture.Scope(out var db, out _);
        var someone = await db.People.OrderBy(p => p.Name).FirstAsync();
        var found = await ListPeople.ExecuteAsync(new(someone.Name, null, 1, 20), RegionsDbFixture.Admin(), db, default);
        Assert.Contains(found.Items, p => p.Id == someone.Id);
        Assert.All(found.Items, p => Assert.Contains(someone.Name, p.Name));

        var page2 = await ListPeople.ExecuteAsync(new(null, null, 2, 5), RegionsDbFixture.Admin(), db, default);
        Assert.Equal(5, page2.Items.Count);
        Assert.Equal(2, page2.Page);
        Assert.True(page2.Total > 10);
    }

    [Fact]
    public async Task A_new_village_gets_the_next_code_and_a_duplicate_name_is_refused()
    {
        const string township = "331199102";
        await using var scope = fixture.Scope(out var db, out var t);
        var user = RegionsDbFixture.Operator(township);
        var created = await CreateRegion.ExecuteAsync(new(township, "测试新村", "Ceshi Village", null, null), user, db, t, fixture.Clock, default);

        Assert.Equal(201, created.Status);
        Assert.Equal($"{township}206", created.Value!.Code);
        Assert.Equal(RegionLevel.Village, created.Value.Level);
        Assert.True(await db.Regions.AnyAsync(r => r.Code == created.Value.Code));

        var again = await CreateRegion.ExecuteAsync(new(township, "测试新村", null, null, null), user, db, t, fixture.Clock, default);
        Assert.Equal(409, again.Status);
        Assert.True(again.Errors.ContainsKey("NameZh"));
    }

    [Fact]
    public async Task Creating_a_village_elsewhere_or_without_a_name_changes_nothing()
    {
        await using var scope = fixture.Scope(out var db, out var t);
        var before = await db.Regions.CountAsync();
        var user = RegionsDbFixture.Operator(TownshipA);

        var forbidden = await CreateRegion.ExecuteAsync(new("331199103", "越界村", null, null, null), user, db, t, fixture.Clock, default);
        var nameless = await CreateRegion.ExecuteAsync(new(TownshipA, " ", null, 95, null), user, db, t, fixture.Clock, default);
        var underVillage = await CreateRegion.ExecuteAsync(new($"{TownshipA}201", "孙村", null, null, null), user, db, t, fixture.Clock, default);

        Assert.Equal(403, forbidden.Status);
        Assert.Equal(400, nameless.Status);
        Assert.Equal(["NameZh", "Latitude"], nameless.Errors.Keys.Order().Reverse());
        Assert.Equal(400, underVillage.Status);
        Assert.Equal(before, await db.Regions.CountAsync());
    }
}
