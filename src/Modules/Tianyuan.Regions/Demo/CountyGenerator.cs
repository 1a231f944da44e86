namespace Tianyuan.Regions.Demo;

using Tianyuan.Kernel.Demo;
using static Tianyuan.Regions.Demo.Geometry;

/// <summary>Everything the Regions module seeds for the demo county.</summary>
sealed record DemoCounty(
    IReadOnlyList<Region> Regions,
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Person> People,
    IReadOnlyList<RoleAssignment> Roles,
    IReadOnlyList<ConsentRecord> Consents);

/// <summary>
/// Generates the demo county 青溪县 (fictional, under Lishui in Zhejiang): 6 townships, 30 villages, their
/// cooperatives, homestays, group-buy points, stations and people. The same seed gives the same county.
/// </summary>
static class CountyGenerator
{
    public const string ProvinceCode = "33";
    public const string CityCode = "3311";
    public const string CountyCode = "331199";
    const int Townships = 6;
    const int VillagesPerTownship = 5;
    static readonly Point CountyCentre = new(119.55, 28.35);

    public static DemoCounty Generate(DemoSeed seed, DateTimeOffset now)
    {
        var rng = seed.RandomFor("regions");
        var g = new Builder(rng, now);

        var countyShape = RoughCircle(CountyCentre, 0.28, 20, rng);
        g.Region(ProvinceCode, null, RegionLevel.Province, "浙江省", "Zhejiang", new Point(120.15, 29.2), null);
        g.Region(CityCode, ProvinceCode, RegionLevel.City, "丽水市", "Lishui", new Point(119.92, 28.45), null);
        var county = g.Region(CountyCode, CityCode, RegionLevel.County, "青溪县", "Qingxi County", CountyCentre, countyShape);

        var names = new UniqueNames(rng);
        var townshipSites = Enumerable.Range(0, Townships).Select(i =>
        {
            var angle = (2 * Math.PI * i / Townships) + (rng.NextDouble() * 0.4);
            var r = i == 0 ? 0.02 : 0.14 + (rng.NextDouble() * 0.05);
            return new Point(CountyCentre.Lon + (r * Math.Cos(angle)), CountyCentre.Lat + (r * Math.Sin(angle)));
        }).ToList();

        for (var t = 0; t < Townships; t++)
        {
            var shape = VoronoiCell(countyShape, townshipSites[t], townshipSites.Where((_, j) => j != t));
            var (zh, py) = names.Next();
            // The first township is the county seat (城关镇 style); the last two are xiang (乡), the rest zhen (镇).
            var isXiang = t >= Townships - 2;
            var township = g.Region($"{CountyCode}{(isXiang ? 200 + t : 101 + t):000}", county.Code, RegionLevel.Township,
                zh + (isXiang ? "乡" : "镇"), py + (isXiang ? " Township" : " Town"), townshipSites[t], shape);

            var villageSites = new List<Point>();
            while (villageSites.Count < VillagesPerTownship)
            {
                var candidate = new Point(
                    township.CentreLongitude + ((rng.NextDouble() - 0.5) * 0.16),
                    township.CentreLatitude + ((rng.NextDouble() - 0.5) * 0.16));
                if (Contains(shape, candidate))
                    villageSites.Add(candidate);
            }

            var villages = new List<Region>();
            for (var v = 0; v < VillagesPerTownship; v++)
            {
                var cell = VoronoiCell(shape, villageSites[v], villageSites.Where((_, j) => j != v));
                var (vzh, vpy) = names.Next();
                villages.Add(g.Region($"{township.Code}{201 + v}", township.Code, RegionLevel.Village, vzh + "村", vpy + " Village", villageSites[v], cell));
            }

            g.TownshipPeopleAndOrganisations(township, villages, t);
        }

        g.CountyWide(county);
        return g.Build();
    }

    /// <summary>Two-character place names, never repeated within the county.</summary>
    sealed class UniqueNames(Random rng)
    {
        readonly HashSet<string> used = [];

        public (string Zh, string Py) Next()
        {
            while (true)
            {
                var a = DemoNames.PlaceFirst[rng.Next(DemoNames.PlaceFirst.Length)];
                var b = DemoNames.PlaceSecond[rng.Next(DemoNames.PlaceSecond.Length)];
                if (used.Add(a.Zh + b.Zh))
                    return (a.Zh + b.Zh, a.Py + b.Py);
            }
        }
    }

    sealed class Builder(Random rng, DateTimeOffset now)
    {
        readonly List<Region> regions = [];
        readonly List<Organisation> organisations = [];
        readonly List<Person> people = [];
        readonly List<RoleAssignment> roles = [];
        readonly List<ConsentRecord> consents = [];
        readonly HashSet<string> phones = [];

        public DemoCounty Build() => new(regions, organisations, people, roles, consents);

