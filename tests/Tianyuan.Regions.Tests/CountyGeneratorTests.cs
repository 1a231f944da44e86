namespace Tianyuan.Regions.Tests;

using System.Text.Json;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Demo;
using Tianyuan.Regions.Demo;
using Tianyuan.Regions.Domain;

public class CountyGeneratorTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_same_seed_gives_the_same_county()
    {
        var a = CountyGenerator.Generate(new DemoSeed(2026), Now);
        var b = CountyGenerator.Generate(new DemoSeed(2026), Now);
        Assert.Equal(a.Regions.Select(r => (r.Code, r.NameZh, r.CentreLatitude, r.BoundaryGeoJson)), b.Regions.Select(r => (r.Code, r.NameZh, r.CentreLatitude, r.BoundaryGeoJson)));
        Assert.Equal(a.People.Select(p => (p.Id, p.Name, p.Phone)), b.People.Select(p => (p.Id, p.Name, p.Phone)));
        Assert.Equal(a.Organisations.Select(o => (o.Id, o.Name)), b.Organisations.Select(o => (o.Id, o.Name)));
    }

    [Fact]
    public void The_default_seed_gives_the_county_the_README_describes_in_every_process()
    {
        // Golden values: the README names the demo operator's township, and a hash seeded per process
        // (HashCode.Combine) once gave a different county on every start.
        var county = CountyGenerator.Generate(new DemoSeed(DemoSeed.Default), Now);
        var seat = county.Regions.Single(r => r.Code == "331199101");
        Assert.Equal("山桥镇", seat.NameZh);
        Assert.Equal("Shanqiao Town", seat.NameEn);
        Assert.Equal("古岗村", county.Regions.Single(r => r.Code == "331199101201").NameZh);
    }

    [Fact]
    public void Another_seed_gives_another_county()
    {
        var a = CountyGenerator.Generate(new DemoSeed(1), Now).Regions.Where(r => r.Level == RegionLevel.Village).Select(r => r.NameZh);
        var b = CountyGenerator.Generate(new DemoSeed(2), Now).Regions.Where(r => r.Level == RegionLevel.Village).Select(r => r.NameZh);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Six_townships_and_thirty_villages_with_codes_under_their_parents()
    {
        var county = CountyGenerator.Generate(new DemoSeed(DemoSeed.Default), Now);
        var townships = county.Regions.Where(r => r.Level == RegionLevel.Township).ToList();
        var villages = county.Regions.Where(r => r.Level == RegionLevel.Village).ToList();
        Assert.Equal(6, townships.Count);
        Assert.Equal(30, villages.Count);
        Assert.All(county.Regions.Where(r => r.ParentCode is not null), r =>
        {
            Assert.StartsWith(r.ParentCode!, r.Code);
            Assert.Equal(RegionCode.LengthOf(r.Level), r.Code.Length);
        });
        Assert.Equal(county.Regions.Count, county.Regions.Select(r => r.Code).Distinct().Count());
        Assert.All(villages, v => Assert.EndsWith("村", v.NameZh));
        Assert.All(villages, v => Assert.EndsWith("Village", v.NameEn));
    }

    [Fact]
    public void Every_village_lies_inside_its_township_outline()
    {
        var county = CountyGenerator.Generate(new DemoSeed(DemoSeed.Default), Now);
        var byCode = county.Regions.ToDictionary(r => r.Code);
        foreach (var village in county.Regions.Where(r => r.Level == RegionLevel.Village))
        {
            var ring = Ring(byCode[village.ParentCode!].BoundaryGeoJson!);
            Assert.True(Inside(ring, village.CentreLongitude, village.CentreLatitude), $"{village.NameZh} lies outside its township");
            var own = Ring(village.BoundaryGeoJson!);
            Assert.Equal(own[0], own[^1]);
            Assert.True(own.Count >= 4);
        }
    }

    [Fact]
    public void Every_demo_account_has_a_person_with_the_right_role()
    {
        var county = CountyGenerator.Generate(new DemoSeed(DemoSeed.Default), Now);
        foreach (var (email, role) in DemoAccounts.All)
        {
            var person = Assert.Single(county.People, p => p.Email == email);
            Assert.Contains(county.Roles, a => a.PersonId == person.Id && a.Role == role);
        }

        // The demo operator runs exactly one township, so scoped access can be shown with the other five.
        var op = county.People.Single(p => p.Email == DemoAccounts.Operator);
        var scope = Assert.Single(county.Roles, a => a.PersonId == op.Id);
        Assert.Equal(RegionLevel.Township, RegionCode.Parse(scope.RegionCode!).Level);
        Assert.Contains(county.Organisations, o => o.Kind == OrganisationKind.GroupBuyPoint);
        Assert.Contains(county.Organisations, o => o.Kind == OrganisationKind.HomestayBusiness);
        Assert.All(county.People, p => Assert.True(ChinaPhone.IsValid(p.Phone)));
    }

    static List<(double Lon, double Lat)> Ring(string geoJson)
    {
        using var doc = JsonDocument.Parse(geoJson);
        Assert.Equal("Polygon", doc.RootElement.GetProperty("type").GetString());
        return [.. doc.RootElement.GetProperty("coordinates")[0].EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble()))];
    }

    static bool Inside(List<(double Lon, double Lat)> ring, double lon, double lat)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            if ((ring[i].Lat > lat) != (ring[j].Lat > lat) && lon < ((ring[j].Lon - ring[i].Lon) * (lat - ring[i].Lat) / (ring[j].Lat - ring[i].Lat)) + ring[i].Lon)
                inside = !inside;
        }

        return inside;
    }
}
