namespace Tianyuan.Trace.Features.Labels;

using Tianyuan.Trace.Gs1;

/// <summary>
/// A run of serialised labels: GTIN, optional lot, serials from..from+count-1, each a Digital Link on this site's
/// resolver. Shared by the printable sheet and the CSV for bulk printers, so both print the same URIs.
/// </summary>
sealed record LabelRun(Gtin Gtin, string? Lot, IReadOnlyList<LabelRun.Label> Labels)
{
    public const int MaxCount = 500;

    public sealed record Label(string Serial, string Uri);

    /// <summary>Checks the inputs (the GTIN's check digit, the lot's characters, the range) and lists the labels.</summary>
    public static Parsed<LabelRun> Plan(string? gtin, string? lot, long from, int count, string resolverBase)
    {
        if (count is < 1 or > MaxCount)
            return Parsed<LabelRun>.Fail($"count must be 1 to {MaxCount}");
        if (from < 1 || from > 99_999_999_999_999 - count)
            return Parsed<LabelRun>.Fail("from must be a serial number of 1 or more");
        var parsed = Gtin.Parse(gtin);
        if (!parsed.Ok)
            return parsed.As<LabelRun>();
        var lotPart = string.IsNullOrWhiteSpace(lot) ? [] : new[] { new Gs1Element("10", lot.Trim()) };
        var labels = new List<Label>(count);
        for (var serial = from; serial < from + count; serial++)
        {
            var text = serial.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var key = Gs1Keys.Validate("01", parsed.Value.Value, [.. lotPart, new Gs1Element("21", text)]);
            if (!key.Ok)
                return key.As<LabelRun>();
            labels.Add(new Label(text, DigitalLink.Format(key.Value, resolverBase)));
        }

        return Parsed<LabelRun>.Success(new LabelRun(parsed.Value, lotPart.Length == 0 ? null : lotPart[0].Value, labels));
    }

    /// <summary>Where labels point: Trace:Resolver:BaseUri when the county has a public trace domain, else the site itself.</summary>
    public static string ResolverBase(HttpRequest request, Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        configuration["Trace:Resolver:BaseUri"] is { Length: > 0 } configured ? configured : $"{request.Scheme}://{request.Host}{request.PathBase}";
}
