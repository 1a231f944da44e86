namespace Tianyuan.Farm.Telemetry;

/// <summary>
/// The units farm sensors report in, by their SenML registry symbol (RFC 8428 §12.1 and the IANA registry), with the
/// quantity each measures and the physical range outside which a reading is a fault, not weather: such readings are
/// quarantined and shown, never silently dropped and never used for advice.
/// </summary>
static class SenmlUnits
{
    public sealed record UnitInfo(string Symbol, string Quantity, double Min, double Max);

    static readonly Dictionary<string, UnitInfo> Known = new(StringComparer.Ordinal)
    {
        ["Cel"] = new("Cel", "temperature", -60, 70),
        ["%RH"] = new("%RH", "humidity", 0, 100),
        ["%VWC"] = new("%VWC", "soil-moisture", 0, 100),
        ["/"] = new("/", "ratio", 0, 1),
        ["%"] = new("%", "percent", 0, 100),
        ["%EL"] = new("%EL", "battery", 0, 100),
        ["lx"] = new("lx", "illuminance", 0, 200_000),
        ["W/m2"] = new("W/m2", "irradiance", 0, 1_500),
        ["m/s"] = new("m/s", "wind-speed", 0, 75),
        ["mm"] = new("mm", "precipitation", 0, 500),
        ["mm/h"] = new("mm/h", "rain-rate", 0, 500),
        ["Pa"] = new("Pa", "pressure", 30_000, 110_000),
        ["V"] = new("V", "voltage", 0, 60),
        ["S/m"] = new("S/m", "conductivity", 0, 20),
        ["ppm"] = new("ppm", "concentration", 0, 100_000),
        ["pH"] = new("pH", "acidity", 0, 14),
    };

    /// <summary>
    /// Spellings devices send that mean a unit we store (°C, hPa, kelvin ...), and how to convert: one series never
    /// mixes units, so a chart of "temperature" is always in Cel whatever the device sent.
    /// </summary>
    static readonly Dictionary<string, (string Symbol, double Factor, double Offset)> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["°C"] = ("Cel", 1, 0), ["degC"] = ("Cel", 1, 0), ["C"] = ("Cel", 1, 0), ["K"] = ("Cel", 1, -273.15),
        ["hPa"] = ("Pa", 100, 0), ["kPa"] = ("Pa", 1000, 0),
        ["mS/cm"] = ("S/m", 0.1, 0), ["uS/cm"] = ("S/m", 0.0001, 0), ["µS/cm"] = ("S/m", 0.0001, 0),
    };

    /// <summary>The registered unit and the value converted into it; false for a unit we do not know.</summary>
    public static bool TryNormalise(string unit, double value, out UnitInfo info, out double normalised)
    {
        normalised = value;
        if (Known.TryGetValue(unit, out info!))
            return true;
        if (Aliases.TryGetValue(unit, out var alias))
        {
            info = Known[alias.Symbol];
            normalised = (value * alias.Factor) + alias.Offset;
            return true;
        }

        info = null!;
        return false;
    }

    public static bool IsPlausible(UnitInfo unit, double value) => value >= unit.Min && value <= unit.Max;

    /// <summary>The unit a quantity is stored in (soil-moisture → %VWC), for labelling its chart; null when unknown.</summary>
    public static string? UnitOf(string quantity) => Known.Values.FirstOrDefault(u => u.Quantity == quantity)?.Symbol;
}
