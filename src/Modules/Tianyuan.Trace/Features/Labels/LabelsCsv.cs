namespace Tianyuan.Trace.Features.Labels;

using System.Text;
using Microsoft.Extensions.Configuration;
using Tianyuan.Kernel.Access;
using Tianyuan.Trace.Features.Resolver;

/// <summary>
/// GET /api/trace/labels.csv?gtin=&amp;lot=&amp;from=1&amp;count=N: serial and Digital Link URI per line, for thermal
/// and bulk label printers that draw their own QR codes (the URI is quoted: a lot may hold a comma). Same people as the printable sheet: those who capture events.
/// </summary>
static class LabelsCsv
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/labels.csv", (HttpRequest request, IConfiguration configuration, string? gtin, string? lot, long? from, int? count) =>
            {
                var run = LabelRun.Plan(gtin, lot, from ?? 1, count ?? 1, LabelRun.ResolverBase(request, configuration));
                if (!run.Ok)
                    return GetLinkset.Invalid(run.Error!);
                var csv = new StringBuilder("serial,uri\n");
                foreach (var label in run.Value.Labels)
                    csv.Append(label.Serial).Append(",\"").Append(label.Uri.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"\n");
                return Results.Text(csv.ToString(), "text/csv; charset=utf-8");
            })
            .RequireAuthorization(Policies.EpcisCapture)
            .WithName("LabelsCsv")
            .WithSummary("Digital Link URIs of a run of serialised labels, as CSV.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
