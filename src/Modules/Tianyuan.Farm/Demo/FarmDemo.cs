namespace Tianyuan.Farm.Demo;

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Farm.Telemetry;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Demo;
using Tianyuan.Regions.Contracts;

/// <summary>
/// The Farm part of the demo: one demonstration farm per cooperative, three plots beside its village with
/// FAO-56 Table 19 soils, a soil-moisture node per plot and a weather station per farm, and a week of their
/// readings. The device simulator (Farm issue, item 8) will add live data and a longer history.
/// </summary>
sealed class FarmDemo(FarmDb db, IOrganisationDirectory organisations, IRegionDirectory regions, TimeProvider clock, ILogger<FarmDemo> logger) : IDemoContributor
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
        await ReadingPartitions.EnsureAsync(db, now, logger, ct);
        await ReadingStore.WriteAsync(db, [History(rng, await db.Devices.AsNoTracking().ToListAsync(ct), await db.Plots.AsNoTracking().ToListAsync(ct), now)], ct);
    }

    /// <summary>
    /// A week of hourly readings so the farm pages have something true-to-life to show: soil drying between
    /// waterings, and the day's temperature and humidity swing. Written through the same store as live telemetry,
    /// so the hourly and daily rollups agree with it.
    /// </summary>
    static ReadingBatch History(Random rng, List<Device> devices, List<Plot> plots, DateTimeOffset now)
    {
        var readings = new List<NewReading>();
        // Up to this minute, so the demo devices look alive when the demo starts (and silent an hour later, truthfully).
        var end = new DateTimeOffset(now.UtcDateTime.Date.AddHours(now.UtcDateTime.Hour).AddMinutes(now.UtcDateTime.Minute), TimeSpan.Zero);
        foreach (var device in devices)
        {
            var plot = plots.First(p => p.Id == device.PlotId);
            var moisture = (plot.FieldCapacity * 100) - (rng.NextDouble() * 4);
            for (var h = 7 * 24; h >= 0; h--)
            {
                var at = end.AddHours(-h);
                var localHour = at.ToChinaTime().Hour;
                var daily = Math.Sin(2 * Math.PI * (localHour - 9) / 24);
                var temperature = 13 + (6 * daily) + (rng.NextDouble() - 0.5);
                if (device.Kind == "soil-moisture")
                {
                    // Drying faster by day; a watering brings it back to field capacity when it gets low.
                    moisture -= 0.02 + (0.03 * Math.Max(0, daily)) + (rng.NextDouble() * 0.01);
                    if (moisture < ((plot.FieldCapacity + plot.WiltingPoint) / 2 * 100) && localHour == 18)
                        moisture = plot.FieldCapacity * 100;
                    readings.Add(new NewReading(device.Id, "soil-moisture", at, Math.Round(moisture, 1), "%VWC"));
                    readings.Add(new NewReading(device.Id, "soil-temperature", at, Math.Round(11 + (2.5 * Math.Sin(2 * Math.PI * (localHour - 12) / 24)), 1), "Cel"));
                }
                else
                {
                    readings.Add(new NewReading(device.Id, "temperature", at, Math.Round(temperature, 1), "Cel"));
                    readings.Add(new NewReading(device.Id, "humidity", at, Math.Round(Math.Clamp(78 - (18 * daily) + (rng.NextDouble() * 4), 30, 100)), "%RH"));
                }
            }
        }

        return new ReadingBatch(readings, []);
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
