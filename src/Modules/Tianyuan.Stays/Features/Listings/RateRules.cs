namespace Tianyuan.Stays.Features.Listings;

using Microsoft.Extensions.Localization;
using Tianyuan.Stays.Resources;

/// <summary>Prices are CNY per night, above zero, at most two decimals (fen), and below an obviously mistyped amount.</summary>
static class RateRules
{
    public const decimal MaxNightly = 100_000;

    public static void CheckPrice(Dictionary<string, string[]> errors, string field, decimal? price, bool required, IStringLocalizer<StaysText> t)
    {
        if (price is null ? required : price <= 0 || price > MaxNightly || decimal.Round(price.Value, 2) != price)
            errors[field] = [t["PriceInvalid"]];
    }
}
