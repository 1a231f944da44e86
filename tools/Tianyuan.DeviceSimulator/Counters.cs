namespace Tianyuan.DeviceSimulator;

/// <summary>Run totals, updated from every device's task and printed every 10 s.</summary>
internal sealed class Counters
{
    long sent, acked, accepted, duplicatesInjected, lateInjected, errors;

    public long Errors => Interlocked.Read(ref errors);

    public void Sent() => Interlocked.Increment(ref sent);
    public void Acked() => Interlocked.Increment(ref acked);
    /// <summary>Readings the server stored as new; only HTTP answers say so (an MQTT PUBACK has no counts).</summary>
    public void Accepted(long readings) => Interlocked.Add(ref accepted, readings);
    public void DuplicateInjected() => Interlocked.Increment(ref duplicatesInjected);
    public void LateInjected() => Interlocked.Increment(ref lateInjected);
    public void Error() => Interlocked.Increment(ref errors);

    public override string ToString() =>
        $"sent {Interlocked.Read(ref sent)}, acked {Interlocked.Read(ref acked)}, readings accepted {Interlocked.Read(ref accepted)}, " +
        $"duplicates injected {Interlocked.Read(ref duplicatesInjected)}, late injected {Interlocked.Read(ref lateInjected)}, errors {Errors}";
}
