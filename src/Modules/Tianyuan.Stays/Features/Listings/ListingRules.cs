namespace Tianyuan.Stays.Features.Listings;

using Microsoft.Extensions.Localization;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Resources;

/// <summary>The checks on a listing's fields, named as the API names them.</summary>
static class ListingRules
{
    public static Dictionary<string, string[]> Validate(CreateStay.Request r, IStringLocalizer<StaysText> t)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.OrganisationId is null)
            errors["organisationId"] = [t["Required", t["Organisation"]]];
        if (r.VillageCode is not { Length: 12 } || !r.VillageCode.All(char.IsAsciiDigit))
            errors["villageCode"] = [t["VillageCodeInvalid"]];
        if (r.Kind is null || !Stay.Kinds.Contains(r.Kind))
            errors["kind"] = [t["KindInvalid", string.Join(", ", Stay.Kinds)]];
        Text(errors, "nameZh", r.NameZh, 60, required: true, t);
        Text(errors, "nameEn", r.NameEn, 80, required: false, t);
        Text(errors, "descriptionZh", r.DescriptionZh, 2000, required: false, t);
        Text(errors, "descriptionEn", r.DescriptionEn, 3000, required: false, t);
        Text(errors, "address", r.Address, 200, required: false, t);
        Text(errors, "arrivalInstructions", r.ArrivalInstructions, 1000, required: false, t);
        Text(errors, "houseRules", r.HouseRules, 1000, required: false, t);
        Text(errors, "quietHours", r.QuietHours, 40, required: false, t);
        if (r.Latitude is < -90 or > 90 || r.Longitude is < -180 or > 180)
            errors["latitude"] = [t["CoordinatesInvalid"]];
        if (r.CancellationPolicy is not null && CancellationPolicy.Find(r.CancellationPolicy) is null)
            errors["cancellationPolicy"] = [t["PolicyInvalid", string.Join(", ", CancellationPolicy.All.Select(p => p.Name))]];
        if (r.BandwidthMbps is < 0 or > 10_000)
            errors["bandwidthMbps"] = [t["BandwidthInvalid"]];
        if (r.Languages is { } languages && (languages.Length > 40 || languages.Split(',').Any(l => l.Length is < 2 or > 8)))
            errors["languages"] = [t["LanguagesInvalid"]];
        var unknown = (r.Amenities ?? []).Where(a => !Stay.AmenityKeys.Contains(a)).ToList();
        if (unknown.Count > 0)
            errors["amenities"] = [t["AmenityUnknown", string.Join(", ", unknown), string.Join(", ", Stay.AmenityKeys)]];
        return errors;
    }

    static void Text(Dictionary<string, string[]> errors, string field, string? value, int max, bool required, IStringLocalizer<StaysText> t)
    {
        if (required && string.IsNullOrWhiteSpace(value))
            errors[field] = [t["Required", field]];
        else if (value?.Trim().Length > max)
            errors[field] = [t["TooLong", field, max]];
    }
}
