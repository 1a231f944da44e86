namespace Tianyuan.Farm.Demo;

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
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
/// FAO-56 Table 19 soils, a soil-moisture node per plot and a weather station per farm, and a year of their
/// hourly readings (Farm:Demo:HistoryDays, 365 by default; the tests seed a week).
/// </summary>
sealed class FarmDemo(FarmDb db, IOrganisationDirectory organisations, IRegionDirectory regions, TimeProvider clock, IConfiguration configuration, ILogger<FarmDemo> logger) : IDemoContributor
{
    /// <summary>Days per write: about 8 000 readings a farm, one transaction each.</summary>
    const int DaysPerBatch = 30;

    int HistoryDays => configuration.GetValue<int?>("Farm:Demo:HistoryDays") ?? 365;

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
        await WriteHistoryAsync(await db.Devices.AsNoTracking().ToListAsync(ct), now, ct);
    }

    /// <summary>
    /// Hourly readings for the last <see cref="HistoryDays"/> days (a year by default), from the device simulator's
    /// diurnal series: soil drying by day between waterings, the day's and the season's temperature and humidity
    /// swing. Written through the same store as live telemetry, so the hourly and daily rollups agree with the raw
    /// readings, and in batches of a few days, so memory stays small. Raw readings older than the retention window
    /// (Farm:Retention:RawDays) are trimmed by the retention job like any farm's; the rollups keep the year.
    /// </summary>
    async Task WriteHistoryAsync(List<Device> devices, DateTimeOffset now, CancellationToken ct)
    {
        // Hourly up to this minute, so the demo devices look alive when the demo starts (and silent an hour later, truthfully).
        var end = new DateTimeOffset(now.UtcDateTime.Date.AddHours(now.UtcDateTime.Hour).AddMinutes(now.UtcDateTime.Minute), TimeSpan.Zero);
        var series = devices.Select(d => (Device: d, Series: new DiurnalSeries(SeedOf(d)))).ToList();
        var written = 0;
        for (var from = end.AddDays(-HistoryDays); from <= end; from = from.AddDays(DaysPerBatch))
        {
            var hours = Enumerable.Range(0, DaysPerBatch * 24).Select(h => from.AddHours(h)).Where(at => at <= end).ToList();
            var readings = series
                .SelectMany(d => hours.SelectMany(at => d.Series.Sample(d.Device.Kind, at).Select(r => new NewReading(d.Device.Id, r.Quantity, at, r.Value, r.Unit))))
                .ToList();
            await ReadingStore.WriteAsync(db, [new ReadingBatch(readings, [])], ct);
            written += readings.Count;
        }

        logger.LogInformation("Demo farm history: {Readings} hourly readings over {Days} days for {Devices} devices", written, HistoryDays, devices.Count);
    }

    /// <summary>A device's series seed from its id, so a demo device's curves are the same on every start.</summary>
    static int SeedOf(Device device) => BitConverter.ToInt32(device.Id.ToByteArray(), 0);

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
