namespace Tianyuan.Trace.Features.Recall;

using System.Globalization;
using System.Text;
using Tianyuan.Kernel.Access;
using Tianyuan.Trace.Data;

/// <summary>
/// GET /api/trace/recall.csv?gtin=&amp;lot=: the recall as a spreadsheet for the authorities and the shops: one row per
/// event with its time, step, place, identifiers, transactions and destinations (UTF-8 with BOM so Excel reads Chinese).
/// </summary>
static class RecallCsv
{
    public static void Map(IEndpointRouteBuilder trace) =>
        trace.MapGet("/recall.csv", async (string? gtin, string? lot, TraceDb db, CancellationToken ct) =>
            {
                var id = RecallLot.LotId(gtin, lot);
                if (!id.Ok)
                    return Problems.Invalid(id.Field, id.Error!);
                var recall = await RecallLot.ExecuteAsync(db, id.Value, ct);
                var csv = new StringBuilder("\uFEFFeventTime,bizStep,disposition,bizLocation,identifiers,transactions,destinations,eventHash\n");
                foreach (var e in recall.Events)
                {
                    csv.AppendJoin(',', [e.EventTime.ToString("O", CultureInfo.InvariantCulture), Cell(e.BizStep), Cell(e.Disposition), Cell(e.BizLocation),
                        Cell(string.Join(' ', e.Identifiers)), Cell(string.Join(' ', e.Transactions.Select(p => $"{p.Type}:{p.Id}"))),
                        Cell(string.Join(' ', e.Destinations.Select(p => $"{p.Type}:{p.Id}"))), Cell(e.HashId)]).Append('\n');
                }

                return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"recall-{gtin}-{lot}.csv");
            })
            .RequireAuthorization(Policies.EpcisCapture)
            .WithName(nameof(RecallCsv))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();

    /// <summary>RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.</summary>
    static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal))
            text = "'" + text;
        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
