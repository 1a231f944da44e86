namespace Tianyuan.Farm.Telemetry;

using System.Text.Json;

/// <summary>One resolved SenML record: full name, absolute time, unit and a numeric, boolean or string value.</summary>
/// <remarks><see cref="Index"/> is the record's position in the pack, so refusals point at what the device sent.</remarks>
sealed record SenmlRecord(int Index, string Name, DateTimeOffset Time, string? Unit, double? Value, bool? BoolValue, string? StringValue);

/// <summary>A record the parser refused, with its position in the pack and why.</summary>
sealed record SenmlError(int Index, string Reason);

/// <summary>
/// RFC 8428 (SenML) in JSON: base fields (bn, bt, bu, bv) apply to the record they appear in and every later one;
/// name = bn + n, time = bt + t, value = bv + v. Times below 2^28 are relative to "now" (§4.5.3).
/// Bad records are reported one by one; the good ones in the same pack still count.
/// </summary>
static class SenmlPack
{
    /// <summary>RFC 8428 §4.5.3: smaller times are seconds relative to the receiver's now.</summary>
    const double RelativeTimeLimit = 268_435_456;

    public static (IReadOnlyList<SenmlRecord> Records, IReadOnlyList<SenmlError> Errors) Parse(JsonElement pack, DateTimeOffset now)
    {
        var records = new List<SenmlRecord>();
        var errors = new List<SenmlError>();
        if (pack.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new SenmlError(-1, "A SenML pack is a JSON array of records."));
            return (records, errors);
        }

        string baseName = "", baseUnit = "";
        double baseTime = 0, baseValue = 0;
        var index = 0;
        foreach (var record in pack.EnumerateArray())
        {
            try
            {
                if (record.ValueKind != JsonValueKind.Object)
                    throw new FormatException("a record is a JSON object");
                if (record.TryGetProperty("bver", out var version) && version.GetInt32() > 10)
                    throw new FormatException($"SenML version {version.GetInt32()} is newer than this receiver understands");
                baseName = String(record, "bn") ?? baseName;
                baseTime = Number(record, "bt") ?? baseTime;
                baseUnit = String(record, "bu") ?? baseUnit;
                baseValue = Number(record, "bv") ?? baseValue;

                var name = baseName + (String(record, "n") ?? "");
                if (name.Length == 0)
                    throw new FormatException("no name: give n or bn");
                var v = Number(record, "v");
                var vb = record.TryGetProperty("vb", out var b) ? (b.ValueKind is JsonValueKind.True or JsonValueKind.False ? b.GetBoolean() : throw new FormatException("vb must be true or false")) : (bool?)null;
                var vs = String(record, "vs");
                // A record with only base fields sets context for the next ones and carries no value itself.
                if (v is null && vb is null && vs is null && !record.TryGetProperty("n", out _))
                {
                    index++;
                    continue;
                }

                if (v is null && vb is null && vs is null)
                    throw new FormatException($"'{name}' has no value (v, vb or vs)");
                var t = baseTime + (Number(record, "t") ?? 0);
                var time = Math.Abs(t) < RelativeTimeLimit ? now.AddSeconds(t) : DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(t * 1000));
                var unit = String(record, "u") ?? (baseUnit.Length > 0 ? baseUnit : null);
                records.Add(new SenmlRecord(index, name, time, unit, v is null ? null : baseValue + v, vb, vs));
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentOutOfRangeException)
            {
                errors.Add(new SenmlError(index, e.Message));
            }

            index++;
        }

        return (records, errors);
    }

    static string? String(JsonElement record, string field) =>
        record.TryGetProperty(field, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw new FormatException($"{field} must be a string")
            : null;

    static double? Number(JsonElement record, string field) =>
        record.TryGetProperty(field, out var value)
            ? value.ValueKind == JsonValueKind.Number && double.IsFinite(value.GetDouble()) ? value.GetDouble() : throw new FormatException($"{field} must be a number")
            : null;
}
