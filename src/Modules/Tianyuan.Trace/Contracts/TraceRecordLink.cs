namespace Tianyuan.Trace.Contracts;

/// <summary>
/// A product's traceable record: <paramref name="Path"/> is its GS1 Digital Link on this site (<c>/01/{gtin14}</c> or
/// <c>/01/{gtin14}/10/{lot}</c>), the consumer page and linkset a shop can link to; the counts and times cover every
/// stored event naming the product (its class, lot or items).
/// </summary>
public sealed record TraceRecordLink(string Path, int EventCount, DateTimeOffset FirstEventTime, DateTimeOffset LastEventTime);
