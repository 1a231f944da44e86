namespace Tianyuan.Trace.Contracts;

using Tianyuan.Trace.Gs1;

/// <summary>GTIN and lot checks for other modules (the Market catalogue, the farm diary), so every module reads them the way Trace stores them.</summary>
public static class TradeItemNumbers
{
    /// <summary>
    /// Reads a GTIN-8, -12, -13 or -14 into its 14-digit form; false with the reason ("GTIN-13 check digit should be 7,
    /// not 3") otherwise.
    /// </summary>
    public static bool TryNormalise(string? input, out string gtin14, out string? problem)
    {
        var parsed = Gtin.Parse(input);
        gtin14 = parsed.Ok ? parsed.Value.Value : "";
        problem = parsed.Error;
        return parsed.Ok;
    }

    /// <summary>Whether a lot (GS1 AI 10) is 1 to 20 characters of GS1 character set 82, as Trace stores lots.</summary>
    public static bool IsLot(string? input)
    {
        var f = new Features.Record.RecordFields();
        f.Lot("lot", input);
        return f.Ok;
    }
}
