namespace Tianyuan.Farm.Features;

/// <summary>
/// How Trace knows a plot (<see cref="Trace.Contracts.TraceFieldOperation.Field"/>): the diary's operations and the
/// daily sensor summaries name it the same way, so a lot harvested there finds both on its consumer page.
/// </summary>
static class PlotField
{
    public static string Name(Guid plotId) => $"farm:plot:{plotId:N}";
}