        public Region Region(string code, string? parent, RegionLevel level, string zh, string en, Point centre, List<Point>? shape)
        {
            var region = new Region
            {
                Code = code, ParentCode = parent, Level = level, NameZh = zh, NameEn = en,
                CentreLatitude = Math.Round(centre.Lat, 5), CentreLongitude = Math.Round(centre.Lon, 5),
                BoundaryGeoJson = shape is null ? null : ToGeoJson(shape), CreatedAt = now,
            };
            regions.Add(region);
            return region;
        }

        public void TownshipPeopleAndOrganisations(Region township, List<Region> villages, int index)
        {
            var shortName = township.NameZh[..2];
            var crop = DemoNames.Crops[rng.Next(DemoNames.Crops.Length)];
            var coop = Organisation($"{shortName}{crop}专业合作社", OrganisationKind.Cooperative, villages[0], $"{villages[0].NameZh}村委会旁");
            var station = Organisation($"{shortName}物流服务站", OrganisationKind.LogisticsStation, township, $"{township.NameZh}集镇中心");

            for (var f = 0; f < 3; f++)
            {
                var village = villages[rng.Next(villages.Count)];
                var farmer = Person(village, index == 0 && f == 0 ? DemoAccounts.Farmer : null);
                Grant(farmer, Roles.Farmer, coop);
                if (f == 0)
                    Grant(farmer, Roles.CooperativeAdmin, coop);
            }

            var courier = Person(township, index == 0 ? DemoAccounts.Courier : null);
            Grant(courier, Roles.Courier, station);

            // Homestays cluster in the scenic villages: two per township.
            for (var h = 0; h < 2; h++)
            {
                var village = villages[1 + h];
                var homestay = Organisation($"{village.NameZh[..2]}{(h == 0 ? "山居" : "小院")}民宿", OrganisationKind.HomestayBusiness, village, $"{village.NameZh}{rng.Next(1, 60)}号");
                var host = Person(village, index == 0 && h == 0 ? DemoAccounts.Host : null);
                Grant(host, Roles.Host, homestay);
            }

            // The county seat township has the operator who runs the back office for it, and the city pickup points.
            if (index == 0)
            {
                var op = Person(township, DemoAccounts.Operator);
                roles.Add(Assignment(op, Roles.Operator, township.Code, null));
                string[] communities = ["丽阳小区", "水阁花园", "南明新村"];
                for (var p = 0; p < communities.Length; p++)
                {
                    var point = Organisation($"{communities[p]}团购自提点", OrganisationKind.GroupBuyPoint, township, $"{communities[p]}{p + 1}幢底商");
                    var leader = Person(township, p == 0 ? DemoAccounts.Leader : null);
                    Grant(leader, Roles.GroupLeader, point);
                }
            }
        }

        public void CountyWide(Region county)
        {
            var bank = Organisation("青溪农商银行", OrganisationKind.Company, county, "青溪县城东大道88号");
            Organisation("青溪生态农业开发有限公司", OrganisationKind.Company, county, "青溪县工业园区3号");
            roles.Add(Assignment(Person(county, DemoAccounts.Admin), Roles.Admin, county.Code, null));
            roles.Add(Assignment(Person(county, DemoAccounts.Visitor), Roles.Visitor, county.Code, null));

            // A farmer has let the bank see their sales for a credit assessment: the consent trail partners rely on.
            var farmer = people.First(p => p.Email == DemoAccounts.Farmer);
            consents.Add(new ConsentRecord
            {
                Id = NextId(), PersonId = farmer.Id, GranteeOrganisationId = bank.Id, DataCategory = "market.sales",
                Purpose = "无抵押信用贷款评估", GrantedAt = now, ValidUntil = now.AddYears(1),
            });
        }

        Organisation Organisation(string name, OrganisationKind kind, Region region, string address)
        {
            var o = new Organisation { Id = NextId(), Name = name, Kind = kind, RegionCode = region.Code, Address = address, ContactPhone = Phone(), CreatedAt = now };
            organisations.Add(o);
            return o;
        }

        Person Person(Region region, string? email)
        {
            var surname = DemoNames.Surnames[rng.Next(DemoNames.Surnames.Length)];
            var p = new Person
            {
                Id = NextId(), Name = surname.Zh + DemoNames.GivenNames[rng.Next(DemoNames.GivenNames.Length)],
                Phone = Phone(), Email = email, RegionCode = region.Code, CreatedAt = now,
            };
            people.Add(p);
            return p;
        }

        void Grant(Person person, string role, Organisation organisation) =>
            roles.Add(Assignment(person, role, organisation.RegionCode, organisation.Id));

        RoleAssignment Assignment(Person person, string role, string regionCode, Guid? organisationId) =>
            RoleAssignment.Grant(NextId(), person.Id, role, regionCode, organisationId, now);

        string Phone()
        {
            while (true)
            {
                var phone = $"1{rng.Next(3, 10)}{rng.Next(0, 1_000_000_000):000000000}";
                if (phones.Add(phone))
                    return phone;
            }
        }

        Guid NextId()
        {
            var bytes = new byte[16];
            rng.NextBytes(bytes);
            return new Guid(bytes);
        }
    }
}
