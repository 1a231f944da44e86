namespace Tianyuan.Farm.Weather;

using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Tianyuan.Farm.Resources;

/// <summary>One imported day as sent, before it is checked.</summary>
sealed record WeatherRow(string Where, DateOnly Date, double TMin, double TMax, double? RhMean, double? Wind, double? Sunshine, double? Rain);

/// <summary>
/// Reads daily weather from CSV (a header row naming the columns, in any order) or from a JSON array of objects with the
/// same names: date, tMin, tMax, and optionally rhMean (%), wind (m/s at 2 m), sunshine (hours) and rain (mm). Every
/// problem is reported under "line N.column" (CSV; the header is line 1) or "[i].column" (JSON), so the farmer can find it.
/// </summary>
static class WeatherRows
{
    public const int MaxRows = 3660;

    static readonly string[] Required = ["date", "tMin", "tMax"];

    static readonly (string Name, double Min, double Max)[] Ranges =
        [("tMin", -60, 60), ("tMax", -60, 60), ("rhMean", 0, 100), ("wind", 0, 60), ("sunshine", 0, 24), ("rain", 0, 1000)];

    public static (List<WeatherRow> Rows, Dictionary<string, string[]> Errors) FromCsv(string text, IStringLocalizer<FarmText> t)
    {
        var errors = new Dictionary<string, string[]>();
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.Count == 0 ? [] : lines[0].Split(',').Select(h => h.Trim()).ToArray();
        var columns = header.Select(h => Ranges.Select(r => r.Name).Prepend("date").FirstOrDefault(n => string.Equals(n, h, StringComparison.OrdinalIgnoreCase))).ToArray();
        for (var i = 0; i < header.Length; i++)
        {
            if (columns[i] is null)
                errors[$"line 1.{header[i]}"] = [t["WeatherColumnUnknown", header[i]]];
        }

        foreach (var missing in Required.Where(r => !columns.Contains(r)))
            errors[$"line 1.{missing}"] = [t["WeatherColumnMissing", missing]];
        if (errors.Count > 0)
            return ([], errors);

        var rows = new List<WeatherRow>();
        for (var n = 1; n < lines.Count; n++)
        {
            if (string.IsNullOrWhiteSpace(lines[n]))
                continue;
            var cells = lines[n].Split(',');
            var values = new Dictionary<string, string>();
            for (var i = 0; i < columns.Length; i++)
                values[columns[i]!] = i < cells.Length ? cells[i].Trim() : "";
            if (Row($"line {n + 1}", values, t, errors) is { } row)
                rows.Add(row);
        }

        return (rows, errors);
    }

    public static (List<WeatherRow> Rows, Dictionary<string, string[]> Errors) FromJson(JsonElement root, IStringLocalizer<FarmText> t)
    {
        var errors = new Dictionary<string, string[]>();
        var rows = new List<WeatherRow>();
        if (root.ValueKind != JsonValueKind.Array)
            return (rows, new() { ["body"] = [t["WeatherJsonNotArray"]] });
        var i = 0;
        foreach (var item in root.EnumerateArray())
        {
            var values = item.ValueKind != JsonValueKind.Object ? [] : item.EnumerateObject().ToDictionary(
                p => p.Name, p => p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetRawText() : p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : "?");
            if (Row($"[{i}]", values, t, errors) is { } row)
                rows.Add(row);
            i++;
        }

        return (rows, errors);
    }

    /// <summary>Checks one row's cells; adds an error for each bad one and returns null if there was any.</summary>
    static WeatherRow? Row(string where, Dictionary<string, string> cells, IStringLocalizer<FarmText> t, Dictionary<string, string[]> errors)
    {
        var before = errors.Count;
        var date = DateOnly.TryParseExact(cells.GetValueOrDefault("date") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        if (date is null)
            errors[$"{where}.date"] = [t["WeatherDateInvalid"]];
        var numbers = new Dictionary<string, double?>();
        foreach (var (name, min, max) in Ranges)
        {
            var cell = cells.GetValueOrDefault(name) ?? "";
            if (cell.Length == 0)
            {
                numbers[name] = null;
                if (Required.Contains(name))
                    errors[$"{where}.{name}"] = [t["WeatherValueMissing"]];
            }
            else if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max)
            {
                numbers[name] = v;
            }
            else
            {
                errors[$"{where}.{name}"] = [t["WeatherValueInvalid", cell, min, max]];
            }
        }

        if (numbers.GetValueOrDefault("tMin") > numbers.GetValueOrDefault("tMax"))
            errors[$"{where}.tMin"] = [t["WeatherMinAboveMax"]];
        return errors.Count > before ? null
            : new WeatherRow(where, date!.Value, numbers["tMin"]!.Value, numbers["tMax"]!.Value, numbers["rhMean"], numbers["wind"], numbers["sunshine"], numbers["rain"]);
    }
}
