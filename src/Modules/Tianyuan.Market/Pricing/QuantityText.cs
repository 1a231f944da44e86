namespace Tianyuan.Market.Pricing;

using System.Globalization;
using Microsoft.Extensions.Localization;
using Tianyuan.Market.Resources;

/// <summary>A quantity as people read it in the UI language: "2.5公斤", "10个", "3 jin" (unit names come from resources).</summary>
static class QuantityText
{
    public static string Format(decimal value, string unitCode, IStringLocalizer<MarketText> t)
    {
        var unit = t["Unit_" + unitCode].Value;
        var number = value.ToString("0.###", CultureInfo.InvariantCulture);
        // Chinese writes the unit straight after the number; Latin unit names take a space.
        return unit.Length > 0 && char.IsAscii(unit[0]) ? $"{number} {unit}" : number + unit;
    }
}
