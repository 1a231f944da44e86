namespace Tianyuan.Farm.Demo;

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Demo;
using Tianyuan.Regions.Contracts;

/// <summary>
/// The Farm part of the demo: one demonstration farm per cooperative, three plots beside its village with
/// FAO-56 Table 19 soils, a soil-moisture node per plot and a weather station per farm. Sensor history comes with
/// the device simulator (Farm issue, item 8).
/// </summary>
sealed class FarmDemo(FarmDb db, IOrganisationDirectory organisations, IRegionDirectory regions, TimeProvider clock) : IDemoContributor
{
    /// <summary>After Regions (0), whose cooperatives and villages it uses.</summary>
    public int Order => 50;

    static readonly (string Name, double FieldCapacity, double WiltingPoint)[] Soils =
        [("壤土", 0.27, 0.12), ("粉砂壤土", 0.30, 0.13), ("砂壤土", 0.20, 0.09)];

    public Task<bool> HasDataAsync(CancellationToken ct) => db.Farms.AnyAsync(ct);

    public async Task SeedAsync(DemoSeed seed, CancellationToken ct)
    {
        var rng = seed.RandomFor("farm");
        var now = clock.GetUtcNow();
        foreach (var coop in await organisations.ListByKindAsync("Cooperative", ct))
        {
            var village = await regions.FindAsync(coop.RegionCode, ct);
            if (village is null)
                continue;
            var farm = new Domain.Farm
            {
                Id = NextId(rng), Name = coop.Name.Replace("专业合作社", "示范基地", StringComparison.Ordinal),
                OrganisationId = coop.Id, RegionCode = coop.RegionCode, CreatedAt = now,
            };
            db.Farms.Add(farm);
            for (var i = 0; i < 3; i++)
            {
                var soil = Soils[rng.Next(Soils.Length)];
                var (width, height) = (0.0012 + (rng.NextDouble() * 0.0010), 0.0009 + (rng.NextDouble() * 0.0008));
                var west = village.Longitude + 0.004 + (i * 0.0028);
                var south = village.Latitude - 0.002 + (rng.NextDouble() * 0.002);
                var plot = new Plot
                {
                    Id = NextId(rng), FarmId = farm.Id, Name = $"{i + 1}号地", SoilType = soil.Name,
                    FieldCapacity = soil.FieldCapacity, WiltingPoint = soil.WiltingPoint,
                    Crop = coop.Name.Length > 4 ? coop.Name[2..^5] : null,
                    BoundaryGeoJson = Rectangle(west, south, width, height),
                    AreaM2 = Math.Round(width * 111_320 * Math.Cos(south * Math.PI / 180) * height * 110_574),
                    CreatedAt = now,
                };
                farm.Plots.Add(plot);
                db.Devices.Add(NewDevice(rng, farm, plot, $"{plot.Name}土壤墒情", "soil-moisture", now));
            }

            db.Devices.Add(NewDevice(rng, farm, farm.Plots[0], "基地气象站", "weather-station", now));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Demo devices get real keys that nobody is shown: the simulator registers its own through the API.</summary>
    static Device NewDevice(Random rng, Domain.Farm farm, Plot plot, string name, string kind, DateTimeOffset now)
    {
        var key = SecretKey.New();
        return new Device
        {
            Id = NextId(rng), FarmId = farm.Id, PlotId = plot.Id, Name = name, Kind = kind,
            KeyPrefix = key.Prefix, KeyHash = key.Hash(), CreatedAt = now,
        };
    }

    static string Rectangle(double west, double south, double width, double height) => string.Create(CultureInfo.InvariantCulture,
        $"{{\"type\":\"Polygon\",\"coordinates\":[[[{west:0.######},{south:0.######}],[{west + width:0.######},{south:0.######}],[{west + width:0.######},{south + height:0.######}],[{west:0.######},{south + height:0.######}],[{west:0.######},{south:0.######}]]]}}");

    static Guid NextId(Random rng)
    {
        var bytes = new byte[16];
        rng.NextBytes(bytes);
        return new Guid(bytes);
    }
}
