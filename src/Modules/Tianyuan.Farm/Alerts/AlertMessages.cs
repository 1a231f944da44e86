namespace Tianyuan.Farm.Alerts;

using System.Globalization;
using Microsoft.Extensions.Localization;
using Tianyuan.Farm.Resources;

/// <summary>
/// The sentence an alert is told in, on the farm page and in a text message: "1号地：土壤含水量 12.0%，低于灌溉下限" —
/// the plot, device or pest by name, and the value that raised it.
/// </summary>
static class AlertMessages
{
    public static string Render(IStringLocalizer<FarmText> t, string kind, double value, string? plot, string? device, EffectiveRule? rule)
    {
        var number = value.ToString("0.#", CultureInfo.InvariantCulture);
        return kind switch
        {
            "soil-dry" => t["AlertSoilDry", plot ?? "", number],
            "frost-risk" => t["AlertFrostRisk", device ?? "", number],
            "battery-low" => t["AlertBatteryLow", device ?? "", number],
            "late-blight" => t["AlertLateBlight", device ?? "", number],
            PestWarnings.Kind => t["AlertPestDegreeDays", rule?.PestName ?? "", value.ToString("0", CultureInfo.InvariantCulture), rule?.Stage ?? "", rule?.Advice ?? ""],
            _ => t["AlertDeviceSilent", device ?? "", ((int)value).ToString(CultureInfo.InvariantCulture)],
        };
    }
}
