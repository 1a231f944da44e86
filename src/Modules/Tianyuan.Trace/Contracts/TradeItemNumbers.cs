namespace Tianyuan.Trace.Contracts;

using Tianyuan.Trace.Gs1;

/// <summary>GTIN checks for other modules (the Market catalogue), so every module reads GTINs the way Trace stores them.</summary>
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
}
