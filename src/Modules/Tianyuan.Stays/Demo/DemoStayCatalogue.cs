namespace Tianyuan.Stays.Demo;

using Tianyuan.Regions.Contracts;
using Tianyuan.Stays.Domain;

/// <summary>Names, descriptions, room types and prices for the demo stays: plausible for a county in Zhejiang's hills.</summary>
sealed class DemoStayCatalogue(Random rng)
{
    static readonly (string Zh, string En, string Kind, string Pitch)[] Themes =
    [
        ("竹林山居", "Bamboo Grove Lodge", "homestay", "推窗见竹海，清晨有鸟鸣，步行十分钟到古道入口。"),
        ("溪畔小院", "Creekside Courtyard", "homestay", "老宅改造的四合小院，院里一口井，屋后一条溪。"),
        ("茶园农舍", "Tea Garden Farmhouse", "farm-stay", "住在茶园中间，春天可以跟着茶农采茶、炒茶。"),
        ("云上营地", "Cloudtop Campsite", "campsite", "山顶草坪营地，帐篷和木屋都有，看日出不用早起赶路。"),
        ("耕读研学基地", "Field & Study Base", "study-base", "适合学校和家庭研学：插秧、认识农具、做豆腐。"),
        ("数字游民之家", "Nomad House", "homestay", "千兆光纤、独立书桌和共享办公室，按月住更划算。"),
        ("稻香民宿", "Rice Fragrance Inn", "homestay", "门前是梯田，秋天一片金黄，老板娘的土菜远近闻名。"),
        ("柿子树下", "Under the Persimmon Tree", "farm-stay", "院里三棵老柿子树，深秋可以自己摘柿子做柿饼。"),
    ];

    static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "朱", "马", "胡", "郭"];
    static readonly string[] Given = ["晓明", "丽", "伟", "芳", "静", "磊", "洋", "婷", "杰", "敏", "强", "雪", "浩", "佳怡", "子涵", "一鸣"];

    public static string GuestName(Random rng) => Surnames[rng.Next(Surnames.Length)] + Given[rng.Next(Given.Length)];

    public Stay Stay(OrganisationSummary business, RegionNode village, int index, Guid id, DateTimeOffset now)
    {
        var theme = Themes[(business.Name.Length + index * 3 + rng.Next(2)) % Themes.Length];
        var nomad = theme.En == "Nomad House" || rng.NextDouble() < 0.3;
        var stay = new Stay
        {
            Id = id, OrganisationId = business.Id, RegionCode = village.Code, Kind = theme.Kind,
            NameZh = $"{village.NameZh[..2]}{theme.Zh}", NameEn = $"{theme.En}, {village.NameEn}",
            DescriptionZh = $"{theme.Pitch}位于{village.NameZh}，由{business.Name}经营。",
            DescriptionEn = $"{theme.En} in {village.NameEn}, run by a local family business.",
            Address = $"{village.NameZh}{rng.Next(1, 80)}号",
            Latitude = village.Latitude + ((rng.NextDouble() - 0.5) * 0.006), Longitude = village.Longitude + ((rng.NextDouble() - 0.5) * 0.006),
            CancellationPolicy = CancellationPolicy.All[rng.Next(CancellationPolicy.All.Count)].Name,
            ArrivalInstructions = "车停在村口停车场，沿石板路步行约 200 米，门口有木牌。门锁密码入住当天发到“我的行程”。",
            HouseRules = "22:00 后请保持安静；室内禁烟；垃圾请分类投放。",
            Languages = nomad ? "zh,en" : "zh", StepFreeAccess = rng.NextDouble() < 0.3,
            HasDesk = nomad, BandwidthMbps = nomad ? 100 + (rng.Next(10) * 50) : 20 + rng.Next(80), QuietHours = "22:00–07:00",
            HasCoworking = theme.En == "Nomad House", Amenities = Amenities(theme.Kind), CreatedAt = now,
        };
        foreach (var (name, en, guests, beds, price) in RoomTypes(theme.Kind))
        {
            var type = new UnitType
            {
                Id = StaysDemo.NextId(rng), StayId = stay.Id, NameZh = name, NameEn = en, MaxGuests = guests, BaseOccupancy = Math.Min(2, guests),
                Beds = beds, BaseNightly = price, WeekendNightly = price + (20 * (1 + rng.Next(4))), ExtraGuestNightly = 50,
                WeeklyDiscountPct = nomad ? 10 : 0, MonthlyDiscountPct = nomad ? 35 : 0,
            };
            var count = 1 + rng.Next(2);
            for (var u = 1; u <= count; u++)
                type.Units.Add(new Unit { Id = StaysDemo.NextId(rng), UnitTypeId = type.Id, Label = count == 1 ? name : $"{name} {u}" });
            foreach (var year in new[] { now.Year - 1, now.Year, now.Year + 1 })
            {
                foreach (var (season, from, until, factor, minNights) in DemoSeasons.For(year))
                {
                    type.Seasons.Add(new SeasonRate
                    {
                        Id = StaysDemo.NextId(rng), UnitTypeId = type.Id, Name = season, From = from, Until = until,
                        Nightly = decimal.Round(price * factor, 0), MinNights = minNights,
                    });
                }
            }

            stay.UnitTypes.Add(type);
        }

        return stay;
    }

    IEnumerable<(string Zh, string En, int Guests, int Beds, decimal Price)> RoomTypes(string kind) => kind switch
    {
        "campsite" => [("帐篷位", "Tent pitch", 4, 0, 120m + rng.Next(4) * 10), ("森林木屋", "Forest cabin", 3, 2, 380m + rng.Next(5) * 20)],
        "study-base" => [("研学六人间", "Six-bed dorm", 6, 6, 360m + rng.Next(4) * 20), ("教师双床房", "Twin room", 2, 2, 260m)],
        _ => [("山景大床房", "Mountain-view double", 2, 1, 280m + rng.Next(8) * 20), ("家庭套房", "Family suite", 4, 2, 460m + rng.Next(6) * 30)],
    };

    string Amenities(string kind)
    {
        var keys = new List<string> { "wifi", "parking" };
        foreach (var key in Domain.Stay.AmenityKeys.Skip(2))
        {
            if (rng.NextDouble() < (kind == "campsite" && key is "aircon" or "washer" ? 0.05 : 0.45))
                keys.Add(key);
        }

        return string.Join(',', keys);
    }
}
