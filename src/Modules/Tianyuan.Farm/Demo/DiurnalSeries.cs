namespace Tianyuan.Farm.Demo;

/// <summary>One SenML reading of a series: quantity name, unit symbol and value.</summary>
readonly record struct SeriesReading(string Quantity, string Unit, double Value);

/// <summary>
/// Pure, deterministic sensor series for one device: every value is a function of the seed and the instant only, so
/// a live run, a backfill and a resend of the same instant agree, and a restart continues the same curves.
/// Times of day are China time (UTC+8, no daylight saving), where the farms are. It lives in the Farm module because
/// the demo seed writes its year of history from it; the device simulator references it from here, so the history
/// and the live values a simulator sends afterwards are the same curves.
/// </summary>
sealed class DiurnalSeries(int seed)
{
    static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    const double MinHour = 5, MaxHour = 14;
    // Soil dries only while the sun is up (07:00–19:00); irrigation happens at 20:00, as the advice says "tonight".
    const double SunriseHour = 7, DryingHours = 12, IrrigationHour = 20;
    // Just under the field capacity of the demo loams (27–30 %): a sandy plot (20 %) reads "too wet" for a while after
    // watering, and the dry spells before the next one cross the refill point, as real plots do.
    const double IrrigatedMoisture = 27;

    readonly int irrigationPeriodDays = 3 + (int)(Hash(seed, 1) % 4);
    readonly int irrigationPhaseDays = (int)(Hash(seed, 2) % 7);
    readonly double dryingPerHour = 0.1 + (0.2 * Unit(Hash(seed, 3)));
    readonly double batteryAnchorDays = Hash(seed, 4) % 300;

    public static bool IsStation(string kind) => kind == "weather-station";

    /// <summary>The readings a device of this kind reports at this instant: stations air, soil nodes soil and battery.</summary>
    public IReadOnlyList<SeriesReading> Sample(string kind, DateTimeOffset at) => IsStation(kind)
        ? [new("temperature", "Cel", Temperature(at)), new("humidity", "%RH", Humidity(at))]
        : [new("soil-moisture", "%VWC", SoilMoisture(at)), new("battery", "%EL", Battery(at))];

    /// <summary>Air temperature, °C: a seasonal mean plus a day curve rising from 05:00 to 14:00 and falling after.</summary>
    public double Temperature(DateTimeOffset at) => Math.Round(SeasonalMean(at) + (Amplitude * DayShape(at)) + Noise(at, 5, 0.3), 1);

    /// <summary>Relative humidity, %: high at dawn, low in the afternoon, the inverse of the temperature curve.</summary>
    public double Humidity(DateTimeOffset at) => Math.Round(Math.Clamp(72 - (20 * DayShape(at)) + Noise(at, 6, 2), 20, 100), 0);

    /// <summary>Volumetric water content, %: jumps to about 27 % when irrigated, then dries by day until the next time.</summary>
    public double SoilMoisture(DateTimeOffset at)
    {
        var local = ChinaTime(at);
        var day = (long)Math.Floor(local.TotalDays);
        var hour = local.TotalHours - (day * 24);
        // The last irrigation is the most recent 20:00 on a day of this device's schedule.
        var lastDay = hour >= IrrigationHour ? day : day - 1;
        while (Mod(lastDay - irrigationPhaseDays, irrigationPeriodDays) != 0)
            lastDay--;
        var sinceHours = local.TotalHours - ((lastDay * 24) + IrrigationHour);
        var fullDays = Math.Floor(sinceHours / 24);
        // Within the current day the window starts at 20:00, so sunrise is 11 hours in.
        var today = Math.Clamp(sinceHours - (fullDays * 24) - (24 - IrrigationHour + SunriseHour), 0, DryingHours);
        var dried = ((fullDays * DryingHours) + today) * dryingPerHour;
        return Math.Round(Math.Clamp(IrrigatedMoisture - dried + Noise(at, 7, 0.2), 5, 45), 1);
    }

    /// <summary>Battery, %: drains 0.25 % a day and is replaced before it would fall below 25 %.</summary>
    public double Battery(DateTimeOffset at)
    {
        var days = ChinaTime(at).TotalDays + batteryAnchorDays;
        return Math.Round(100 - (0.25 * Mod(days, 300)), 1);
    }

    const double Amplitude = 5;

    static TimeSpan ChinaTime(DateTimeOffset at) => TimeSpan.FromSeconds(at.ToUnixTimeSeconds()) + ChinaOffset;

    /// <summary>Warmest in late July, coldest in late January (a south China climate: about 5 °C to 29 °C means).</summary>
    static double SeasonalMean(DateTimeOffset at)
    {
        var dayOfYear = at.ToOffset(ChinaOffset).DayOfYear;
        return 17 - (12 * Math.Cos(2 * Math.PI * (dayOfYear - 20) / 365.25));
    }

    /// <summary>−1 at 05:00, +1 at 14:00: a half cosine up over 9 hours and a slower one down over 15.</summary>
    static double DayShape(DateTimeOffset at)
    {
        var hour = Mod(ChinaTime(at).TotalHours, 24);
        var sinceMin = Mod(hour - MinHour, 24);
        const double rising = MaxHour - MinHour;
        return sinceMin <= rising
            ? -Math.Cos(Math.PI * sinceMin / rising)
            : Math.Cos(Math.PI * (sinceMin - rising) / (24 - rising));
    }

    /// <summary>Deterministic noise in ±scale for this seed, instant (whole seconds) and channel.</summary>
    double Noise(DateTimeOffset at, int channel, double scale) =>
        ((2 * Unit(Hash(seed, (at.ToUnixTimeSeconds() * 16) + channel))) - 1) * scale;

    static double Mod(double x, double m) => x - (m * Math.Floor(x / m));

    static double Unit(ulong h) => (h >> 11) * (1.0 / (1UL << 53));

    /// <summary>SplitMix64: stable across processes, unlike HashCode, so a seed means the same series everywhere.</summary>
    static ulong Hash(int seed, long value)
    {
        var z = unchecked(((ulong)seed * 0x9E3779B97F4A7C15UL) + (ulong)value + 0x632BE59BD9B4E019UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
