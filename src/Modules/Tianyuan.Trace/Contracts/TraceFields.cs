namespace Tianyuan.Trace.Contracts;

/// <summary>How a field another module names (<see cref="TraceFieldOperation.Field"/>) appears in EPCIS events.</summary>
public static class TraceFields
{
    /// <summary>The field's location URI, used as bizLocation and readPoint (EQ_bizLocation finds its events).</summary>
    public static string Location(string field) => $"{Features.Record.RecordFields.Voc}field/{Uri.EscapeDataString(field)}";
}
