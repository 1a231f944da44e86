namespace Tianyuan.Trace.Features.Resolver;

using System.Globalization;
using Microsoft.Extensions.Configuration;

/// <summary>
/// Trace:Scans:Threshold (20) distinct sources within Trace:Scans:WindowHours (24) make one serial suspicious: a
/// genuine box is scanned by a few people (buyer, family, shop), a copied label by many.
/// </summary>
sealed record ScanSettings(int Threshold, TimeSpan Window)
{
    public static ScanSettings From(IConfiguration configuration) => new(
        int.Parse(configuration["Trace:Scans:Threshold"] ?? "20", CultureInfo.InvariantCulture),
        TimeSpan.FromHours(double.Parse(configuration["Trace:Scans:WindowHours"] ?? "24", CultureInfo.InvariantCulture)));
}
